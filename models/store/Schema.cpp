// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// The schema, as ordered upgrade steps. A released step is never changed: a change is a new step,
// with a fixture database of the version before it in tests/data.
#include "models/catalog/CatalogSchema.h"
#include "models/reports/ReportsSchema.h"
#include "models/reports/ProducerRollup.h"
#include "models/reports/ProductRollup.h"
#include "models/reports/SalesRollup.h"
#include "models/sales/SalesSchema.h"
#include "models/stock/StockDocumentsSchema.h"
#include "models/stock/StockSchema.h"
#include "models/store/Migrations.h"
#include "models/store/Sql.h"

namespace ovop {

namespace {

Status foundation(const QSqlDatabase& db)
{
    return SqlQuery::execAll(db, {
        // Shop settings: master data, each change audited with old and new value.
        QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE users ("
            " id TEXT PRIMARY KEY,"
            " name TEXT NOT NULL UNIQUE COLLATE NOCASE,"
            " full_name TEXT NOT NULL DEFAULT '',"
            " role TEXT NOT NULL CHECK (role IN ('cashier', 'manager', 'admin')),"
            " pin_hash TEXT NOT NULL,"
            " language TEXT NOT NULL DEFAULT 'ru' CHECK (language IN ('ky', 'ru', 'en')),"
            " active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),"
            " failed_attempts INTEGER NOT NULL DEFAULT 0,"
            " locked_until TEXT,"
            " created_at TEXT NOT NULL,"
            " origin_shop TEXT NOT NULL,"
            " origin_device TEXT NOT NULL)"),
        // The audit log: appended only; each entry carries the hash of the one before.
        QStringLiteral(
            "CREATE TABLE audit_log ("
            " seq INTEGER PRIMARY KEY,"
            " id TEXT NOT NULL UNIQUE,"
            " at TEXT NOT NULL,"
            " user_id TEXT,"
            " user_name TEXT NOT NULL,"
            " action TEXT NOT NULL,"
            " details TEXT NOT NULL,"
            " origin_shop TEXT NOT NULL,"
            " origin_device TEXT NOT NULL,"
            " prev_hash TEXT NOT NULL,"
            " hash TEXT NOT NULL)"),
        QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
                       "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"),
        QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
                       "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"),
    });
}

} // namespace

const std::vector<Migration>& schemaMigrations()
{
    static const std::vector<Migration> steps = {
        {1, QStringLiteral("settings, users, audit log"), [](const MigrationContext& c) { return foundation(c.db); }},
        {2, QStringLiteral("catalogue"), [](const MigrationContext& c) { return createCatalogueSchema(c.db); }},
        {3, QStringLiteral("stock ledger for documents"), upgradeStockLedger},
        {4, QStringLiteral("till"), createTillSchema},
        {5, QStringLiteral("stock documents and producers' money"), createStockDocumentsSchema},
        {6, QStringLiteral("report indexes"), createReportIndexes},
        {7, QStringLiteral("sales rollup"), createSalesRollup},
        {8, QStringLiteral("producers' money rollup"), createProducerRollup},
        {9, QStringLiteral("product sales rollup"), createProductRollup},
    };
    return steps;
}

} // namespace ovop
