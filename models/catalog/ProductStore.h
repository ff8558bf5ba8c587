// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// The SQL of products, shared by the catalogue service's files. Not for use outside models/catalog.
#pragma once

#include <optional>

#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QVariant>

#include "catalog/Product.h"
#include "core/Result.h"

namespace ovop {

class Database;
class SqlQuery;

namespace ProductStore {

// A text for a NOT NULL column: a null QString becomes '' (QtSql binds a null string as NULL).
inline QString text(const QString& value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

// SELECT ... FROM products p JOIN producers pr JOIN villages v JOIN oblasts o: the columns
// readProduct() expects. Append WHERE / ORDER BY.
QString selectSql();
Product readProduct(const SqlQuery& q);

std::optional<Product> loadBy(Database& db, const QString& where, const QString& placeholder, const QVariant& value);
std::optional<Product> loadById(Database& db, const QString& id);
std::optional<Product> loadBySku(Database& db, const QString& sku);
std::optional<Product> loadByBarcode(Database& db, const QString& barcode);
// The product (id) holding a barcode, or empty.
QString barcodeOwner(Database& db, const QString& barcode);
QString skuOwner(Database& db, const QString& sku);
QString producerIdOfCode(Database& db, const QString& code);
bool categoryExists(Database& db, const QString& key);

// Trims the text fields, drops empty barcodes.
Product normalised(const Product& product);
// Fills producerId from producerCode (or the code from the id). False when the producer is unknown.
bool resolveProducer(Database& db, Product& product);
bool hasMovements(Database& db, const QString& productId);

// Inserts (isNew) or updates the row, its barcodes (when changed) and its search words. Fills in
// id and timestamps of a new product. Inside the caller's transaction.
Status write(Database& db, Product& product, const Product* before);
Status erase(Database& db, const Product& product);
// Rewrites the search words of the products that match a condition on p / pr / v (bound values).
Status reindex(Database& db, const QString& where, const QString& placeholder, const QVariant& value);

// Each field by its ProductField key, as JSON (price in tyiyn, barcodes joined by spaces).
QJsonObject fieldValues(const Product& product);
// {field: {"old": ..., "new": ...}} of the fields that differ (only those in `fields` when given).
QJsonObject changes(const Product& before, const Product& after, const QSet<QString>& fields = {});

} // namespace ProductStore

} // namespace ovop
