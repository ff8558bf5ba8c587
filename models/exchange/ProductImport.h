// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include "models/catalog/Import.h"
#include "models/catalog/Product.h"
#include "models/core/Result.h"
#include "models/exchange/ImportPlan.h"

namespace ovop {

class Database;
struct Session;

using ProductImportPlan = ImportPlan<Product>;

// Loads the catalogue from a CSV file as spreadsheets save it (see Csv): first a plan to preview
// (every row as the product it would become, new / changed / unchanged, and every problem with its
// line and column), then apply() writes it all or nothing through CatalogService::applyImport.
// Columns, matched by name in any order: sku, barcode, name_ky, name_ru, name_en, category, unit,
// price, producer_code, materials, story_ky, story_ru, story_en, tax_group, certificate_number,
// certificate_date, tracks_batches, active, min_level (the minimum level in the product's unit; empty
// keeps it as it is). Required: sku, price and at least one name_ column.
// Columns a file does not carry keep their stored values. Both calls need Permission::EditCatalog.
//
// The Database is used from the calling thread only (Qt SQL connections belong to their thread):
// a GUI that runs the import in a worker thread opens a Database of its own on the same file there.
class ProductImport
{
    Q_DECLARE_TR_FUNCTIONS(ProductImport)

public:
    explicit ProductImport(Database& db);

    // Reads and checks the file; refused (Error) when the file as a whole cannot be used: unreadable,
    // unterminated quote, a required column missing, no rows, or cancelled.
    Result<ProductImportPlan> parseFile(const Session& actor, const QString& path,
                                        const ImportProgress& progress = {}) const;
    Result<ProductImportPlan> parse(const Session& actor, const QByteArray& bytes, const QString& fileName,
                                    const ImportProgress& progress = {}) const;

    // Writes the plan's new and changed rows in one transaction (unchanged rows are counted, not
    // sent). Refused, with nothing changed, when the plan has any problem or the catalogue changed
    // since so that a row no longer fits. Nothing changed and
    // nothing audited when every row is unchanged; otherwise the catalogue writes product.add /
    // product.change per row and one catalog.import entry with the counts.
    Result<ImportSummary> apply(const Session& actor, const ProductImportPlan& plan,
                                const ImportProgress& progress = {});

    // "sku", "price", "name_ky | name_ru | name_en": for messages and the README.
    static QStringList requiredColumns();
    // Other names accepted for columns (folded name -> field key), e.g. "barcodes" -> "barcode".
    static QHash<QString, QString> columnAliases();

private:
    Database& m_db;
};

} // namespace ovop
