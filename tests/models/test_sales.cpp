// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// The till's sale: cart rules, approvals, payments, the one-transaction commit, receipt numbers.
#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "models/settings/ShopSettings.h"
#include "models/stock/StockLedger.h"
#include "models/store/Sql.h"
#include "sales_fixtures.h"

using namespace ovop;
using namespace ovop::test;

namespace {

const QString Leopard = QStringLiteral("FLT-001"); // 850 som, by the piece
const QString Camel = QStringLiteral("FLT-002");   // 650 som
const QString Ormok = QStringLiteral("TEX-001");   // 900 som a metre

Payment cash(qint64 som)
{
    return Payment{PaymentMethod::Cash, Money::fromSom(som)};
}

Payment card(qint64 tyiyn, CardScheme scheme = CardScheme::Elcart)
{
    Payment p{PaymentMethod::Card, Money::fromTyiyn(tyiyn)};
    p.scheme = scheme;
    return p;
}

} // namespace

TEST_CASE("A sale commits its lines payments stock movements receipt number and audit entry", "[sales]")
{
    SalesShop shop;
    shop.openShift();
    Till till = shop.till(shop.cashier);
    REQUIRE(till.addCode(Leopard).ok());
    REQUIRE(till.addCode(Ormok, Quantity::fromMilli(1500)).ok());
    REQUIRE(till.addCode(Leopard).value() == 0); // the same product again: one more on its line
    CHECK(till.cart().lines.size() == 2);
    CHECK(till.cart().lines[0].quantity == Quantity::fromUnits(2));
    CHECK(!till.cart().lines[0].item.villageName.isEmpty());
    CHECK(!till.cart().lines[0].item.producerName.isEmpty());
    const Money total = till.totals().total;
    CHECK(total == Money::fromSom(2 * 850 + 1350));

    const qint64 movementsBefore = rowCount(shop.db(), QStringLiteral("stock_movements"));
    auto sold = SaleService(shop.db()).commit(till, {card(100000, CardScheme::Visa), cash(3000)}, QStringLiteral("ky"));
    INFO(sold.message().toStdString());
    REQUIRE(sold.ok());
    CHECK(till.cart().isEmpty());
    CHECK(sold->receipt == shop.db().origin().shopCode + QLatin1Char('-') + shop.db().origin().deviceId +
                               QStringLiteral("-000001"));
    CHECK(sold->change == Money::fromSom(1000 + 3000) - total);
    CHECK(rowCount(shop.db(), QStringLiteral("stock_movements")) == movementsBefore + 2);

    auto found = SaleService(shop.db()).find(sold->receipt.toLower());
    REQUIRE(found.ok());
    CHECK(found->total == total);
    CHECK(found->language == QStringLiteral("ky"));
    REQUIRE(found->lines.size() == 2);
    CHECK(found->lines[1].quantity == Quantity::fromMilli(1500));
    CHECK(found->lines[1].amount == Money::fromSom(1350));
    REQUIRE(found->payments.size() == 2);
    CHECK(found->payments[0].scheme == CardScheme::Visa);
    CHECK(found->cashierName == QStringLiteral("Нурлан Бекмуратов")); // the full name, as people call him
    const auto audit = shop.auditDetails(QStringLiteral("sale"));
    REQUIRE(audit.size() == 1);
    CHECK(audit[0].value(QStringLiteral("receipt")).toString() == sold->receipt);

    // Facts are appended, never edited.
    CHECK_FALSE(SqlQuery(shop.db().sql(), QStringLiteral("UPDATE sales SET total = 1")).exec().ok());
    CHECK_FALSE(SqlQuery(shop.db().sql(), QStringLiteral("DELETE FROM sale_lines")).exec().ok());
}

TEST_CASE("Receipt numbers run per till without gaps and a refused sale takes none", "[sales]")
{
    SalesShop shop;
    shop.openShift();
    const Sale first = shop.sell({{Leopard, 1}}, shop.cashier);
    Till till = shop.till(shop.cashier);
    REQUIRE(till.addCode(Camel).ok());
    CHECK_FALSE(SaleService(shop.db()).commit(till, {cash(100)}).ok()); // too little: nothing taken
    CHECK_FALSE(till.cart().isEmpty());
    const Sale second = shop.sell({{Camel, 2}}, shop.cashier);
    CHECK(first.receiptSeq == 1);
    CHECK(second.receiptSeq == 2);
    CHECK(second.receipt.endsWith(QStringLiteral("-000002")));
    CHECK(rowCount(shop.db(), QStringLiteral("receipt_numbers")) == 2);
    // A number already given cannot be given again.
    CHECK_FALSE(SqlQuery(shop.db().sql(),
                         QStringLiteral("INSERT INTO receipt_numbers VALUES ('%1', '%2', 2, 'sale', 'x')")
                             .arg(shop.db().origin().shopCode, shop.db().origin().deviceId))
                    .exec()
                    .ok());
}

