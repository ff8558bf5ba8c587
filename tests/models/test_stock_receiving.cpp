// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include <catch2/catch.hpp>

#include "models/stock/StockLedger.h"
#include "stock_fixtures.h"

using namespace ovop;
using namespace ovop::test;

TEST_CASE("A delivery on consignment is one numbered document with a movement per line", "[stock][receiving]")
{
    StockShop shop;
    ReceivingService service(shop.db());
    ReceivingRequest r =
        shop.request(QStringLiteral("BOS-01"),
                     {StockShop::line(shop.slippers, 5000), StockShop::line(shop.wool, 2500, Money::fromSom(700))});
    r.supplierDocument = QStringLiteral("ДП-2024-0101");
    auto done = service.receive(shop.manager, r);
    INFO(done.message().toStdString());
    REQUIRE(done.ok());
    CHECK(done->number.endsWith(QStringLiteral("-RCV-000001")));
    CHECK(done->terms == Producer::Terms::Consignment); // the producer's own terms
    CHECK(done->date == shop.shop().clock().now().date());
    CHECK(done->costTotal.isZero());

    StockLedger ledger(shop.db());
    CHECK(ledger.onHand(shop.slippers.id).value() == Quantity::fromUnits(5));
    CHECK(ledger.onHand(shop.wool.id).value() == Quantity::fromMilli(2500));
    const auto moves = ledger.movements(shop.wool.id).value();
    REQUIRE(moves.size() == 1);
    CHECK(moves[0].documentId == done->id);
    CHECK(moves[0].documentLine == 2);
    CHECK(moves[0].unitCost == Money::fromSom(700));

    const auto found = service.find(done->number);
    REQUIRE(found.ok());
    CHECK(found->supplierDocument == QStringLiteral("ДП-2024-0101"));
    REQUIRE(found->lines.size() == 2);
    CHECK(found->lines[1].quantity == Quantity::fromMilli(2500));
    const auto audit = shop.auditDetails(QStringLiteral("stock.receiving"));
    REQUIRE(audit.size() == 1);
    CHECK(audit[0].value(QStringLiteral("number")).toString() == done->number);

    auto second =
        service.receive(shop.manager, shop.request(QStringLiteral("BOS-01"), {StockShop::line(shop.slippers, 1000)}));
    REQUIRE(second.ok());
    CHECK(second->number.endsWith(QStringLiteral("-RCV-000002")));
}

TEST_CASE("A purchase needs the cost of each line and keeps the total", "[stock][receiving]")
{
    StockShop shop;
    ReceivingService service(shop.db());
    ReceivingRequest r =
        shop.request(QStringLiteral("BOS-01"), {StockShop::line(shop.slippers, 3000, Money::fromSom(600)),
                                                StockShop::line(shop.wool, 1500, Money::fromTyiyn(33333))});
    r.terms = Producer::Terms::Purchase;
    const auto before = shop.footprint();
    ReceivingRequest noCost = r;
    noCost.lines[1].unitCost.reset();
    const auto refused = service.receive(shop.manager, noCost);
    CHECK(refused.error().firstField() == QStringLiteral("unit_cost"));
    CHECK(shop.footprint() == before);

    auto done = service.receive(shop.manager, r);
    REQUIRE(done.ok());
    // 3 × 600,00 + 1,5 × 333,33 = 1800,00 + 499,995 (half up: 500,00)
    CHECK(done->costTotal == Money::fromTyiyn(180000 + 50000));
    CHECK(shop.count(QStringLiteral("SELECT cost_total FROM receivings")) == 230000);
    CHECK(shop.count(QStringLiteral("SELECT count(*) FROM receivings WHERE terms = 'purchase'")) == 1);
}

