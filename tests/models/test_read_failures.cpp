// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// A read on a database that fails says so, with the kind of failure, instead of answering as if
// there were nothing: an empty list, "not found" or "no" would be a lie the user acts on.
#include <catch2/catch.hpp>

#include <QDir>
#include <QFileInfo>

#include "models/audit/AuditProtection.h"
#include "models/people/UserService.h"
#include "models/places/PlaceSeed.h"
#include "models/places/PlaceService.h"
#include "models/settings/ShopSettings.h"
#include "models/store/Backup.h"
#include "test_catalog_fixtures.h"

using namespace ovop;
using namespace ovop::test;

namespace {

// Takes a table away behind the application's back, as damage or another program would.
void breakTable(CatalogShop& shop, const QString& table)
{
    rawExec(shop.shop().path(), QStringLiteral("ALTER TABLE %1 RENAME TO %1_gone").arg(table));
}

} // namespace

TEST_CASE("Producer reads on a failing database are errors and not absence", "[read-failures][producer]")
{
    CatalogShop shop;
    shop.addProducer(QStringLiteral("BOS-01"), QStringLiteral("Бостери"));
    breakTable(shop, QStringLiteral("producers"));

    auto byCode = shop.producers().get(shop.manager, QStringLiteral("BOS-01"));
    REQUIRE_FALSE(byCode.ok());
    CHECK(byCode.error().kind == ErrorKind::Storage);
    auto missing = shop.producers().get(shop.manager, QStringLiteral("NONE-1"));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().kind == ErrorKind::Storage);
    auto byId = shop.producers().getById(shop.manager, QStringLiteral("any"));
    REQUIRE_FALSE(byId.ok());
    CHECK(byId.error().kind == ErrorKind::Storage);
    auto list = shop.producers().list(shop.manager);
    REQUIRE_FALSE(list.ok());
    CHECK(list.error().kind == ErrorKind::Storage);
    auto overdue = shop.producers().overdueCount();
    REQUIRE_FALSE(overdue.ok());
    CHECK(overdue.error().kind == ErrorKind::Storage);
}

TEST_CASE("A producer that does not exist is not found", "[read-failures][producer]")
{
    CatalogShop shop;
    auto missing = shop.producers().get(shop.manager, QStringLiteral("NONE-1"));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().kind == ErrorKind::NotFound);
}

TEST_CASE("Catalogue reads on a failing database are errors and not an empty catalogue", "[read-failures][catalog]")
{
    CatalogShop shop;
    shop.addProducer(QStringLiteral("BOS-01"), QStringLiteral("Бостери"));
    shop.addProduct(
        CatalogShop::product(QStringLiteral("FLT-001"), QStringLiteral("Тапочки"), 1200, QStringLiteral("BOS-01")));
    breakTable(shop, QStringLiteral("products"));

    auto listed = shop.catalog().list();
    REQUIRE_FALSE(listed.ok());
    CHECK(listed.error().kind == ErrorKind::Storage);
    auto found = shop.catalog().search(QStringLiteral("Тапочки"));
    REQUIRE_FALSE(found.ok());
    CHECK(found.error().kind == ErrorKind::Storage);
    auto counted = shop.catalog().count(QString());
    REQUIRE_FALSE(counted.ok());
    CHECK(counted.error().kind == ErrorKind::Storage);

    breakTable(shop, QStringLiteral("categories"));
    auto categories = shop.catalog().categories();
    REQUIRE_FALSE(categories.ok());
    CHECK(categories.error().kind == ErrorKind::Storage);
    auto category = shop.catalog().category(QStringLiteral("felt"));
    REQUIRE_FALSE(category.ok());
    CHECK(category.error().kind == ErrorKind::Storage);
}

