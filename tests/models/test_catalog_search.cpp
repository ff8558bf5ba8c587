// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include <catch2/catch.hpp>

#include "models/catalog/SearchText.h"
#include "models/places/PlaceSeed.h"
#include "models/places/PlaceService.h"
#include "test_catalog_fixtures.h"

using namespace ovop;
using namespace ovop::test;

namespace {

QStringList skus(const QList<Product>& products)
{
    QStringList out;
    for (const Product& p : products)
        out << p.sku;
    out.sort();
    return out;
}

struct SearchShop : CatalogShop
{
    SearchShop()
    {
        addProducer(QStringLiteral("BOS-01"), QStringLiteral("Айгүл Садыкова"), QStringLiteral("bosteri"));
        addProducer(QStringLiteral("KOC-02"), QStringLiteral("Гүлнара Үсөнова"), QStringLiteral("kochkor"));
        addProducer(QStringLiteral("AKM-01"), QStringLiteral("Ак-Муз бал кооперативи"), QStringLiteral("ak-muz"));

        Product yurt = product(QStringLiteral("FLT-YURT"), QStringLiteral("Сувенирная юрта"), 2500,
                               QStringLiteral("BOS-01"), {QStringLiteral("4006381333931")});
        yurt.name.ky = QStringLiteral("Сувенир боз үй");
        yurt.name.en = QStringLiteral("Souvenir yurt");
        addProduct(yurt);

        Product shyrdak = product(QStringLiteral("TEX-SHY"), QStringLiteral("Шырдак с орнаментом"), 18000,
                                  QStringLiteral("KOC-02"), {QStringLiteral("96385074")});
        shyrdak.name.ky = QStringLiteral("Өрнөктүү шырдак");
        shyrdak.name.en = QStringLiteral("Shyrdak rug with pattern");
        shyrdak.category = QStringLiteral("textiles");
        addProduct(shyrdak);

        Product honey = product(QStringLiteral("HON-250"), QStringLiteral("Белый мёд 250 г"), 450,
                                QStringLiteral("AKM-01"), {QStringLiteral("036000291452")});
        honey.name.ky = QStringLiteral("Таңкы ак бал");
        honey.name.en = QStringLiteral("White honey 250 g");
        honey.category = QStringLiteral("honey-food");
        addProduct(honey);
    }
};

} // namespace

TEST_CASE("Search text folding knows the Kyrgyz letters", "[catalog][search]")
{
    CHECK(SearchText::fold(QStringLiteral("ҮЙ ӨРНӨК ТАҢ")) == QStringLiteral("үй өрнөк таң"));
    CHECK(SearchText::fold(QStringLiteral("Ёлка")) == QStringLiteral("елка"));
    CHECK(SearchText::words(QStringLiteral("Ак-Муз, бал!")) ==
          QStringList{QStringLiteral("ак"), QStringLiteral("муз"), QStringLiteral("бал")});
    CHECK(SearchText::prefixQuery(QStringLiteral("боз ҮЙ")) == QStringLiteral("\"боз\"* \"үй\"*"));
    CHECK(SearchText::prefixQuery(QStringLiteral("\" * - ()")).isEmpty());
    CHECK(SearchText::prefixQuery(QStringLiteral("felt OR NEAR")) == QStringLiteral("\"felt\"* \"or\"* \"near\"*"));
    CHECK(SearchText::matchesPrefixes(QStringLiteral("гүл үсө"), QStringLiteral("Гүлнара Үсөнова")));
    CHECK_FALSE(SearchText::matchesPrefixes(QStringLiteral("нара"), QStringLiteral("Гүлнара")));
}

TEST_CASE("Search is case-insensitive for Cyrillic, Kyrgyz letters included", "[catalog][search]")
{
    SearchShop shop;
    auto& c = shop.catalog();
    CHECK(skus(c.search(QStringLiteral("ҮЙ")).value()) == QStringList{QStringLiteral("FLT-YURT")});
    CHECK(skus(c.search(QStringLiteral("боз Ү")).value()) == QStringList{QStringLiteral("FLT-YURT")});
    CHECK(skus(c.search(QStringLiteral("ӨРНӨК")).value()) == QStringList{QStringLiteral("TEX-SHY")});
    CHECK(skus(c.search(QStringLiteral("өрнөк")).value()) == QStringList{QStringLiteral("TEX-SHY")});
    CHECK(skus(c.search(QStringLiteral("ТАҢ")).value()) == QStringList{QStringLiteral("HON-250")});
    CHECK(skus(c.search(QStringLiteral("мед")).value()) == QStringList{QStringLiteral("HON-250")}); // ё = е
    CHECK(skus(c.search(QStringLiteral("ЮРТ")).value()) == QStringList{QStringLiteral("FLT-YURT")});
    CHECK(skus(c.search(QStringLiteral("yURt")).value()) == QStringList{QStringLiteral("FLT-YURT")});
    CHECK(c.search(QStringLiteral("юрта ковёр")).value().isEmpty()); // every word must match
    CHECK(c.search(QStringLiteral("\"")).value().isEmpty());
    CHECK(c.count(QStringLiteral("шырдак"), {}).value() == 1);
}

