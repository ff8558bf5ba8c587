// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include <catch2/catch.hpp>

#include "stock/StockLedger.h"
#include "store/Sql.h"
#include "test_catalog_fixtures.h"

using namespace ovop;
using namespace ovop::test;

TEST_CASE("Goods received are on hand and the ledger is append-only", "[catalog][stock]")
{
    CatalogShop shop;
    shop.addProducer(QStringLiteral("BOS-01"), QStringLiteral("Айгүл"));
    const Product slippers = shop.addProduct(CatalogShop::product(QStringLiteral("FLT-001"), QStringLiteral("Тапочки"),
                                                                  1200, QStringLiteral("BOS-01")));
    Product band = CatalogShop::product(QStringLiteral("TEX-ORM"), QStringLiteral("Ормок"), 900, QStringLiteral("BOS-01"));
    band.unit = Unit::Metre;
    band = shop.addProduct(band);
    StockLedger ledger(shop.db());

    CHECK(ledger.onHand(slippers.id).isZero());
    CHECK_FALSE(ledger.hasMovements(slippers.id));
    REQUIRE(ledger.receive(shop.manager, slippers.id, Quantity::fromUnits(5), QStringLiteral("from Bosteri")).ok());
    REQUIRE(ledger.receive(shop.manager, slippers.id, Quantity::fromUnits(2), QString()).ok());
    REQUIRE(ledger.receive(shop.manager, band.id, Quantity::fromMilli(12500), QString()).ok());
    CHECK(ledger.onHand(slippers.id) == Quantity::fromUnits(7));
    CHECK(ledger.onHandAll().value(band.id) == Quantity::fromMilli(12500));
    const auto moves = ledger.movements(slippers.id);
    REQUIRE(moves.size() == 2);
    CHECK(moves[0].reason == QStringLiteral("from Bosteri"));
    CHECK(moves[0].userId == shop.manager.userId);
    CHECK(moves[0].at == shop.shop().clock().now());
    CHECK(shop.auditDetails(QStringLiteral("stock.receive")).size() == 3);

    CHECK_FALSE(ledger.receive(shop.manager, slippers.id, Quantity::fromMilli(1500), QString()).ok()); // half a slipper
    CHECK_FALSE(ledger.receive(shop.manager, slippers.id, Quantity(), QString()).ok());
    CHECK_FALSE(ledger.receive(shop.manager, slippers.id, Quantity::fromUnits(-1), QString()).ok());
    CHECK_FALSE(ledger.receive(shop.manager, QStringLiteral("no-such"), Quantity::fromUnits(1), QString()).ok());
    CHECK_FALSE(ledger.receive(shop.cashier, slippers.id, Quantity::fromUnits(1), QString()).ok());
    CHECK(ledger.onHand(slippers.id) == Quantity::fromUnits(7));

    SqlQuery update(shop.db().sql(), QStringLiteral("UPDATE stock_movements SET quantity = 1"));
    CHECK_FALSE(update.exec().ok());
    SqlQuery del(shop.db().sql(), QStringLiteral("DELETE FROM stock_movements"));
    CHECK_FALSE(del.exec().ok());
    CHECK(ledger.onHand(slippers.id) == Quantity::fromUnits(7));
}
