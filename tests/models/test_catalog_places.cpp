// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include <catch2/catch.hpp>

#include "models/places/PlaceSeed.h"
#include "models/places/PlaceService.h"
#include "test_catalog_fixtures.h"

using namespace ovop;
using namespace ovop::test;

TEST_CASE("The oblasts, districts and villages of the sources are seeded", "[catalog][places]")
{
    CatalogShop shop;
    PlaceService places(shop.db());
    const auto oblasts = places.oblasts(QStringLiteral("en")).value();
    CHECK(oblasts.size() == 9);
    CHECK(places.findOblast(QStringLiteral("issyk-kul")).value()->name.ky == QStringLiteral("Ысык-Көл облусу"));
    CHECK(places.findOblast(QStringLiteral("НАРЫНСКАЯ ОБЛАСТЬ")).value()->code == QStringLiteral("naryn"));
    CHECK(places.findOblast(QStringLiteral("Bishkek City")).value());
    CHECK_FALSE(places.findOblast(QStringLiteral("Almaty")).value());

    const auto atBashy = places.villages(QString(), PlaceSeed::districtId(QStringLiteral("at-bashy"))).value();
    QStringList names;
    for (const Village& v : atBashy)
        names << v.name.en;
    names.sort();
    CHECK(names == QStringList{QStringLiteral("Ak-Muz"), QStringLiteral("Birlik"), QStringLiteral("Kazybek")});
    CHECK(places.findVillages(QStringLiteral("МИҢ-БУЛАК")).value().size() == 1);
    CHECK(places.findVillages(QStringLiteral("Мин-Булак")).value().size() == 1);
    const auto orgochor = places.village(PlaceSeed::villageId(QStringLiteral("orgochor"))).value();
    REQUIRE(orgochor);
    CHECK(orgochor->districtName.en == QStringLiteral("Jeti-Oguz District"));
    CHECK(orgochor->oblastName.en == QStringLiteral("Issyk-Kul Region"));
    CHECK(places.districts(PlaceSeed::oblastId(QStringLiteral("osh"))).value().size() == 7);
    CHECK(places.villages(PlaceSeed::oblastId(QStringLiteral("osh"))).value().size() == 2);
}

TEST_CASE("Villages are added and renamed with the settings permission, audited", "[catalog][places]")
{
    CatalogShop shop;
    PlaceService places(shop.db());
    Village v;
    v.oblastId = PlaceSeed::oblastId(QStringLiteral("naryn"));
    v.districtId = PlaceSeed::districtId(QStringLiteral("kochkor"));
    v.name = {QStringLiteral("Кара-Суу"), QStringLiteral("Кара-Суу"), QStringLiteral("Kara-Suu")};
    CHECK_FALSE(places.saveVillage(shop.cashier, v).ok());
    auto added = places.saveVillage(shop.manager, v);
    REQUIRE(added.ok());
    CHECK(places.findVillages(QStringLiteral("kara-suu")).value().size() == 1);
    CHECK(shop.auditDetails(QStringLiteral("village.add")).size() == 1);

    SECTION("same name in the same district is refused")
    {
        auto again = places.saveVillage(shop.manager, v);
        CHECK(again.problemsOf(QStringLiteral("name")).size() == 1);
    }
    SECTION("district of another oblast, no oblast, no name")
    {
        Village bad = v;
        bad.name = {};
        bad.districtId = PlaceSeed::districtId(QStringLiteral("tup"));
        auto r = places.saveVillage(shop.manager, bad);
        CHECK(r.problemsOf(QStringLiteral("name")).size() == 1);
        CHECK(r.problemsOf(QStringLiteral("district")).size() == 1);
        bad.oblastId.clear();
        CHECK(places.saveVillage(shop.manager, bad).problemsOf(QStringLiteral("oblast")).size() == 1);
    }
    SECTION("rename")
    {
        Village renamed = added.value();
        renamed.name.en = QStringLiteral("Kara-Suu (Kochkor)");
        REQUIRE(places.saveVillage(shop.manager, renamed).ok());
        const auto changes = shop.auditDetails(QStringLiteral("village.change"));
        REQUIRE(changes.size() == 1);
        CHECK(changes[0][QStringLiteral("changes")].toObject()[QStringLiteral("name_en")].toObject()
                  [QStringLiteral("old")].toString() == QStringLiteral("Kara-Suu"));
    }
}