TEST_CASE("A code that is not in the catalogue is absence and not an error", "[read-failures][catalog]")
{
    CatalogShop shop;
    auto scanned = shop.catalog().lookupForSale(QStringLiteral("4600000000008"));
    REQUIRE(scanned.ok());
    CHECK_FALSE(scanned.value().has_value());
    auto byBarcode = shop.catalog().findByBarcode(QStringLiteral("4600000000008"));
    REQUIRE(byBarcode.ok());
    CHECK_FALSE(byBarcode.value().has_value());
    auto bySku = shop.catalog().findBySku(QStringLiteral("NONE-1"));
    REQUIRE(bySku.ok());
    CHECK_FALSE(bySku.value().has_value());
    auto byId = shop.catalog().get(QStringLiteral("no-such-id"));
    REQUIRE_FALSE(byId.ok());
    CHECK(byId.error().kind == ErrorKind::NotFound);
}

TEST_CASE("Catalogue lookups on a failing database are errors and not absence", "[read-failures][catalog]")
{
    CatalogShop shop;
    shop.addProducer(QStringLiteral("BOS-01"), QStringLiteral("Бостери"));
    const Product saved =
        shop.addProduct(CatalogShop::product(QStringLiteral("FLT-001"), QStringLiteral("Тапочки"), 1200,
                                             QStringLiteral("BOS-01"), {QStringLiteral("4006381333931")}));
    // Asked once before the damage, so that the statements are already prepared.
    REQUIRE(shop.catalog().lookupForSale(QStringLiteral("4006381333931")).value().has_value());
    breakTable(shop, QStringLiteral("product_barcodes"));

    auto scanned = shop.catalog().lookupForSale(QStringLiteral("4006381333931"));
    REQUIRE_FALSE(scanned.ok());
    CHECK(scanned.error().kind == ErrorKind::Storage);
    auto byBarcode = shop.catalog().findByBarcode(QStringLiteral("4006381333931"));
    REQUIRE_FALSE(byBarcode.ok());
    CHECK(byBarcode.error().kind == ErrorKind::Storage);
    auto proposed = shop.catalog().proposeInStoreBarcode();
    REQUIRE_FALSE(proposed.ok());
    CHECK(proposed.error().kind == ErrorKind::Storage);
    // A search for a barcode fails as a whole rather than answering without the exact hit.
    auto searched = shop.catalog().search(QStringLiteral("4006381333931"));
    REQUIRE_FALSE(searched.ok());
    CHECK(searched.error().kind == ErrorKind::Storage);

    breakTable(shop, QStringLiteral("products"));
    auto bySku = shop.catalog().findBySku(QStringLiteral("FLT-001"));
    REQUIRE_FALSE(bySku.ok());
    CHECK(bySku.error().kind == ErrorKind::Storage);
    auto byId = shop.catalog().get(saved.id);
    REQUIRE_FALSE(byId.ok());
    CHECK(byId.error().kind == ErrorKind::Storage);
}

