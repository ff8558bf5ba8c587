// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include <catch2/catch.hpp>

#include "models/audit/IntegrityCheck.h"
#include "models/stock/StockLedger.h"
#include "models/stock/StockQuery.h"
#include "models/store/Sql.h"
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

    CHECK(ledger.onHand(slippers.id).value().isZero());
    CHECK_FALSE(ledger.hasMovements(slippers.id).value());
    REQUIRE(ledger.receive(shop.manager, slippers.id, Quantity::fromUnits(5), QStringLiteral("from Bosteri")).ok());
    REQUIRE(ledger.receive(shop.manager, slippers.id, Quantity::fromUnits(2), QString()).ok());
    REQUIRE(ledger.receive(shop.manager, band.id, Quantity::fromMilli(12500), QString()).ok());
    CHECK(ledger.onHand(slippers.id).value() == Quantity::fromUnits(7));
    CHECK(ledger.onHandAll()->value(band.id) == Quantity::fromMilli(12500));
    const auto moves = ledger.movements(slippers.id).value();
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
    CHECK(ledger.onHand(slippers.id).value() == Quantity::fromUnits(7));

    SqlQuery update(shop.db().sql(), QStringLiteral("UPDATE stock_movements SET quantity = 1"));
    CHECK_FALSE(update.exec().ok());
    SqlQuery del(shop.db().sql(), QStringLiteral("DELETE FROM stock_movements"));
    CHECK_FALSE(del.exec().ok());
    CHECK(ledger.onHand(slippers.id).value() == Quantity::fromUnits(7));
}

TEST_CASE("Each movement names its document batch cost and producer and the levels follow", "[catalog][stock]")
{
    CatalogShop shop;
    const Producer producer = shop.addProducer(QStringLiteral("BOS-01"), QStringLiteral("Айгүл"));
    Product honey =
        CatalogShop::product(QStringLiteral("HON-001"), QStringLiteral("Мёд"), 600, QStringLiteral("BOS-01"));
    honey.unit = Unit::Kilogram;
    honey = shop.addProduct(honey);
    StockLedger ledger(shop.db());

    StockLedger::Receiving details;
    details.batch = QStringLiteral("2026-07 meadow");
    details.expiresOn = QDate(2028, 7, 1);
    details.unitCost = Money::fromSom(420);
    auto received = ledger.receive(shop.manager, honey.id, Quantity::fromMilli(10500), QStringLiteral("July"), details);
    REQUIRE(received.ok());
    CHECK(received->document == StockMovement::Document::Receiving);
    CHECK_FALSE(received->documentId.isEmpty());
    CHECK(received->documentLine == 1);
    CHECK(received->producerId == producer.id);
    REQUIRE(ledger.receive(shop.manager, honey.id, Quantity::fromMilli(2000), QString()).ok()); // no batch

    {
        Transaction unit(shop.db().sql());
        MovementLine sale;
        sale.productId = honey.id;
        sale.quantity = Quantity::fromMilli(-1250);
        sale.kind = StockMovement::Kind::Sale;
        sale.documentId = shop.db().newId();
        sale.documentLine = 3;
        sale.batch = details.batch;
        REQUIRE(ledger.record(unit, shop.cashier, sale).ok());
        sale.quantity = Quantity::fromMilli(1250); // a sale that brings goods in
        CHECK(ledger.record(unit, shop.cashier, sale).error().firstField() == QStringLiteral("quantity"));
        sale.quantity = Quantity::fromMilli(-250);
        sale.documentId.clear(); // a movement of no document
        CHECK_FALSE(ledger.record(unit, shop.cashier, sale).ok());
        REQUIRE(unit.commit().ok());
    }

    const auto moves = ledger.movements(honey.id).value();
    REQUIRE(moves.size() == 3);
    CHECK(moves[0].batch == QStringLiteral("2026-07 meadow"));
    CHECK(moves[0].expiresOn == QDate(2028, 7, 1));
    CHECK(moves[0].unitCost == Money::fromSom(420));
    CHECK(moves[0].documentId == received->documentId);
    CHECK_FALSE(moves[1].unitCost.has_value());
    CHECK(moves[2].kind == StockMovement::Kind::Sale);
    CHECK(moves[2].document == StockMovement::Document::Sale);
    CHECK(moves[2].documentLine == 3);
    CHECK(moves[2].userId == shop.cashier.userId);

    const auto levels = ledger.levels(honey.id).value();
    REQUIRE(levels.size() == 2);
    CHECK(levels[0].batch.isEmpty());
    CHECK(levels[0].quantity == Quantity::fromMilli(2000));
    CHECK(levels[1].batch == details.batch);
    CHECK(levels[1].quantity == Quantity::fromMilli(9250));
    CHECK(levels[1].expiresOn == QDate(2028, 7, 1));
    CHECK(ledger.onHand(honey.id).value() == Quantity::fromMilli(11250));
    CHECK(ledger.levelProblems().value().isEmpty());
    const auto audit = shop.auditDetails(QStringLiteral("stock.receive"));
    REQUIRE(audit.size() == 2);
    CHECK(audit[0].value(QStringLiteral("unit_cost_tyiyn")).toInteger() == 42000);
    CHECK(audit[0].value(QStringLiteral("batch")).toString() == details.batch);

    // The schema itself refuses a movement whose sign contradicts its kind.
    SqlQuery wrongSign(shop.db().sql(),
                       QStringLiteral("INSERT INTO stock_movements (id, product_id, quantity, kind, document_type, "
                                      "document_id, document_line, at, created_at, origin_shop, origin_device) VALUES "
                                      "('x', :product, 1000, 'sale', 'sale', 'd', 1, 't', 't', 'S', 'D')"));
    wrongSign.bind(QStringLiteral(":product"), honey.id);
    CHECK(wrongSign.exec().error().kind == ErrorKind::Conflict);
}