TEST_CASE("Search by barcode, SKU, producer and village", "[catalog][search]")
{
    SearchShop shop;
    auto& c = shop.catalog();
    CHECK(skus(c.search(QStringLiteral("96385074")).value()) == QStringList{QStringLiteral("TEX-SHY")});
    CHECK(skus(c.search(QStringLiteral("0036000291452")).value()) == QStringList{QStringLiteral("HON-250")});
    CHECK(skus(c.search(QStringLiteral("tex-shy")).value()) == QStringList{QStringLiteral("TEX-SHY")});
    CHECK(skus(c.search(QStringLiteral("HON")).value()) == QStringList{QStringLiteral("HON-250")});
    CHECK(skus(c.search(QStringLiteral("гүлнара")).value()) == QStringList{QStringLiteral("TEX-SHY")});
    CHECK(skus(c.search(QStringLiteral("ҮСӨН")).value()) == QStringList{QStringLiteral("TEX-SHY")});
    CHECK(skus(c.search(QStringLiteral("Бостери")).value()) == QStringList{QStringLiteral("FLT-YURT")});
    CHECK(skus(c.search(QStringLiteral("kochkor")).value()) == QStringList{QStringLiteral("TEX-SHY")});
    CHECK(skus(c.search(QStringLiteral("ак-муз")).value()) == QStringList{QStringLiteral("HON-250")});
    // The exact barcode comes first.
    CHECK(c.search(QStringLiteral("4006381333931")).value().value(0).sku == QStringLiteral("FLT-YURT"));
}

TEST_CASE("Search and list filters", "[catalog][search]")
{
    SearchShop shop;
    auto& c = shop.catalog();
    ProductFilter f;
    CHECK(c.list(f).value().size() == 3);
    f.category = QStringLiteral("textiles");
    CHECK(skus(c.list(f).value()) == QStringList{QStringLiteral("TEX-SHY")});
    CHECK(c.search(QStringLiteral("96385074"), f).value().size() == 1);
    CHECK(c.search(QStringLiteral("4006381333931"), f).value().isEmpty()); // an exact hit obeys the filter too
    f = {};
    f.oblastId = PlaceSeed::oblastId(QStringLiteral("naryn"));
    CHECK(skus(c.list(f).value()) == QStringList{QStringLiteral("HON-250"), QStringLiteral("TEX-SHY")});
    f.villageId = PlaceSeed::villageId(QStringLiteral("ak-muz"));
    CHECK(skus(c.list(f).value()) == QStringList{QStringLiteral("HON-250")});
    f = {};
    f.producerCode = QStringLiteral("bos-01");
    CHECK(skus(c.search(QStringLiteral("сувенир"), f).value()) == QStringList{QStringLiteral("FLT-YURT")});
    CHECK(c.count(QString(), f).value() == 1);
    f = {};
    f.limit = 2;
    CHECK(c.list(f).value().size() == 2);
    f.offset = 2;
    CHECK(c.list(f).value().size() == 1);
    // Sorted by name in the language asked.
    CHECK(c.list({}, QStringLiteral("en")).value().value(0).sku == QStringLiteral("TEX-SHY"));
    CHECK(c.list({}, QStringLiteral("ru")).value().value(0).sku == QStringLiteral("HON-250"));
}

TEST_CASE("Renaming a producer or a village updates what search finds", "[catalog][search]")
{
    SearchShop shop;
    auto& c = shop.catalog();
    auto producer = shop.producers().get(shop.manager, QStringLiteral("BOS-01"));
    REQUIRE(producer.ok());
    Producer renamed = producer.value();
    renamed.name = QStringLiteral("Чолпон Асанова");
    REQUIRE(shop.producers().save(shop.manager, renamed).ok());
    CHECK(c.search(QStringLiteral("Айгүл")).value().isEmpty());
    CHECK(skus(c.search(QStringLiteral("чолпон")).value()) == QStringList{QStringLiteral("FLT-YURT")});

    PlaceService places(shop.db());
    Village village = places.village(PlaceSeed::villageId(QStringLiteral("bosteri"))).value().value();
    village.name.en = QStringLiteral("Bosteri-Renamed");
    REQUIRE(places.saveVillage(shop.manager, village).ok());
    CHECK(skus(c.search(QStringLiteral("renamed")).value()) == QStringList{QStringLiteral("FLT-YURT")});
}
