// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "models/sales/SalesSchema.h"

#include "models/store/Sql.h"

namespace ovop {

namespace {

const QString OriginColumns = QStringLiteral(" created_at TEXT NOT NULL, origin_shop TEXT NOT NULL, origin_device TEXT NOT NULL");

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

} // namespace

Status createTillSchema(const MigrationContext& context)
{
    QStringList statements{
        // A till's shift: open from its row until its Z report exists.
        QStringLiteral("CREATE TABLE shifts ("
                       " seq INTEGER PRIMARY KEY,"
                       " id TEXT NOT NULL UNIQUE,"
                       " number INTEGER NOT NULL CHECK (number >= 1),"
                       " opened_at TEXT NOT NULL,"
                       " opened_by TEXT NOT NULL REFERENCES users(id),"
                       " opening_float INTEGER NOT NULL CHECK (opening_float >= 0),"
                       "%1,"
                       " UNIQUE (origin_shop, origin_device, number))")
            .arg(OriginColumns),
        QStringLiteral("CREATE TABLE z_reports ("
                       " seq INTEGER PRIMARY KEY,"
                       " id TEXT NOT NULL UNIQUE,"
                       " shift_id TEXT NOT NULL UNIQUE REFERENCES shifts(id),"
                       " z_number INTEGER NOT NULL CHECK (z_number >= 1),"
                       " closed_at TEXT NOT NULL,"
                       " closed_by TEXT NOT NULL REFERENCES users(id),"
                       " expected_cash INTEGER NOT NULL,"
                       " counted_cash INTEGER NOT NULL CHECK (counted_cash >= 0),"
                       " difference INTEGER NOT NULL CHECK (difference = counted_cash - expected_cash),"
                       " counts TEXT NOT NULL,"  // JSON: {"500000": 2, "50": 3} (denomination in tyiyn)
                       " totals TEXT NOT NULL,"  // JSON: the shift's totals at the close
                       "%1,"
                       " UNIQUE (origin_shop, origin_device, z_number))")
            .arg(OriginColumns),
        QStringLiteral("CREATE TABLE cash_movements ("
                       " seq INTEGER PRIMARY KEY,"
                       " id TEXT NOT NULL UNIQUE,"
                       " shift_id TEXT NOT NULL REFERENCES shifts(id),"
                       " kind TEXT NOT NULL CHECK (kind IN ('in', 'out')),"
                       " amount INTEGER NOT NULL CHECK (amount > 0),"
                       " reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),"
                       " at TEXT NOT NULL,"
                       " user_id TEXT NOT NULL REFERENCES users(id),"
                       "%1)")
            .arg(OriginColumns),
        QStringLiteral("CREATE INDEX cash_movements_shift ON cash_movements(shift_id)"),
        // Every receipt number a till gave, to a sale or a return: the primary key makes a number
        // impossible to give twice, and a number is taken in the transaction of its document.
        QStringLiteral("CREATE TABLE receipt_numbers ("
                       " origin_shop TEXT NOT NULL,"
                       " origin_device TEXT NOT NULL,"
                       " number INTEGER NOT NULL CHECK (number >= 1),"
                       " document_type TEXT NOT NULL CHECK (document_type IN ('sale', 'return')),"
                       " document_id TEXT NOT NULL UNIQUE,"
                       " PRIMARY KEY (origin_shop, origin_device, number)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE sales ("
                       " seq INTEGER PRIMARY KEY,"
                       " id TEXT NOT NULL UNIQUE,"
                       " receipt TEXT NOT NULL UNIQUE,"
                       " receipt_seq INTEGER NOT NULL,"
                       " shift_id TEXT NOT NULL REFERENCES shifts(id),"
                       " at TEXT NOT NULL,"
                       " user_id TEXT NOT NULL REFERENCES users(id),"
                       " language TEXT NOT NULL CHECK (language IN ('ky', 'ru', 'en')),"
                       " gross INTEGER NOT NULL CHECK (gross >= 0),"
                       " discount INTEGER NOT NULL CHECK (discount >= 0 AND discount <= gross),"
                       " total INTEGER NOT NULL CHECK (total = gross - discount),"
                       " paid INTEGER NOT NULL,"
                       " change INTEGER NOT NULL CHECK (change >= 0 AND change = paid - total),"
                       " vat INTEGER NOT NULL, vat_rate INTEGER NOT NULL,"
                       " sales_tax INTEGER NOT NULL, sales_tax_rate INTEGER NOT NULL,"
                       " approvals TEXT NOT NULL DEFAULT '',"  // JSON list of what a manager approved
                       "%1)")
            .arg(OriginColumns),
        QStringLiteral("CREATE INDEX sales_shift ON sales(shift_id)"),
        QStringLiteral("CREATE INDEX sales_at ON sales(at)"),
        QStringLiteral("CREATE TABLE sale_lines ("
                       " sale_id TEXT NOT NULL REFERENCES sales(id),"
                       " line_no INTEGER NOT NULL CHECK (line_no >= 1),"
                       " product_id TEXT NOT NULL REFERENCES products(id),"
                       " sku TEXT NOT NULL, barcode TEXT NOT NULL,"
                       " name_ky TEXT NOT NULL, name_ru TEXT NOT NULL, name_en TEXT NOT NULL,"
                       " unit TEXT NOT NULL,"
                       " quantity INTEGER NOT NULL CHECK (quantity > 0),"
                       " unit_price INTEGER NOT NULL CHECK (unit_price >= 0),"
                       " catalog_price INTEGER NOT NULL,"
                       " line_discount INTEGER NOT NULL CHECK (line_discount >= 0),"
                       " cart_discount INTEGER NOT NULL CHECK (cart_discount >= 0),"
                       " amount INTEGER NOT NULL CHECK (amount >= 0),"
                       " tax_group TEXT NOT NULL,"
                       " producer_id TEXT REFERENCES producers(id), producer_name TEXT NOT NULL,"
                       " village_ky TEXT NOT NULL, village_ru TEXT NOT NULL, village_en TEXT NOT NULL,"
                       " PRIMARY KEY (sale_id, line_no)) WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX sale_lines_product ON sale_lines(product_id)"),
        QStringLiteral("CREATE TABLE sale_payments ("
                       " sale_id TEXT NOT NULL REFERENCES sales(id),"
                       " line_no INTEGER NOT NULL CHECK (line_no >= 1),"
                       " method TEXT NOT NULL CHECK (method IN ('cash', 'card', 'qr')),"
                       " amount INTEGER NOT NULL CHECK (amount > 0),"
                       " card_scheme TEXT NOT NULL DEFAULT '', card_detail TEXT NOT NULL DEFAULT '',"
                       " reference TEXT NOT NULL DEFAULT '', qr_link TEXT NOT NULL DEFAULT '',"
                       " PRIMARY KEY (sale_id, line_no)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE returns ("
                       " seq INTEGER PRIMARY KEY,"
                       " id TEXT NOT NULL UNIQUE,"
                       " receipt TEXT NOT NULL UNIQUE,"
                       " receipt_seq INTEGER NOT NULL,"
                       " sale_id TEXT NOT NULL REFERENCES sales(id),"
                       " shift_id TEXT NOT NULL REFERENCES shifts(id),"
                       " at TEXT NOT NULL,"
                       " user_id TEXT NOT NULL REFERENCES users(id),"
                       " approved_by TEXT REFERENCES users(id),"
                       " language TEXT NOT NULL CHECK (language IN ('ky', 'ru', 'en')),"
                       " total INTEGER NOT NULL CHECK (total >= 0),"
                       " vat INTEGER NOT NULL, sales_tax INTEGER NOT NULL,"
                       "%1)")
            .arg(OriginColumns),
        QStringLiteral("CREATE INDEX returns_sale ON returns(sale_id)"),
        QStringLiteral("CREATE INDEX returns_shift ON returns(shift_id)"),
        QStringLiteral("CREATE TABLE return_lines ("
                       " return_id TEXT NOT NULL REFERENCES returns(id),"
                       " line_no INTEGER NOT NULL CHECK (line_no >= 1),"
                       " sale_id TEXT NOT NULL REFERENCES sales(id),"
                       " sale_line_no INTEGER NOT NULL,"
                       " product_id TEXT NOT NULL REFERENCES products(id),"
                       " quantity INTEGER NOT NULL CHECK (quantity > 0),"
                       " amount INTEGER NOT NULL CHECK (amount >= 0),"
                       " damaged INTEGER NOT NULL CHECK (damaged IN (0, 1)),"
                       " PRIMARY KEY (return_id, line_no),"
                       " FOREIGN KEY (sale_id, sale_line_no) REFERENCES sale_lines(sale_id, line_no)) WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX return_lines_sale ON return_lines(sale_id, sale_line_no)"),
        QStringLiteral("CREATE TABLE return_payments ("
                       " return_id TEXT NOT NULL REFERENCES returns(id),"
                       " line_no INTEGER NOT NULL CHECK (line_no >= 1),"
                       " method TEXT NOT NULL CHECK (method IN ('cash', 'card', 'qr')),"
                       " amount INTEGER NOT NULL CHECK (amount > 0),"
                       " card_scheme TEXT NOT NULL DEFAULT '', reference TEXT NOT NULL DEFAULT '',"
                       " PRIMARY KEY (return_id, line_no)) WITHOUT ROWID"),
        // What the fiscal register answered for a sale or a return, one row per attempt; the last
        // attempt is the document's fiscal status (none yet: not sent).
        QStringLiteral("CREATE TABLE fiscal_attempts ("
                       " seq INTEGER PRIMARY KEY,"
                       " id TEXT NOT NULL UNIQUE,"
                       " document_type TEXT NOT NULL CHECK (document_type IN ('sale', 'return')),"
                       " document_id TEXT NOT NULL,"
                       " status TEXT NOT NULL CHECK (status IN ('sent', 'failed')),"
                       " fiscal_number TEXT NOT NULL DEFAULT '',"
                       " register_number TEXT NOT NULL DEFAULT '',"
                       " qr_payload TEXT NOT NULL DEFAULT '',"
                       " fiscal_at TEXT,"
                       " error TEXT NOT NULL DEFAULT '',"
                       " at TEXT NOT NULL,"
                       "%1)")
            .arg(OriginColumns),
        QStringLiteral("CREATE INDEX fiscal_attempts_document ON fiscal_attempts(document_id, seq)"),
        // A cart put aside to serve another customer: a draft, removed when it is recalled.
        QStringLiteral("CREATE TABLE parked_carts ("
                       " seq INTEGER PRIMARY KEY,"
                       " id TEXT NOT NULL UNIQUE,"
                       " user_id TEXT NOT NULL REFERENCES users(id),"
                       " parked_at TEXT NOT NULL,"
                       " label TEXT NOT NULL DEFAULT '',"
                       " cart TEXT NOT NULL,"  // JSON: the lines and discounts
                       "%1)")
            .arg(OriginColumns),
    };
    statements << appendOnly({QStringLiteral("shifts"), QStringLiteral("z_reports"), QStringLiteral("cash_movements"),
                              QStringLiteral("receipt_numbers"), QStringLiteral("sales"), QStringLiteral("sale_lines"),
                              QStringLiteral("sale_payments"), QStringLiteral("returns"),
                              QStringLiteral("return_lines"), QStringLiteral("return_payments"),
                              QStringLiteral("fiscal_attempts")});
    return SqlQuery::execAll(context.db, statements);
}

} // namespace ovop