TEST_CASE("Check finds stock levels that differ from the ledger", "[catalog][stock][integrity]")
{
    CatalogShop shop;
    shop.addProducer(QStringLiteral("BOS-01"), QStringLiteral("Айгүл"));
    const Product slippers = shop.addProduct(
        CatalogShop::product(QStringLiteral("FLT-001"), QStringLiteral("Тапочки"), 1200, QStringLiteral("BOS-01")));
    StockLedger ledger(shop.db());
    REQUIRE(ledger.receive(shop.manager, slippers.id, Quantity::fromUnits(5), QString()).ok());
    CHECK(checkIntegrity(shop.db()).isEmpty());

    rawExec(shop.shop().path(), QStringLiteral("UPDATE stock_levels SET quantity = 9000"));
    const QStringList problems = IntegrityCheck::stockLevels(shop.db());
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].contains(QStringLiteral("FLT-001")));
    CHECK(problems[0].contains(QStringLiteral("9")));
    CHECK(problems[0].contains(QStringLiteral("5")));

    // A level with no movements behind it is found too.
    rawExec(shop.shop().path(), QStringLiteral("UPDATE stock_levels SET quantity = 5000; INSERT INTO stock_levels "
                                               "VALUES ('%1', 'lost', 2000, NULL, 1)")
                                    .arg(slippers.id));
    CHECK(IntegrityCheck::stockLevels(shop.db()).size() == 1);
    CHECK(checkIntegrity(shop.db()).size() == 1);
}

TEST_CASE("Goods received outside a delivery form still have a receiving document", "[catalog][stock][integrity]")
{
    CatalogShop shop;
    shop.addProducer(QStringLiteral("BOS-01"), QStringLiteral("Айгүл"));
    const Product slippers = shop.addProduct(
        CatalogShop::product(QStringLiteral("FLT-001"), QStringLiteral("Тапочки"), 1200, QStringLiteral("BOS-01")));
    StockLedger ledger(shop.db());
    REQUIRE(ledger.receive(shop.manager, slippers.id, Quantity::fromUnits(5), QStringLiteral("opening")).ok());

    // The movement names a receiving that exists: the history shows its number, and check agrees.
    auto history = StockQuery(shop.db()).history(slippers.id);
    REQUIRE(history.ok());
    REQUIRE(history->size() == 1);
    CHECK(history->first().documentNumber.contains(QStringLiteral("RCV")));
    CHECK(IntegrityCheck::stockDocuments(shop.db()).isEmpty());
    CHECK(checkIntegrity(shop.db()).isEmpty());
}

TEST_CASE("Check finds a stock movement whose document does not exist", "[catalog][stock][integrity]")
{
    CatalogShop shop;
    shop.addProducer(QStringLiteral("BOS-01"), QStringLiteral("Айгүл"));
    const Product slippers = shop.addProduct(
        CatalogShop::product(QStringLiteral("FLT-001"), QStringLiteral("Тапочки"), 1200, QStringLiteral("BOS-01")));
    CHECK(IntegrityCheck::stockDocuments(shop.db()).isEmpty());
    rawExec(shop.shop().path(),
            QStringLiteral("INSERT INTO stock_movements (id, product_id, quantity, kind, document_type, document_id, "
                           "document_line, at, created_at, origin_shop, origin_device) VALUES ('m1', '%1', 2000, "
                           "'receive', 'receiving', 'nowhere', 1, 't', 't', 'S', 'D')")
                .arg(slippers.id));
    const QStringList problems = IntegrityCheck::stockDocuments(shop.db());
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].contains(QStringLiteral("FLT-001")));
}

TEST_CASE("A removed product leaves a marker with its SKU user and origin", "[catalog][stock][sync]")
{
    CatalogShop shop;
    shop.addProducer(QStringLiteral("BOS-01"), QStringLiteral("Айгүл"));
    const Product slippers = shop.addProduct(
        CatalogShop::product(QStringLiteral("FLT-001"), QStringLiteral("Тапочки"), 1200, QStringLiteral("BOS-01")));
    REQUIRE(shop.catalog().remove(shop.manager, QStringLiteral("FLT-001")).ok());
    CHECK_FALSE(shop.catalog().findBySku(QStringLiteral("FLT-001")).value().has_value());
    SqlQuery q(shop.db().sql(), QStringLiteral("SELECT entity, record_id, natural_key, user_id, origin_shop, "
                                               "origin_device, id FROM removed_records"));
    REQUIRE(q.exec().ok());
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("product"));
    CHECK(q.value(1).toString() == slippers.id);
    CHECK(q.value(2).toString() == QStringLiteral("FLT-001"));
    CHECK(q.value(3).toString() == shop.manager.userId);
    CHECK(q.value(4).toString() == shop.db().origin().shopCode);
    CHECK(q.value(5).toString() == shop.db().origin().deviceId);
    CHECK_FALSE(q.value(6).toString().isEmpty());
    CHECK_FALSE(q.next());
    SqlQuery erase(shop.db().sql(), QStringLiteral("DELETE FROM removed_records"));
    CHECK_FALSE(erase.exec().ok());

    // A product with stock history is never removed, and leaves no marker.
    const Product kept = shop.addProduct(
        CatalogShop::product(QStringLiteral("FLT-002"), QStringLiteral("Тапочки 2"), 1200, QStringLiteral("BOS-01")));
    REQUIRE(StockLedger(shop.db()).receive(shop.manager, kept.id, Quantity::fromUnits(1), QString()).ok());
    const Status refused = shop.catalog().remove(shop.manager, QStringLiteral("FLT-002"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::Conflict);
    CHECK(rowCount(shop.db(), QStringLiteral("removed_records")) == 1);
}
