// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// The reports' daily figures (sales_rollup): equal to the ledger after sales and returns, made for
// a sale imported from another shop, watched by `ovopctl check`, filled by schema step 7.
#include <catch2/catch.hpp>

#include <QSqlError>
#include <QSqlQuery>

#include "models/audit/IntegrityCheck.h"
#include "models/reports/ProductRollup.h"
#include "models/reports/SalesReport.h"
#include "models/reports/SalesRollup.h"
#include "reports_fixtures.h"

using namespace ovop;
using namespace ovop::test;

namespace {

QStringList rollupProblems(Database& db)
{
    auto problems = SalesRollup(db.sql()).problems();
    INFO(problems.message().toStdString());
    REQUIRE(problems.ok());
    return problems.value();
}

int rollupRows(Database& db)
{
    QSqlQuery q(db.sql());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM sales_rollup")));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

// Every figure of the sales report for the scope, as text, to compare two databases' reports.
QStringList figures(Database& db, const Session& who, const ReportScope& scope)
{
    QStringList out;
    auto summary = SalesReport(db).summary(who, scope);
    REQUIRE(summary.ok());
    out << QStringLiteral("summary %1 %2 %3 %4 %5 %6")
               .arg(summary->salesCount)
               .arg(summary->gross.tyiyn())
               .arg(summary->discounts.tyiyn())
               .arg(summary->total.tyiyn())
               .arg(summary->returnsCount)
               .arg(summary->returns.tyiyn());
    for (const TaxRow& t : summary->taxes)
        out << QStringLiteral("tax %1 %2 %3 %4 %5 %6")
                   .arg(t.vatRateBp)
                   .arg(t.salesTaxRateBp)
                   .arg(t.salesCount)
                   .arg(t.vat.tyiyn())
                   .arg(t.salesTax.tyiyn())
                   .arg(t.returnedSalesTax.tyiyn());
    for (SalesReport::Grouping g : SalesReport::groupings()) {
        auto b = SalesReport(db).breakdown(who, scope, g);
        REQUIRE(b.ok());
        for (const SalesGroupRow& row : b->rows)
            out << QStringLiteral("%1 %2 %3 %4 %5")
                       .arg(SalesReport::groupingKey(g), row.key)
                       .arg(row.count)
                       .arg(row.amount.tyiyn())
                       .arg(row.returns.tyiyn());
    }
    return out;
}

} // namespace

TEST_CASE("The daily figures equal the ledger after sales and returns on several days", "[reports][rollup]")
{
    ReportsShop f; // sales on the 10th, 11th and 20th, a return on the 12th
    Database& db = f.shop.db();
    CHECK(rollupRows(db) > 0);
    CHECK(rollupProblems(db).isEmpty());

    // Made again from the ledger, the figures are the same rows.
    exec(db, QStringLiteral("CREATE TEMP TABLE before AS SELECT * FROM sales_rollup"));
    REQUIRE(SalesRollup(db.sql()).rebuild().ok());
    QSqlQuery same(db.sql());
    REQUIRE(same.exec(QStringLiteral("SELECT (SELECT count(*) FROM (SELECT * FROM temp.before EXCEPT SELECT * FROM "
                                     "main.sales_rollup)), (SELECT count(*) FROM (SELECT * FROM main.sales_rollup "
                                     "EXCEPT SELECT * FROM temp.before))")));
    REQUIRE(same.next());
    CHECK(same.value(0).toInt() == 0);
    CHECK(same.value(1).toInt() == 0);

    // The return of the 12th is on the 12th, its sale on the 11th.
    ReportScope twelfth{day(12), day(12), {}, QStringLiteral("en")};
    auto summary = SalesReport(db).summary(f.shop.manager, twelfth);
    REQUIRE(summary.ok());
    CHECK(summary->salesCount == 0);
    CHECK(summary->returnsCount == 1);
    CHECK(summary->returns == Money::fromSom(650));
}

TEST_CASE("A sale of another shop adds its own figures, kept apart by shop", "[reports][rollup]")
{
    ReportsShop f;
    Database& db = f.shop.db();
    const ReportScope all = f.period();
    const QStringList before = figures(db, f.shop.manager, all);

    // Sale A again as if imported from Karakol: the same lines, its own id, receipt and shop.
    exec(db, QStringLiteral("CREATE TEMP TABLE s AS SELECT * FROM sales WHERE id = '%1'").arg(f.a.id));
    exec(db, QStringLiteral("UPDATE temp.s SET seq = (SELECT max(seq) + 1 FROM main.sales), id = 'kar-sale-1', "
                            "receipt = 'KAR-1-T1-000001', origin_shop = 'KAR-1'"));
    exec(db, QStringLiteral("INSERT INTO main.sales SELECT * FROM temp.s"));
    exec(db, QStringLiteral("CREATE TEMP TABLE l AS SELECT * FROM sale_lines WHERE sale_id = '%1'").arg(f.a.id));
    exec(db, QStringLiteral("UPDATE temp.l SET sale_id = 'kar-sale-1'"));
    exec(db, QStringLiteral("INSERT INTO main.sale_lines SELECT * FROM temp.l"));
    exec(db, QStringLiteral("CREATE TEMP TABLE p AS SELECT * FROM sale_payments WHERE sale_id = '%1'").arg(f.a.id));
    exec(db, QStringLiteral("UPDATE temp.p SET sale_id = 'kar-sale-1'"));
    exec(db, QStringLiteral("INSERT INTO main.sale_payments SELECT * FROM temp.p"));
    CHECK_FALSE(rollupProblems(db).isEmpty()); // not yet added
    CHECK_FALSE(ProductRollup(db.sql()).problems()->isEmpty());
    REQUIRE(SalesRollup(db.sql()).addSale(QStringLiteral("kar-sale-1")).ok());
    CHECK(rollupProblems(db).isEmpty());
    CHECK(ProductRollup(db.sql()).problems()->isEmpty());

    ReportScope karakol = all;
    karakol.shops = {QStringLiteral("KAR-1")};
    auto k = SalesReport(db).summary(f.shop.manager, karakol);
    REQUIRE(k.ok());
    CHECK(k->salesCount == 1);
    CHECK(k->total == f.a.total);
    CHECK(k->returnsCount == 0);
    auto byProducer = SalesReport(db).breakdown(f.shop.manager, karakol, SalesReport::Grouping::Producer);
    REQUIRE(byProducer.ok());
    CHECK(byProducer->rows.size() == 2);

    ReportScope own = all;
    own.shops = {f.a.originShop};
    CHECK(figures(db, f.shop.manager, own) == before);
    auto both = SalesReport(db).summary(f.shop.manager, all);
    REQUIRE(both.ok());
    CHECK(both->salesCount == 4);
}

TEST_CASE("Schema step 7 fills the daily figures of a database made before it", "[reports][rollup][migrations]")
{
    ReportsShop f;
    TempShop& shop = f.shop.shop();
    const QStringList before = figures(f.shop.db(), f.shop.manager, f.period());
    REQUIRE(f.shop.db().version() == Database::latestVersion());
    shop.close();
    rawExec(shop.path(), undoRollupSteps(7) + QStringLiteral("PRAGMA user_version = 6;"));
    REQUIRE(Database::inspect(shop.path())->version == 6);
    Database& db = shop.open();
    CHECK(db.version() == Database::latestVersion());
    CHECK(rollupRows(db) > 0);
    CHECK(rollupProblems(db).isEmpty());
    CHECK(figures(db, f.shop.manager, f.period()) == before);
}

TEST_CASE("A product's new category and a producer's new village move their sales' figures", "[reports][rollup]")
{
    ReportsShop f;
    Database& db = f.shop.db();
    auto groups = [&](SalesReport::Grouping g) {
        auto b = SalesReport(db).breakdown(f.shop.manager, f.period(), g);
        REQUIRE(b.ok());
        QStringList keys;
        for (const SalesGroupRow& row : b->rows)
            keys << QStringLiteral("%1:%2:%3").arg(row.key).arg(row.count).arg(row.amount.tyiyn());
        keys.sort();
        return keys;
    };
    const QStringList categories = groups(SalesReport::Grouping::Category);
    exec(db, QStringLiteral("UPDATE products SET category = (SELECT c.key FROM categories c WHERE c.key <> "
                            "products.category ORDER BY c.key LIMIT 1) WHERE sku = '%1'")
                 .arg(Shyrdak));
    CHECK(IntegrityCheck::salesRollup(db).isEmpty());
    CHECK(groups(SalesReport::Grouping::Category) != categories);

    const QStringList villages = groups(SalesReport::Grouping::Village);
    const QStringList oblasts = groups(SalesReport::Grouping::Oblast);
    // Kochkor's producer moves to Bosteri's village: from Naryn to Issyk-Kul.
    exec(db, QStringLiteral("UPDATE producers SET village_id = (SELECT village_id FROM producers WHERE code = "
                            "'BOS-01') WHERE code = 'KCH-01'"));
    CHECK(IntegrityCheck::salesRollup(db).isEmpty());
    CHECK(groups(SalesReport::Grouping::Village) != villages);
    CHECK(groups(SalesReport::Grouping::Oblast) != oblasts);
    exec(db, QStringLiteral("UPDATE villages SET oblast_id = (SELECT o.id FROM oblasts o ORDER BY o.code DESC LIMIT 1) "
                            "WHERE id = (SELECT village_id FROM producers WHERE code = 'TAS-01')"));
    CHECK(IntegrityCheck::salesRollup(db).isEmpty());
}
