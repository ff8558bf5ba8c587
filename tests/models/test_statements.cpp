// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// Statements for consignment producers: what sold and came back in a period, each line settled
// once, commission by the producer's rate or its category override.
#include <catch2/catch.hpp>

#include "models/payouts/CommissionService.h"
#include "models/payouts/StatementService.h"
#include "payouts_fixtures.h"

using namespace ovop;
using namespace ovop::test;

TEST_CASE("Commission is rounded half up in integers", "[statements]")
{
    CHECK(commissionOf(Money::fromTyiyn(85000), 2500) == Money::fromTyiyn(21250));
    CHECK(commissionOf(Money::fromTyiyn(2), 2500) == Money::fromTyiyn(1));    // 0.5 -> 1
    CHECK(commissionOf(Money::fromTyiyn(1), 2500) == Money::fromTyiyn(0));    // 0.25 -> 0
    CHECK(commissionOf(Money::fromTyiyn(333), 1500) == Money::fromTyiyn(50)); // 49.95 -> 50
    CHECK(commissionOf(Money::fromTyiyn(1000), 0) == Money());
    CHECK(commissionOf(Money::fromTyiyn(1000), 10000) == Money::fromTyiyn(1000));
}

TEST_CASE("A statement adds up sales and returns and the next one takes a later return", "[statements]")
{
    SalesShop shop;
    goTo(shop, 10);
    shop.openShift();
    const QString bos = producerId(shop, QStringLiteral("BOS-01"));
    const Sale first = shop.sell({{Leopard, 2}, {Camel, 1}, {Soap, 1}}, shop.cashier); // soap is TAS-01's
    goTo(shop, 11);
    const Sale second = shop.sell({{Camel, 1}}, shop.cashier);
    giveBack(shop, second, 1, 1); // sold and returned in the period

    goTo(shop, 12);
    StatementService statements(shop.db());
    auto made = statements.make(shop.manager, bos, day(1), day(11));
    INFO(made.message().toStdString());
    REQUIRE(made.ok());
    const Statement& s = made.value();
    CHECK(s.number.contains(QStringLiteral("-STM-000001")));
    REQUIRE(s.lines.size() == 4); // 3 sale lines of BOS-01 and the return
    CHECK(s.gross == Money::fromSom(1700 + 650 + 650));
    CHECK(s.returns == Money::fromSom(650));
    // 25% of 3000 less 25% of 650.
    CHECK(s.commission == Money::fromSom(750) - Money::fromTyiyn(16250));
    CHECK(s.owed == s.gross - s.returns - s.commission);
    CHECK(s.owed == Money::fromTyiyn(176250));
    CHECK(s.paid == Money());
    CHECK(s.due() == s.owed);
    CHECK(s.language == QStringLiteral("ru"));
    CHECK(s.lines.first().sku == Leopard);
    CHECK(s.lines.first().saleReceipt == first.receipt);
    CHECK(s.lines.first().quantity == Quantity::fromUnits(2));
    CHECK(s.lines.first().commissionBp == 2500);
    CHECK(s.lines.first().commission == Money::fromTyiyn(42500));
    CHECK(s.lines.last().kind == StatementLine::Kind::Return);
    CHECK_FALSE(s.lines.last().returnReceipt.isEmpty());
    CHECK(s.lines.last().saleReceipt == second.receipt);
    CHECK(shop.auditDetails(QStringLiteral("producer.statement")).size() == 1);

    // A line of the first statement comes back later: the next statement holds the return alone.
    goTo(shop, 13);
    giveBack(shop, first, 1, 1);
    auto next = statements.make(shop.manager, bos, day(12), day(13), QStringLiteral("ky"));
    INFO(next.message().toStdString());
    REQUIRE(next.ok());
    REQUIRE(next->lines.size() == 1);
    CHECK(next->lines.first().kind == StatementLine::Kind::Return);
    CHECK(next->gross == Money());
    CHECK(next->returns == Money::fromSom(850));
    CHECK(next->commission == -Money::fromTyiyn(21250));
    CHECK(next->owed == -Money::fromTyiyn(63750));
    CHECK(next->language == QStringLiteral("ky"));

    auto list = statements.list(shop.manager, bos);
    REQUIRE(list.ok());
    REQUIRE(list->size() == 2);
    CHECK(list->first().number == next->number); // newest first
    auto found = statements.find(shop.manager, s.number);
    REQUIRE(found.ok());
    CHECK(found->lines.size() == 4);
    CHECK(found->owed == s.owed);
}

TEST_CASE("A sale line is on one statement at most even when periods overlap", "[statements]")
{
    SalesShop shop;
    goTo(shop, 5);
    shop.openShift();
    const QString bos = producerId(shop, QStringLiteral("BOS-01"));
    shop.sell({{Leopard, 1}}, shop.cashier);
    goTo(shop, 8);
    shop.sell({{Camel, 1}}, shop.cashier);
    StatementService statements(shop.db());
    auto a = statements.make(shop.manager, bos, day(1), day(6));
    REQUIRE(a.ok());
    CHECK(a->lines.size() == 1);
    auto b = statements.make(shop.manager, bos, day(1), day(8));
    REQUIRE(b.ok());
    REQUIRE(b->lines.size() == 1);
    CHECK(b->lines.first().sku == Camel);

    const QString before = moneyTables(shop.db());
    auto again = statements.make(shop.manager, bos, day(4), day(8));
    REQUIRE_FALSE(again.ok());
    CHECK(again.message().contains(QStringLiteral("not already on a statement")));
    CHECK(moneyTables(shop.db()) == before);
    // The preview says the same: nothing left.
    auto preview = statements.preview(shop.manager, bos, day(1), day(8));
    REQUIRE(preview.ok());
    CHECK(preview->lines.isEmpty());
    auto period = statements.findPeriod(shop.manager, bos, day(1), day(6));
    REQUIRE(period.ok());
    REQUIRE(period->has_value());
    CHECK(period->value().number == a->number);
}

