// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <memory>
#include <optional>

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include "models/catalog/Import.h"
#include "models/catalog/Product.h"
#include "models/core/Result.h"

namespace ovop {

class Database;
class ProductStore;
struct Session;

// The product catalogue: find, list, add, change, archive, import.
//
// Reads take no session: the catalogue is what is on the shelf, every user (and the till before
// anyone logs in, and a price checker) may look products up. Every change takes the acting
// Session, needs Permission::EditCatalog and is written to the audit log in the same transaction:
// product.add (all fields), product.change (for each changed field its old and new value, by the
// keys of ProductField), product.archive, product.reactivate, product.remove, product.import
// (counts; plus product.add / product.change per row that changed).
//
// Search: an exact barcode (any spelling of a UPC-A/EAN-13), an exact SKU, or words: every word
// typed must begin a word of the SKU, the name in any language, the materials, the producer's name
// or code, or the village's or oblast's name. Case-insensitive for every alphabet including the
// Kyrgyz letters Ң Ө Ү (folded with QString::toCaseFolded); "ё" matches "е". Exact barcode and SKU
// hits come first, then name matches sorted by name in the session language.
class CatalogService
{
    Q_DECLARE_TR_FUNCTIONS(CatalogService)

public:
    explicit CatalogService(Database& db);
    ~CatalogService();
    CatalogService(const CatalogService&) = delete;
    CatalogService& operator=(const CatalogService&) = delete;

    // --- Reads (no session) ---
    // Lookups answer nullopt when no product has the code (a scanned code not in the catalogue is
    // normal), and an error when the database failed.
    // By any of the product's barcodes (indexed; archived products too, so a return can find
    // them: check Product::active before selling).
    Result<std::optional<Product>> findByBarcode(const QString& code) const;
    // The same product as findByBarcode(), with only what a cart line needs, read with one narrow
    // query: for the till's scanner. Archived products are found too (SaleItem::active is false).
    Result<std::optional<SaleItem>> lookupForSale(const QString& code) const;
    Result<std::optional<Product>> findBySku(const QString& sku) const;
    // A product that does not exist is ErrorKind::NotFound.
    Result<Product> get(const QString& id) const;
    // Text as typed in a search box; an empty text lists by the filter. language orders results.
    // Lists and counts are an error when the database failed, never an empty list.
    Result<QList<Product>> search(const QString& text, const ProductFilter& filter = {},
                                  const QString& language = QStringLiteral("ru")) const;
    Result<QList<Product>> list(const ProductFilter& filter = {}, const QString& language = QStringLiteral("ru")) const
    {
        return search(QString(), filter, language);
    }
    // How many products match (for a status line "12 of 3 480").
    Result<int> count(const QString& text, const ProductFilter& filter = {}) const;
    Result<QList<Category>> categories() const;
    // std::nullopt when there is no category with this key.
    Result<std::optional<Category>> category(const QString& key) const;
    // The photo bytes (PNG or JPEG as stored); std::nullopt when the product has none.
    Result<std::optional<QByteArray>> photo(const QString& productId) const;

    // --- Validation without writing ---
    // Whether a product could be saved now (unique SKU and barcodes against the database, the
    // product itself, matched by id, excluded): ok when it can, refused with the problems per field
    // (ErrorKind::Validation) when it cannot, or the database's error when the checks could not
    // read what they need.
    Status validate(const Product& product) const;
    // For importers, per row: as validate(), with the product matched by SKU instead of id (a row
    // with the SKU of an existing product changes it), plus duplicates inside the same file.
    // Records the row's SKU and barcodes in batch. fields: the columns the file carries (keys of
    // ProductField); empty for all.
    Status validateImportRow(const Product& product, ImportBatch& batch, int line,
                             const QSet<QString>& fields = {}) const;

    // --- Changes (Permission::EditCatalog, audited) ---
    // Adds (empty id) or changes (id of an existing product) a product. Refused with the problems
    // per field and nothing changed when anything is wrong.
    Result<Product> save(const Session& actor, const Product& product);
    // The next free in-store EAN-13 ("20" + sequence + check digit), not reserved: for an editor
    // proposing one before saving. Empty when none is free.
    Result<QString> proposeInStoreBarcode() const;
    // Gives the product an in-store EAN-13 (unique in the shop) and saves it; it becomes the
    // primary barcode when the product had none.
    Result<Product> assignInStoreBarcode(const Session& actor, const QString& sku);
    Status archive(const Session& actor, const QString& sku);
    Status reactivate(const Session& actor, const QString& sku);
    // Deletes a product entered by mistake. Refused when it ever moved in the stock ledger (or was
    // sold): archive it instead.
    Status remove(const Session& actor, const QString& sku);
    // Sets (or with empty bytes removes) the product's photo: PNG or JPEG, at most 2 MB.
    Status setPhoto(const Session& actor, const QString& sku, const QByteArray& bytes);

    // The importer's write: in one transaction, all or nothing. Products are matched by SKU; a row
    // equal to the stored product (on the given fields) is left untouched and not audited, so
    // importing the same file twice changes nothing. Fields not in `fields` keep their stored
    // values (defaults for new products). Every row is validated again; on any problem nothing is
    // written and the error lists the SKUs with their problems. dryRun: validate and count only.
    Result<ImportSummary> applyImport(const Session& actor, const QList<Product>& products,
                                      const QSet<QString>& fields = {}, bool dryRun = false);

private:
    // archive() and reactivate(): one audited change of the active flag.
    Status setActive(const Session& actor, const QString& sku, bool active);
    // validate(), with the owner of the SKU already known (empty: nobody) or, when null, looked up.
    Status validate(const Product& product, const QString* skuOwner) const;
    // validateImportRow(), also giving the stored product of the row's SKU and the product as it
    // would be saved.
    Status checkImportRow(const Product& product, ImportBatch& batch, int line, const QSet<QString>& fields,
                          std::optional<Product>& stored, Product& merged) const;

    // The product SQL, its statements prepared once: a scan must not wait for SQL to be compiled.
    ProductStore& store() const;

    Database& m_db;
    mutable std::unique_ptr<ProductStore> m_store;
};

} // namespace ovop
