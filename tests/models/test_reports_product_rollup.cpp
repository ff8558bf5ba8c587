// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// The products' daily sales (product_rollup): the dashboard's top and slow products from it equal
// the same figures worked out from the ledger line by line, after sales and returns on several
// days; watched by `ovopctl check`, filled by schema step 9.
#include <catch2/catch.hpp>

#include <QSqlQuery>

#include "models/audit/IntegrityCheck.h"
#include "models/reports/ProductRollup.h"
#include "models/reports/ProductSalesReport.h"
#include "reports_fixtures.h"

using namespace ovop;
using namespace ovop::test;

namespace {

int rollupRows(Database& db)
{
    QSqlQuery q(db.sql());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM product_rollup")));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

// Every product the report ranks among the top, as "sku sales sold returned amount returns".
QStringList reported(Database& db, const Session& who, const ReportScope& scope)
{
    auto built = ProductSalesReport(db).build(who, scope, 1000);
    INFO(built.message().toStdString());
    REQUIRE(built.ok());
    QStringList out;
    for (const ProductSalesRow& r : built->top)
        out << QStringLiteral("%1 %2 %3 %4 %5 %6")
                   .arg(r.sku)
                   .arg(r.sales)
                   .arg(r.sold.milli())
                   .arg(r.returned.milli())
                   .arg(r.amount.tyiyn())
                   .arg(r.returns.tyiyn());
    out.sort();
    return out;
}

// The same worked out line by line from the ledger for the local days of March 2025 from..to:
// the products whose sales less returns are above zero.
QStringList fromLedger(Database& db, int from, int to)
{
    const QString days = QStringLiteral("BETWEEN '2025-03-%1' AND '2025-03-%2'")
                             .arg(from, 2, 10, QLatin1Char('0'))
                             .arg(to, 2, 10, QLatin1Char('0'));
    const QString sql =
        QStringLiteral("SELECT p.sku, count(DISTINCT a.sale), sum(a.sold), sum(a.returned), sum(a.amount), "
                       "sum(a.returns) FROM (SELECT l.product_id AS pid, l.sale_id AS sale, l.quantity AS sold, 0 AS "
                       "returned, l.amount AS amount, 0 AS returns FROM sales s JOIN sale_lines l ON l.sale_id = "
                       "s.id WHERE date(s.at, 'localtime') %1 UNION ALL SELECT rl.product_id, NULL, 0, rl.quantity, "
                       "0, rl.amount FROM returns r JOIN return_lines rl ON rl.return_id = r.id WHERE date(r.at, "
                       "'localtime') %1) a JOIN products p ON p.id = a.pid GROUP BY p.sku HAVING sum(a.amount) > "
                       "sum(a.returns)")
            .arg(days);
    QSqlQuery q(db.sql());
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
    QStringList out;
    while (q.next())
        out << QStringLiteral("%1 %2 %3 %4 %5 %6")
                   .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                        q.value(4).toString(), q.value(5).toString());
    out.sort();
    return out;
}

QStringList rollupProblems(Database& db)
{
    auto problems = ProductRollup(db.sql()).problems();
    INFO(problems.message().toStdString());
    REQUIRE(problems.ok());
    return problems.value();
}

} // namespace

TEST_CASE("The products' sales from the daily figures equal the ledger after sales and returns on several days",
          "[reports][rollup]")
{
    ReportsShop f;
    Database& db = f.shop.db();
    CHECK(rollupProblems(db).isEmpty());
    CHECK(reported(db, f.shop.manager, f.period()) == fromLedger(db, 1, 15));

    // Two more sales on the 14th, one with the leopard on two lines, and a return of one of them.
    goTo(f.shop, 14);
    const Sale twice = f.shop.sell({{Leopard, 1}, {Soap, 3}, {Leopard, 2}}, f.shop.cashier);
    f.shop.sell({{Soap, 1}}, f.shop.manager);
    giveBack(f.shop, twice, 2, 2);
    CHECK(rollupProblems(db).isEmpty());
    CHECK(reported(db, f.shop.manager, f.period()) == fromLedger(db, 1, 15));
    // Periods of a day, a day without sales and the whole month.
    for (const auto& [from, to] : {std::pair{10, 10}, std::pair{11, 12}, std::pair{13, 13}, std::pair{1, 31}}) {
        const ReportScope scope{day(from), day(to), {}, QStringLiteral("en")};
        INFO(from << ".." << to);
        CHECK(reported(db, f.shop.manager, scope) == fromLedger(db, from, to));
    }
    // The leopard on two lines of one sale counts that sale once: A and the 14th's sale.
    const QStringList leopard = reported(db, f.shop.manager, f.period()).filter(Leopard + QLatin1Char(' '));
    CHECK(leopard == QStringList{QStringLiteral("%1 2 5000 0 425000 0").arg(Leopard)});
    CHECK(IntegrityCheck::productRollup(db).isEmpty());
}

TEST_CASE("Schema step 9 fills the products' daily sales of a database made before it", "[reports][rollup][migrations]")
{
    ReportsShop f;
    TempShop& shop = f.shop.shop();
    const QStringList before = reported(f.shop.db(), f.shop.manager, f.period());
    REQUIRE(before.size() == 4);
    REQUIRE(f.shop.db().version() == Database::latestVersion());
    shop.close();
    rawExec(shop.path(), undoRollupSteps(9) + QStringLiteral("PRAGMA user_version = 8;"));
    REQUIRE(Database::inspect(shop.path())->version == 8);
    Database& db = shop.open();
    CHECK(db.version() == Database::latestVersion());
    // Three products on the 10th (A, B), two on the 11th (C), the camel back on the 12th, D on the 20th.
    CHECK(rollupRows(db) == 7);
    CHECK(rollupProblems(db).isEmpty());
    CHECK(reported(db, f.shop.manager, f.period()) == before);
}
