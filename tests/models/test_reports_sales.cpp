// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// The sales report against figures worked out by hand from the fixture (reports_fixtures.h).
#include <catch2/catch.hpp>

#include <QSqlQuery>

#include "models/reports/ReportsSchema.h"
#include "models/reports/SalesReport.h"
#include "reports_fixtures.h"

using namespace ovop;
using namespace ovop::test;

namespace {

// The rows of a breakdown as key -> (count, amount, returns).
std::map<QString, std::tuple<int, Money, Money>> rowsOf(const SalesBreakdown& b)
{
    std::map<QString, std::tuple<int, Money, Money>> out;
    for (const SalesGroupRow& r : b.rows)
        out[r.key] = {r.count, r.amount, r.returns};
    return out;
}

SalesBreakdown breakdown(ReportsShop& f, SalesReport::Grouping grouping, const QString& language = QStringLiteral("en"))
{
    auto b = SalesReport(f.shop.db()).breakdown(f.shop.manager, f.period(language), grouping);
    INFO(b.message().toStdString());
    REQUIRE(b.ok());
    return b.value();
}

// The tax contained in a price at a rate in basis points, rounded half up: price x r / (10000 + r).
Money contained(Money price, int rateBp)
{
    const qint64 n = price.tyiyn() * rateBp;
    const qint64 d = 10000 + rateBp;
    return Money::fromTyiyn((2 * n + d) / (2 * d));
}

} // namespace

TEST_CASE("The sales summary of a period: sales, discounts, returns and tax contained", "[reports]")
{
    ReportsShop f;
    auto s = SalesReport(f.shop.db()).summary(f.shop.manager, f.period());
    INFO(s.message().toStdString());
    REQUIRE(s.ok());
    CHECK(s->salesCount == 3); // D was sold after the period
    CHECK(s->gross == som(1920 + 2200 + 1150));
    CHECK(s->discounts == som(220));
    CHECK(s->total == som(5050));
    CHECK(s->returnsCount == 1);
    CHECK(s->returns == som(650));
    CHECK(s->net() == som(4400));

    const ShopSettings settings = f.shop.settings();
    REQUIRE_FALSE(settings.tax.vatPayer);
    const int rate = settings.tax.salesTaxRateBp;
    REQUIRE(s->taxes.size() == 1);
    const TaxRow& t = s->taxes.first();
    CHECK(t.vatRateBp == 0);
    CHECK(t.salesTaxRateBp == rate);
    CHECK(t.salesCount == 3);
    CHECK(t.sales == som(5050));
    CHECK(t.vat == Money());
    // Each sale's tax is contained in its own total.
    CHECK(t.salesTax == contained(som(1920), rate) + contained(som(1980), rate) + contained(som(1150), rate));
    CHECK(t.returns == som(650));
    CHECK(t.returnedSalesTax == contained(som(650), rate));
    CHECK(t.netSalesTax() == t.salesTax - t.returnedSalesTax);
}

TEST_CASE("Sales by day, category, producer, village, oblast, payment and cashier", "[reports]")
{
    ReportsShop f;
    using G = SalesReport::Grouping;
    using Row = std::tuple<int, Money, Money>;

    const auto days = breakdown(f, G::Day);
    CHECK(days.count == 3);
    REQUIRE(days.rows.size() == 3);
    CHECK(rowsOf(days) == std::map<QString, Row>{{QStringLiteral("2025-03-10"), {2, som(3900), Money()}},
                                                 {QStringLiteral("2025-03-11"), {1, som(1150), Money()}},
                                                 {QStringLiteral("2025-03-12"), {0, Money(), som(650)}}});
    CHECK(days.rows.first().key == QStringLiteral("2025-03-10")); // in order of the days

    const auto categories = breakdown(f, G::Category);
    CHECK(rowsOf(categories) == std::map<QString, Row>{{QStringLiteral("felt"), {3, som(1700 + 1980 + 650), som(650)}},
                                                       {QStringLiteral("cosmetics"), {2, som(720), Money()}}});
    CHECK(categories.rows.first().key == QStringLiteral("felt")); // largest first
    CHECK_FALSE(categories.rows.first().label.isEmpty());

    const auto producers = breakdown(f, G::Producer);
    CHECK(rowsOf(producers) == std::map<QString, Row>{{QStringLiteral("BOS-01"), {2, som(2350), som(650)}},
                                                      {QStringLiteral("KCH-01"), {1, som(1980), Money()}},
                                                      {QStringLiteral("TAS-01"), {2, som(720), Money()}}});

    const auto villages = breakdown(f, G::Village);
    REQUIRE(villages.rows.size() == 3);
    std::map<QString, Money> byVillage;
    for (const SalesGroupRow& r : villages.rows)
        byVillage[r.label] = r.amount;
    CHECK(byVillage == std::map<QString, Money>{{QStringLiteral("Bosteri"), som(2350)},
                                                {QStringLiteral("Kochkor"), som(1980)},
                                                {QStringLiteral("Tasma"), som(720)}});

    const auto oblasts = breakdown(f, G::Oblast);
    REQUIRE(oblasts.rows.size() == 2);
    CHECK(oblasts.rows.at(0).amount == som(3070)); // Issyk-Kul: A and C
    CHECK(oblasts.rows.at(0).count == 2);
    CHECK(oblasts.rows.at(0).returns == som(650));
    CHECK(oblasts.rows.at(1).amount == som(1980)); // Naryn: B
    CHECK(oblasts.rows.at(1).count == 1);

    const auto payments = breakdown(f, G::Payment);
    std::map<QString, Money> paid;
    Money refunded;
    for (const SalesGroupRow& r : payments.rows) {
        paid[r.key] = r.amount;
        refunded += r.returns;
        CHECK(r.count == (r.amount.isZero() ? 0 : 1));
    }
    CHECK(paid == std::map<QString, Money>{{QStringLiteral("card"), som(1980)},
                                           {QStringLiteral("cash"), som(1920)},
                                           {QStringLiteral("qr"), som(1150)}});
    CHECK(refunded == som(650));

    const auto cashiers = breakdown(f, G::Cashier);
    CHECK(rowsOf(cashiers) == std::map<QString, Row>{{QStringLiteral("cashier"), {2, som(3070), Money()}},
                                                     {QStringLiteral("manager"), {1, som(1980), som(650)}}});
}