TEST_CASE("Selling needs an open shift on the till", "[sales]")
{
    SalesShop shop;
    Till till = shop.till(shop.cashier);
    REQUIRE(till.addCode(Leopard).ok());
    const qint64 before = rowCount(shop.db(), QStringLiteral("sales"));
    auto refused = SaleService(shop.db()).commit(till, {cash(850)});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.message().contains(QStringLiteral("shift")));
    CHECK(rowCount(shop.db(), QStringLiteral("sales")) == before);
    CHECK(rowCount(shop.db(), QStringLiteral("receipt_numbers")) == 0);
    CHECK_FALSE(till.cart().isEmpty());
}

TEST_CASE("Payments complete a sale only in full and only cash gives change", "[sales][payments]")
{
    const Money total = Money::fromTyiyn(125050);
    CHECK(SaleService::changeFor(total, {cash(1300)}, QStringLiteral("en")).value() == Money::fromTyiyn(4950));
    CHECK(SaleService::changeFor(total, {card(125050)}, QStringLiteral("en")).value().isZero());
    CHECK(SaleService::changeFor(total, {card(100000), Payment{PaymentMethod::Qr, Money::fromTyiyn(25050)}},
                                 QStringLiteral("en"))
              .value()
              .isZero());
    CHECK(SaleService::changeFor(total, {card(50000), cash(1000)}, QStringLiteral("en")).value() ==
          Money::fromTyiyn(24950));
    // A card beyond the total would be change from a card.
    CHECK_FALSE(SaleService::changeFor(total, {card(130000)}, QStringLiteral("en")).ok());
    CHECK_FALSE(SaleService::changeFor(total, {card(100000), card(30000)}, QStringLiteral("en")).ok());
    CHECK_FALSE(SaleService::changeFor(total, {cash(1000)}, QStringLiteral("en")).ok());
    CHECK_FALSE(SaleService::changeFor(total, {Payment{PaymentMethod::Card, total}}, QStringLiteral("en")).ok());
    CHECK_FALSE(SaleService::changeFor(total, {cash(0), card(125050)}, QStringLiteral("en")).ok());
    CHECK_FALSE(SaleService::changeFor(total, {}, QStringLiteral("en")).ok());
}

