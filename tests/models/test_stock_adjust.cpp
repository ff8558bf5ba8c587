// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include <catch2/catch.hpp>

#include "models/stock/AdjustmentService.h"
#include "models/stock/MinLevels.h"
#include "models/stock/StockLedger.h"
#include "stock_fixtures.h"

using namespace ovop;
using namespace ovop::test;

namespace {

AdjustmentRequest adjustment(const Product& p, qint64 milli, AdjustmentReason reason, const QString& note = {},
                             const QString& batch = {})
{
    AdjustmentRequest r;
    r.productId = p.id;
    r.quantity = Quantity::fromMilli(milli);
    r.reason = reason;
    r.note = note;
    r.batch = batch;
    return r;
}

} // namespace

TEST_CASE("Adjustments follow their reason's sign and never take more than is on hand", "[stock][adjust]")
{
    StockShop shop;
    REQUIRE(ReceivingService(shop.db())
                .receive(shop.manager, shop.request(QStringLiteral("BOS-01"), {StockShop::line(shop.slippers, 5000)}))
                .ok());
    AdjustmentService service(shop.db());
    StockLedger ledger(shop.db());

    auto damaged = service.adjust(shop.manager, adjustment(shop.slippers, -2000, AdjustmentReason::Damage));
    REQUIRE(damaged.ok());
    CHECK(damaged->number.endsWith(QStringLiteral("-ADJ-000001")));
    auto found = service.adjust(shop.manager, adjustment(shop.slippers, 1000, AdjustmentReason::Found));
    REQUIRE(found.ok());
    CHECK(found->number.endsWith(QStringLiteral("-ADJ-000002")));
    CHECK(ledger.onHand(shop.slippers.id).value() == Quantity::fromUnits(4));
    const auto moves = ledger.movements(shop.slippers.id).value();
    REQUIRE(moves.size() == 3);
    CHECK(moves[1].kind == StockMovement::Kind::Damage);
    CHECK(moves[2].kind == StockMovement::Kind::Adjust);
    CHECK(moves[2].documentId == found->id);
    CHECK(shop.count(QStringLiteral("SELECT count(*) FROM adjustments WHERE reason = 'damage'")) == 1);
    const auto audit = shop.auditDetails(QStringLiteral("stock.adjustment"));
    REQUIRE(audit.size() == 2);
    CHECK(audit[0].value(QStringLiteral("reason")).toString() == QStringLiteral("damage"));

    const auto before = shop.footprint();
    CHECK(service.adjust(shop.manager, adjustment(shop.slippers, 1000, AdjustmentReason::Loss)).error().firstField() ==
          QStringLiteral("quantity"));
    CHECK(
        service.adjust(shop.manager, adjustment(shop.slippers, -1000, AdjustmentReason::Found)).error().firstField() ==
        QStringLiteral("quantity"));
    CHECK(
        service.adjust(shop.manager, adjustment(shop.slippers, -1000, AdjustmentReason::Other)).error().firstField() ==
        QStringLiteral("note"));
    CHECK(service.adjust(shop.manager, adjustment(shop.slippers, 0, AdjustmentReason::Other, QStringLiteral("x")))
              .error()
              .firstField() == QStringLiteral("quantity"));
    CHECK(
        service.adjust(shop.manager, adjustment(shop.slippers, -500, AdjustmentReason::Sample)).error().firstField() ==
        QStringLiteral("quantity")); // half a slipper
    CHECK(service.adjust(shop.manager, adjustment(shop.slippers, -5000, AdjustmentReason::Loss)).error().kind ==
          ErrorKind::Conflict); // only 4 on hand
    CHECK(service.adjust(shop.cashier, adjustment(shop.slippers, -1000, AdjustmentReason::Loss)).error().kind ==
          ErrorKind::Permission);
    CHECK(shop.footprint() == before);

    auto other = service.adjust(shop.manager,
                                adjustment(shop.slippers, -4000, AdjustmentReason::Other, QStringLiteral("counted")));
    REQUIRE(other.ok());
    CHECK(ledger.onHand(shop.slippers.id).value().isZero());
}

