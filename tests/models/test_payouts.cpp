// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// Paying a statement: once only, cash out of the open shift's drawer, bank and wallet with a
// reference, nothing to pay when the statement owes nothing.
#include <catch2/catch.hpp>

#include "models/payouts/CommissionService.h"
#include "models/payouts/PayoutService.h"
#include "models/payouts/StatementService.h"
#include "models/sales/ShiftService.h"
#include "payouts_fixtures.h"

using namespace ovop;
using namespace ovop::test;

namespace {

Statement statementOfLeopards(SalesShop& shop, qint64 units)
{
    shop.sell({{Leopard, units}}, shop.cashier);
    auto s = StatementService(shop.db()).make(shop.manager, producerId(shop, QStringLiteral("BOS-01")), day(1),
                                              shop.db().now().toLocalTime().date());
    INFO(s.message().toStdString());
    REQUIRE(s.ok());
    return s.value();
}

} // namespace

TEST_CASE("A cash payout comes out of the drawer and lowers the shift's expected cash", "[payouts]")
{
    SalesShop shop;
    goTo(shop, 10);
    shop.openShift(Money::fromSom(1000));
    const Statement s = statementOfLeopards(shop, 2); // 1700 som sold, 25% commission: 1275 owed
    CHECK(s.owed == Money::fromSom(1275));
    ShiftService shifts(shop.db());
    const Money expected = shifts.totals()->expectedCash;
    CHECK(expected == Money::fromSom(2700));

    auto paid = PayoutService(shop.db()).pay(shop.manager, s.number, Payout::Method::Cash);
    INFO(paid.message().toStdString());
    REQUIRE(paid.ok());
    CHECK(paid->number.contains(QStringLiteral("-PAY-000001")));
    CHECK(paid->amount == Money::fromSom(1275));
    CHECK_FALSE(paid->cashMovementId.isEmpty());
    auto totals = shifts.totals();
    REQUIRE(totals.ok());
    CHECK(totals->expectedCash == expected - Money::fromSom(1275));
    CHECK(totals->cashOut == Money::fromSom(1275));
    SqlQuery reason(shop.db().sql(), QStringLiteral("SELECT reason FROM cash_movements"));
    REQUIRE(reason.exec().ok());
    REQUIRE(reason.next());
    CHECK(reason.value(0).toString().contains(s.number));
    CHECK(reason.value(0).toString().contains(s.producerName));

    auto after = StatementService(shop.db()).find(shop.manager, s.id);
    REQUIRE(after.ok());
    CHECK(after->paid == Money::fromSom(1275));
    CHECK(after->due() == Money());
    CHECK(after->payoutNumber == paid->number);
    CHECK(shop.auditDetails(QStringLiteral("producer.payout")).size() == 1);
}

TEST_CASE("A statement is paid once and a second payout changes nothing", "[payouts]")
{
    SalesShop shop;
    goTo(shop, 10);
    shop.openShift();
    const Statement s = statementOfLeopards(shop, 1);
    PayoutService payouts(shop.db());
    auto first = payouts.pay(shop.manager, s.id, Payout::Method::Bank, QStringLiteral("KICB 2025-03-10 #88"));
    REQUIRE(first.ok());
    const QString before = moneyTables(shop.db());
    auto second = payouts.pay(shop.manager, s.id, Payout::Method::Cash);
    REQUIRE_FALSE(second.ok());
    CHECK(second.error().kind == ErrorKind::Conflict);
    CHECK(second.message().contains(first->number));
    CHECK(moneyTables(shop.db()) == before);
    auto of = payouts.ofStatement(shop.manager, s.id);
    REQUIRE(of.ok());
    REQUIRE(of->has_value());
    CHECK(of->value().reference == QStringLiteral("KICB 2025-03-10 #88"));
    CHECK(payouts.list(shop.manager)->size() == 1);
}