TEST_CASE("A failed read inside a catalogue change refuses the change with its kind", "[read-failures][catalog]")
{
    CatalogShop shop;
    shop.addProducer(QStringLiteral("BOS-01"), QStringLiteral("Бостери"));
    const Product saved = shop.addProduct(
        CatalogShop::product(QStringLiteral("FLT-001"), QStringLiteral("Тапочки"), 1200, QStringLiteral("BOS-01")));
    const Product fresh =
        CatalogShop::product(QStringLiteral("FLT-002"), QStringLiteral("Шапка"), 900, QStringLiteral("BOS-01"));

    SECTION("categories cannot be read: not 'no such category'")
    {
        breakTable(shop, QStringLiteral("categories"));
        const Status valid = shop.catalog().validate(fresh);
        REQUIRE_FALSE(valid.ok());
        CHECK(valid.error().kind == ErrorKind::Storage);
        CHECK(valid.problems().isEmpty());
        auto added = shop.catalog().save(shop.manager, fresh);
        REQUIRE_FALSE(added.ok());
        CHECK(added.error().kind == ErrorKind::Storage);
        ImportBatch batch;
        CHECK(shop.catalog().validateImportRow(fresh, batch, 1).error().kind == ErrorKind::Storage);
        auto imported = shop.catalog().applyImport(shop.manager, {fresh});
        REQUIRE_FALSE(imported.ok());
        CHECK(imported.error().kind == ErrorKind::Storage);
    }
    SECTION("producers cannot be read: not 'no such producer'")
    {
        breakTable(shop, QStringLiteral("producers"));
        auto added = shop.catalog().save(shop.manager, fresh);
        REQUIRE_FALSE(added.ok());
        CHECK(added.error().kind == ErrorKind::Storage);
    }
    SECTION("the stock ledger cannot be read: the product is not deleted as if it never moved")
    {
        breakTable(shop, QStringLiteral("stock_movements"));
        const Status removed = shop.catalog().remove(shop.manager, saved.sku);
        REQUIRE_FALSE(removed.ok());
        CHECK(removed.error().kind == ErrorKind::Storage);
        Product changed = saved;
        changed.unit = Unit::Kilogram;
        auto saving = shop.catalog().save(shop.manager, changed);
        REQUIRE_FALSE(saving.ok());
        CHECK(saving.error().kind == ErrorKind::Storage);
    }
    SECTION("products cannot be read: not 'no such product'")
    {
        breakTable(shop, QStringLiteral("products"));
        for (const Status& done :
             {shop.catalog().archive(shop.manager, saved.sku), shop.catalog().reactivate(shop.manager, saved.sku),
              shop.catalog().remove(shop.manager, saved.sku),
              shop.catalog().setPhoto(shop.manager, saved.sku, QByteArray())}) {
            REQUIRE_FALSE(done.ok());
            CHECK(done.error().kind == ErrorKind::Storage);
        }
        auto assigned = shop.catalog().assignInStoreBarcode(shop.manager, saved.sku);
        REQUIRE_FALSE(assigned.ok());
        CHECK(assigned.error().kind == ErrorKind::Storage);
    }
}

TEST_CASE("Place reads on a failing database are errors and not an empty list", "[read-failures][places]")
{
    CatalogShop shop;
    PlaceService places(shop.db());
    const QString naryn = PlaceSeed::oblastId(QStringLiteral("naryn"));
    const QString kochkor = PlaceSeed::districtId(QStringLiteral("kochkor"));
    Village v;
    v.oblastId = naryn;
    v.districtId = kochkor;
    v.name = {QStringLiteral("Кара-Суу"), QStringLiteral("Кара-Суу"), QStringLiteral("Kara-Suu")};

    SECTION("villages")
    {
        breakTable(shop, QStringLiteral("villages"));
        for (const auto& read : {places.villages(), places.findVillages(QStringLiteral("Кочкор"))}) {
            REQUIRE_FALSE(read.ok());
            CHECK(read.error().kind == ErrorKind::Storage);
        }
        auto one = places.village(PlaceSeed::villageId(QStringLiteral("kochkor")));
        REQUIRE_FALSE(one.ok());
        CHECK(one.error().kind == ErrorKind::Storage);
        // The check for a village of the same name cannot read: the village is not added.
        auto saved = places.saveVillage(shop.manager, v);
        REQUIRE_FALSE(saved.ok());
        CHECK(saved.error().kind == ErrorKind::Storage);
    }
    SECTION("oblasts")
    {
        breakTable(shop, QStringLiteral("oblasts"));
        auto all = places.oblasts();
        REQUIRE_FALSE(all.ok());
        CHECK(all.error().kind == ErrorKind::Storage);
        for (const auto& one : {places.oblast(naryn), places.findOblast(QStringLiteral("naryn"))}) {
            REQUIRE_FALSE(one.ok());
            CHECK(one.error().kind == ErrorKind::Storage);
        }
        // Not "choose the oblast": the oblasts could not be read.
        const Status valid = places.validate(v);
        REQUIRE_FALSE(valid.ok());
        CHECK(valid.error().kind == ErrorKind::Storage);
        CHECK(valid.problems().isEmpty());
    }
    SECTION("districts")
    {
        breakTable(shop, QStringLiteral("districts"));
        auto all = places.districts(naryn);
        REQUIRE_FALSE(all.ok());
        CHECK(all.error().kind == ErrorKind::Storage);
        auto one = places.district(kochkor);
        REQUIRE_FALSE(one.ok());
        CHECK(one.error().kind == ErrorKind::Storage);
    }
}