TEST_CASE("The period is in the shop's days: a sale on the last day counts and one the day after does not",
          "[statements]")
{
    SalesShop shop;
    const QString bos = producerId(shop, QStringLiteral("BOS-01"));
    // Sales just inside and just outside the local day of March 7.
    shop.shop().clock().set(QDateTime(day(7), QTime(23, 59), Qt::LocalTime));
    shop.openShift();
    shop.sell({{Leopard, 1}}, shop.cashier);
    shop.shop().clock().set(QDateTime(day(8), QTime(0, 1), Qt::LocalTime));
    shop.sell({{Camel, 1}}, shop.cashier);
    auto s = StatementService(shop.db()).make(shop.manager, bos, day(7), day(7));
    REQUIRE(s.ok());
    REQUIRE(s->lines.size() == 1);
    CHECK(s->lines.first().sku == Leopard);
    const auto [begin, end] = StatementService::storedBounds(day(7), day(7));
    CHECK(begin == storedTime(QDateTime(day(7), QTime(0, 0), Qt::LocalTime)));
    CHECK(end == storedTime(QDateTime(day(8), QTime(0, 0), Qt::LocalTime)));
}

TEST_CASE("A category override changes the commission and clearing it restores the producer's rate", "[statements]")
{
    SalesShop shop;
    goTo(shop, 10);
    shop.openShift();
    const QString bos = producerId(shop, QStringLiteral("BOS-01"));
    CommissionService commission(shop.db());
    CHECK(commission.rateFor(bos, QStringLiteral("felt")).value() == 2500);
    REQUIRE(commission.set(shop.manager, bos, QStringLiteral("felt"), 1000).ok());
    CHECK(commission.rateFor(bos, QStringLiteral("felt")).value() == 1000);
    CHECK(commission.rateFor(bos, QStringLiteral("wood")).value() == 2500);
    REQUIRE(commission.overrides(bos)->size() == 1);
    CHECK(shop.auditDetails(QStringLiteral("producer.commission")).size() == 1);

    shop.sell({{Leopard, 1}}, shop.cashier);
    auto s = StatementService(shop.db()).make(shop.manager, bos, day(10), day(10));
    REQUIRE(s.ok());
    CHECK(s->lines.first().commissionBp == 1000);
    CHECK(s->commission == Money::fromSom(85));
    CHECK(s->owed == Money::fromSom(765));

    // Refusals change nothing.
    const QString before = moneyTables(shop.db());
    CHECK(commission.set(shop.cashier, bos, QStringLiteral("felt"), 500).error().kind == ErrorKind::Permission);
    CHECK_FALSE(commission.set(shop.manager, bos, QStringLiteral("felt"), 10001).ok());
    CHECK_FALSE(commission.set(shop.manager, bos, QStringLiteral("nonsense"), 500).ok());
    CHECK_FALSE(commission.clear(shop.manager, bos, QStringLiteral("wood")).ok());
    CHECK(moneyTables(shop.db()) == before);

    REQUIRE(commission.clear(shop.manager, bos, QStringLiteral("felt")).ok());
    CHECK(commission.rateFor(bos, QStringLiteral("felt")).value() == 2500);
    CHECK(commission.overrides(bos)->isEmpty());
    // The statement made before keeps the rate of its day.
    CHECK(StatementService(shop.db()).find(shop.manager, s->number)->lines.first().commissionBp == 1000);
}

TEST_CASE("Statements are refused for purchase producers and cashiers and for bad periods", "[statements]")
{
    SalesShop shop;
    goTo(shop, 10);
    shop.openShift();
    shop.sell({{Leopard, 1}}, shop.cashier);
    const QString bos = producerId(shop, QStringLiteral("BOS-01"));
    StatementService statements(shop.db());
    const QString before = moneyTables(shop.db());

    auto purchase = statements.make(shop.manager, producerId(shop, QStringLiteral("BOS-02")), day(1), day(10));
    REQUIRE_FALSE(purchase.ok());
    CHECK(purchase.message().contains(QStringLiteral("paid when their goods are received")));
    auto cashier = statements.make(shop.cashier, bos, day(1), day(10));
    REQUIRE_FALSE(cashier.ok());
    CHECK(cashier.error().kind == ErrorKind::Permission);
    CHECK(statements.list(shop.cashier).error().kind == ErrorKind::Permission);
    auto backwards = statements.make(shop.manager, bos, day(10), day(1));
    REQUIRE_FALSE(backwards.ok());
    CHECK(backwards.message().contains(QStringLiteral("cannot begin")));
    auto future = statements.make(shop.manager, bos, day(1), day(11));
    REQUIRE_FALSE(future.ok());
    CHECK(future.message().contains(QStringLiteral("after today")));
    CHECK_FALSE(statements.make(shop.manager, bos, QDate(), day(10)).ok());
    CHECK_FALSE(statements.make(shop.manager, bos, day(1), day(10), QStringLiteral("de")).ok());
    CHECK(statements.make(shop.manager, QStringLiteral("no-such-producer"), day(1), day(10)).error().kind ==
          ErrorKind::NotFound);
    CHECK(statements.find(shop.manager, QStringLiteral("STM-NONE")).error().kind == ErrorKind::NotFound);
    CHECK(moneyTables(shop.db()) == before);
}