TEST_CASE("Adjusting goods kept by batch names the batch", "[stock][adjust]")
{
    StockShop shop;
    ReceivingService receiving(shop.db());
    REQUIRE(receiving
                .receive(shop.manager,
                         shop.request(QStringLiteral("BRL-01"),
                                      {StockShop::line(shop.honey, 6000, {}, QStringLiteral("A"), QDate(2026, 1, 1))}))
                .ok());
    AdjustmentService service(shop.db());
    // One batch in stock: taken when none is named.
    auto sample = service.adjust(shop.manager, adjustment(shop.honey, -1000, AdjustmentReason::Sample));
    REQUIRE(sample.ok());
    CHECK(sample->batch == QStringLiteral("A"));
    REQUIRE(receiving
                .receive(shop.manager,
                         shop.request(QStringLiteral("BRL-01"),
                                      {StockShop::line(shop.honey, 2000, {}, QStringLiteral("B"), QDate(2026, 5, 1))}))
                .ok());
    const auto before = shop.footprint();
    CHECK(service.adjust(shop.manager, adjustment(shop.honey, -1000, AdjustmentReason::Loss)).error().firstField() ==
          QStringLiteral("batch"));
    CHECK(service.adjust(shop.manager, adjustment(shop.honey, -3000, AdjustmentReason::Loss, {}, QStringLiteral("B")))
              .error()
              .kind == ErrorKind::Conflict); // 7 on hand, only 2 of batch B
    CHECK(
        service.adjust(shop.manager, adjustment(shop.slippers, 1000, AdjustmentReason::Found, {}, QStringLiteral("B")))
            .error()
            .firstField() == QStringLiteral("batch"));
    CHECK(shop.footprint() == before);
    REQUIRE(
        service.adjust(shop.manager, adjustment(shop.honey, -2000, AdjustmentReason::Damage, {}, QStringLiteral("B")))
            .ok());
    CHECK(StockLedger(shop.db()).onHand(shop.honey.id).value() == Quantity::fromUnits(5));
}

TEST_CASE("Minimum levels are set by managers in the product's unit", "[stock][min]")
{
    StockShop shop;
    MinLevels levels(shop.db());
    CHECK(levels.get(shop.slippers.id).value().isZero());
    REQUIRE(levels.set(shop.manager, shop.slippers.id, Quantity::fromUnits(4)).ok());
    REQUIRE(levels.set(shop.manager, shop.wool.id, Quantity::fromMilli(1500)).ok());
    CHECK(levels.get(shop.slippers.id).value() == Quantity::fromUnits(4));
    REQUIRE(levels.set(shop.manager, shop.slippers.id, Quantity::fromUnits(4)).ok()); // unchanged: no entry
    REQUIRE(levels.set(shop.manager, shop.slippers.id, Quantity::fromUnits(6)).ok());
    const auto audit = shop.auditDetails(QStringLiteral("stock.min_level"));
    REQUIRE(audit.size() == 3);
    CHECK(audit[2].value(QStringLiteral("old_milli")).toInteger() == 4000);
    CHECK(audit[2].value(QStringLiteral("new_milli")).toInteger() == 6000);

    const auto before = shop.footprint();
    CHECK(levels.set(shop.cashier, shop.slippers.id, Quantity::fromUnits(1)).error().kind == ErrorKind::Permission);
    CHECK(levels.set(shop.manager, shop.slippers.id, Quantity::fromMilli(2500)).error().firstField() ==
          QStringLiteral("min_level"));
    CHECK(levels.set(shop.manager, shop.slippers.id, Quantity::fromUnits(-1)).error().firstField() ==
          QStringLiteral("min_level"));
    CHECK(levels.set(shop.manager, QStringLiteral("no-such"), Quantity::fromUnits(1)).error().kind ==
          ErrorKind::NotFound);
    CHECK(shop.footprint() == before);
}
