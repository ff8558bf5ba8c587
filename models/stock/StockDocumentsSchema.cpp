// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "models/stock/StockDocumentsSchema.h"

#include "models/store/Sql.h"

namespace ovop {

namespace {

const QString Origin =
    QStringLiteral(" created_at TEXT NOT NULL, origin_shop TEXT NOT NULL, origin_device TEXT NOT NULL");
const QString DateCheck = QStringLiteral("GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'");

QStringList appendOnly(const QStringList& tables)
{
    QStringList out;
    for (const QString& table : tables) {
        out << QStringLiteral("CREATE TRIGGER %1_no_update BEFORE UPDATE ON %1 "
                              "BEGIN SELECT RAISE(ABORT, '%1 are append-only'); END")
                   .arg(table);
        out << QStringLiteral("CREATE TRIGGER %1_no_delete BEFORE DELETE ON %1 "
                              "BEGIN SELECT RAISE(ABORT, '%1 are append-only'); END")
                   .arg(table);
    }
    return out;
}

QStringList documents()
{
    return {
        // Every number a device gave to a stock or money document, per kind: taken in the document's
        // own transaction, never reused, no gaps ("BIS-1-T1-RCV-000001").
        QStringLiteral("CREATE TABLE document_numbers ("
                       " origin_shop TEXT NOT NULL,"
                       " origin_device TEXT NOT NULL,"
                       " document_type TEXT NOT NULL CHECK (document_type IN ('receiving', 'adjustment', 'stocktake',"
                       "  'transfer', 'producer_return', 'statement', 'payout')),"
                       " number INTEGER NOT NULL CHECK (number >= 1),"
                       " document_id TEXT NOT NULL UNIQUE,"
                       " PRIMARY KEY (origin_shop, origin_device, document_type, number)) WITHOUT ROWID"),
        // A delivery from a producer; its lines are its stock movements (kind 'receive').
        QStringLiteral("CREATE TABLE receivings ("
                       " seq INTEGER PRIMARY KEY,"
                       " id TEXT NOT NULL UNIQUE,"
                       " number TEXT NOT NULL UNIQUE,"
                       " producer_id TEXT NOT NULL REFERENCES producers(id),"
                       " terms TEXT NOT NULL CHECK (terms IN ('consignment', 'purchase')),"
                       " received_on TEXT NOT NULL CHECK (received_on %2),"
                       // The producer's exempt-seller document (no VAT invoice) or delivery note.
                       " supplier_document TEXT NOT NULL DEFAULT '',"
                       " note TEXT NOT NULL DEFAULT '',"
                       // Tyiyn: what a purchase cost (paid at once); 0 for consignment.
                       " cost_total INTEGER NOT NULL DEFAULT 0 CHECK (cost_total >= 0),"
                       " at TEXT NOT NULL,"
                       " user_id TEXT NOT NULL REFERENCES users(id),"
                       "%1)")
            .arg(Origin, DateCheck),
        QStringLiteral("CREATE INDEX receivings_producer ON receivings(producer_id, received_on)"),
        // A correction with a reason; its lines are its stock movements (kind 'adjust' or 'damage').
        QStringLiteral("CREATE TABLE adjustments ("
                       " seq INTEGER PRIMARY KEY,"
                       " id TEXT NOT NULL UNIQUE,"
                       " number TEXT NOT NULL UNIQUE,"
                       " reason TEXT NOT NULL CHECK (reason IN ('damage', 'loss', 'sample', 'found', 'other')),"
                       " note TEXT NOT NULL DEFAULT '',"
                       " at TEXT NOT NULL,"
                       " user_id TEXT NOT NULL REFERENCES users(id),"
                       "%1)")
            .arg(Origin),
        // A count of the whole shop, a category or a producer's goods. Open until a closure exists.
        QStringLiteral("CREATE TABLE stocktakes ("
                       " seq INTEGER PRIMARY KEY,"
                       " id TEXT NOT NULL UNIQUE,"
                       " number TEXT NOT NULL UNIQUE,"
                       " scope TEXT NOT NULL CHECK (scope IN ('shop', 'category', 'producer')),"
                       " scope_id TEXT," // the category's or producer's id
                       " started_at TEXT NOT NULL,"
                       " started_by TEXT NOT NULL REFERENCES users(id),"
                       "%1,"
                       " CHECK ((scope = 'shop') = (scope_id IS NULL)))")
            .arg(Origin),
        // What a counter counted, appended per scan or entry, on any till: the counted quantity of a
        // product is the sum of its entries (a negative entry takes back a miscount). after_seq is the
        // ledger's last movement when the entry was made, so that sales during the count are
        // accounted for.
        QStringLiteral("CREATE TABLE stocktake_counts ("
                       " seq INTEGER PRIMARY KEY,"
                       " id TEXT NOT NULL UNIQUE,"
                       " stocktake_id TEXT NOT NULL REFERENCES stocktakes(id),"
                       " product_id TEXT NOT NULL REFERENCES products(id),"
                       " batch TEXT NOT NULL DEFAULT '',"
                       " quantity INTEGER NOT NULL CHECK (quantity <> 0),"
                       " after_seq INTEGER NOT NULL,"
                       " at TEXT NOT NULL,"
                       " user_id TEXT NOT NULL REFERENCES users(id),"
                       "%1)")
            .arg(Origin),
        QStringLiteral("CREATE INDEX stocktake_counts_stocktake ON stocktake_counts(stocktake_id, product_id)"),
        // How a count ended: posted (its corrections are stock movements of kind 'stocktake',
        // approved by a manager) or cancelled.
        QStringLiteral("CREATE TABLE stocktake_closures ("
                       " stocktake_id TEXT PRIMARY KEY REFERENCES stocktakes(id),"
                       " outcome TEXT NOT NULL CHECK (outcome IN ('posted', 'cancelled')),"
                       " at TEXT NOT NULL,"
                       " user_id TEXT NOT NULL REFERENCES users(id),"
                       " approved_by TEXT REFERENCES users(id),"
                       "%1) WITHOUT ROWID")
            .arg(Origin),
        // A transfer between shops, as each shop knows it. The transfer's id is the same in both
        // shops; the sending shop keeps direction 'out', the receiving shop 'in' (once only: the same
        // file opened twice changes nothing).
        QStringLiteral("CREATE TABLE transfers ("
                       " seq INTEGER PRIMARY KEY,"
                       " transfer_id TEXT NOT NULL,"
                       " direction TEXT NOT NULL CHECK (direction IN ('out', 'in')),"
                       " number TEXT NOT NULL," // the sending shop's number
                       " from_shop TEXT NOT NULL,"
                       " to_shop TEXT NOT NULL,"
                       " sent_at TEXT NOT NULL,"
                       " file_sha256 TEXT NOT NULL,"
                       " at TEXT NOT NULL,"
                       " user_id TEXT NOT NULL REFERENCES users(id),"
                       "%1,"
                       " UNIQUE (transfer_id, direction))")
            .arg(Origin),
        // Its lines: what was sent and, once known, what arrived (a difference is recorded, not
        // hidden). Sent lines are written with the transfer; received quantities by the receiving
        // shop, and by the sending shop from the receiving shop's confirmation.
        QStringLiteral(
            "CREATE TABLE transfer_lines ("
            " transfer_id TEXT NOT NULL,"
            " direction TEXT NOT NULL,"
            " line_no INTEGER NOT NULL CHECK (line_no >= 1),"
            " product_id TEXT NOT NULL REFERENCES products(id),"
            " sku TEXT NOT NULL,"
            " batch TEXT NOT NULL DEFAULT '',"
            " expires_on TEXT,"
            " sent INTEGER NOT NULL CHECK (sent > 0),"
            " PRIMARY KEY (transfer_id, direction, line_no),"
            " FOREIGN KEY (transfer_id, direction) REFERENCES transfers(transfer_id, direction)) WITHOUT ROWID"),
        QStringLiteral(
            "CREATE TABLE transfer_receipts ("
            " transfer_id TEXT NOT NULL,"
            " direction TEXT NOT NULL,"
            " line_no INTEGER NOT NULL,"
            " received INTEGER NOT NULL CHECK (received >= 0),"
            " at TEXT NOT NULL,"
            " user_id TEXT REFERENCES users(id),"
            "%1,"
            " PRIMARY KEY (transfer_id, direction, line_no),"
            " FOREIGN KEY (transfer_id, direction, line_no) REFERENCES transfer_lines(transfer_id, direction,"
            "  line_no)) WITHOUT ROWID")
            .arg(Origin),
        // Unsold goods given back to their producer; its lines are stock movements of kind
        // 'producer_return'.
        QStringLiteral("CREATE TABLE producer_returns ("
                       " seq INTEGER PRIMARY KEY,"
                       " id TEXT NOT NULL UNIQUE,"
                       " number TEXT NOT NULL UNIQUE,"
                       " producer_id TEXT NOT NULL REFERENCES producers(id),"
                       " note TEXT NOT NULL DEFAULT '',"
                       " at TEXT NOT NULL,"
                       " user_id TEXT NOT NULL REFERENCES users(id),"
                       "%1)")
            .arg(Origin),
    };
}

QStringList money()
{
    return {
        // The shop's minimum level per product (thousandths of its unit): a shop setting, edited.
        QStringLiteral("CREATE TABLE min_levels ("
                       " product_id TEXT PRIMARY KEY REFERENCES products(id),"
                       " quantity INTEGER NOT NULL CHECK (quantity >= 0),"
                       " changed_at TEXT NOT NULL,"
                       " user_id TEXT REFERENCES users(id)) WITHOUT ROWID"),
        // A producer's commission for one category, overriding the producer's own rate.
        QStringLiteral("CREATE TABLE commission_overrides ("
                       " producer_id TEXT NOT NULL REFERENCES producers(id),"
                       " category_id TEXT NOT NULL REFERENCES categories(id),"
                       " basis_points INTEGER NOT NULL CHECK (basis_points BETWEEN 0 AND 10000),"
                       " changed_at TEXT NOT NULL,"
                       " user_id TEXT REFERENCES users(id),"
                       " PRIMARY KEY (producer_id, category_id)) WITHOUT ROWID"),
        // What the shop owes a consignment producer for a period.
        QStringLiteral("CREATE TABLE statements ("
                       " seq INTEGER PRIMARY KEY,"
                       " id TEXT NOT NULL UNIQUE,"
                       " number TEXT NOT NULL UNIQUE,"
                       " producer_id TEXT NOT NULL REFERENCES producers(id),"
                       " period_from TEXT NOT NULL CHECK (period_from %2),"
                       " period_to TEXT NOT NULL CHECK (period_to %2 AND period_to >= period_from),"
                       " gross INTEGER NOT NULL CHECK (gross >= 0),"
                       " returns INTEGER NOT NULL CHECK (returns >= 0),"
                       " commission INTEGER NOT NULL,"
                       " owed INTEGER NOT NULL CHECK (owed = gross - returns - commission),"
                       " language TEXT NOT NULL CHECK (language IN ('ky', 'ru', 'en')),"
                       " at TEXT NOT NULL,"
                       " user_id TEXT NOT NULL REFERENCES users(id),"
                       "%1)")
            .arg(Origin, DateCheck),
        QStringLiteral("CREATE INDEX statements_producer ON statements(producer_id, period_from)"),
        // The sale and return lines a statement settles: a line belongs to one statement at most.
        QStringLiteral("CREATE TABLE statement_lines ("
                       " statement_id TEXT NOT NULL REFERENCES statements(id),"
                       " line_no INTEGER NOT NULL CHECK (line_no >= 1),"
                       " kind TEXT NOT NULL CHECK (kind IN ('sale', 'return')),"
                       " document_id TEXT NOT NULL," // the sale or the return
                       " document_line INTEGER NOT NULL,"
                       " product_id TEXT NOT NULL REFERENCES products(id),"
                       " quantity INTEGER NOT NULL CHECK (quantity > 0),"
                       " amount INTEGER NOT NULL CHECK (amount >= 0)," // what the customer paid (or got back)
                       " commission_bp INTEGER NOT NULL CHECK (commission_bp BETWEEN 0 AND 10000),"
                       " commission INTEGER NOT NULL,"
                       " PRIMARY KEY (statement_id, line_no),"
                       " UNIQUE (kind, document_id, document_line)) WITHOUT ROWID"),
        // Money paid to a producer for a statement: once per statement. Cash comes from a till's
        // drawer (a cash movement out of its open shift); bank and wallet transfers carry a reference.
        QStringLiteral("CREATE TABLE payouts ("
                       " seq INTEGER PRIMARY KEY,"
                       " id TEXT NOT NULL UNIQUE,"
                       " number TEXT NOT NULL UNIQUE,"
                       " statement_id TEXT NOT NULL UNIQUE REFERENCES statements(id),"
                       " producer_id TEXT NOT NULL REFERENCES producers(id),"
                       " amount INTEGER NOT NULL CHECK (amount >= 0),"
                       " method TEXT NOT NULL CHECK (method IN ('cash', 'bank', 'wallet')),"
                       " reference TEXT NOT NULL DEFAULT '',"
                       " cash_movement_id TEXT REFERENCES cash_movements(id),"
                       " at TEXT NOT NULL,"
                       " user_id TEXT NOT NULL REFERENCES users(id),"
                       "%1,"
                       " CHECK ((method = 'cash') = (cash_movement_id IS NOT NULL)),"
                       " CHECK (method = 'cash' OR length(trim(reference)) > 0))")
            .arg(Origin),
    };
}

} // namespace

Status createStockDocumentsSchema(const MigrationContext& context)
{
    QStringList statements = documents() + money();
    statements << appendOnly(
        {QStringLiteral("document_numbers"), QStringLiteral("receivings"), QStringLiteral("adjustments"),
         QStringLiteral("stocktakes"), QStringLiteral("stocktake_counts"), QStringLiteral("stocktake_closures"),
         QStringLiteral("transfers"), QStringLiteral("transfer_lines"), QStringLiteral("transfer_receipts"),
         QStringLiteral("producer_returns"), QStringLiteral("statements"), QStringLiteral("statement_lines"),
         QStringLiteral("payouts")});
    return SqlQuery::execAll(context.db, statements);
}

} // namespace ovop
