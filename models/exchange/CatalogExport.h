// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QChar>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include "models/catalog/Producer.h"
#include "models/catalog/Product.h"
#include "models/core/Result.h"
#include "models/io/Csv.h"
#include "models/store/FileGuard.h"

namespace ovop {

class Database;
struct Session;

struct ExportOptions
{
    // ',' by default. ';' suits Excel in a Russian or Kyrgyz locale (opened by a double click); the
    // amounts are then written with a decimal comma. Import reads both.
    QChar delimiter = QLatin1Char(',');
    // The language of village, district and oblast names in the producer file (any is read back).
    QString language = QStringLiteral("ru");
    // Whether an existing file may be replaced (the user confirmed it, or said --force).
    Overwrite overwrite = Overwrite::Refuse;
};

// Writes the product and producer files that ProductImport and ProducerImport read, in UTF-8 with
// a BOM: exporting and importing again gives back the same catalogue.
class CatalogExport
{
    Q_DECLARE_TR_FUNCTIONS(CatalogExport)

public:
    explicit CatalogExport(Database& db);

    // Every product, active and archived.
    static ProductFilter allProducts();
    // Every producer, active and archived.
    static ProducerFilter allProducers();

    // The columns of ProductField::all(), one row per product, in the order of the filter's listing.
    Result<CsvWriter> products(const ProductFilter& filter = allProducts(), const ExportOptions& options = {}) const;
    // Saves the file; the number of products written.
    Result<int> saveProducts(const QString& path, const ProductFilter& filter = allProducts(),
                             const ExportOptions& options = {}) const;

    // The columns of ProducerField::all() plus district and oblast (read back to tell apart villages of
    // the same name). Needs Permission::ViewCatalog (phones and payment details).
    Result<CsvWriter> producers(const Session& actor, const ProducerFilter& filter = allProducers(),
                                const ExportOptions& options = {}) const;
    Result<int> saveProducers(const Session& actor, const QString& path, const ProducerFilter& filter = allProducers(),
                              const ExportOptions& options = {}) const;

    // One product as a row of the file (columns of ProductField::all()).
    static QStringList productRow(const Product& product, const ExportOptions& options = {});
    static QStringList producerHeader();

private:
    Database& m_db;
};

} // namespace ovop
