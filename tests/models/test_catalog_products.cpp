// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include <catch2/catch.hpp>

#include "models/catalog/Barcode.h"
#include "models/core/Language.h"
#include "models/places/PlaceSeed.h"
#include "models/stock/StockLedger.h"
#include "models/store/Sql.h"
#include "test_catalog_fixtures.h"

using namespace ovop;
using namespace ovop::test;

namespace {

bool hasProblem(const FieldProblems& problems, const QString& field, const QString& part = {})
{
    for (const FieldProblem& p : problems)
        if (p.field == field && p.message.contains(part))
            return true;
    return false;
}

} // namespace

TEST_CASE("A product is added with all its fields and read back with its provenance", "[catalog][product]")
{
    CatalogShop shop;
    shop.addProducer(QStringLiteral("BOS-01"), QStringLiteral("Айгүл Садыкова"));
    Product p = CatalogShop::product(QStringLiteral("FLT-001"), QStringLiteral("Войлочные тапочки"), 1200,
                                     QStringLiteral("BOS-01"), {QStringLiteral("4006381333931")});
    p.name.ky = QStringLiteral("Кийиз тапочка");
    p.name.en = QStringLiteral("Felt slippers");
    p.unit = Unit::Piece;
    p.materials = QStringLiteral("sheep wool");
    p.story.en = QStringLiteral("Made by hand in Bosteri.");
    p.certificateNumber = QStringLiteral("RBC-2024-17");
    p.certificateDate = QDate(2024, 5, 2);
    const Product saved = shop.addProduct(p);

    CHECK_FALSE(saved.id.isEmpty());
    const auto found = shop.catalog().findByBarcode(QStringLiteral("4006381333931")).value();
    REQUIRE(found);
    CHECK(found->sku == QStringLiteral("FLT-001"));
    CHECK(found->name.in(QStringLiteral("ky")) == QStringLiteral("Кийиз тапочка"));
    CHECK(found->price == Money::fromSom(1200));
    CHECK(found->producerName == QStringLiteral("Айгүл Садыкова"));
    CHECK(found->villageName.en == QStringLiteral("Bosteri"));
    CHECK(found->oblastId == PlaceSeed::oblastId(QStringLiteral("issyk-kul")));
    CHECK(found->certificateDate == QDate(2024, 5, 2));
    CHECK(found->createdAt == shop.shop().clock().now());
    CHECK(shop.catalog().findBySku(QStringLiteral("flt-001")).value()); // SKUs are case-insensitive
    CHECK(shop.catalog().get(saved.id).ok());
    CHECK_FALSE(shop.catalog().get(QStringLiteral("no-such-id")).ok());

    const auto added = shop.auditDetails(QStringLiteral("product.add"));
    REQUIRE(added.size() == 1);
    CHECK(added[0][QStringLiteral("sku")].toString() == QStringLiteral("FLT-001"));
    CHECK(added[0][QStringLiteral("fields")].toObject()[QStringLiteral("price")].toInteger() == 120000);
}

TEST_CASE("A name in one language is shown in the others as a fall-back", "[catalog][product]")
{
    LocalizedText t{QString(), QStringLiteral("Мёд"), QString()};
    CHECK(t.in(QStringLiteral("en")) == QStringLiteral("Мёд"));
    CHECK(t.in(QStringLiteral("ky")) == QStringLiteral("Мёд"));
    t.ky = QStringLiteral("Бал");
    CHECK(t.in(QStringLiteral("ky")) == QStringLiteral("Бал"));
    CHECK(t.in(QStringLiteral("en")) == QStringLiteral("Мёд"));
    CHECK(t.exact(QStringLiteral("en")).isEmpty());
}

