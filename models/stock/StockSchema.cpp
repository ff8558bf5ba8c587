// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "models/stock/StockSchema.h"

#include "models/store/Sql.h"

namespace ovop {

Status upgradeStockLedger(const MigrationContext& context)
{
    return SqlQuery::execAll(
        context.db,
        {
            // The ledger, rebuilt as SQLite documents it: a new table, the rows copied, the old table
            // dropped, the new one renamed (foreign keys are off during upgrades, so nothing that
            // refers to products or users is touched).
            QStringLiteral(
                "CREATE TABLE new_stock_movements ("
                " seq INTEGER PRIMARY KEY,"
                " id TEXT NOT NULL UNIQUE,"
                " product_id TEXT NOT NULL REFERENCES products(id),"
                // Thousandths of the product's unit, signed: into the shop positive, out negative.
                " quantity INTEGER NOT NULL CHECK (quantity <> 0),"
                " kind TEXT NOT NULL CHECK (kind IN ('receive', 'sale', 'return', 'adjust', 'damage', 'stocktake',"
                "  'transfer_out', 'transfer_in', 'producer_return')),"
                " document_type TEXT NOT NULL CHECK (document_type IN ('receiving', 'sale', 'return', 'adjustment',"
                "  'stocktake', 'transfer', 'producer_return')),"
                // The document and its line; empty only for movements recorded before documents existed.
                " document_id TEXT,"
                " document_line INTEGER CHECK (document_line IS NULL OR document_line >= 1),"
                " batch TEXT NOT NULL DEFAULT '',"
                " expires_on TEXT CHECK (expires_on IS NULL OR expires_on GLOB "
                "  '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),"
                // Tyiyn per unit (per 1000 thousandths), when known: for consignment and purchase.
                " unit_cost INTEGER CHECK (unit_cost IS NULL OR unit_cost >= 0),"
                " producer_id TEXT REFERENCES producers(id),"
                " reason TEXT NOT NULL DEFAULT '',"
                " at TEXT NOT NULL,"
                " user_id TEXT REFERENCES users(id),"
                " created_at TEXT NOT NULL, origin_shop TEXT NOT NULL, origin_device TEXT NOT NULL,"
                " CHECK ((document_id IS NULL) = (document_line IS NULL)),"
                " CHECK (CASE WHEN kind IN ('receive', 'return', 'transfer_in') THEN quantity > 0"
                "  WHEN kind IN ('sale', 'damage', 'transfer_out', 'producer_return') THEN quantity < 0"
                "  ELSE 1 END))"),
            // Version 2 rows, one for one. A transfer becomes out or in by its sign; a movement whose
            // sign contradicts its kind (possible before the check existed) is kept as an adjustment;
            // the producer is the product's, the best knowledge of the producer at the time.
            QStringLiteral(
                "INSERT INTO new_stock_movements (seq, id, product_id, quantity, kind, document_type, batch,"
                " producer_id, reason, at, user_id, created_at, origin_shop, origin_device) "
                "WITH moved AS (SELECT *, CASE"
                "  WHEN kind = 'transfer' THEN CASE WHEN quantity < 0 THEN 'transfer_out' ELSE 'transfer_in' END"
                "  WHEN kind IN ('receive', 'return') AND quantity < 0 THEN 'adjust'"
                "  WHEN kind IN ('sale', 'damage') AND quantity > 0 THEN 'adjust'"
                "  ELSE kind END AS new_kind FROM stock_movements) "
                "SELECT m.seq, m.id, m.product_id, m.quantity, m.new_kind,"
                " CASE m.new_kind WHEN 'receive' THEN 'receiving' WHEN 'sale' THEN 'sale' WHEN 'return' THEN 'return'"
                "  WHEN 'stocktake' THEN 'stocktake' WHEN 'transfer_out' THEN 'transfer'"
                "  WHEN 'transfer_in' THEN 'transfer' ELSE 'adjustment' END,"
                " '', p.producer_id, m.reason, m.at, (SELECT u.id FROM users u WHERE u.id = m.user_id),"
                " m.created_at, m.origin_shop, m.origin_device "
                "FROM moved m LEFT JOIN products p ON p.id = m.product_id ORDER BY m.seq"),
            QStringLiteral("DROP TABLE stock_movements"),
            QStringLiteral("ALTER TABLE new_stock_movements RENAME TO stock_movements"),
            QStringLiteral("CREATE INDEX stock_movements_product ON stock_movements(product_id, seq)"),
            QStringLiteral("CREATE INDEX stock_movements_document ON stock_movements(document_type, document_id)"),
            QStringLiteral("CREATE INDEX stock_movements_producer ON stock_movements(producer_id)"),
            QStringLiteral("CREATE TRIGGER stock_movements_no_update BEFORE UPDATE ON stock_movements "
                           "BEGIN SELECT RAISE(ABORT, 'stock movements are append-only'); END"),
            QStringLiteral("CREATE TRIGGER stock_movements_no_delete BEFORE DELETE ON stock_movements "
                           "BEGIN SELECT RAISE(ABORT, 'stock movements are append-only'); END"),

            // What is on hand, per product and batch: the sum of the ledger, kept with each movement.
            QStringLiteral("CREATE TABLE stock_levels ("
                           " product_id TEXT NOT NULL REFERENCES products(id),"
                           " batch TEXT NOT NULL DEFAULT '',"
                           " quantity INTEGER NOT NULL,"
                           " expires_on TEXT,"
                           " last_movement_seq INTEGER NOT NULL,"
                           " PRIMARY KEY (product_id, batch)) WITHOUT ROWID"),
            QStringLiteral("CREATE TRIGGER stock_levels_follow_ledger AFTER INSERT ON stock_movements BEGIN"
                           " INSERT INTO stock_levels (product_id, batch, quantity, expires_on, last_movement_seq)"
                           " VALUES (NEW.product_id, NEW.batch, NEW.quantity, NEW.expires_on, NEW.seq)"
                           " ON CONFLICT (product_id, batch) DO UPDATE SET quantity = quantity + excluded.quantity,"
                           " expires_on = coalesce(excluded.expires_on, expires_on),"
                           " last_movement_seq = excluded.last_movement_seq; END"),
            QStringLiteral("INSERT INTO stock_levels (product_id, batch, quantity, expires_on, last_movement_seq) "
                           "SELECT product_id, batch, sum(quantity), max(expires_on), max(seq) FROM stock_movements "
                           "GROUP BY product_id, batch"),

            // What was removed, so that a removal travels to head office like any other change.
            QStringLiteral("CREATE TABLE removed_records ("
                           " seq INTEGER PRIMARY KEY,"
                           " id TEXT NOT NULL UNIQUE,"
                           " entity TEXT NOT NULL,"      // 'product'
                           " record_id TEXT NOT NULL,"   // the removed record's id
                           " natural_key TEXT NOT NULL," // what people know it by: the SKU
                           " at TEXT NOT NULL,"
                           " user_id TEXT REFERENCES users(id),"
                           " created_at TEXT NOT NULL, origin_shop TEXT NOT NULL, origin_device TEXT NOT NULL,"
                           " UNIQUE (entity, record_id))"),
            QStringLiteral("CREATE TRIGGER removed_records_no_update BEFORE UPDATE ON removed_records "
                           "BEGIN SELECT RAISE(ABORT, 'removal markers are append-only'); END"),
            QStringLiteral("CREATE TRIGGER removed_records_no_delete BEFORE DELETE ON removed_records "
                           "BEGIN SELECT RAISE(ABORT, 'removal markers are append-only'); END"),
        });
}

} // namespace ovop
