// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// The version 2 fixture (catalogue, producers, places, stock) upgraded row by row.
#include <catch2/catch.hpp>

#include <sqlite3.h>

#include <QDir>
#include <QFile>

#include "models/audit/IntegrityCheck.h"
#include "models/stock/StockLedger.h"
#include "models/store/Sql.h"
#include "TestSupport.h"

using namespace ovop;
using namespace ovop::test;

namespace {

// Every row of a query, columns joined with '|', read through a plain sqlite3 connection.
QStringList rawRows(const QString& path, const QString& sql)
{
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    sqlite3_stmt* statement = nullptr;
    const int prepared = sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &statement, nullptr);
    INFO(sql.toStdString() << ": " << sqlite3_errmsg(db));
    REQUIRE(prepared == SQLITE_OK);
    QStringList rows;
    while (sqlite3_step(statement) == SQLITE_ROW) {
        QStringList columns;
        for (int i = 0; i < sqlite3_column_count(statement); ++i) {
            const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(statement, i));
            columns << (text ? QString::fromUtf8(text) : QStringLiteral("NULL"));
        }
        rows << columns.join(QLatin1Char('|'));
    }
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return rows;
}

void loadFixture(const QString& path, const QString& name)
{
    QFile sql(QDir(QStringLiteral(OVOP_TEST_DATA_DIR)).filePath(name));
    REQUIRE(sql.open(QIODevice::ReadOnly));
    rawExec(path, QString::fromUtf8(sql.readAll()));
}

// The tables of version 2 that the upgrade to 3 must leave exactly as they were.
const char* const UnchangedTables[] = {"settings",      "users",    "audit_log", "categories", "oblasts",
                                       "districts",     "villages", "producers", "products",   "product_barcodes",
                                       "product_photos"};

} // namespace

TEST_CASE("The version 2 fixture upgrades with every row of every table", "[store][migrations][fixtures]")
{
    TempShop shop;
    loadFixture(shop.path(), QStringLiteral("schema-v2.sql"));
    REQUIRE(Database::inspect(shop.path())->version == 2);

    QHash<QString, QStringList> before;
    for (const char* table : UnchangedTables)
        before.insert(QString::fromLatin1(table),
                      rawRows(shop.path(), QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(QLatin1String(table))));
    const QStringList searchBefore =
        rawRows(shop.path(), QStringLiteral("SELECT rowid, words FROM product_search ORDER BY 1"));
    const QStringList movedBefore = rawRows(
        shop.path(), QStringLiteral("SELECT seq, id, product_id, quantity, reason, at, coalesce(user_id, ''), "
                                    "created_at, origin_shop, origin_device FROM stock_movements ORDER BY seq"));
    CHECK(before.value(QStringLiteral("products")).size() == 6);
    CHECK(before.value(QStringLiteral("product_barcodes")).size() == 7);
    CHECK(before.value(QStringLiteral("producers")).size() == 23);
    CHECK(before.value(QStringLiteral("villages")).size() == 18);
    CHECK(movedBefore.size() == 9);

    Database& db = shop.open();
    REQUIRE(db.version() == Database::latestVersion());
    shop.close();

    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        INFO(it.key().toStdString());
        CHECK(rawRows(shop.path(), QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(it.key())) == it.value());
    }
    CHECK(rawRows(shop.path(), QStringLiteral("SELECT rowid, words FROM product_search ORDER BY 1")) == searchBefore);

    // The ledger: the same movements, each with the document kind its kind belongs to, no document
    // id (they were recorded before documents existed) and the product's producer.
    CHECK(rawRows(shop.path(),
                  QStringLiteral("SELECT seq, id, product_id, quantity, reason, at, coalesce(user_id, ''), created_at, "
                                 "origin_shop, origin_device FROM stock_movements ORDER BY seq")) == movedBefore);
    CHECK(rawRows(shop.path(), QStringLiteral("SELECT kind, document_type, count(*) FROM stock_movements "
                                              "GROUP BY 1, 2 ORDER BY 1, 2")) ==
          QStringList{QStringLiteral("adjust|adjustment|1"), QStringLiteral("damage|adjustment|1"),
                      QStringLiteral("receive|receiving|6"), QStringLiteral("transfer_out|transfer|1")});
    CHECK(rawRows(shop.path(), QStringLiteral("SELECT count(*) FROM stock_movements m JOIN products p ON "
                                              "p.id = m.product_id WHERE m.producer_id IS p.producer_id AND "
                                              "m.document_id IS NULL AND m.batch = '' AND m.unit_cost IS NULL")) ==
          QStringList{QStringLiteral("9")});
    // The levels: one per product that moved, equal to the ledger's sums.
    CHECK(rawRows(shop.path(), QStringLiteral("SELECT l.product_id, l.quantity FROM stock_levels l ORDER BY 1")) ==
          rawRows(shop.path(), QStringLiteral("SELECT product_id, sum(quantity) FROM stock_movements GROUP BY 1 "
                                              "ORDER BY 1")));
    CHECK(rawRows(shop.path(), QStringLiteral("SELECT count(*) FROM removed_records")) ==
          QStringList{QStringLiteral("0")});
    // The till's tables (step 4), empty, with their append-only triggers.
    CHECK(rawRows(shop.path(), QStringLiteral("SELECT (SELECT count(*) FROM sales) + (SELECT count(*) FROM shifts) + "
                                              "(SELECT count(*) FROM receipt_numbers)")) ==
          QStringList{QStringLiteral("0")});
    CHECK(rawRows(shop.path(), QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND name "
                                              "IN ('sales_no_update', 'sale_lines_no_delete', 'z_reports_no_update')")) ==
          QStringList{QStringLiteral("3")});

    Database& reopened = shop.open();
    CHECK(checkIntegrity(reopened).isEmpty());
    // Foreign keys are on again after the upgrade.
    SqlQuery fk(reopened.sql(), QStringLiteral("PRAGMA foreign_keys"));
    REQUIRE(fk.exec().ok());
    REQUIRE(fk.next());
    CHECK(fk.value(0).toInt() == 1);
}