TEST_CASE("A place that does not exist is absence and not an error", "[read-failures][places]")
{
    CatalogShop shop;
    PlaceService places(shop.db());
    auto oblast = places.findOblast(QStringLiteral("Almaty"));
    REQUIRE(oblast.ok());
    CHECK_FALSE(oblast.value().has_value());
    auto village = places.village(QStringLiteral("no-such-village"));
    REQUIRE(village.ok());
    CHECK_FALSE(village.value().has_value());
    auto named = places.findVillages(QStringLiteral("Nowhere"));
    REQUIRE(named.ok());
    CHECK(named.value().isEmpty());
}

TEST_CASE("User reads on a failing database are errors and not an empty shop", "[read-failures][users]")
{
    CatalogShop shop;
    UserService users(shop.db());
    REQUIRE(users.hasUsers().value());
    breakTable(shop, QStringLiteral("users"));

    auto names = users.activeUserNames();
    REQUIRE_FALSE(names.ok());
    CHECK(names.error().kind == ErrorKind::Storage);
    auto any = users.hasUsers();
    REQUIRE_FALSE(any.ok());
    CHECK(any.error().kind == ErrorKind::Storage);
    // Not "no user named ...": the users could not be read.
    auto login = users.login(QStringLiteral("admin"), QStringLiteral("1111"));
    REQUIRE_FALSE(login.ok());
    CHECK(login.error().kind == ErrorKind::Storage);
}

TEST_CASE("A producer check that cannot read the register keeps the kind of the failure", "[read-failures][producer]")
{
    CatalogShop shop;
    shop.addProducer(QStringLiteral("BOS-01"), QStringLiteral("Бостери"));
    Producer fresh;
    fresh.code = QStringLiteral("KOC-01");
    fresh.name = QStringLiteral("Гүлнара");
    fresh.villageId = PlaceSeed::villageId(QStringLiteral("kochkor"));
    fresh.members = 1;
    REQUIRE(shop.producers().validate(fresh).ok());

    SECTION("producers cannot be read: not a problem of the code")
    {
        breakTable(shop, QStringLiteral("producers"));
        const Status valid = shop.producers().validate(fresh);
        REQUIRE_FALSE(valid.ok());
        CHECK(valid.error().kind == ErrorKind::Storage);
        CHECK(valid.problems().isEmpty());
        ImportBatch batch;
        const Status row = shop.producers().validateImportRow(fresh, batch, 1);
        REQUIRE_FALSE(row.ok());
        CHECK(row.error().kind == ErrorKind::Storage);
        auto saved = shop.producers().save(shop.manager, fresh);
        REQUIRE_FALSE(saved.ok());
        CHECK(saved.error().kind == ErrorKind::Storage);
        auto imported = shop.producers().applyImport(shop.manager, {fresh});
        REQUIRE_FALSE(imported.ok());
        CHECK(imported.error().kind == ErrorKind::Storage);
    }
    SECTION("villages cannot be read: not 'no such village'")
    {
        breakTable(shop, QStringLiteral("villages"));
        const Status valid = shop.producers().validate(fresh);
        REQUIRE_FALSE(valid.ok());
        CHECK(valid.error().kind == ErrorKind::Storage);
        CHECK(valid.problems().isEmpty());
    }
    SECTION("a producer that cannot be saved as it is stays a refusal of its fields")
    {
        Producer taken = fresh;
        taken.code = QStringLiteral("BOS-01");
        taken.members = 0;
        const Status valid = shop.producers().validate(taken);
        REQUIRE_FALSE(valid.ok());
        CHECK(valid.error().kind == ErrorKind::Validation);
        CHECK(valid.problemsOf(ProducerField::Code).size() == 1);
        CHECK(valid.problemsOf(ProducerField::Members).size() == 1);
    }
}

