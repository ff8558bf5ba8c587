// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include <catch2/catch.hpp>

#include "test_catalog_fixtures.h"

using namespace ovop;
using namespace ovop::test;

namespace {

QList<Product> fileRows()
{
    Product a = CatalogShop::product(QStringLiteral("FLT-001"), QStringLiteral("Тапочки"), 1200, QStringLiteral("BOS-01"),
                                     {QStringLiteral("4006381333931")});
    a.name.ky = QStringLiteral("Кийиз тапочка");
    a.name.en = QStringLiteral("Felt slippers");
    a.story.ky = QStringLiteral("Бостери айылында колго жасалган.");
    Product b = CatalogShop::product(QStringLiteral("FLT-002"), QStringLiteral("Войлочный барашек"), 450,
                                     QStringLiteral("BOS-01"), {QStringLiteral("96385074")});
    Product c = CatalogShop::product(QStringLiteral("HON-001"), QStringLiteral("Мёд"), 500, QStringLiteral("BOS-01"));
    c.category = QStringLiteral("honey-food");
    c.unit = Unit::Kilogram;
    return {a, b, c};
}

QString catalogueDump(CatalogShop& shop)
{
    return tableDump(shop.db(), QStringLiteral("products")) + tableDump(shop.db(), QStringLiteral("product_barcodes")) +
           tableDump(shop.db(), QStringLiteral("audit_log"));
}

} // namespace

TEST_CASE("An import adds, then the same import changes nothing", "[catalog][import]")
{
    CatalogShop shop;
    shop.addProducer(QStringLiteral("BOS-01"), QStringLiteral("Айгүл"));
    auto first = shop.catalog().applyImport(shop.manager, fileRows());
    INFO(first.message().toStdString());
    REQUIRE(first.ok());
    CHECK(first->added == 3);
    CHECK(first->changed == 0);
    CHECK(shop.catalog().findBySku(QStringLiteral("FLT-001")).value()->name.ky == QStringLiteral("Кийиз тапочка"));
    CHECK(shop.auditDetails(QStringLiteral("product.add")).size() == 3);
    CHECK(shop.auditDetails(QStringLiteral("catalog.import")).size() == 1);

    const QString before = catalogueDump(shop);
    shop.shop().clock().advanceSeconds(3600);
    auto again = shop.catalog().applyImport(shop.manager, fileRows());
    REQUIRE(again.ok());
    CHECK(again->unchanged == 3);
    CHECK(again->added + again->changed == 0);
    CHECK(catalogueDump(shop) == before); // no row touched, no audit noise
}

TEST_CASE("A changed row updates the product with the same SKU, audited", "[catalog][import]")
{
    CatalogShop shop;
    shop.addProducer(QStringLiteral("BOS-01"), QStringLiteral("Айгүл"));
    REQUIRE(shop.catalog().applyImport(shop.manager, fileRows()).ok());
    QList<Product> rows = fileRows();
    rows[1].price = Money::fromSom(480);
    rows[1].sku = QStringLiteral("flt-002"); // matched case-insensitively; the stored spelling stays
    auto r = shop.catalog().applyImport(shop.manager, rows);
    REQUIRE(r.ok());
    CHECK(r->changed == 1);
    CHECK(r->unchanged == 2);
    CHECK(r->changedKeys == QStringList{QStringLiteral("FLT-002")});
    CHECK(shop.catalog().findBySku(QStringLiteral("FLT-002")).value()->price == Money::fromSom(480));
    CHECK(shop.catalog().findBySku(QStringLiteral("FLT-002")).value()->sku == QStringLiteral("FLT-002"));
    const auto changes = shop.auditDetails(QStringLiteral("product.change"));
    REQUIRE(changes.size() == 1);
    CHECK(changes[0][QStringLiteral("changes")].toObject().keys() == QStringList{QStringLiteral("price")});
}

