// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// Unsold goods given back to their producer: never more than on hand, first-expiring batches first.
#include <catch2/catch.hpp>

#include "models/catalog/CatalogService.h"
#include "models/payouts/ProducerReturnService.h"
#include "models/stock/StockLedger.h"
#include "payouts_fixtures.h"

using namespace ovop;
using namespace ovop::test;

namespace {

QString productId(SalesShop& shop, const QString& sku)
{
    auto p = CatalogService(shop.db()).findBySku(sku);
    REQUIRE(p.ok());
    REQUIRE(p->has_value());
    return p->value().id;
}

} // namespace

TEST_CASE("Goods go back to their producer and leave the stock", "[producer-returns]")
{
    SalesShop shop;
    const QString bos = producerId(shop, QStringLiteral("BOS-01"));
    const QString leopard = productId(shop, Leopard);
    const QString camel = productId(shop, Camel);
    StockLedger ledger(shop.db());
    const Quantity leopardsBefore = ledger.onHand(leopard).value();

    ProducerReturnService returns(shop.db());
    auto done = returns.giveBack(
        shop.manager, bos,
        {{leopard, Quantity::fromUnits(2)}, {camel, Quantity::fromUnits(1)}, {leopard, Quantity::fromUnits(1)}},
        QStringLiteral("End of season"));
    INFO(done.message().toStdString());
    REQUIRE(done.ok());
    CHECK(done->number.contains(QStringLiteral("-PRT-000001")));
    REQUIRE(done->lines.size() == 2); // the leopard's two lines are one
    CHECK(done->lines.first().quantity == Quantity::fromUnits(3));
    CHECK(ledger.onHand(leopard).value() == leopardsBefore - Quantity::fromUnits(3));
    auto moves = ledger.movements(leopard);
    REQUIRE(moves.ok());
    CHECK(moves->last().kind == StockMovement::Kind::ProducerReturn);
    CHECK(moves->last().documentId == done->id);
    CHECK(moves->last().reason == QStringLiteral("End of season"));
    CHECK(shop.auditDetails(QStringLiteral("producer.return")).size() == 1);
    CHECK(ledger.levelProblems()->isEmpty());

    auto found = returns.find(shop.manager, done->number);
    REQUIRE(found.ok());
    CHECK(found->lines.size() == 2);
    CHECK(found->note == QStringLiteral("End of season"));
    CHECK(found->producerCode == QStringLiteral("BOS-01"));
}

TEST_CASE("A return to a producer takes the first-expiring batches first", "[producer-returns]")
{
    SalesShop shop;
    const QString brl = producerId(shop, QStringLiteral("BRL-01"));
    const QString honey = productId(shop, QStringLiteral("HON-001")); // 30 on hand without a batch
    StockLedger ledger(shop.db());
    REQUIRE(ledger
                .receive(shop.manager, honey, Quantity::fromUnits(5), QStringLiteral("late"),
                         {QStringLiteral("B-LATE"), QDate(2025, 9, 1), {}})
                .ok());
    REQUIRE(ledger
                .receive(shop.manager, honey, Quantity::fromUnits(3), QStringLiteral("early"),
                         {QStringLiteral("B-EARLY"), QDate(2025, 5, 1), {}})
                .ok());
    auto done = ProducerReturnService(shop.db()).giveBack(shop.manager, brl, {{honey, Quantity::fromUnits(10)}});
    INFO(done.message().toStdString());
    REQUIRE(done.ok());
    REQUIRE(done->lines.size() == 3);
    CHECK(done->lines.at(0).batch == QStringLiteral("B-EARLY"));
    CHECK(done->lines.at(0).quantity == Quantity::fromUnits(3));
    CHECK(done->lines.at(1).batch == QStringLiteral("B-LATE"));
    CHECK(done->lines.at(1).quantity == Quantity::fromUnits(5));
    CHECK(done->lines.at(2).batch.isEmpty());
    CHECK(done->lines.at(2).quantity == Quantity::fromUnits(2));
    CHECK(ledger.onHand(honey).value() == Quantity::fromUnits(28));
    auto levels = ledger.levels(honey);
    REQUIRE(levels.ok());
    for (const StockLevel& l : levels.value())
        CHECK((l.batch.isEmpty() ? l.quantity == Quantity::fromUnits(28) : l.quantity.isZero()));
}

TEST_CASE("Returns to a producer beyond stock of another producer or by a cashier are refused", "[producer-returns]")
{
    SalesShop shop;
    const QString bos = producerId(shop, QStringLiteral("BOS-01"));
    const QString leopard = productId(shop, Leopard); // 8 on hand
    const QString soap = productId(shop, Soap);       // TAS-01's
    ProducerReturnService returns(shop.db());
    const QString before = moneyTables(shop.db());

    auto tooMany = returns.giveBack(shop.manager, bos, {{leopard, Quantity::fromUnits(9)}});
    REQUIRE_FALSE(tooMany.ok());
    CHECK(tooMany.message().contains(QStringLiteral("Only 8")));
    auto other = returns.giveBack(shop.manager, bos, {{soap, Quantity::fromUnits(1)}});
    REQUIRE_FALSE(other.ok());
    CHECK(other.message().contains(QStringLiteral("not made by")));
    CHECK(returns.giveBack(shop.cashier, bos, {{leopard, Quantity::fromUnits(1)}}).error().kind ==
          ErrorKind::Permission);
    CHECK_FALSE(returns.giveBack(shop.manager, bos, {}).ok());
    CHECK_FALSE(returns.giveBack(shop.manager, bos, {{leopard, Quantity::fromMilli(500)}}).ok()); // pieces
    CHECK_FALSE(returns.giveBack(shop.manager, bos, {{leopard, Quantity::fromUnits(-1)}}).ok());
    CHECK(returns.giveBack(shop.manager, QStringLiteral("nobody"), {{leopard, Quantity::fromUnits(1)}}).error().kind ==
          ErrorKind::NotFound);
    CHECK(moneyTables(shop.db()) == before);
}
