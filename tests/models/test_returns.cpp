// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// Returns against a receipt: never more than was sold, money back in proportion, to the right
// payments, stock back or written off, approval above the limit.
#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "models/sales/ReturnService.h"
#include "models/sales/SalesCheck.h"
#include "models/settings/ShopSettings.h"
#include "models/stock/StockLedger.h"
#include "models/store/Sql.h"
#include "sales_fixtures.h"

using namespace ovop;
using namespace ovop::test;

namespace {

const QString Leopard = QStringLiteral("FLT-001"); // 850 som
const QString Camel = QStringLiteral("FLT-002");   // 650 som

ReturnRequest request(const Sale& sale, QList<ReturnRequest::Line> lines)
{
    ReturnRequest r;
    r.receipt = sale.receipt;
    r.lines = std::move(lines);
    return r;
}

QString dumpOfReturns(Database& db)
{
    return tableDump(db, QStringLiteral("returns")) + tableDump(db, QStringLiteral("return_lines")) +
           tableDump(db, QStringLiteral("stock_movements")) + tableDump(db, QStringLiteral("receipt_numbers"));
}

} // namespace

TEST_CASE("A return never exceeds what was sold across all earlier returns", "[returns]")
{
    SalesShop shop;
    shop.openShift();
    const Sale sale = shop.sell({{Leopard, 3}, {Camel, 1}}, shop.cashier);
    ReturnService returns(shop.db());

    auto first = returns.refund(shop.cashier, request(sale, {{1, Quantity::fromUnits(2)}}));
    INFO(first.message().toStdString());
    REQUIRE(first.ok());
    CHECK(first->total == Money::fromSom(1700));
    CHECK(first->receipt.endsWith(QStringLiteral("-000002"))); // the till's series, after the sale

    const QString before = dumpOfReturns(shop.db());
    auto tooMany = returns.refund(shop.cashier, request(sale, {{1, Quantity::fromUnits(2)}}));
    REQUIRE_FALSE(tooMany.ok());
    CHECK(tooMany.message().contains(QStringLiteral("Only 1")));
    // One good line and one bad: the whole return is refused.
    CHECK_FALSE(returns.refund(shop.cashier, request(sale, {{2, Quantity::fromUnits(1)}, {1, Quantity::fromUnits(5)}}))
                    .ok());
    CHECK_FALSE(returns.refund(shop.cashier, request(sale, {{7, Quantity::fromUnits(1)}})).ok());
    CHECK_FALSE(returns.refund(shop.cashier, request(sale, {{2, Quantity::fromMilli(500)}})).ok());
    CHECK(dumpOfReturns(shop.db()) == before);

    REQUIRE(returns.refund(shop.cashier, request(sale, {{1, Quantity::fromUnits(1)}, {2, Quantity::fromUnits(1)}})).ok());
    const auto all = SaleService(shop.db()).find(sale.receipt).value();
    CHECK(all.lines[0].returned == Quantity::fromUnits(3));
    CHECK(all.lines[1].returned == Quantity::fromUnits(1));
    CHECK(returns.refund(shop.cashier, request(sale, {{2, Quantity::fromUnits(1)}})).message().contains(
        QStringLiteral("returned already")));
    CHECK(returns.forSale(sale.id)->size() == 2);
}

TEST_CASE("Money comes back in proportion and adds up to the line once all is returned", "[returns]")
{
    SaleLine line;
    line.quantity = Quantity::fromUnits(3);
    line.amount = Money::fromTyiyn(100000); // 1000 som for three after a discount
    const Money one = ReturnService::refundFor(line, Quantity(), Quantity::fromUnits(1));
    const Money two = ReturnService::refundFor(line, Quantity::fromUnits(1), Quantity::fromUnits(1));
    const Money three = ReturnService::refundFor(line, Quantity::fromUnits(2), Quantity::fromUnits(1));
    CHECK(one == Money::fromTyiyn(33333));
    CHECK(one + two + three == line.amount);
}