TEST_CASE("Shop settings that cannot be read are an error and not the defaults", "[read-failures][settings]")
{
    CatalogShop shop;
    SettingsService settings(shop.db());
    REQUIRE(settings.load().ok());
    breakTable(shop, QStringLiteral("settings"));

    auto loaded = settings.load();
    REQUIRE_FALSE(loaded.ok());
    CHECK(loaded.error().kind == ErrorKind::Storage);
    auto values = settings.values();
    REQUIRE_FALSE(values.ok());
    CHECK(values.error().kind == ErrorKind::Storage);
    // A change compares with what is stored: it is refused rather than audited against nothing.
    const Status set = settings.set(shop.manager, QStringLiteral("shop_name"), QStringLiteral("Өнөр"));
    REQUIRE_FALSE(set.ok());
    CHECK(set.error().kind == ErrorKind::Storage);
    // The first settings are not written over settings that cannot be read.
    ShopSettings first;
    first.shopCode = QStringLiteral("NEW-1");
    first.shopName = QStringLiteral("New");
    first.deviceId = QStringLiteral("T1");
    const Status initialised = settings.initialise(first);
    REQUIRE_FALSE(initialised.ok());
    CHECK(initialised.error().kind == ErrorKind::Storage);
}

TEST_CASE("A product photo that cannot be read is an error and not no photo", "[read-failures][catalog]")
{
    CatalogShop shop;
    shop.addProducer(QStringLiteral("BOS-01"), QStringLiteral("Бостери"));
    const Product saved = shop.addProduct(
        CatalogShop::product(QStringLiteral("FLT-001"), QStringLiteral("Тапочки"), 1200, QStringLiteral("BOS-01")));
    auto none = shop.catalog().photo(saved.id);
    REQUIRE(none.ok());
    CHECK_FALSE(none.value().has_value());
    const QByteArray png = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(100, 'x');
    REQUIRE(shop.catalog().setPhoto(shop.manager, saved.sku, png).ok());
    REQUIRE(shop.catalog().photo(saved.id).value() == png);

    breakTable(shop, QStringLiteral("product_photos"));
    auto photo = shop.catalog().photo(saved.id);
    REQUIRE_FALSE(photo.ok());
    CHECK(photo.error().kind == ErrorKind::Storage);
}

TEST_CASE("A backup folder that cannot be listed is an error and not no backups", "[read-failures][backup]")
{
    CatalogShop shop;
    BackupService backups(shop.db());
    // None taken yet: no folder, no backups.
    auto none = backups.dailyBackups();
    REQUIRE(none.ok());
    CHECK(none.value().isEmpty());

    // Something that is not a folder where the backups are kept.
    const QString folder = QFileInfo(shop.db().path()).absolutePath() + QStringLiteral("/backups");
    writeFile(folder, QByteArray("not a folder"));
    auto listed = backups.dailyBackups();
    REQUIRE_FALSE(listed.ok());
    CHECK(listed.error().kind == ErrorKind::Storage);
    CHECK(listed.message().contains(QDir::toNativeSeparators(folder)));
    auto rotating = BackupService::rotatingBackups(shop.db().path());
    REQUIRE_FALSE(rotating.ok());
    CHECK(rotating.error().kind == ErrorKind::Storage);
    // The backups cannot confirm the audit log: the check says so rather than finding nothing wrong.
    CHECK(AuditProtection::witnessProblems(shop.db()) == QStringList{listed.message()});
}
