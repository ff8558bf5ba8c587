// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// The dashboard's lists against figures worked out by hand: the products that sold most and least
// (reports_fixtures.h), the products below their minimum and the shifts whose cash was short or over.
#include <catch2/catch.hpp>

#include "models/catalog/CatalogService.h"
#include "models/reports/CashDifferenceReport.h"
#include "models/reports/ProductSalesReport.h"
#include "models/reports/StockReport.h"
#include "models/sales/ShiftService.h"
#include "models/stock/MinLevels.h"
#include "reports_fixtures.h"

using namespace ovop;
using namespace ovop::test;

namespace {

QStringList skus(const QList<ProductSalesRow>& rows)
{
    QStringList out;
    for (const ProductSalesRow& r : rows)
        out << r.sku;
    return out;
}

QString productOf(SalesShop& shop, const QString& sku)
{
    auto found = CatalogService(shop.db()).findBySku(sku);
    REQUIRE(found.ok());
    REQUIRE(found->has_value());
    return (**found).id;
}

// An amount of cash in the fewest notes and coins.
QMap<qint64, int> notesOf(Money amount)
{
    QMap<qint64, int> out;
    qint64 left = amount.tyiyn();
    for (qint64 d : cashDenominations()) {
        if (left >= d)
            out[d] = int(left / d);
        left %= d;
    }
    REQUIRE(left == 0);
    return out;
}

// A shift on a day of March 2025 (noon UTC) with a float, perhaps a cash sale, closed with a count.
void shiftOn(SalesShop& shop, int d, Money openingFloat, const QString& sold, Money counted)
{
    goTo(shop, d);
    shop.openShift(openingFloat);
    if (!sold.isEmpty())
        shop.sell({{sold, 1}}, shop.cashier);
    auto closed = ShiftService(shop.db()).close(shop.manager, notesOf(counted));
    INFO(closed.message().toStdString());
    REQUIRE(closed.ok());
}

} // namespace

TEST_CASE("Top products of a period: sales less returns, largest first, with quantities", "[reports]")
{
    ReportsShop f;
    auto made = ProductSalesReport(f.shop.db()).build(f.shop.manager, f.period());
    INFO(made.message().toStdString());
    REQUIRE(made.ok());
    const ProductRanking& r = made.value();
    // The camel was sold and came back: sold, but nothing left of it among the top.
    CHECK(r.productsSold == 5);
    CHECK(skus(r.top) == QStringList{Shyrdak, Leopard, Soap2, Soap});
    const ProductSalesRow& shyrdak = r.top.at(0);
    CHECK(shyrdak.net() == som(1980)); // 2200 less the cart's 10%
    CHECK(shyrdak.sold == Quantity::fromUnits(1));
    CHECK(shyrdak.sales == 1);
    CHECK(shyrdak.onHand == Quantity::fromUnits(5));
    const ProductSalesRow& leopard = r.top.at(1);
    CHECK(leopard.amount == som(1700)); // D, on the 20th, is after the period
    CHECK(leopard.sold == Quantity::fromUnits(2));
    CHECK(leopard.sales == 1);
    CHECK(leopard.onHand == Quantity::fromUnits(5)); // 8 less A's 2 and D's 1
    CHECK(leopard.stockValue == som(4250));
    CHECK(r.top.at(2).net() == som(500));
    CHECK(r.top.at(2).sold == Quantity::fromUnits(2));
    CHECK(r.top.at(3).net() == som(220));
    CHECK_FALSE(r.top.at(0).name.isEmpty());

    auto two = ProductSalesReport(f.shop.db()).build(f.shop.manager, f.period(), 2);
    REQUIRE(two.ok());
    CHECK(skus(two->top) == QStringList{Shyrdak, Leopard});
}

TEST_CASE("Slow products: in stock, fewest sold in the period, most money on the shelf first", "[reports]")
{
    ReportsShop f;
    ProductSalesReport report(f.shop.db());
    // All 89 demo products have stock; 4 of them sold something net (the camel came back).
    auto five = report.build(f.shop.manager, f.period(), 5);
    REQUIRE(five.ok());
    CHECK(five->productsInStock == 89);
    CHECK(five->unsold == 85);
    // Nothing sold: by stock value, 2 x 24000, 2 x 22000, 4 x 10000, then 2 x 18000 and 3 x 12000
    // (both 36000, by SKU).
    CHECK(skus(five->slow) == QStringList{QStringLiteral("FLT-052"), QStringLiteral("TEX-021"),
                                          QStringLiteral("FLT-053"), QStringLiteral("FLT-050"),
                                          QStringLiteral("FLT-051")});
    CHECK(five->slow.first().sold.isZero());
    CHECK(five->slow.first().stockValue == som(48000));
    CHECK(five->slow.first().onHand == Quantity::fromUnits(2));

    // At the end, those that sold: one shyrdak (5 left, 11000) before one soap COS-001 (39 left,
    // 8580); two soaps COS-002 (33 left, 8250) before two leopards (5 left, 4250).
    auto all = report.build(f.shop.manager, f.period(), 1000);
    REQUIRE(all.ok());
    REQUIRE(all->slow.size() == 89);
    CHECK(skus(all->slow).mid(85) == QStringList{Shyrdak, Soap, Soap2, Leopard});
    CHECK(all->slow.at(86).stockValue == som(8580));
    CHECK(all->slow.at(87).netSold() == Quantity::fromUnits(2));
    // The camel sold one and took one back: as unsold as the others, with its 10 on the shelf.
    bool camelUnsold = false;
    for (int i = 0; i < 85; ++i)
        if (all->slow.at(i).sku == Camel)
            camelUnsold = all->slow.at(i).sold == Quantity::fromUnits(1) && all->slow.at(i).netSold().isZero() &&
                          all->slow.at(i).onHand == Quantity::fromUnits(10);
    CHECK(camelUnsold);
}

