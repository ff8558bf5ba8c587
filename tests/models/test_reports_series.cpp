// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// The sales over time behind the dashboard's line chart: every day (or month) of the period, the
// days without sales at zero, adding up to the breakdown's total.
#include <catch2/catch.hpp>

#include "models/reports/SalesSeries.h"

using namespace ovop;

namespace {

SalesBreakdown byDay(const QDate& from, const QDate& to, const QList<SalesGroupRow>& rows)
{
    SalesBreakdown b;
    b.scope.from = from;
    b.scope.to = to;
    b.rows = rows;
    for (const SalesGroupRow& r : rows) {
        b.total = b.total + r.amount;
        b.returns = b.returns + r.returns;
        b.count += r.count;
    }
    return b;
}

SalesGroupRow day(const char* key, int count, qint64 som, qint64 returnedSom = 0)
{
    return SalesGroupRow{QString::fromLatin1(key), QString(), count, Money::fromSom(som), Money::fromSom(returnedSom)};
}

Money sum(const SalesSeries& s)
{
    Money total;
    for (const SalesPoint& p : s.points)
        total = total + p.amount;
    return total;
}

} // namespace

TEST_CASE("A week of sales is a point per day with the days without sales at zero", "[reports]")
{
    const auto b = byDay(QDate(2026, 11, 24), QDate(2026, 11, 30),
                         {day("2026-11-24", 3, 1500), day("2026-11-27", 1, 800, 200), day("2026-11-30", 2, 2400)});
    const SalesSeries s = SalesSeries::of(b);
    CHECK(s.step == SalesSeries::Step::Day);
    REQUIRE(s.points.size() == 7);
    CHECK(s.points[0].start == QDate(2026, 11, 24));
    CHECK(s.points[0].amount == Money::fromSom(1500));
    CHECK(s.points[1].amount == Money());
    CHECK(s.points[1].count == 0);
    CHECK(s.points[3].net() == Money::fromSom(600));
    CHECK(s.points[6].start == QDate(2026, 11, 30));
    CHECK(sum(s) == b.total);
    CHECK(s.label(s.points[6], QStringLiteral("ru")) == QStringLiteral("30.11"));
}

TEST_CASE("Half a year of sales is a point per month the period touches", "[reports]")
{
    const auto b = byDay(QDate(2026, 6, 15), QDate(2026, 11, 30),
                         {day("2026-06-15", 2, 1000), day("2026-06-30", 1, 500), day("2026-07-01", 4, 4000),
                          day("2026-09-10", 1, 700, 700), day("2026-11-30", 5, 9000)});
    const SalesSeries s = SalesSeries::of(b);
    CHECK(s.step == SalesSeries::Step::Month);
    REQUIRE(s.points.size() == 6);
    CHECK(s.points[0].start == QDate(2026, 6, 1));
    CHECK(s.points[0].amount == Money::fromSom(1500));
    CHECK(s.points[0].count == 3);
    CHECK(s.points[1].amount == Money::fromSom(4000));
    CHECK(s.points[2].amount == Money());
    CHECK(s.points[3].net() == Money());
    CHECK(s.points[5].amount == Money::fromSom(9000));
    CHECK(sum(s) == b.total);
    CHECK(s.label(s.points[5], QStringLiteral("en")) == QStringLiteral("Nov 2026"));
    CHECK(s.label(s.points[5], QStringLiteral("ru")).endsWith(QStringLiteral(" 2026")));
    CHECK(s.label(s.points[5], QStringLiteral("ru")).startsWith(QStringLiteral("нояб")));
}

TEST_CASE("A period that ends before it begins has no points", "[reports]")
{
    CHECK(SalesSeries::of(byDay(QDate(2026, 11, 30), QDate(2026, 11, 1), {})).points.isEmpty());
}