TEST_CASE("Bad products are refused with a problem per field and nothing changes", "[catalog][product]")
{
    CatalogShop shop;
    shop.addProducer(QStringLiteral("BOS-01"), QStringLiteral("Айгүл"));
    shop.addProduct(CatalogShop::product(QStringLiteral("FLT-001"), QStringLiteral("Тапочки"), 1200,
                                         QStringLiteral("BOS-01"), {QStringLiteral("4006381333931")}));
    const QString before = tableDump(shop.db(), QStringLiteral("products")) +
                           tableDump(shop.db(), QStringLiteral("product_barcodes")) +
                           tableDump(shop.db(), QStringLiteral("audit_log"));

    SECTION("duplicate SKU, in another case")
    {
        auto r = shop.catalog().save(shop.manager, CatalogShop::product(QStringLiteral("flt-001"), QStringLiteral("X"),
                                                                         100, QStringLiteral("BOS-01")));
        REQUIRE_FALSE(r.ok());
        CHECK(hasProblem(r.problems(), ProductField::Sku, QStringLiteral("already used")));
    }
    SECTION("duplicate barcode, also as its UPC-A spelling")
    {
        auto r = shop.catalog().save(shop.manager, CatalogShop::product(QStringLiteral("FLT-002"), QStringLiteral("X"),
                                                                         100, QStringLiteral("BOS-01"),
                                                                         {QStringLiteral("4006381333931")}));
        REQUIRE_FALSE(r.ok());
        CHECK(hasProblem(r.problems(), ProductField::Barcodes, QStringLiteral("FLT-001")));
        shop.addProduct(CatalogShop::product(QStringLiteral("UPC-1"), QStringLiteral("Y"), 100, QStringLiteral("BOS-01"),
                                             {QStringLiteral("036000291452")}));
        auto upc = shop.catalog().save(shop.manager, CatalogShop::product(QStringLiteral("UPC-2"), QStringLiteral("Z"),
                                                                           100, QStringLiteral("BOS-01"),
                                                                           {QStringLiteral("0036000291452")}));
        CHECK(hasProblem(upc.problems(), ProductField::Barcodes, QStringLiteral("UPC-1")));
        return; // UPC-1 was added on purpose
    }
    SECTION("barcode given twice")
    {
        auto r = shop.catalog().save(shop.manager,
                                     CatalogShop::product(QStringLiteral("FLT-002"), QStringLiteral("X"), 100,
                                                          QStringLiteral("BOS-01"),
                                                          {QStringLiteral("96385074"), QStringLiteral("96385074")}));
        CHECK(hasProblem(r.problems(), ProductField::Barcodes, QStringLiteral("twice")));
    }
    SECTION("bad check digit")
    {
        auto r = shop.catalog().save(shop.manager, CatalogShop::product(QStringLiteral("FLT-002"), QStringLiteral("X"),
                                                                         100, QStringLiteral("BOS-01"),
                                                                         {QStringLiteral("4006381333932")}));
        CHECK(hasProblem(r.problems(), ProductField::Barcodes, QStringLiteral("last digit")));
    }
    SECTION("price zero or negative")
    {
        for (qint64 som : {0, -5}) {
            auto r = shop.catalog().save(shop.manager, CatalogShop::product(QStringLiteral("FLT-002"),
                                                                             QStringLiteral("X"), som,
                                                                             QStringLiteral("BOS-01")));
            CHECK(hasProblem(r.problems(), ProductField::Price));
        }
    }
    SECTION("no name in any language")
    {
        auto r = shop.catalog().save(shop.manager, CatalogShop::product(QStringLiteral("FLT-002"), QStringLiteral("   "),
                                                                         100, QStringLiteral("BOS-01")));
        CHECK(hasProblem(r.problems(), ProductField::Name));
    }
    SECTION("unknown or missing producer")
    {
        auto r = shop.catalog().save(shop.manager, CatalogShop::product(QStringLiteral("FLT-002"), QStringLiteral("X"),
                                                                         100, QStringLiteral("NOPE-9")));
        CHECK(hasProblem(r.problems(), ProductField::Producer, QStringLiteral("NOPE-9")));
        auto none = shop.catalog().save(shop.manager, CatalogShop::product(QStringLiteral("FLT-002"),
                                                                            QStringLiteral("X"), 100, QString()));
        CHECK(hasProblem(none.problems(), ProductField::Producer));
    }
    SECTION("unknown category, tax group, bad SKU; every problem at once")
    {
        Product p = CatalogShop::product(QStringLiteral("FLT 002!"), QString(), 0, QStringLiteral("NOPE"));
        p.category = QStringLiteral("plastic");
        p.taxGroup = QStringLiteral("luxury");
        auto r = shop.catalog().save(shop.manager, p);
        CHECK(hasProblem(r.problems(), ProductField::Sku, QStringLiteral("Latin")));
        CHECK(hasProblem(r.problems(), ProductField::Category, QStringLiteral("plastic")));
        CHECK(hasProblem(r.problems(), ProductField::TaxGroup));
        CHECK(hasProblem(r.problems(), ProductField::Name));
        CHECK(hasProblem(r.problems(), ProductField::Price));
        CHECK(hasProblem(r.problems(), ProductField::Producer));
        CHECK(r.problemsOf(ProductField::Price).size() == 1);
        CHECK(r.message().contains(QStringLiteral("more than zero")));
    }
    SECTION("a cashier may not change the catalogue")
    {
        auto r = shop.catalog().save(shop.cashier, CatalogShop::product(QStringLiteral("FLT-002"), QStringLiteral("X"),
                                                                         100, QStringLiteral("BOS-01")));
        CHECK_FALSE(r.ok());
        CHECK(r.problems().isEmpty());
        CHECK_FALSE(shop.catalog().archive(shop.cashier, QStringLiteral("FLT-001")).ok());
        CHECK_FALSE(shop.catalog().assignInStoreBarcode(shop.cashier, QStringLiteral("FLT-001")).ok());
    }
    SECTION("changing a product into a duplicate")
    {
        Product second = shop.addProduct(CatalogShop::product(QStringLiteral("FLT-002"), QStringLiteral("Y"), 100,
                                                              QStringLiteral("BOS-01")));
        const QString withSecond = tableDump(shop.db(), QStringLiteral("products"));
        second.sku = QStringLiteral("FLT-001");
        second.barcodes = {QStringLiteral("4006381333931")};
        auto r = shop.catalog().save(shop.manager, second);
        CHECK(hasProblem(r.problems(), ProductField::Sku));
        CHECK(hasProblem(r.problems(), ProductField::Barcodes));
        CHECK(tableDump(shop.db(), QStringLiteral("products")) == withSecond);
        return;
    }
    CHECK(tableDump(shop.db(), QStringLiteral("products")) + tableDump(shop.db(), QStringLiteral("product_barcodes")) +
              tableDump(shop.db(), QStringLiteral("audit_log")) ==
          before);
}

