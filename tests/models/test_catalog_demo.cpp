// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include <catch2/catch.hpp>

#include <QSet>

#include "models/audit/AuditLog.h"
#include "models/catalog/Barcode.h"
#include "models/demo/DemoCatalog.h"
#include "models/stock/StockLedger.h"
#include "test_catalog_fixtures.h"

using namespace ovop;
using namespace ovop::test;

TEST_CASE("The demo catalogue looks like a real OVOP shop", "[catalog][demo]")
{
    CatalogShop shop;
    Session admin = shop.manager;
    admin.role = Role::Admin;
    const Status seeded = seedDemoCatalog(shop.db(), admin);
    INFO(seeded.message().toStdString() << " " << seeded.error().detail.toStdString());
    REQUIRE(seeded.ok());

    ProductFilter all;
    all.limit = 0;
    const QList<Product> products = shop.catalog().list(all).value();
    CHECK(products.size() >= 80);
    QSet<QString> categories, villages, oblasts, producers, barcodes;
    int byWeightOrLength = 0, inStore = 0;
    const auto onHand = StockLedger(shop.db()).onHandAll().value();
    for (const Product& p : products) {
        INFO(p.sku.toStdString());
        CHECK_FALSE(p.name.ky.isEmpty());
        CHECK_FALSE(p.name.ru.isEmpty());
        CHECK_FALSE(p.name.en.isEmpty());
        CHECK(p.price >= Money::fromSom(150));
        CHECK(p.price <= Money::fromSom(25000));
        REQUIRE(p.barcodes.size() == 1);
        CHECK(Barcode::classify(p.primaryBarcode()) == Barcode::Kind::Ean13);
        inStore += Barcode::isRestrictedCirculation(p.primaryBarcode()) ? 1 : 0;
        barcodes.insert(p.primaryBarcode());
        byWeightOrLength += p.unit != Unit::Piece ? 1 : 0;
        CHECK(onHand.value(p.id) > Quantity());
        categories.insert(p.category);
        villages.insert(p.villageId);
        oblasts.insert(p.oblastId);
        producers.insert(p.producerId);
    }
    CHECK(categories == QSet<QString>{QStringLiteral("felt"), QStringLiteral("textiles"), QStringLiteral("honey-food"),
                                      QStringLiteral("cosmetics"), QStringLiteral("wood"), QStringLiteral("stone")});
    CHECK(barcodes.size() == products.size());
    CHECK(inStore >= 40);
    CHECK(inStore < products.size());
    CHECK(byWeightOrLength >= 5);
    CHECK(producers.size() >= 20);
    CHECK(villages.size() >= 12);
    CHECK(oblasts.size() >= 6);

    auto register_ = shop.producers().list(admin);
    REQUIRE(register_.ok());
    CHECK(register_->size() >= 20);
    int womenLed = 0;
    for (const Producer& p : register_.value())
        womenLed += p.womenLed ? 1 : 0;
    CHECK(womenLed >= 10);
    const int overdue = shop.producers().overdueCount().value();
    CHECK(overdue >= 3);
    CHECK(overdue <= 10);

    // Kyrgyz search works on the demo: "өрнөк" finds the ornamented slippers.
    CHECK_FALSE(shop.catalog().search(QStringLiteral("ӨРНӨК")).value().isEmpty());
    CHECK(AuditLog(shop.db()).verify().ok());

    // Only into an empty catalogue.
    CHECK_FALSE(seedDemoCatalog(shop.db(), admin).ok());
    CHECK(shop.catalog().list(all).value().size() == products.size());
}
