// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// The SQL of products, shared by the catalogue's files. Not for use outside models/.
#pragma once

#include <initializer_list>
#include <memory>
#include <optional>
#include <utility>

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QVariant>

#include "models/catalog/Product.h"
#include "models/core/Result.h"

namespace ovop {

class Database;
class SqlQuery;

// Reads and writes product rows. Keeps its statements prepared for as long as it lives, so a
// service holding one (the catalogue) pays for compiling each statement once; a short-lived one
// is fine for single calls.
class ProductStore
{
public:
    using Binds = std::initializer_list<std::pair<QString, QVariant>>;

    explicit ProductStore(Database& db);
    ~ProductStore();
    ProductStore(const ProductStore&) = delete;
    ProductStore& operator=(const ProductStore&) = delete;

    // SELECT ... FROM products p JOIN producers pr JOIN villages v JOIN oblasts o: the columns
    // readProduct() expects. Append WHERE / ORDER BY.
    static QString selectSql();
    static Product readProduct(const SqlQuery& q);

    // Reads answer an error when the database failed, and nullopt, empty or false when there is
    // nothing: absence is an answer, a failed read is not.
    Result<std::optional<Product>> loadOne(const QString& where, Binds binds);
    Result<std::optional<Product>> loadById(const QString& id);
    Result<std::optional<Product>> loadBySku(const QString& sku);
    // By any spelling of the barcode (UPC-A as EAN-13 and back).
    Result<std::optional<Product>> loadByBarcode(const QString& barcode);
    // The id of the product holding a barcode (any spelling) or SKU, or empty.
    Result<QString> barcodeOwner(const QString& barcode);
    Result<QString> skuOwner(const QString& sku);
    // The id of the producer with this code, or empty.
    Result<QString> producerIdOfCode(const QString& code);
    Result<bool> producerExists(const QString& id);
    Result<bool> categoryExists(const QString& key);
    // nullopt when there is no such product.
    Result<std::optional<Unit>> unitOf(const QString& productId);
    Result<bool> hasMovements(const QString& productId);

    // What the till needs of the product holding a barcode (any spelling), with one narrow query.
    Result<std::optional<SaleItem>> saleItemByBarcode(const QString& barcode);

    // While one lives, the answers that cannot change inside the caller's write transaction (a
    // producer's id by code, its search words, whether a category exists) are remembered: an
    // import asks them for every row. Create it only inside a transaction that stays open for its
    // whole life.
    class Bulk
    {
    public:
        explicit Bulk(ProductStore& store) : m_store(store) { m_store.m_bulk = true; }
        ~Bulk();
        Bulk(const Bulk&) = delete;
        Bulk& operator=(const Bulk&) = delete;

    private:
        ProductStore& m_store;
    };

    // Trims the text fields, drops empty barcodes.
    static Product normalised(const Product& product);
    // Fills producerId from producerCode (or the code from the id). False when the producer is unknown.
    Result<bool> resolveProducer(Product& product);

    // Inserts (before == nullptr) or updates the row, its barcodes (when changed) and its search
    // words. Fills in id and timestamps of a new product. Inside the caller's transaction.
    Status write(Product& product, const Product* before);
    Status erase(const Product& product);
    // Rewrites the search words of the products that match a condition on p / pr / v.
    Status reindex(const QString& where, Binds binds);
    // The search words of a product: its own words and those of its producer and village.
    static QString searchWords(const Product& product, const QString& producerWords);
    // The producer's name and code and its village's names, as indexed with each of its products.
    Result<QString> producerWords(const QString& producerId);

    // Each field by its ProductField key, as JSON (price in tyiyn, barcodes joined by spaces).
    static QJsonObject fieldValues(const Product& product);
    // {field: {"old": ..., "new": ...}} of the fields that differ (only those in `fields` when given).
    static QJsonObject changes(const Product& before, const Product& after, const QSet<QString>& fields = {});

private:
    // The statement for sql, prepared on first use, values bound; executed by the caller.
    SqlQuery& prepared(const QString& sql, Binds binds);
    // Runs a query and returns the first column of its first row (invalid when there is none).
    Result<QVariant> scalar(const QString& sql, Binds binds);

    // Writes the search words of the product stored with rowid seq from the values given.
    Status writeSearchWords(const QVariant& seq, const Product& product, bool replace);

    Database& m_db;
    QHash<QString, std::shared_ptr<SqlQuery>> m_statements;
    bool m_bulk = false;
    QHash<QString, QString> m_producerIds;   // while Bulk: code as given -> id (empty: unknown)
    QHash<QString, QString> m_producerWords; // while Bulk: id -> producerWords()
    QHash<QString, bool> m_categories;       // while Bulk: key -> exists
};

} // namespace ovop
