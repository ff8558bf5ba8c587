// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// `ovopctl check` finds the figures kept for the reports edited behind the program's back (a row
// changed, a row missing, a row the ledger does not give), and a rebuild makes them right again:
// the sales' daily figures, the producers' daily money and the products' daily sales.
#include <catch2/catch.hpp>

#include <functional>

#include <QSqlError>
#include <QSqlQuery>

#include "models/audit/IntegrityCheck.h"
#include "models/reports/ProducerRollup.h"
#include "models/reports/ProductRollup.h"
#include "models/reports/ReportFigures.h"
#include "models/reports/SalesRollup.h"
#include "reports_fixtures.h"

using namespace ovop;
using namespace ovop::test;

namespace {

// A rollup, its check step, its rebuild and three edits: one that changes the figures of the day
// named, one that takes rows away, one that adds a row of nothing in the ledger.
struct Kept
{
    const char* name;
    QStringList (*check)(Database&);
    std::function<Status(Database&)> rebuild;
    QString changed;
    QString day;
    QString removed;
    QString added;
};

} // namespace

TEST_CASE("The check finds the figures kept for the reports edited behind the program's back",
          "[reports][rollup][check]")
{
    const QList<Kept> kept = {
        {"sales' daily figures", &IntegrityCheck::salesRollup,
         [](Database& db) { return SalesRollup(db.sql()).rebuild(); },
         QStringLiteral("UPDATE sales_rollup SET amount = amount + 100 WHERE grouping = %1 AND day = 20250310")
             .arg(int(SalesRollup::Producer)),
         QStringLiteral("20250310"),
         QStringLiteral("DELETE FROM sales_rollup WHERE grouping = %1").arg(int(SalesRollup::Payment)),
         QStringLiteral("INSERT INTO sales_rollup (grouping, day, shop, key, sales, amount) SELECT 0, 20250301, shop, "
                        "shop, 1, 500 FROM sales_rollup LIMIT 1")},
        {"producers' daily money", &IntegrityCheck::producerRollup,
         [](Database& db) { return ProducerRollup(db.sql()).rebuild(); },
         QStringLiteral("UPDATE producer_rollup SET commission = commission + 100 WHERE day = 20250310"),
         QStringLiteral("20250310"), QStringLiteral("DELETE FROM producer_rollup WHERE day = 20250311"),
         QStringLiteral("INSERT INTO producer_rollup (shop, day, producer, statement, lines, sold, returned, "
                        "commission) SELECT shop, 20250301, producer, statement, 1, 500, 0, 0 FROM producer_rollup "
                        "LIMIT 1")},
        {"products' daily sales", &IntegrityCheck::productRollup,
         [](Database& db) { return ProductRollup(db.sql()).rebuild(); },
         QStringLiteral("UPDATE product_rollup SET sold = sold + 1000 WHERE day = 20250311"),
         QStringLiteral("20250311"), QStringLiteral("DELETE FROM product_rollup WHERE day = 20250312"),
         QStringLiteral("INSERT INTO product_rollup SELECT 20250301, shop, product, 1, 1000, 0, 500, 0 FROM "
                        "product_rollup LIMIT 1")},
    };
    for (const Kept& k : kept) {
        INFO(k.name);
        ReportsShop f;
        Database& db = f.shop.db();
        CHECK(k.check(db).isEmpty());

        exec(db, k.changed);
        const QStringList problems = k.check(db);
        CHECK_FALSE(problems.isEmpty());
        CHECK(problems.join(QLatin1Char('\n')).contains(k.day));
        CHECK(checkIntegrity(db).size() == problems.size());
        REQUIRE(k.rebuild(db).ok());
        CHECK(k.check(db).isEmpty());
        CHECK(checkIntegrity(db).isEmpty());

        exec(db, k.removed);
        CHECK_FALSE(k.check(db).isEmpty());
        REQUIRE(k.rebuild(db).ok());
        exec(db, k.added);
        CHECK_FALSE(k.check(db).isEmpty());
    }
}

TEST_CASE("An administrator makes again the figures that differ from the ledger, with an audit entry",
          "[reports][rollup][check]")
{
    ReportsShop f;
    Database& db = f.shop.db();
    auto entries = [&] {
        QSqlQuery q(db.sql());
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'reports.rebuild'")));
        REQUIRE(q.next());
        return q.value(0).toInt();
    };
    // Nothing differs: nothing made again, nothing logged.
    auto none = ReportFigures::repair(db, f.shop.admin);
    REQUIRE(none.ok());
    CHECK(none->isEmpty());
    CHECK(entries() == 0);

    exec(db, QStringLiteral("UPDATE product_rollup SET sold = sold + 1000 WHERE day = 20250311"));
    exec(db, QStringLiteral("DELETE FROM producer_rollup WHERE day = 20250311"));
    REQUIRE_FALSE(checkIntegrity(db).isEmpty());
    // A manager may not; nothing changes.
    auto refused = ReportFigures::repair(db, f.shop.manager);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::Permission);
    CHECK_FALSE(IntegrityCheck::productRollup(db).isEmpty());

    auto made = ReportFigures::repair(db, f.shop.admin);
    INFO(made.message().toStdString());
    REQUIRE(made.ok());
    CHECK(made.value() == QStringList{QStringLiteral("producer-rollup"), QStringLiteral("product-rollup")});
    CHECK(checkIntegrity(db).isEmpty());
    CHECK(entries() == 1);
}
