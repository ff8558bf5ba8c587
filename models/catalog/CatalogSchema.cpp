// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "models/catalog/CatalogSchema.h"

#include "models/places/PlaceSeed.h"
#include "models/store/Sql.h"

namespace ovop {

namespace {

// Columns every record carries.
#define OVOP_RECORD_ORIGIN " created_at TEXT NOT NULL, origin_shop TEXT NOT NULL, origin_device TEXT NOT NULL"

Status createTables(const QSqlDatabase& db)
{
    return SqlQuery::execAll(db, {
        QStringLiteral(
            "CREATE TABLE categories ("
            " id TEXT PRIMARY KEY,"
            " key TEXT NOT NULL UNIQUE,"
            " name_ky TEXT NOT NULL DEFAULT '', name_ru TEXT NOT NULL DEFAULT '', name_en TEXT NOT NULL DEFAULT '',"
            " sort_order INTEGER NOT NULL DEFAULT 0," OVOP_RECORD_ORIGIN ")"),
        QStringLiteral(
            "CREATE TABLE oblasts ("
            " id TEXT PRIMARY KEY,"
            " code TEXT NOT NULL UNIQUE,"
            " name_ky TEXT NOT NULL, name_ru TEXT NOT NULL, name_en TEXT NOT NULL," OVOP_RECORD_ORIGIN ")"),
        QStringLiteral(
            "CREATE TABLE districts ("
            " id TEXT PRIMARY KEY,"
            " oblast_id TEXT NOT NULL REFERENCES oblasts(id),"
            " name_ky TEXT NOT NULL, name_ru TEXT NOT NULL, name_en TEXT NOT NULL," OVOP_RECORD_ORIGIN ")"),
        QStringLiteral("CREATE INDEX districts_oblast ON districts(oblast_id)"),
        QStringLiteral(
            "CREATE TABLE villages ("
            " id TEXT PRIMARY KEY,"
            " oblast_id TEXT NOT NULL REFERENCES oblasts(id),"
            " district_id TEXT REFERENCES districts(id),"
            " name_ky TEXT NOT NULL DEFAULT '', name_ru TEXT NOT NULL DEFAULT '', name_en TEXT NOT NULL DEFAULT '',"
            " updated_at TEXT NOT NULL," OVOP_RECORD_ORIGIN ")"),
        QStringLiteral("CREATE INDEX villages_oblast ON villages(oblast_id)"),
        QStringLiteral("CREATE INDEX villages_district ON villages(district_id)"),
        QStringLiteral(
            "CREATE TABLE producers ("
            " id TEXT PRIMARY KEY,"
            " code TEXT NOT NULL UNIQUE COLLATE NOCASE,"
            " name TEXT NOT NULL,"
            " kind TEXT NOT NULL CHECK (kind IN ('individual', 'group', 'cooperative')),"
            " village_id TEXT NOT NULL REFERENCES villages(id),"
            " phone TEXT NOT NULL DEFAULT '',"
            " members INTEGER NOT NULL DEFAULT 1 CHECK (members >= 1),"
            " women INTEGER NOT NULL DEFAULT 0 CHECK (women >= 0 AND women <= members),"
            " women_led INTEGER NOT NULL DEFAULT 0 CHECK (women_led IN (0, 1)),"
            " terms TEXT NOT NULL CHECK (terms IN ('consignment', 'purchase')),"
            " commission_bp INTEGER NOT NULL DEFAULT 0 CHECK (commission_bp BETWEEN 0 AND 10000),"
            " payment_details TEXT NOT NULL DEFAULT '',"
            " fair_price_basis TEXT NOT NULL DEFAULT '',"
            " last_visit_date TEXT,"
            " last_visit_result TEXT NOT NULL DEFAULT '',"
            " follow_up TEXT NOT NULL DEFAULT '',"
            " child_labour_check_date TEXT,"
            " child_labour_check_result TEXT NOT NULL DEFAULT '',"
            " materials_and_dyes TEXT NOT NULL DEFAULT '',"
            " environmental_practice TEXT NOT NULL DEFAULT '',"
            " exempt_seller_document TEXT NOT NULL DEFAULT '',"
            " certificate_number TEXT NOT NULL DEFAULT '',"
            " certificate_date TEXT,"
            " active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),"
            " updated_at TEXT NOT NULL," OVOP_RECORD_ORIGIN ")"),
        QStringLiteral("CREATE INDEX producers_village ON producers(village_id)"),
        // seq is the row's stable rowid, shared with the search index.
        QStringLiteral(
            "CREATE TABLE products ("
            " seq INTEGER PRIMARY KEY,"
            " id TEXT NOT NULL UNIQUE,"
            " sku TEXT NOT NULL UNIQUE COLLATE NOCASE,"
            " name_ky TEXT NOT NULL DEFAULT '', name_ru TEXT NOT NULL DEFAULT '', name_en TEXT NOT NULL DEFAULT '',"
            " category TEXT NOT NULL REFERENCES categories(key),"
            " unit TEXT NOT NULL CHECK (unit IN ('pcs', 'kg', 'm')),"
            " price INTEGER NOT NULL CHECK (price > 0),"
            " tax_group TEXT NOT NULL DEFAULT 'standard',"
            " producer_id TEXT NOT NULL REFERENCES producers(id),"
            " materials TEXT NOT NULL DEFAULT '',"
            " story_ky TEXT NOT NULL DEFAULT '', story_ru TEXT NOT NULL DEFAULT '', story_en TEXT NOT NULL DEFAULT '',"
            " certificate_number TEXT NOT NULL DEFAULT '',"
            " certificate_date TEXT,"
            " tracks_batches INTEGER NOT NULL DEFAULT 0 CHECK (tracks_batches IN (0, 1)),"
            " active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),"
            " updated_at TEXT NOT NULL," OVOP_RECORD_ORIGIN ","
            " CHECK (name_ky <> '' OR name_ru <> '' OR name_en <> ''))"),
        QStringLiteral("CREATE INDEX products_producer ON products(producer_id)"),
        QStringLiteral("CREATE INDEX products_category ON products(category)"),
        QStringLiteral(
            "CREATE TABLE product_barcodes ("
            " id TEXT PRIMARY KEY,"
            " product_id TEXT NOT NULL REFERENCES products(id) ON DELETE CASCADE,"
            " barcode TEXT NOT NULL UNIQUE,"
            " position INTEGER NOT NULL," OVOP_RECORD_ORIGIN ")"),
        QStringLiteral("CREATE INDEX product_barcodes_product ON product_barcodes(product_id, position)"),
        QStringLiteral(
            "CREATE TABLE product_photos ("
            " id TEXT PRIMARY KEY,"
            " product_id TEXT NOT NULL UNIQUE REFERENCES products(id) ON DELETE CASCADE,"
            " bytes BLOB NOT NULL," OVOP_RECORD_ORIGIN ")"),
        // Words to find a product by, case-folded in the application (QString::toCaseFolded, which
        // knows Ң Ө Ү); rowid = products.seq. Diacritics kept: й is not и.
        QStringLiteral("CREATE VIRTUAL TABLE product_search USING fts5(words, "
                       "tokenize = 'unicode61 remove_diacritics 0', prefix = '1 2 3')"),
        // The stock ledger: appended only. quantity in thousandths, signed.
        QStringLiteral(
            "CREATE TABLE stock_movements ("
            " seq INTEGER PRIMARY KEY,"
            " id TEXT NOT NULL UNIQUE,"
            " product_id TEXT NOT NULL REFERENCES products(id),"
            " quantity INTEGER NOT NULL CHECK (quantity <> 0),"
            " kind TEXT NOT NULL CHECK (kind IN ('receive', 'sale', 'return', 'adjust', 'damage', 'stocktake',"
            " 'transfer')),"
            " reason TEXT NOT NULL DEFAULT '',"
            " at TEXT NOT NULL,"
            " user_id TEXT," OVOP_RECORD_ORIGIN ")"),
        QStringLiteral("CREATE INDEX stock_movements_product ON stock_movements(product_id)"),
        QStringLiteral("CREATE TRIGGER stock_movements_no_update BEFORE UPDATE ON stock_movements "
                       "BEGIN SELECT RAISE(ABORT, 'stock movements are append-only'); END"),
        QStringLiteral("CREATE TRIGGER stock_movements_no_delete BEFORE DELETE ON stock_movements "
                       "BEGIN SELECT RAISE(ABORT, 'stock movements are append-only'); END"),
    });
}

#undef OVOP_RECORD_ORIGIN

} // namespace

Status createCatalogueSchema(const QSqlDatabase& db)
{
    if (auto created = createTables(db); !created)
        return created;
    if (auto categories = seedCategories(db); !categories)
        return categories;
    return seedPlaces(db);
}

} // namespace ovop