TEST_CASE("Payouts are refused without a reference a shift enough cash or a permission", "[payouts]")
{
    SalesShop shop;
    goTo(shop, 10);
    shop.openShift(Money());
    const Statement s = statementOfLeopards(shop, 10); // 8500 sold in cash, 6375 owed
    // Take most of the drawer out: 8500 expected, 3000 left.
    REQUIRE(ShiftService(shop.db()).cashOut(shop.manager, Money::fromSom(5500), QStringLiteral("bank deposit")).ok());
    PayoutService payouts(shop.db());
    const QString before = moneyTables(shop.db());

    auto noReference = payouts.pay(shop.manager, s.number, Payout::Method::Bank, QStringLiteral("  "));
    REQUIRE_FALSE(noReference.ok());
    CHECK(noReference.error().firstField() == QStringLiteral("reference"));
    CHECK_FALSE(payouts.pay(shop.manager, s.number, Payout::Method::Wallet).ok());
    auto tooLittle = payouts.pay(shop.manager, s.number, Payout::Method::Cash);
    REQUIRE_FALSE(tooLittle.ok());
    CHECK(tooLittle.message().contains(QStringLiteral("expected in the drawer")));
    auto cashier = payouts.pay(shop.cashier, s.number, Payout::Method::Bank, QStringLiteral("ref"));
    REQUIRE_FALSE(cashier.ok());
    CHECK(cashier.error().kind == ErrorKind::Permission);
    CHECK(
        payouts.pay(shop.manager, QStringLiteral("STM-NONE"), Payout::Method::Bank, QStringLiteral("r")).error().kind ==
        ErrorKind::NotFound);
    CHECK(moneyTables(shop.db()) == before);

    // Without an open shift, cash is refused; a wallet transfer is not.
    auto closed = ShiftService(shop.db()).close(shop.manager, {{100000, 3}});
    REQUIRE(closed.ok());
    auto noShift = payouts.pay(shop.manager, s.number, Payout::Method::Cash);
    REQUIRE_FALSE(noShift.ok());
    CHECK(noShift.message().contains(QStringLiteral("open a shift")));
    auto wallet = payouts.pay(shop.manager, s.number, Payout::Method::Wallet, QStringLiteral("MBANK 7781"));
    REQUIRE(wallet.ok());
    CHECK(wallet->cashMovementId.isEmpty());
}

TEST_CASE("A statement that owes nothing or less than nothing cannot be paid", "[payouts]")
{
    SalesShop shop;
    goTo(shop, 10);
    shop.openShift();
    const QString bos = producerId(shop, QStringLiteral("BOS-01"));
    const Sale sale = shop.sell({{Leopard, 1}}, shop.cashier);
    REQUIRE(StatementService(shop.db()).make(shop.manager, bos, day(10), day(10)).ok());
    goTo(shop, 11);
    giveBack(shop, sale, 1, 1);
    auto returnsOnly = StatementService(shop.db()).make(shop.manager, bos, day(11), day(11));
    REQUIRE(returnsOnly.ok());
    CHECK(returnsOnly->owed == -Money::fromTyiyn(63750));
    const QString before = moneyTables(shop.db());
    auto refused =
        PayoutService(shop.db()).pay(shop.manager, returnsOnly->number, Payout::Method::Bank, QStringLiteral("r"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.message().contains(QStringLiteral("nothing to pay")));
    CHECK(moneyTables(shop.db()) == before);

    // 100% commission: the statement owes zero.
    REQUIRE(CommissionService(shop.db()).set(shop.manager, bos, QStringLiteral("felt"), 10000).ok());
    shop.sell({{Camel, 1}}, shop.cashier);
    auto zero = StatementService(shop.db()).make(shop.manager, bos, day(11), day(11));
    REQUIRE(zero.ok());
    CHECK(zero->owed == Money());
    CHECK_FALSE(PayoutService(shop.db()).pay(shop.manager, zero->number, Payout::Method::Cash).ok());
}
