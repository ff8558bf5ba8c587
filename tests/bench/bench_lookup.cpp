// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// ovop-bench, the till's scan: CatalogService::lookupForSale against the same narrow SQL run
// straight on the sqlite3 C API (prepared once, a second connection to the same file), and the
// editor's full product (findByBarcode) for comparison.
#include <string>

#include <sqlite3.h>

#include "BenchSupport.h"
#include "models/catalog/Barcode.h"
#include "models/catalog/CatalogService.h"
#include "models/store/Database.h"

using namespace ovop;

namespace bench {

namespace {

// What the bare lookup reads of a row: the same columns, as plain C++ values.
struct BareItem
{
    std::string productId, sku, barcode, nameKy, nameRu, nameEn, unit, taxGroup;
    qint64 price = 0;
    bool tracksBatches = false;
    bool active = false;
};

std::string textColumn(sqlite3_stmt* stmt, int i)
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, i));
    return text ? std::string(text, size_t(sqlite3_column_bytes(stmt, i))) : std::string();
}

const char* const SaleItemSql =
    "SELECT p.id, p.sku, b.barcode, p.name_ky, p.name_ru, p.name_en, p.unit, p.price, p.tax_group, "
    "p.tracks_batches, p.active FROM product_barcodes b JOIN products p ON p.id = b.product_id "
    "WHERE b.barcode IN (?1, ?2) LIMIT 1";

} // namespace

bool runLookupBench(Database& db, const QStringList& found, const QStringList& missing)
{
    sqlite3* bare = nullptr;
    if (sqlite3_open_v2(db.path().toUtf8().constData(), &bare, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        std::fprintf(stderr, "cannot open the database with sqlite3\n");
        sqlite3_close(bare);
        return false;
    }
    sqlite3_exec(bare, "PRAGMA cache_size=-32768", nullptr, nullptr, nullptr);
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v3(bare, SaleItemSql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr) != SQLITE_OK) {
        std::fprintf(stderr, "prepare: %s\n", sqlite3_errmsg(bare));
        sqlite3_close(bare);
        return false;
    }
    const auto bareLookup = [stmt](const QString& code, BareItem& item) {
        const QStringList spellings = Barcode::equivalents(code.trimmed());
        const QByteArray first = spellings.at(0).toUtf8();
        const QByteArray second = spellings.value(1, spellings.at(0)).toUtf8();
        sqlite3_bind_text(stmt, 1, first.constData(), int(first.size()), SQLITE_STATIC);
        sqlite3_bind_text(stmt, 2, second.constData(), int(second.size()), SQLITE_STATIC);
        const bool hit = sqlite3_step(stmt) == SQLITE_ROW;
        if (hit) {
            item.productId = textColumn(stmt, 0);
            item.sku = textColumn(stmt, 1);
            item.barcode = textColumn(stmt, 2);
            item.nameKy = textColumn(stmt, 3);
            item.nameRu = textColumn(stmt, 4);
            item.nameEn = textColumn(stmt, 5);
            item.unit = textColumn(stmt, 6);
            item.price = sqlite3_column_int64(stmt, 7);
            item.taxGroup = textColumn(stmt, 8);
            item.tracksBatches = sqlite3_column_int(stmt, 9) != 0;
            item.active = sqlite3_column_int(stmt, 10) != 0;
        }
        sqlite3_reset(stmt);
        return hit;
    };

    CatalogService catalog(db);
    Samples app, direct, full;
    Stopwatch watch;
    int appFound = 0, bareFound = 0, fullFound = 0;
    const QStringList codes = found + missing;
    // Each connection reads the pages it needs once before the measured rounds: the application's
    // connection wrote them and has them in its cache, the bare one would read them from the file.
    for (const QString& code : codes) {
        BareItem item;
        bareLookup(code, item);
        catalog.lookupForSale(code).value();
    }
    for (int round = 0; round < 5; ++round) {
        for (const QString& code : codes) {
            watch.start();
            const auto item = catalog.lookupForSale(code).value();
            app.add(watch, 1);
            appFound += item ? 1 : 0;
            BareItem bareItem;
            watch.start();
            bareFound += bareLookup(code, bareItem) ? 1 : 0;
            direct.add(watch, 1);
            watch.start();
            const auto product = catalog.findByBarcode(code).value();
            full.add(watch, 1);
            fullFound += product ? 1 : 0;
        }
    }
    sqlite3_finalize(stmt);
    sqlite3_close(bare);
    if (appFound != bareFound || appFound != fullFound) {
        std::fprintf(stderr, "the lookups disagree: %d, %d and %d found\n", appFound, bareFound, fullFound);
        return false;
    }

    const Stats a = stats(app.wall), b = stats(direct.wall), f = stats(full.wall);
    const double ratio = a.median / b.median;
    const double cpuRatio = stats(app.cpu).median / stats(direct.cpu).median;
    std::printf("\nBarcode lookup for the till, %zu lookups each (%d found), median:\n", app.wall.size(), appFound);
    std::printf("  %-48s %8s %15s\n", "", "wall", "CPU (thread)");
    std::printf("  %-48s %8.2f %8.2f µs\n", "application (lookupForSale)", a.median, stats(app.cpu).median);
    std::printf("  %-48s %8.2f %8.2f µs\n", "bare sqlite3 C API, same SQL prepared once", b.median,
                stats(direct.cpu).median);
    std::printf("  %-48s %8.2f %8.2f        (target <= 2.0)\n", "ratio", ratio, cpuRatio);
    std::printf("  %-48s %8.2f %8.2f µs\n", "editor's full product (findByBarcode)", f.median, stats(full.cpu).median);
    record(QStringLiteral("till_lookup_app_median_us"), a.median);
    record(QStringLiteral("till_lookup_bare_median_us"), b.median);
    record(QStringLiteral("till_lookup_ratio"), ratio);
    record(QStringLiteral("till_lookup_cpu_ratio"), cpuRatio);
    record(QStringLiteral("editor_lookup_median_us"), f.median);
    return ratio <= 2.0;
}

} // namespace bench
