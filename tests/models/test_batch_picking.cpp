// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// Goods leaving the shop other than by sale (a transfer, a return to the producer, a stocktake
// loss): every batch by its expiry date, expired or not, then the stock without a batch.
#include <catch2/catch.hpp>

#include "models/catalog/CatalogService.h"
#include "models/stock/BatchPicking.h"
#include "models/stock/StockLedger.h"
#include "sales_fixtures.h"

using namespace ovop;
using namespace ovop::test;

namespace {

const QString Honey = QStringLiteral("HON-001"); // kept by batch; 30 received without a batch

QString productId(SalesShop& shop, const QString& sku)
{
    auto found = CatalogService(shop.db()).findBySku(sku);
    REQUIRE(found.ok());
    REQUIRE(found->has_value());
    return (**found).id;
}

void receiveBatch(SalesShop& shop, qint64 units, const QString& batch, int daysFromToday)
{
    StockLedger::Receiving details;
    details.batch = batch;
    details.expiresOn = shop.db().now().date().addDays(daysFromToday);
    auto received = StockLedger(shop.db()).receive(shop.manager, productId(shop, Honey), Quantity::fromUnits(units),
                                                   QStringLiteral("delivery"), details);
    INFO(received.message().toStdString());
    REQUIRE(received.ok());
}

// "batch:units" per take, in order; "!" after an expired batch.
QStringList described(const QList<BatchTake>& takes)
{
    QStringList out;
    for (const BatchTake& t : takes)
        out << QStringLiteral("%1:%2%3").arg(t.batch).arg(t.quantity.milli() / 1000).arg(t.expired ? "!" : "");
    return out;
}

} // namespace

TEST_CASE("Goods leaving other than by sale go by expiry date, expired batches first", "[batches]")
{
    SalesShop shop;
    receiveBatch(shop, 4, QStringLiteral("B-LATE"), 200);
    receiveBatch(shop, 3, QStringLiteral("B-SOON"), 20);
    receiveBatch(shop, 2, QStringLiteral("B-OLD"), -10);
    const QString honey = productId(shop, Honey);
    const QDate today = shop.db().now().date();
    BatchPicking picking(shop.db());

    auto pick = picking.takeByExpiry(honey, Quantity::fromUnits(12), today, BatchPicking::Shortfall::Refused);
    REQUIRE(pick.ok());
    CHECK(pick->available == Quantity::fromUnits(39));
    CHECK(described(pick->takes) == QStringList({QStringLiteral("B-OLD:2!"), QStringLiteral("B-SOON:3"),
                                                 QStringLiteral("B-LATE:4"), QStringLiteral(":3")}));
    // A sale of the same takes the fresh batches first and the expired one only when approved.
    auto sold = picking.take(honey, Quantity::fromUnits(12), today, true);
    REQUIRE(sold.ok());
    CHECK(described(sold.value()) == QStringList({QStringLiteral("B-SOON:3"), QStringLiteral("B-LATE:4"),
                                                  QStringLiteral("B-OLD:2!"), QStringLiteral(":3")}));

    // More than there is: refused with nothing taken, or taken from the stock without a batch.
    auto refused = picking.takeByExpiry(honey, Quantity::fromUnits(40), today, BatchPicking::Shortfall::Refused);
    REQUIRE(refused.ok());
    CHECK(refused->available == Quantity::fromUnits(39));
    CHECK(refused->takes.isEmpty());
    auto lost = picking.takeByExpiry(honey, Quantity::fromUnits(40), today, BatchPicking::Shortfall::FromUnbatched);
    REQUIRE(lost.ok());
    CHECK(described(lost->takes) ==
          QStringList({QStringLiteral("B-OLD:2!"), QStringLiteral("B-SOON:3"), QStringLiteral("B-LATE:4"),
                       QStringLiteral(":30"), QStringLiteral(":1")}));
}

TEST_CASE("Stock without a batch below zero counts against what the batches hold", "[batches]")
{
    SalesShop shop;
    shop.openShift();
    shop.sell({{Honey, 32}}, shop.cashier); // two more than was received without a batch
    receiveBatch(shop, 5, QStringLiteral("B-1"), 30);
    const QString honey = productId(shop, Honey);
    REQUIRE(StockLedger(shop.db()).onHand(honey).value() == Quantity::fromUnits(3));

    auto pick = BatchPicking(shop.db()).takeByExpiry(honey, Quantity::fromUnits(3), shop.db().now().date(),
                                                     BatchPicking::Shortfall::Refused);
    REQUIRE(pick.ok());
    CHECK(pick->available == Quantity::fromUnits(3));
    CHECK(described(pick->takes) == QStringList{QStringLiteral("B-1:3")});
    auto tooMany = BatchPicking(shop.db()).takeByExpiry(honey, Quantity::fromUnits(4), shop.db().now().date(),
                                                        BatchPicking::Shortfall::Refused);
    REQUIRE(tooMany.ok());
    CHECK(tooMany->takes.isEmpty());
}