TEST_CASE("Products of other shops' sales and refusals", "[reports]")
{
    ReportsShop f;
    ProductSalesReport report(f.shop.db());
    ReportScope scope = f.period();
    scope.shops = {f.shop.db().origin().shopCode};
    auto own = report.build(f.shop.manager, scope);
    REQUIRE(own.ok());
    CHECK(own->top.size() == 4);
    scope.shops = {QStringLiteral("OSH-1")};
    auto other = report.build(f.shop.manager, scope);
    REQUIRE(other.ok());
    CHECK(other->top.isEmpty());
    CHECK(other->productsSold == 0);
    CHECK(other->unsold == 89);

    CHECK(report.build(f.shop.cashier, f.period()).error().kind == ErrorKind::Permission);
    CHECK(report.build(f.shop.manager, f.period(), 0).error().kind == ErrorKind::Validation);
    CHECK(report.build(f.shop.manager, ReportScope{day(15), day(1), {}, QStringLiteral("en")}).error().kind ==
          ErrorKind::Validation);
}

TEST_CASE("Low stock: active products below their minimum, the emptiest first", "[reports][stock]")
{
    ReportsShop f;
    StockReport report(f.shop.db());
    auto none = report.lowStock(f.shop.manager);
    REQUIRE(none.ok());
    CHECK(none->count == 0);

    MinLevels levels(f.shop.db());
    auto set = [&](const QString& sku, Quantity level) {
        const Status done = levels.set(f.shop.manager, productOf(f.shop, sku), level);
        INFO(done.message().toStdString());
        REQUIRE(done.ok());
    };
    set(Leopard, Quantity::fromUnits(6));                    // 5 of 6
    set(Shyrdak, Quantity::fromUnits(10));                   // 5 of 10
    set(QStringLiteral("HON-005"), Quantity::fromUnits(20)); // 14.75 kg of 20
    set(Soap, Quantity::fromUnits(39));                      // 39 of 39: not below
    auto low = report.lowStock(f.shop.manager);
    REQUIRE(low.ok());
    CHECK(low->count == 3);
    QStringList order;
    for (const StockRow& r : low->rows)
        order << r.sku;
    CHECK(order == QStringList{Shyrdak, QStringLiteral("HON-005"), Leopard});
    CHECK(low->rows.first().onHand == Quantity::fromUnits(5));
    CHECK(low->rows.first().minLevel == Quantity::fromUnits(10));

    CHECK(report.lowStock(f.shop.cashier).error().kind == ErrorKind::Permission);
}

TEST_CASE("Cash differences of the period's shifts from their Z reports", "[reports][shifts]")
{
    SalesShop shop;
    shiftOn(shop, 3, som(1000), QString(), som(950));  // 50 short
    shiftOn(shop, 4, som(1000), Leopard, som(1870));   // 1850 expected: 20 over
    shiftOn(shop, 5, som(500), QString(), som(500));   // exact
    shiftOn(shop, 6, som(1000), QString(), som(900));  // 100 short
    shiftOn(shop, 20, som(1000), QString(), som(990)); // after the period
    goTo(shop, 10);
    shop.openShift(); // open: no Z report yet

    CashDifferenceReport report(shop.db());
    const ReportScope period{day(1), day(15), {}, QStringLiteral("ru")};
    auto made = report.build(shop.manager, period);
    INFO(made.message().toStdString());
    REQUIRE(made.ok());
    const CashDifferences& c = made.value();
    CHECK(c.shiftsClosed == 4);
    REQUIRE(c.rows.size() == 3);
    CHECK(c.rows.at(0).difference == -som(100)); // the latest close first
    CHECK(c.rows.at(1).difference == som(20));
    CHECK(c.rows.at(1).expectedCash == som(1850));
    CHECK(c.rows.at(1).countedCash == som(1870));
    CHECK(c.rows.at(1).closedAt.toUTC() == QDateTime(day(4), QTime(12, 0), Qt::UTC));
    CHECK(c.rows.at(1).closedBy == QStringLiteral("manager"));
    CHECK(c.rows.at(2).difference == -som(50));
    CHECK(c.rows.at(2).shiftNumber == 1);
    CHECK(c.rows.at(2).zNumber == 1);
    CHECK(c.total == -som(130));
    CHECK(c.shortages == som(150));
    CHECK(c.shortageCount == 2);
    CHECK(c.surpluses == som(20));
    CHECK(c.surplusCount == 1);

    ReportScope ownShop = period;
    ownShop.shops = {shop.db().origin().shopCode};
    auto own = report.build(shop.manager, ownShop);
    REQUIRE(own.ok());
    CHECK(own->total == -som(130));
    ReportScope otherShop = period;
    otherShop.shops = {QStringLiteral("OSH-1")};
    auto other = report.build(shop.manager, otherShop);
    REQUIRE(other.ok());
    CHECK(other->shiftsClosed == 0);
    CHECK(other->rows.isEmpty());

    CHECK(report.build(shop.cashier, period).error().kind == ErrorKind::Permission);
}
