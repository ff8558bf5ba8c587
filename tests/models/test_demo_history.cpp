// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include <catch2/catch.hpp>

#include <QSet>

#include "TestSupport.h"
#include "models/demo/DemoShop.h"
#include "models/payouts/PayoutService.h"
#include "models/reports/SalesReport.h"
#include "models/sales/SalesCheck.h"
#include "models/sales/ShiftService.h"
#include "models/stock/StockLedger.h"
#include "models/store/Sql.h"

using namespace ovop;
using namespace ovop::test;

namespace {

QSet<QString> column(Database& db, const QString& sql)
{
    SqlQuery q(db.sql(), sql);
    REQUIRE(q.exec().ok());
    QSet<QString> out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

} // namespace

TEST_CASE("The demo has months of sales in every oblast of its producers", "[demo][reports]")
{
    TempShop shop;
    Database& db = shop.open();
    const Status seeded = seedDemoData(db);
    INFO(seeded.message().toStdString() << " " << seeded.error().detail.toStdString());
    REQUIRE(seeded.ok());
    // The history was written with the clock moved through the past; the database has its own back.
    CHECK(&db.clock() == &shop.clock());

    const Session manager = shop.session(QStringLiteral("manager"));
    const QDate today = shop.clock().now().date();
    ReportScope scope;
    scope.from = today.addMonths(-7);
    scope.to = today;
    SalesReport report(db);

    auto days = report.breakdown(manager, scope, SalesReport::Grouping::Day);
    REQUIRE(days.ok());
    QSet<QString> months;
    for (const SalesGroupRow& row : days->rows) {
        if (row.count == 0)
            continue;
        months << row.key.left(7);
    }
    CHECK(months.size() >= 5);
    CHECK(days->count > 500);
    CHECK(days->returns > Money());

    auto oblasts = report.breakdown(manager, scope, SalesReport::Grouping::Oblast);
    REQUIRE(oblasts.ok());
    QSet<QString> sold;
    for (const SalesGroupRow& row : oblasts->rows)
        if (row.amount > Money())
            sold << row.key;
    const QSet<QString> ofProducers =
        column(db, QStringLiteral("SELECT DISTINCT o.code FROM producers p JOIN villages v ON v.id = p.village_id "
                                  "JOIN oblasts o ON o.id = v.oblast_id"));
    CHECK(ofProducers.size() >= 5);
    CHECK(sold == ofProducers);

    // Every seller, every way of paying.
    auto cashiers = report.breakdown(manager, scope, SalesReport::Grouping::Cashier);
    REQUIRE(cashiers.ok());
    QSet<QString> sellers;
    for (const SalesGroupRow& row : cashiers->rows)
        sellers << row.key;
    CHECK(sellers.contains(QStringLiteral("cashier")));
    CHECK(sellers.contains(QStringLiteral("manager")));
    auto payments = report.breakdown(manager, scope, SalesReport::Grouping::Payment);
    REQUIRE(payments.ok());
    QSet<QString> methods;
    for (const SalesGroupRow& row : payments->rows)
        methods << row.key;
    CHECK(methods == QSet<QString>{QStringLiteral("cash"), QStringLiteral("card"), QStringLiteral("qr")});

    // The summer sells more than the quiet months, and weekends more than weekdays.
    Money summer, winter, weekends, weekdays;
    int weekendDays = 0, weekDays = 0;
    for (const SalesGroupRow& row : days->rows) {
        const QDate day = QDate::fromString(row.key, Qt::ISODate);
        if (day.month() >= 6 && day.month() <= 8)
            summer += row.amount;
        if (day.month() <= 2)
            winter += row.amount;
        if (day.dayOfWeek() >= 6) {
            weekends += row.amount;
            ++weekendDays;
        } else {
            weekdays += row.amount;
            ++weekDays;
        }
    }
    REQUIRE(weekendDays > 0);
    REQUIRE(weekDays > 0);
    CHECK(weekends.tyiyn() / weekendDays > weekdays.tyiyn() / weekDays);
    if (summer > Money() && winter > Money())
        CHECK(summer > winter);

    // One closed shift a day, each with its Z report; paid statements; the books add up.
    ShiftService shifts(db);
    auto all = shifts.list();
    REQUIRE(all.ok());
    CHECK(all->size() >= 180);
    CHECK(shifts.problems()->isEmpty());
    CHECK(PayoutService(db).list(manager)->size() >= 2);
    CHECK(SalesCheck::movements(db).isEmpty());
    CHECK(SalesCheck::receiptNumbers(db).isEmpty());
    CHECK(StockLedger(db).levelProblems()->isEmpty());
    CHECK(StockLedger(db).documentProblems()->isEmpty());
}

TEST_CASE("A second demo shop has a history of its own", "[demo][reports]")
{
    auto receipts = [](const QString& shopCode) {
        TempShop shop;
        Database& db = shop.open();
        DemoShopIdentity identity;
        if (!shopCode.isEmpty())
            identity = {shopCode, QStringLiteral("OVOP+1 Karakol")};
        REQUIRE(seedDemoData(db, DemoTill::WithHistory, identity).ok());
        SqlQuery q(db.sql(), QStringLiteral("SELECT count(*), sum(total) FROM sales"));
        REQUIRE(q.exec().ok());
        REQUIRE(q.next());
        return std::pair{q.value(0).toLongLong(), q.value(1).toLongLong()};
    };
    const auto bishkek = receipts({});
    CHECK(bishkek == receipts({})); // the same every time
    const auto karakol = receipts(QStringLiteral("KAR-1"));
    CHECK(karakol.first > 500);
    CHECK(karakol != bishkek);
}