TEST_CASE("A change is audited with the old and new value of each changed field", "[catalog][product][audit]")
{
    CatalogShop shop;
    shop.addProducer(QStringLiteral("BOS-01"), QStringLiteral("Айгүл"));
    shop.addProducer(QStringLiteral("KOC-01"), QStringLiteral("Кочкор шырдак"), QStringLiteral("kochkor"));
    Product p = shop.addProduct(CatalogShop::product(QStringLiteral("FLT-001"), QStringLiteral("Тапочки"), 1200,
                                                     QStringLiteral("BOS-01")));
    p.price = Money::fromSom(1350);
    p.name.en = QStringLiteral("Slippers");
    p.producerCode = QStringLiteral("KOC-01");
    p.producerId.clear();
    auto saved = shop.catalog().save(shop.manager, p);
    REQUIRE(saved.ok());
    CHECK(saved->villageName.en == QStringLiteral("Kochkor"));

    const auto changes = shop.auditDetails(QStringLiteral("product.change"));
    REQUIRE(changes.size() == 1);
    const QJsonObject c = changes[0][QStringLiteral("changes")].toObject();
    CHECK(c.keys() == QStringList{QStringLiteral("name_en"), QStringLiteral("price"), QStringLiteral("producer_code")});
    CHECK(c[QStringLiteral("price")].toObject()[QStringLiteral("old")].toInteger() == 120000);
    CHECK(c[QStringLiteral("price")].toObject()[QStringLiteral("new")].toInteger() == 135000);
    CHECK(c[QStringLiteral("producer_code")].toObject()[QStringLiteral("old")].toString() == QStringLiteral("BOS-01"));

    // Saving it again unchanged writes nothing.
    auto again = shop.catalog().save(shop.manager, saved.value());
    REQUIRE(again.ok());
    CHECK(shop.auditDetails(QStringLiteral("product.change")).size() == 1);
}

