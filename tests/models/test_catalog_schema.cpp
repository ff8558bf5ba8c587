// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>

#include "models/catalog/CatalogService.h"
#include "models/places/PlaceSeed.h"
#include "models/places/PlaceService.h"
#include "models/store/Sql.h"
#include "test_catalog_fixtures.h"

using namespace ovop;
using namespace ovop::test;

TEST_CASE("A version 1 shop gains the catalogue when upgraded", "[catalog][schema][fixtures]")
{
    TempShop shop;
    QFile sql(QDir(QStringLiteral(OVOP_TEST_DATA_DIR)).filePath(QStringLiteral("schema-v1.sql")));
    REQUIRE(sql.open(QIODevice::ReadOnly));
    rawExec(shop.path(), QString::fromUtf8(sql.readAll()));
    REQUIRE(Database::inspect(shop.path())->version == 1);

    Database& db = shop.open();
    CHECK(db.version() >= 2);
    CHECK(rowCount(db, QStringLiteral("oblasts")) == 9);
    CHECK(rowCount(db, QStringLiteral("districts")) == 40);
    CHECK(rowCount(db, QStringLiteral("villages")) == 18);
    CHECK(rowCount(db, QStringLiteral("categories")) == 7);
    CHECK(rowCount(db, QStringLiteral("products")) == 0);
    // Seeded ids are the same in every shop's database.
    CHECK(PlaceService(db).village(PlaceSeed::villageId(QStringLiteral("kochkor"))).value()->name.ru ==
          QStringLiteral("Кочкор"));
    CHECK(PlaceSeed::villageId(QStringLiteral("kochkor")) == PlaceSeed::villageId(QStringLiteral("kochkor")));
    CHECK(PlaceSeed::villageId(QStringLiteral("kochkor")) != PlaceSeed::districtId(QStringLiteral("kochkor")));
    // Every seeded village lies in its oblast, and its district (when known) in the same oblast.
    SqlQuery q(db.sql(), QStringLiteral("SELECT count(*) FROM villages v JOIN districts d ON d.id = v.district_id "
                                        "WHERE d.oblast_id <> v.oblast_id"));
    REQUIRE(q.exec().ok());
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);
    CHECK(CatalogService(db).categories().value().value(0).name.ky == QStringLiteral("Кийиз буюмдар"));
}

TEST_CASE("Every catalogue record carries its id, origin and time", "[catalog][schema]")
{
    CatalogShop shop;
    for (const QString& table : {QStringLiteral("categories"), QStringLiteral("oblasts"), QStringLiteral("districts"),
                                 QStringLiteral("villages"), QStringLiteral("producers"), QStringLiteral("products"),
                                 QStringLiteral("product_barcodes"), QStringLiteral("product_photos"),
                                 QStringLiteral("stock_movements")}) {
        INFO(table.toStdString());
        SqlQuery q(shop.db().sql(), QStringLiteral("SELECT name FROM pragma_table_info(:table)"));
        q.bind(QStringLiteral(":table"), table);
        REQUIRE(q.exec().ok());
        QStringList columns;
        while (q.next())
            columns << q.value(0).toString();
        for (const char* column : {"id", "origin_shop", "origin_device", "created_at"})
            CHECK(columns.contains(QString::fromLatin1(column)));
    }
}
