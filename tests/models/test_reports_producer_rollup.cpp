// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// The producers' daily money (producer_rollup): the producers' money report from it equals the same
// figures worked out from the ledger line by line, after sales, returns, statements made and paid,
// rate and override changes and a product's new category; watched by `ovopctl check`, filled by
// schema step 8.
#include <catch2/catch.hpp>

#include <QSqlError>
#include <QSqlQuery>

#include "models/audit/IntegrityCheck.h"
#include "models/payouts/CommissionService.h"
#include "models/reports/ProducerMoneyReport.h"
#include "models/reports/ProducerRollup.h"
#include "reports_fixtures.h"

using namespace ovop;
using namespace ovop::test;

namespace {

QStringList rollupProblems(Database& db)
{
    auto problems = ProducerRollup(db.sql()).problems();
    INFO(problems.message().toStdString());
    REQUIRE(problems.ok());
    return problems.value();
}

QString text(Database& db, const QString& sql)
{
    QSqlQuery q(db.sql());
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toString();
}

// The report's sale and return figures per producer ("code sold returned commission owed").
QStringList reported(Database& db, const Session& who, const ReportScope& scope)
{
    auto built = ProducerMoneyReport(db).build(who, scope);
    INFO(built.message().toStdString());
    REQUIRE(built.ok());
    QStringList out;
    for (const ProducerMoneyRow& r : built->rows)
        if (!r.sold.isZero() || !r.returned.isZero())
            out << QStringLiteral("%1 %2 %3 %4 %5")
                       .arg(r.code)
                       .arg(r.sold.tyiyn())
                       .arg(r.returned.tyiyn())
                       .arg(r.commission.tyiyn())
                       .arg(r.owed.tyiyn());
    return out;
}

// The same worked out line by line from the ledger: a line on a statement with the statement's
// commission, any other at today's rate (override, else the producer's), for consignment only;
// owed until its statement is paid. The fixture's period is March 2025 in the shop's time zone.
QStringList fromLedger(Database& db)
{
    const QString rate = QStringLiteral("coalesce((SELECT o.basis_points FROM commission_overrides o JOIN categories "
                                        "c ON c.id = o.category_id WHERE o.producer_id = pr.id AND c.key = "
                                        "p.category), pr.commission_bp)");
    const QString consignment = QStringLiteral("pr.terms = 'consignment'");
    const QString lines =
        QStringLiteral(
            "SELECT pr.code AS code, l.amount AS sold, 0 AS returned, CASE WHEN %1 THEN coalesce(x.commission, "
            "(l.amount * %2 + 5000) / 10000) ELSE 0 END AS commission, x.statement_id AS st FROM sales s JOIN "
            "sale_lines l ON l.sale_id = s.id JOIN products p ON p.id = l.product_id JOIN producers pr ON pr.id = "
            "l.producer_id LEFT JOIN statement_lines x ON x.kind = 'sale' AND x.document_id = l.sale_id AND "
            "x.document_line = l.line_no WHERE date(s.at, 'localtime') BETWEEN '2025-03-01' AND '2025-03-15' "
            "UNION ALL SELECT pr.code, 0, rl.amount, -(CASE WHEN %1 THEN coalesce(x.commission, (rl.amount * %2 + "
            "5000) / 10000) ELSE 0 END), x.statement_id FROM returns r JOIN return_lines rl ON rl.return_id = r.id "
            "JOIN sale_lines l ON l.sale_id = rl.sale_id AND l.line_no = rl.sale_line_no JOIN products p ON p.id = "
            "rl.product_id JOIN producers pr ON pr.id = l.producer_id LEFT JOIN statement_lines x ON x.kind = "
            "'return' AND x.document_id = rl.return_id AND x.document_line = rl.line_no WHERE date(r.at, "
            "'localtime') BETWEEN '2025-03-01' AND '2025-03-15'")
            .arg(consignment, rate);
    QSqlQuery q(db.sql());
    const QString sql =
        QStringLiteral("SELECT a.code, sum(a.sold), sum(a.returned), sum(a.commission), sum(CASE WHEN pr.terms = "
                       "'consignment' AND NOT EXISTS (SELECT 1 FROM payouts pay WHERE pay.statement_id = a.st) THEN "
                       "a.sold - a.returned - a.commission ELSE 0 END) FROM (%1) a JOIN producers pr ON pr.code = "
                       "a.code GROUP BY a.code ORDER BY a.code")
            .arg(lines);
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
    QStringList out;
    while (q.next())
        out << QStringLiteral("%1 %2 %3 %4 %5")
                   .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                        q.value(4).toString());
    return out;
}

void requireSame(ReportsShop& f)
{
    Database& db = f.shop.db();
    CHECK(rollupProblems(db).isEmpty());
    CHECK(reported(db, f.shop.manager, f.period()) == fromLedger(db));
}

} // namespace