TEST_CASE("Batch goods need batch and expiry and other goods refuse them", "[stock][receiving]")
{
    StockShop shop;
    ReceivingService service(shop.db());
    const auto before = shop.footprint();
    CHECK(service.receive(shop.manager, shop.request(QStringLiteral("BRL-01"), {StockShop::line(shop.honey, 10000)}))
              .error()
              .firstField() == QStringLiteral("batch"));
    CHECK(service
              .receive(shop.manager, shop.request(QStringLiteral("BRL-01"),
                                                  {StockShop::line(shop.honey, 10000, {}, QStringLiteral("B1"))}))
              .error()
              .firstField() == QStringLiteral("expires_on"));
    CHECK(service
              .receive(shop.manager, shop.request(QStringLiteral("BOS-01"),
                                                  {StockShop::line(shop.slippers, 1000, {}, QStringLiteral("B1"),
                                                                   QDate(2026, 1, 1))}))
              .error()
              .firstField() == QStringLiteral("batch"));
    CHECK(shop.footprint() == before);

    auto done = service.receive(
        shop.manager,
        shop.request(QStringLiteral("BRL-01"),
                     {StockShop::line(shop.honey, 10000, {}, QStringLiteral(" B1 "), QDate(2026, 6, 30))}));
    REQUIRE(done.ok());
    const auto levels = StockLedger(shop.db()).levels(shop.honey.id).value();
    REQUIRE(levels.size() == 1);
    CHECK(levels[0].batch == QStringLiteral("B1"));
    CHECK(levels[0].expiresOn == QDate(2026, 6, 30));
}

TEST_CASE("Refused deliveries change nothing", "[stock][receiving]")
{
    StockShop shop;
    ReceivingService service(shop.db());
    const auto before = shop.footprint();
    const auto one = [&](const QString& producer, const ReceivingLine& line) {
        return service.receive(shop.manager, shop.request(producer, {line}));
    };
    CHECK(one(QStringLiteral("NOPE-1"), StockShop::line(shop.slippers, 1000)).error().kind == ErrorKind::NotFound);
    CHECK(one(QStringLiteral("BRL-01"), StockShop::line(shop.slippers, 1000)).error().firstField() ==
          QStringLiteral("product")); // another producer's goods
    CHECK(one(QStringLiteral("BOS-01"), StockShop::line(shop.slippers, 1500)).error().firstField() ==
          QStringLiteral("quantity")); // half a slipper
    CHECK(one(QStringLiteral("BOS-01"), StockShop::line(shop.slippers, 0)).error().firstField() ==
          QStringLiteral("quantity"));
    CHECK(one(QStringLiteral("BOS-01"), StockShop::line(shop.slippers, -1000)).error().firstField() ==
          QStringLiteral("quantity"));
    CHECK(one(QStringLiteral("BOS-01"), ReceivingLine{QStringLiteral("no-such"), Quantity::fromUnits(1), {}, {}, {}})
              .error()
              .kind == ErrorKind::NotFound);
    CHECK(service.receive(shop.cashier, shop.request(QStringLiteral("BOS-01"), {StockShop::line(shop.slippers, 1000)}))
              .error()
              .kind == ErrorKind::Permission);
    CHECK(service.receive(shop.manager, shop.request(QStringLiteral("BOS-01"), {})).error().firstField() ==
          QStringLiteral("lines"));
    ReceivingRequest future = shop.request(QStringLiteral("BOS-01"), {StockShop::line(shop.slippers, 1000)});
    future.date = shop.shop().clock().now().date().addDays(1);
    CHECK(service.receive(shop.manager, future).error().firstField() == QStringLiteral("date"));
    // A good first line does not stay when a later line is refused.
    CHECK_FALSE(service
                    .receive(shop.manager, shop.request(QStringLiteral("BOS-01"), {StockShop::line(shop.slippers, 2000),
                                                                                   StockShop::line(shop.wool, 0)}))
                    .ok());
    CHECK(shop.footprint() == before);
    CHECK(StockLedger(shop.db()).receive(shop.cashier, shop.slippers.id, Quantity::fromUnits(1), {}).error().kind ==
          ErrorKind::Permission);
}