TEST_CASE("Refunds go to the sale's card first or all in cash and damaged goods are written off", "[returns]")
{
    SalesShop shop;
    shop.openShift();
    Till till = shop.till(shop.cashier);
    REQUIRE(till.addCode(Leopard, Quantity::fromUnits(2)).ok());
    Payment card{PaymentMethod::Card, Money::fromSom(1000)};
    card.scheme = CardScheme::Mastercard;
    const Sale sale =
        SaleService(shop.db()).commit(till, {card, Payment{PaymentMethod::Cash, Money::fromSom(1000)}}).value();
    ReturnService returns(shop.db());
    StockLedger ledger(shop.db());
    const QString product = sale.lines[0].productId;
    const Quantity onHand = ledger.onHand(product).value();

    auto toCard = returns.refund(shop.cashier, request(sale, {{1, Quantity::fromUnits(1)}}));
    REQUIRE(toCard.ok());
    REQUIRE(toCard->refunds.size() == 1);
    CHECK(toCard->refunds[0].method == PaymentMethod::Card);
    CHECK(toCard->refunds[0].scheme == CardScheme::Mastercard);
    CHECK(toCard->refunds[0].amount == Money::fromSom(850));
    CHECK(ledger.onHand(product).value() == onHand + Quantity::fromUnits(1));

    ReturnRequest damaged = request(sale, {{1, Quantity::fromUnits(1)}});
    damaged.damaged = true;
    auto split = returns.refund(shop.cashier, damaged);
    REQUIRE(split.ok());
    REQUIRE(split->refunds.size() == 2); // what is left on the card, then cash
    CHECK(split->refunds[0].amount == Money::fromSom(150));
    CHECK(split->refunds[1].method == PaymentMethod::Cash);
    CHECK(split->refunds[1].amount == Money::fromSom(700));
    CHECK(ledger.onHand(product).value() == onHand + Quantity::fromUnits(1)); // back, and written off
    const auto moves = ledger.movements(product).value();
    CHECK(moves.last().kind == StockMovement::Kind::Damage);
    // The write-off belongs to the return, as ovopctl check expects of a damaged return's lines.
    CHECK(moves.last().document == StockMovement::Document::Return);
    CHECK(moves.last().documentId == split->id);
    CHECK(SalesCheck::movements(shop.db()).isEmpty());

    Till other = shop.till(shop.cashier);
    REQUIRE(other.addCode(Camel).ok());
    Payment card2{PaymentMethod::Card, Money::fromSom(650)};
    card2.scheme = CardScheme::Visa;
    const Sale second = SaleService(shop.db()).commit(other, {card2}).value();
    ReturnRequest inCash = request(second, {{1, Quantity::fromUnits(1)}});
    inCash.refundTo = ReturnRequest::RefundTo::Cash;
    auto cashBack = returns.refund(shop.cashier, inCash);
    REQUIRE(cashBack.ok());
    REQUIRE(cashBack->refunds.size() == 1);
    CHECK(cashBack->refunds[0].method == PaymentMethod::Cash);
    CHECK(returns.find(cashBack->receipt)->refunds.size() == 1);
}

TEST_CASE("A return above the approval limit needs a manager", "[returns][approval]")
{
    SalesShop shop;
    shop.openShift();
    REQUIRE(SettingsService(shop.db()).set(shop.manager, QStringLiteral("return_approval_limit"), QStringLiteral("1000"))
                .ok());
    const Sale sale = shop.sell({{Leopard, 2}}, shop.cashier);
    ReturnService returns(shop.db());
    CHECK(returns.refund(shop.cashier, request(sale, {{1, Quantity::fromUnits(1)}})).ok()); // 850: within
    Till till = shop.till(shop.cashier);
    const Sale bigger = shop.sell({{Leopard, 2}}, shop.cashier);
    auto refused = returns.refund(shop.cashier, request(bigger, {{1, Quantity::fromUnits(2)}}));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::NeedsApproval);
    const QString before = dumpOfReturns(shop.db());
    CHECK_FALSE(returns.refund(shop.cashier, request(bigger, {{1, Quantity::fromUnits(2)}})).ok());
    CHECK(dumpOfReturns(shop.db()) == before);
    auto approval = till.approve(QStringLiteral("manager"), QStringLiteral("2222"), QStringLiteral("faulty seams"));
    REQUIRE(approval.ok());
    auto approved = returns.refund(shop.cashier, request(bigger, {{1, Quantity::fromUnits(2)}}), &approval.value());
    REQUIRE(approved.ok());
    CHECK(approved->approvedBy == QStringLiteral("manager"));
    CHECK(returns.find(approved->receipt)->approvedBy == QStringLiteral("manager"));
    CHECK(shop.auditDetails(QStringLiteral("till.approval")).size() == 1);
    CHECK(shop.auditDetails(QStringLiteral("return")).size() == 2);
    // A manager returns it alone.
    const Sale third = shop.sell({{Leopard, 2}}, shop.cashier);
    CHECK(returns.refund(shop.manager, request(third, {{1, Quantity::fromUnits(2)}})).ok());
}
