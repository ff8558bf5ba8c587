// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// The till's narrow barcode lookup, and the writes that keep an import fast: time-ordered ids and
// search words written from the values saved.
#include <catch2/catch.hpp>

#include <QSet>
#include <QUuid>

#include "models/catalog/Barcode.h"
#include "models/catalog/ProductStore.h"
#include "models/core/Clock.h"
#include "models/store/Sql.h"
#include "test_catalog_fixtures.h"

using namespace ovop;
using namespace ovop::test;

namespace {

QHash<qint64, QString> searchRows(Database& db)
{
    QHash<qint64, QString> rows;
    SqlQuery q(db.sql(), QStringLiteral("SELECT rowid, words FROM product_search"));
    REQUIRE(q.exec().ok());
    while (q.next())
        rows.insert(q.value(0).toLongLong(), q.value(1).toString());
    return rows;
}

} // namespace

TEST_CASE("The till finds what a cart line needs by barcode", "[catalog][sale]")
{
    CatalogShop shop;
    shop.addProducer(QStringLiteral("BOS-01"), QStringLiteral("Айгүл Садыкова"));
    Product p =
        CatalogShop::product(QStringLiteral("HNY-001"), QStringLiteral("Мёд горный"), 450, QStringLiteral("BOS-01"),
                             {QStringLiteral("4006381333931"), QStringLiteral("036000291452")});
    p.name.ky = QStringLiteral("Тоо балы");
    p.name.en = QStringLiteral("Mountain honey");
    p.unit = Unit::Kilogram;
    p.tracksBatches = true;
    const Product saved = shop.addProduct(p);

    SECTION("found: the fields of a cart line, as the editor's product has them")
    {
        const auto item = shop.catalog().lookupForSale(QStringLiteral(" 4006381333931 ")).value();
        REQUIRE(item);
        const auto full = shop.catalog().findByBarcode(QStringLiteral("4006381333931")).value();
        REQUIRE(full);
        CHECK(item->productId == saved.id);
        CHECK(item->sku == QStringLiteral("HNY-001"));
        CHECK(item->barcode == QStringLiteral("4006381333931"));
        CHECK(item->name.ky == QStringLiteral("Тоо балы"));
        CHECK(item->name.ru == QStringLiteral("Мёд горный"));
        CHECK(item->name.en == QStringLiteral("Mountain honey"));
        CHECK(item->unit == Unit::Kilogram);
        CHECK(item->price == Money::fromSom(450));
        CHECK(item->price == full->price);
        CHECK(item->taxGroup == full->taxGroup);
        CHECK(item->tracksBatches);
        CHECK(item->active);
    }
    SECTION("a UPC-A is found when scanned as its EAN-13 with a leading zero")
    {
        const auto item = shop.catalog().lookupForSale(QStringLiteral("0036000291452")).value();
        REQUIRE(item);
        CHECK(item->sku == QStringLiteral("HNY-001"));
        CHECK(item->barcode == QStringLiteral("036000291452"));
    }
    SECTION("not found: an unknown code, an empty one")
    {
        CHECK_FALSE(shop.catalog().lookupForSale(QStringLiteral("4600000000008")).value());
        CHECK_FALSE(shop.catalog().lookupForSale(QStringLiteral("  ")).value());
        CHECK_FALSE(shop.catalog().lookupForSale(QString()).value());
    }
    SECTION("an archived product is found as not for sale, a deleted one is not found")
    {
        REQUIRE(shop.catalog().archive(shop.manager, QStringLiteral("HNY-001")).ok());
        const auto archived = shop.catalog().lookupForSale(QStringLiteral("4006381333931")).value();
        REQUIRE(archived);
        CHECK_FALSE(archived->active);
        CHECK_FALSE(shop.catalog().findByBarcode(QStringLiteral("4006381333931")).value()->active);

        REQUIRE(shop.catalog().remove(shop.manager, QStringLiteral("HNY-001")).ok());
        CHECK_FALSE(shop.catalog().lookupForSale(QStringLiteral("4006381333931")).value());
        CHECK_FALSE(shop.catalog().lookupForSale(QStringLiteral("036000291452")).value());
    }
    SECTION("an in-store barcode given by the shop")
    {
        shop.addProduct(
            CatalogShop::product(QStringLiteral("FLT-002"), QStringLiteral("Кийиз"), 900, QStringLiteral("BOS-01")));
        const auto assigned = shop.catalog().assignInStoreBarcode(shop.manager, QStringLiteral("FLT-002"));
        REQUIRE(assigned.ok());
        const auto item = shop.catalog().lookupForSale(assigned->primaryBarcode()).value();
        REQUIRE(item);
        CHECK(item->sku == QStringLiteral("FLT-002"));
        CHECK(Barcode::isRestrictedCirculation(item->barcode));
        CHECK(item->price == Money::fromSom(900));
    }
}

TEST_CASE("Search words written with a product are those the index rebuild reads back", "[catalog][search]")
{
    CatalogShop shop;
    shop.addProducer(QStringLiteral("BOS-01"), QStringLiteral("Айгүл Садыкова"));
    Product p = CatalogShop::product(QStringLiteral("FLT-001"), QStringLiteral("Ёлочная игрушка"), 300,
                                     QStringLiteral("BOS-01"));
    p.name.ky = QStringLiteral("Ңоо оюнчук");
    p.materials = QStringLiteral("кийиз, жүн");
    Product saved = shop.addProduct(p);
    saved.price = Money::fromSom(350);
    saved.name.en = QStringLiteral("Felt toy");
    REQUIRE(shop.catalog().save(shop.manager, saved).ok());

    const auto written = searchRows(shop.db());
    REQUIRE(written.size() == 1);
    CHECK(written.cbegin().value().contains(QStringLiteral("felt toy")));
    CHECK(written.cbegin().value().contains(QStringLiteral("садыкова")));
    REQUIRE(ProductStore(shop.db()).reindex(QString(), {}).ok());
    CHECK(searchRows(shop.db()) == written);
}

TEST_CASE("New ids are UUIDv7 in the order they were made", "[core][ids]")
{
    CHECK(IdGenerator::uuidV7(0x0123456789ABull, 0xABC, 0xFFFFFFFFFFFFFFFFull) ==
          QStringLiteral("01234567-89ab-7abc-bfff-ffffffffffff"));
    CHECK(IdGenerator::uuidV7(0, 0, 0) == QStringLiteral("00000000-0000-7000-8000-000000000000"));

    QStringList ids;
    for (int i = 0; i < 5000; ++i)
        ids << IdGenerator::uuid().newId();
    QStringList sorted = ids;
    sorted.sort();
    CHECK(sorted == ids);
    CHECK(QSet<QString>(ids.cbegin(), ids.cend()).size() == ids.size());
    CHECK(ids.first().at(14) == QLatin1Char('7')); // the version; Qt 6.4's QUuid knows versions up to 5 only
    CHECK(QUuid::fromString(ids.first()).variant() == QUuid::DCE);
    const qint64 millis =
        ids.first().left(8).toLongLong(nullptr, 16) << 16 | ids.first().mid(9, 4).toLongLong(nullptr, 16);
    CHECK(qAbs(millis - QDateTime::currentMSecsSinceEpoch()) < 60000);
}