TEST_CASE("In-store barcodes are unique EAN-13 codes from prefix 20", "[catalog][product][barcode]")
{
    CatalogShop shop;
    shop.addProducer(QStringLiteral("BOS-01"), QStringLiteral("Айгүл"));
    shop.addProduct(CatalogShop::product(QStringLiteral("A"), QStringLiteral("А"), 100, QStringLiteral("BOS-01")));
    shop.addProduct(CatalogShop::product(QStringLiteral("B"), QStringLiteral("Б"), 100, QStringLiteral("BOS-01"),
                                         {QStringLiteral("4006381333931")}));
    CHECK(shop.catalog().proposeInStoreBarcode().value() == Barcode::inStore(1));

    auto a = shop.catalog().assignInStoreBarcode(shop.manager, QStringLiteral("A"));
    REQUIRE(a.ok());
    REQUIRE(a->barcodes.size() == 1);
    CHECK(a->primaryBarcode() == Barcode::inStore(1));
    CHECK(Barcode::isRestrictedCirculation(a->primaryBarcode()));
    auto b = shop.catalog().assignInStoreBarcode(shop.manager, QStringLiteral("B"));
    REQUIRE(b.ok());
    CHECK(b->barcodes == QStringList{QStringLiteral("4006381333931"), Barcode::inStore(2)});
    CHECK(shop.catalog().findByBarcode(Barcode::inStore(2)).value()->sku == QStringLiteral("B"));

    // A code typed by hand in the range is skipped over, never given twice.
    shop.addProduct(CatalogShop::product(QStringLiteral("C"), QStringLiteral("В"), 100, QStringLiteral("BOS-01"),
                                         {Barcode::inStore(3)}));
    CHECK(shop.catalog().proposeInStoreBarcode().value() == Barcode::inStore(4));
    CHECK_FALSE(shop.catalog().assignInStoreBarcode(shop.manager, QStringLiteral("NOPE")).ok());
}

TEST_CASE("Archive, reactivate and delete", "[catalog][product]")
{
    CatalogShop shop;
    shop.addProducer(QStringLiteral("BOS-01"), QStringLiteral("Айгүл"));
    const Product moved = shop.addProduct(CatalogShop::product(QStringLiteral("SOLD"), QStringLiteral("Продано"), 100,
                                                               QStringLiteral("BOS-01"), {QStringLiteral("96385074")}));
    shop.addProduct(CatalogShop::product(QStringLiteral("TYPO"), QStringLiteral("Ошибка"), 100, QStringLiteral("BOS-01"),
                                         {QStringLiteral("73513537")}));
    REQUIRE(StockLedger(shop.db()).receive(shop.manager, moved.id, Quantity::fromUnits(3), QStringLiteral("first")).ok());

    SECTION("a product that moved in stock is never deleted, only archived")
    {
        const Status removed = shop.catalog().remove(shop.manager, QStringLiteral("SOLD"));
        REQUIRE_FALSE(removed.ok());
        CHECK(removed.message().contains(QStringLiteral("Archive it instead")));
        CHECK(shop.catalog().findBySku(QStringLiteral("SOLD")).value());

        REQUIRE(shop.catalog().archive(shop.manager, QStringLiteral("SOLD")).ok());
        CHECK_FALSE(shop.catalog().archive(shop.manager, QStringLiteral("SOLD")).ok());
        CHECK_FALSE(shop.catalog().findBySku(QStringLiteral("SOLD")).value()->active);
        // Archived: still found by barcode (returns), but not listed or searched among active goods.
        CHECK(shop.catalog().findByBarcode(QStringLiteral("96385074")).value());
        CHECK(shop.catalog().search(QStringLiteral("Продано")).value().isEmpty());
        ProductFilter archived;
        archived.state = ProductFilter::State::Archived;
        CHECK(shop.catalog().search(QStringLiteral("Продано"), archived).value().size() == 1);
        CHECK(shop.catalog().list(archived).value().size() == 1);
        CHECK(shop.auditDetails(QStringLiteral("product.archive")).size() == 1);

        REQUIRE(shop.catalog().reactivate(shop.manager, QStringLiteral("SOLD")).ok());
        CHECK(shop.catalog().findBySku(QStringLiteral("SOLD")).value()->active);
        CHECK_FALSE(shop.catalog().reactivate(shop.manager, QStringLiteral("SOLD")).ok());
        CHECK(shop.auditDetails(QStringLiteral("product.reactivate")).size() == 1);
    }
    SECTION("a product entered by mistake, never moved, may be deleted")
    {
        REQUIRE(shop.catalog().remove(shop.manager, QStringLiteral("TYPO")).ok());
        CHECK_FALSE(shop.catalog().findBySku(QStringLiteral("TYPO")).value());
        CHECK_FALSE(shop.catalog().findByBarcode(QStringLiteral("73513537")).value());
        CHECK(shop.catalog().search(QStringLiteral("Ошибка")).value().isEmpty());
        CHECK(shop.auditDetails(QStringLiteral("product.remove")).size() == 1);
        CHECK_FALSE(shop.catalog().remove(shop.manager, QStringLiteral("TYPO")).ok());
        CHECK_FALSE(shop.catalog().remove(shop.cashier, QStringLiteral("SOLD")).ok());
    }
}