TEST_CASE("A discount beyond the cashier's limit is refused without a manager's approval", "[sales][approval]")
{
    SalesShop shop;
    Till till = shop.till(shop.cashier); // cashier's limit 10%, manager's 30%
    REQUIRE(till.addCode(Leopard).ok());
    CHECK(till.setLineDiscount(0, Discount::percent(1000)).ok());
    const Money within = till.totals().total;
    CHECK(within == Money::fromSom(765));

    auto beyond = till.setLineDiscount(0, Discount::percent(1500));
    REQUIRE_FALSE(beyond.ok());
    CHECK(beyond.error().kind == ErrorKind::NeedsApproval);
    CHECK(till.totals().total == within); // nothing changed
    CHECK_FALSE(till.setLineDiscount(0, Discount::fixed(Money::fromSom(100))).ok()); // 11.8%
    CHECK_FALSE(till.setCartDiscount(Discount::percent(1200)).ok());
    CHECK(shop.auditDetails(QStringLiteral("till.approval")).isEmpty());

    // A wrong PIN, a cashier's PIN: no approval.
    CHECK_FALSE(till.approve(QStringLiteral("manager"), QStringLiteral("9999"), {}).ok());
    CHECK(till.approve(QStringLiteral("cashier"), QStringLiteral("3333"), {}).error().kind == ErrorKind::Permission);

    auto approval = till.approve(QStringLiteral("manager"), QStringLiteral("2222"), QStringLiteral("regular customer"));
    REQUIRE(approval.ok());
    CHECK(till.setLineDiscount(0, Discount::percent(1500), &approval.value()).ok());
    CHECK(till.totals().total == Money::fromTyiyn(72250));
    // Beyond the manager's own limit even a manager's approval is not enough.
    CHECK(till.setLineDiscount(0, Discount::percent(4000), &approval.value()).error().kind == ErrorKind::Permission);
    const auto approvals = shop.auditDetails(QStringLiteral("till.approval"));
    REQUIRE(approvals.size() == 1);
    CHECK(approvals[0].value(QStringLiteral("approver")).toString() == QStringLiteral("manager"));
    CHECK(approvals[0].value(QStringLiteral("for")).toString() == QStringLiteral("cashier"));
    CHECK(approvals[0].value(QStringLiteral("action")).toString() == QStringLiteral("line_discount"));
    CHECK(approvals[0].value(QStringLiteral("reason")).toString() == QStringLiteral("regular customer"));

    // The sale keeps what was approved for it.
    REQUIRE(shop.db().origin().deviceId.size() > 0);
    shop.openShift();
    auto sold = SaleService(shop.db()).commit(till, {cash(723)});
    REQUIRE(sold.ok());
    SqlQuery kept(shop.db().sql(), QStringLiteral("SELECT approvals FROM sales WHERE id = :id"));
    kept.bind(QStringLiteral(":id"), sold->id);
    REQUIRE(kept.exec().ok());
    REQUIRE(kept.next());
    CHECK(kept.value(0).toString().contains(QStringLiteral("line_discount")));

    // A manager selling gives up to 30% alone.
    Till managers = shop.till(shop.manager);
    REQUIRE(managers.addCode(Camel).ok());
    CHECK(managers.setCartDiscount(Discount::percent(3000)).ok());
    CHECK(managers.setCartDiscount(Discount::percent(3100)).error().kind == ErrorKind::NeedsApproval);
}

TEST_CASE("Removing a scanned line lowering it overriding a price and voiding need approval", "[sales][approval]")
{
    SalesShop shop;
    Till till = shop.till(shop.cashier);
    REQUIRE(till.addCode(Leopard, Quantity::fromUnits(3)).ok());
    REQUIRE(till.addCode(Camel).ok());
    CHECK(till.setQuantity(0, Quantity::fromUnits(4)).ok()); // more is no risk
    CHECK(till.setQuantity(0, Quantity::fromUnits(2)).error().kind == ErrorKind::NeedsApproval);
    CHECK(till.removeLine(1).error().kind == ErrorKind::NeedsApproval);
    CHECK(till.overridePrice(0, Money::fromSom(500)).error().kind == ErrorKind::NeedsApproval);
    CHECK(till.voidCart().error().kind == ErrorKind::NeedsApproval);
    CHECK(till.cart().lines.size() == 2);
    CHECK(till.cart().lines[0].quantity == Quantity::fromUnits(4));

    auto approval = till.approve(QStringLiteral("admin"), QStringLiteral("1111"), QStringLiteral("wrong item"));
    REQUIRE(approval.ok());
    CHECK(till.removeLine(1, &approval.value()).ok());
    CHECK(till.overridePrice(0, Money::fromSom(800), &approval.value()).ok());
    CHECK(till.totals().total == Money::fromSom(3200));
    CHECK(till.voidCart(&approval.value()).ok());
    CHECK(till.cart().isEmpty());
    CHECK(shop.auditDetails(QStringLiteral("till.approval")).size() == 3);
    CHECK(shop.auditDetails(QStringLiteral("sale.void")).size() == 1);

    // Half a piece is no quantity; half a metre is.
    REQUIRE(till.addCode(Leopard).ok());
    CHECK_FALSE(till.setQuantity(0, Quantity::fromMilli(500)).ok());
    REQUIRE(till.addCode(Ormok, Quantity::fromMilli(500)).ok());
}

TEST_CASE("An unknown code says so and leaves the cart as it was", "[sales]")
{
    SalesShop shop;
    Till till = shop.till(shop.cashier);
    REQUIRE(till.addCode(Leopard).ok());
    auto unknown = till.addCode(QStringLiteral("4870000000000"));
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().kind == ErrorKind::NotFound);
    CHECK(unknown.message().contains(QStringLiteral("4870000000000")));
    CHECK(till.cart().lines.size() == 1);
    CHECK(till.cart().lines[0].quantity == Quantity::fromUnits(1));
}