TEST_CASE("Fields a file does not carry keep their stored values", "[catalog][import]")
{
    CatalogShop shop;
    shop.addProducer(QStringLiteral("BOS-01"), QStringLiteral("Айгүл"));
    REQUIRE(shop.catalog().applyImport(shop.manager, fileRows()).ok());
    Product priceOnly;
    priceOnly.sku = QStringLiteral("FLT-001");
    priceOnly.price = Money::fromSom(1300);
    auto r = shop.catalog().applyImport(shop.manager, {priceOnly}, {ProductField::Sku, ProductField::Price});
    INFO(r.message().toStdString());
    REQUIRE(r.ok());
    CHECK(r->changed == 1);
    const auto p = shop.catalog().findBySku(QStringLiteral("FLT-001")).value();
    CHECK(p->price == Money::fromSom(1300));
    CHECK(p->name.en == QStringLiteral("Felt slippers"));
    CHECK(p->barcodes == QStringList{QStringLiteral("4006381333931")});
}

TEST_CASE("A file with any bad row imports nothing and names every bad row", "[catalog][import]")
{
    CatalogShop shop;
    shop.addProducer(QStringLiteral("BOS-01"), QStringLiteral("Айгүл"));
    REQUIRE(shop.catalog().applyImport(shop.manager, fileRows()).ok());
    const QString before = catalogueDump(shop);

    QList<Product> rows = fileRows();
    rows[0].price = Money::fromSom(1500); // a good change that must not be applied
    Product badCheck = CatalogShop::product(QStringLiteral("NEW-1"), QStringLiteral("А"), 100, QStringLiteral("BOS-01"),
                                            {QStringLiteral("4006381333932")});
    Product duplicateSku = CatalogShop::product(QStringLiteral("NEW-2"), QStringLiteral("Б"), 100, QStringLiteral("BOS-01"));
    Product duplicateSku2 = CatalogShop::product(QStringLiteral("new-2"), QStringLiteral("В"), 100, QStringLiteral("BOS-01"));
    Product takenBarcode = CatalogShop::product(QStringLiteral("NEW-3"), QStringLiteral("Г"), 100, QStringLiteral("BOS-01"),
                                                {QStringLiteral("96385074")});
    Product unknownProducer = CatalogShop::product(QStringLiteral("NEW-4"), QStringLiteral("Д"), 100, QStringLiteral("XX-9"));
    Product noPrice = CatalogShop::product(QStringLiteral("NEW-5"), QStringLiteral("Е"), 0, QStringLiteral("BOS-01"));
    Product noName = CatalogShop::product(QStringLiteral("NEW-6"), QString(), 100, QStringLiteral("BOS-01"));
    rows << badCheck << duplicateSku << duplicateSku2 << takenBarcode << unknownProducer << noPrice << noName;

    auto r = shop.catalog().applyImport(shop.manager, rows);
    REQUIRE_FALSE(r.ok());
    const QString m = r.message();
    CHECK(m.contains(QStringLiteral("6 row")));
    CHECK(m.contains(QStringLiteral("Row 4 (NEW-1)")));
    CHECK(m.contains(QStringLiteral("also on line 5")));
    CHECK(m.contains(QStringLiteral("Row 7 (NEW-3)")));
    CHECK(m.contains(QStringLiteral("XX-9")));
    CHECK(m.contains(QStringLiteral("Row 9 (NEW-5)")));
    CHECK(m.contains(QStringLiteral("Row 10 (NEW-6)")));
    CHECK(catalogueDump(shop) == before);

    // The same rows checked one by one, as an importer does for its report, with file line numbers.
    ImportBatch batch;
    QList<int> badLines;
    for (int i = 0; i < rows.size(); ++i)
        if (!shop.catalog().validateImportRow(rows[i], batch, i + 2))
            badLines << i + 2;
    CHECK(badLines == QList<int>{5, 7, 8, 9, 10, 11});
    CHECK(catalogueDump(shop) == before);
}

TEST_CASE("A dry run counts without writing, and a cashier may not import", "[catalog][import]")
{
    CatalogShop shop;
    shop.addProducer(QStringLiteral("BOS-01"), QStringLiteral("Айгүл"));
    const QString before = catalogueDump(shop);
    auto dry = shop.catalog().applyImport(shop.manager, fileRows(), {}, true);
    REQUIRE(dry.ok());
    CHECK(dry->added == 3);
    CHECK(catalogueDump(shop) == before);
    CHECK_FALSE(shop.catalog().applyImport(shop.cashier, fileRows()).ok());
    CHECK(catalogueDump(shop) == before);
}