TEST_CASE("The producers' money from the daily figures equals the ledger's after every kind of write",
          "[reports][rollup]")
{
    ReportsShop f;
    Database& db = f.shop.db();
    requireSame(f);
    const QStringList atFirst = reported(db, f.shop.manager, f.period());

    // A statement of TAS-01 takes its lines, then is paid: nothing of it is owed any more.
    goTo(f.shop, 20);
    auto statement =
        StatementService(db).make(f.shop.manager, producerId(f.shop, QStringLiteral("TAS-01")), day(1), day(15));
    INFO(statement.message().toStdString());
    REQUIRE(statement.ok());
    requireSame(f);
    auto paid =
        PayoutService(db).pay(f.shop.manager, statement->number, Payout::Method::Bank, QStringLiteral("KICB 20.03 #9"));
    INFO(paid.message().toStdString());
    REQUIRE(paid.ok());
    requireSame(f);
    CHECK(reported(db, f.shop.manager, f.period()).filter(QStringLiteral("TAS-01")) ==
          QStringList{QStringLiteral("TAS-01 72000 0 14400 0")});

    // KCH-01's rate changes from 30% to 35%: its lines on no statement follow.
    auto kch = ProducerService(db).get(f.shop.admin, QStringLiteral("KCH-01"));
    REQUIRE(kch.ok());
    Producer changed = kch.value();
    changed.commissionBasisPoints = 3500;
    REQUIRE(ProducerService(db).save(f.shop.admin, changed).ok());
    requireSame(f);
    CHECK(reported(db, f.shop.manager, f.period()).filter(QStringLiteral("KCH-01")) ==
          QStringList{QStringLiteral("KCH-01 198000 0 69300 128700")});

    // An override for the felt of BOS-01: the camel that came back is on no statement and follows;
    // the lines on its paid statement keep their commission. Then the override goes again.
    const QString felt = text(db, QStringLiteral("SELECT category FROM products WHERE sku = '%1'").arg(Camel));
    const QString bos = producerId(f.shop, QStringLiteral("BOS-01"));
    {
        const Status set = CommissionService(db).set(f.shop.manager, bos, felt, 1000);
        INFO(set.message().toStdString() << (set.ok() ? std::string() : set.error().detail.toStdString()));
        REQUIRE(set.ok());
    }
    requireSame(f);
    {
        const Status set = CommissionService(db).set(f.shop.manager, bos, felt, 1500);
        INFO(set.message().toStdString() << (set.ok() ? std::string() : set.error().detail.toStdString()));
        REQUIRE(set.ok());
    }
    requireSame(f);
    REQUIRE(CommissionService(db).clear(f.shop.manager, bos, felt).ok());
    requireSame(f);

    // An override on the shyrdak's category, then the shyrdak moves to another category.
    const QString kchId = producerId(f.shop, QStringLiteral("KCH-01"));
    const QString shyrdakCategory =
        text(db, QStringLiteral("SELECT category FROM products WHERE sku = '%1'").arg(Shyrdak));
    REQUIRE(CommissionService(db).set(f.shop.manager, kchId, shyrdakCategory, 500).ok());
    requireSame(f);
    exec(db, QStringLiteral("UPDATE products SET category = (SELECT c.key FROM categories c WHERE c.key <> "
                            "products.category ORDER BY c.key LIMIT 1) WHERE sku = '%1'")
                 .arg(Shyrdak));
    requireSame(f);

    // More sales and a return in the period, and BOS-01 selling outright from now on.
    goTo(f.shop, 14);
    const Sale more = f.shop.sell({{Leopard, 1}, {Soap, 2}}, f.shop.cashier);
    giveBack(f.shop, more, 2, 1);
    requireSame(f);
    exec(db, QStringLiteral("UPDATE producers SET terms = 'purchase' WHERE code = 'BOS-01'"));
    requireSame(f);
    CHECK(reported(db, f.shop.manager, f.period()) != atFirst);
    CHECK(IntegrityCheck::producerRollup(db).isEmpty());
}

TEST_CASE("Schema step 8 fills the producers' daily money of a database made before it",
          "[reports][rollup][migrations]")
{
    ReportsShop f;
    TempShop& shop = f.shop.shop();
    const QStringList before = reported(f.shop.db(), f.shop.manager, f.period());
    REQUIRE(before.size() == 3);
    REQUIRE(f.shop.db().version() == Database::latestVersion());
    shop.close();
    rawExec(shop.path(), undoRollupSteps(8) + QStringLiteral("PRAGMA user_version = 7;"));
    REQUIRE(Database::inspect(shop.path())->version == 7);
    Database& db = shop.open();
    CHECK(db.version() == Database::latestVersion());
    CHECK(text(db, QStringLiteral("SELECT count(*) FROM producer_rollup")).toInt() > 0);
    CHECK(rollupProblems(db).isEmpty());
    CHECK(reported(db, f.shop.manager, f.period()) == before);
    CHECK(before == fromLedger(db));
}
