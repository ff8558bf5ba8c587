// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// A read on a database that fails says so, with the kind of failure, instead of answering as if
// there were nothing: an empty list, "not found" or "no" would be a lie the user acts on.
#include <catch2/catch.hpp>

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