TEST_CASE("Every grouping of the sales adds up to the same total and returns", "[reports]")
{
    ReportsShop f;
    SalesReport report(f.shop.db());
    auto summary = report.summary(f.shop.manager, f.period());
    REQUIRE(summary.ok());
    for (SalesReport::Grouping g : SalesReport::groupings()) {
        INFO(SalesReport::groupingKey(g).toStdString());
        const SalesBreakdown b = breakdown(f, g);
        Money amounts;
        Money returns;
        for (const SalesGroupRow& r : b.rows) {
            amounts += r.amount;
            returns += r.returns;
        }
        CHECK(b.total == summary->total);
        CHECK(amounts == summary->total);
        CHECK(b.returns == summary->returns);
        CHECK(returns == summary->returns);
        CHECK(b.count == summary->salesCount);
        CHECK(SalesReport::groupingFromKey(SalesReport::groupingKey(g)) == g);
    }
}

TEST_CASE("Report labels follow the language, with a fall-back", "[reports]")
{
    ReportsShop f;
    const auto ru = breakdown(f, SalesReport::Grouping::Oblast, QStringLiteral("ru"));
    const auto en = breakdown(f, SalesReport::Grouping::Oblast, QStringLiteral("en"));
    REQUIRE(ru.rows.size() == 2);
    CHECK(ru.rows.first().key == en.rows.first().key);
    CHECK(ru.rows.first().label != en.rows.first().label);
    CHECK(ru.rows.first().label.contains(QStringLiteral("Иссык")));
    // A cashier without a full name is labelled with the login.
    for (const SalesGroupRow& r : breakdown(f, SalesReport::Grouping::Cashier).rows)
        CHECK_FALSE(r.label.isEmpty());
}

TEST_CASE("A report covers the shops asked for and refuses cashiers and bad periods", "[reports]")
{
    ReportsShop f;
    SalesReport report(f.shop.db());
    ReportScope scope = f.period();
    scope.shops = {f.shop.db().origin().shopCode};
    auto own = report.summary(f.shop.manager, scope);
    REQUIRE(own.ok());
    CHECK(own->total == som(5050));
    scope.shops = {QStringLiteral("OSH-1"), QStringLiteral("KAR-1")};
    auto others = report.summary(f.shop.manager, scope);
    REQUIRE(others.ok());
    CHECK(others->salesCount == 0);
    CHECK(others->total == Money());
    auto none = report.breakdown(f.shop.manager, scope, SalesReport::Grouping::Producer);
    REQUIRE(none.ok());
    CHECK(none->rows.isEmpty());

    auto refused = report.summary(f.shop.cashier, f.period());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::Permission);
    CHECK(report.summary(f.shop.admin, f.period()).ok());
    ReportScope backwards{day(15), day(1), {}, QStringLiteral("en")};
    CHECK(report.summary(f.shop.manager, backwards).error().kind == ErrorKind::Validation);
    ReportScope klingon = f.period(QStringLiteral("tlh"));
    CHECK_FALSE(report.breakdown(f.shop.manager, klingon, SalesReport::Grouping::Day).ok());
}

TEST_CASE("Schema step 6 adds the report indexes to a version 5 database", "[reports][store][migrations]")
{
    TempShop shop;
    shop.openDemo();
    REQUIRE(shop.db().version() == Database::latestVersion());
    shop.close();
    // Back to version 5: without the indexes, nor what later steps made.
    QString undo = undoRollupSteps(7);
    for (const QString& index : reportIndexNames())
        undo += QStringLiteral("DROP INDEX %1; ").arg(index);
    rawExec(shop.path(), undo + QStringLiteral("PRAGMA user_version = 5;"));
    REQUIRE(Database::inspect(shop.path())->version == 5);
    Database& db = shop.open();
    CHECK(db.version() == Database::latestVersion());
    for (const QString& index : reportIndexNames()) {
        QSqlQuery q(db.sql());
        REQUIRE(q.exec(
            QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = '%1'").arg(index)));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 1);
    }
}