TEST_CASE("Parked carts survive a restart and come back whole", "[sales][park]")
{
    SalesShop shop;
    {
        Till till = shop.till(shop.cashier);
        REQUIRE(till.addCode(Leopard, Quantity::fromUnits(2)).ok());
        REQUIRE(till.setLineDiscount(0, Discount::percent(500)).ok());
        REQUIRE(till.park(QStringLiteral("lady in red")).ok());
        CHECK(till.cart().isEmpty());
        REQUIRE(till.addCode(Camel).ok());
        REQUIRE(till.park().ok());
        CHECK_FALSE(till.park().ok()); // nothing to park
    }
    shop.shop().reopen();
    Till till = shop.till(shop.cashier);
    auto parked = till.parked();
    REQUIRE(parked.ok());
    REQUIRE(parked->size() == 2);
    CHECK(parked->at(0).label == QStringLiteral("lady in red"));
    CHECK(parked->at(0).lines == 1);
    REQUIRE(till.recall(parked->at(0).id).ok());
    CHECK(till.totals().total == Money::fromSom(1615));
    CHECK_FALSE(till.recall(parked->at(1).id).ok()); // the current cart first
    CHECK(till.parked()->size() == 1);
    CHECK_FALSE(Till(shop.db(), shop.cashier, shop.settings()).recall(parked->at(0).id).ok()); // recalled once only
}

TEST_CASE("The cart discount is shared exactly and the tax contained follows the profile", "[sales][tax]")
{
    Cart cart;
    for (qint64 price : {100, 200, 333}) {
        CartLine line;
        line.item.price = Money::fromSom(price);
        line.item.taxGroup = QStringLiteral("standard");
        cart.lines << line;
    }
    cart.lines[2].item.taxGroup = QStringLiteral("exempt");
    cart.discount = Discount::fixed(Money::fromTyiyn(1001));
    TaxProfile profile;
    profile.vatPayer = true;
    profile.vatRateBp = 1200;
    profile.salesTaxRateBp = 200;
    const CartTotals t = cart.totals(profile);
    CHECK(t.gross == Money::fromSom(633));
    CHECK(t.total == Money::fromTyiyn(63300 - 1001));
    Money shares;
    for (Money m : t.cartDiscountShares)
        shares += m;
    CHECK(shares == Money::fromTyiyn(1001));
    CHECK(t.amounts[0] + t.amounts[1] + t.amounts[2] == t.total);
    // Standard goods carry 12% VAT and 2% sales tax inside; exempt ones the sales tax only.
    const Money standard = t.amounts[0] + t.amounts[1];
    const Money both = Money::fromTyiyn((standard.tyiyn() * 1400 + 5700) / 11400);
    CHECK(t.tax.vat == Money::fromTyiyn((both.tyiyn() * 1200 + 700) / 1400));
    CHECK(t.tax.salesTax == both - t.tax.vat + t.amounts[2].includedTax(200));
    CHECK(t.tax.vatRateBp == 1200);

    profile.vatPayer = false;
    const CartTotals simple = cart.totals(profile);
    CHECK(simple.tax.vat.isZero());
    CHECK(simple.tax.salesTax == simple.total.includedTax(200));
}

TEST_CASE("A receipt is in the shop's language unless the customer asks for another", "[sales][settings]")
{
    SalesShop shop;
    shop.openShift();
    SettingsService settings(shop.db());
    CHECK(settings.load()->receiptLanguage == QStringLiteral("ru"));
    const QString before = tableDump(shop.db(), QStringLiteral("settings"));
    CHECK_FALSE(settings.set(shop.manager, QStringLiteral("receipt_language"), QStringLiteral("kg")).ok());
    CHECK_FALSE(settings.set(shop.cashier, QStringLiteral("receipt_language"), QStringLiteral("ky")).ok());
    CHECK(tableDump(shop.db(), QStringLiteral("settings")) == before);
    REQUIRE(settings.set(shop.manager, QStringLiteral("receipt_language"), QStringLiteral("ky")).ok());
    CHECK(settings.values()->value(QStringLiteral("receipt_language")) == QStringLiteral("ky"));

    Till till = shop.till(shop.cashier);
    REQUIRE(till.addCode(Camel).ok());
    CHECK(SaleService(shop.db()).commit(till, {cash(650)}).value().language == QStringLiteral("ky"));
    REQUIRE(till.addCode(Camel).ok());
    CHECK(SaleService(shop.db()).commit(till, {cash(650)}, QStringLiteral("en")).value().language ==
          QStringLiteral("en"));
}