TEST_CASE("The unit of a product with stock cannot change", "[catalog][product]")
{
    CatalogShop shop;
    shop.addProducer(QStringLiteral("NAR-01"), QStringLiteral("Бал"), QStringLiteral("ak-muz"));
    Product honey = CatalogShop::product(QStringLiteral("HON-1"), QStringLiteral("Мёд"), 900, QStringLiteral("NAR-01"));
    honey.category = QStringLiteral("honey-food");
    honey.unit = Unit::Kilogram;
    honey = shop.addProduct(honey);
    StockLedger ledger(shop.db());
    REQUIRE(ledger.receive(shop.manager, honey.id, Quantity::fromMilli(2500), QStringLiteral("jar")).ok());
    CHECK(ledger.onHand(honey.id).value() == Quantity::fromMilli(2500));
    honey.unit = Unit::Piece;
    auto r = shop.catalog().save(shop.manager, honey);
    REQUIRE_FALSE(r.ok());
    CHECK(r.problemsOf(ProductField::Unit).size() == 1);
}

TEST_CASE("Photos are PNG or JPEG up to 2 MB", "[catalog][product]")
{
    CatalogShop shop;
    shop.addProducer(QStringLiteral("BOS-01"), QStringLiteral("Айгүл"));
    const Product p = shop.addProduct(CatalogShop::product(QStringLiteral("A"), QStringLiteral("А"), 100,
                                                           QStringLiteral("BOS-01")));
    const QByteArray png = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(100, 'x');
    CHECK_FALSE(shop.catalog().setPhoto(shop.manager, QStringLiteral("A"), QByteArray("GIF89a")).ok());
    CHECK_FALSE(shop.catalog().setPhoto(shop.manager, QStringLiteral("A"), png + QByteArray(3 * 1024 * 1024, 'x')).ok());
    REQUIRE(shop.catalog().setPhoto(shop.manager, QStringLiteral("A"), png).ok());
    CHECK(shop.catalog().photo(p.id).value() == png);
    CHECK(shop.catalog().findBySku(QStringLiteral("A")).value()->hasPhoto);
    REQUIRE(shop.catalog().setPhoto(shop.manager, QStringLiteral("A"), QByteArray()).ok());
    CHECK_FALSE(shop.catalog().findBySku(QStringLiteral("A")).value()->hasPhoto);
}

TEST_CASE("The duplicate-barcode refusal names the other product in the user's language", "[catalog][product][barcode]")
{
    CatalogShop shop;
    shop.addProducer(QStringLiteral("BOS-01"), QStringLiteral("Айгүл"));
    Product first = CatalogShop::product(QStringLiteral("FLT-001"), QStringLiteral("Тапочки"), 1200,
                                         QStringLiteral("BOS-01"), {QStringLiteral("4006381333931")});
    first.name.ky = QStringLiteral("Кийиз тапочка");
    shop.addProduct(first);
    auto refusal = [&shop] {
        auto r = shop.catalog().save(shop.manager,
                                     CatalogShop::product(QStringLiteral("FLT-002"), QStringLiteral("X"), 100,
                                                          QStringLiteral("BOS-01"), {QStringLiteral("4006381333931")}));
        REQUIRE_FALSE(r.ok());
        return r.error().problemsOf(ProductField::Barcodes).join(QLatin1Char(' '));
    };
    REQUIRE(Language::install(QStringLiteral("ky")));
    const QString ky = refusal();
    REQUIRE(Language::install(QStringLiteral("en")));
    const QString en = refusal(); // no English name: the Russian one stands in
    REQUIRE(Language::install(QStringLiteral("ru")));
    const QString ru = refusal();
    REQUIRE(Language::install(QStringLiteral("en")));
    CHECK(ky.contains(QStringLiteral("Кийиз тапочка")));
    CHECK(en.contains(QStringLiteral("Тапочки")));
    CHECK(ru.contains(QStringLiteral("Тапочки")));
    CHECK_FALSE(ru.contains(QStringLiteral("Кийиз")));
}
