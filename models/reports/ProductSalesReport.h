// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "models/catalog/Product.h"
#include "models/core/Money.h"
#include "models/core/Quantity.h"
#include "models/core/Result.h"
#include "models/reports/ReportScope.h"

namespace ovop {

class Database;
struct Session;

// One product's sales in a period, and what of it is on the shelf now.
struct ProductSalesRow
{
    QString productId;
    QString sku;
    QString name; // in the scope's language
    Unit unit = Unit::Piece;
    int sales = 0;     // sales with the product on them
    Quantity sold;     // in the period's sales
    Quantity returned; // in the period's returns (whenever it was sold)
    Money amount;      // its lines' amounts, after discounts
    Money returns;     // given back for it in the period
    Quantity onHand;   // now, as the stock list shows it
    Money stockValue;  // onHand x shelf price, as the stock list values it

    Quantity netSold() const { return sold - returned; }
    Money net() const { return amount - returns; }
};

// The products that sold most and least in a period.
//
// Top products: those whose sales less returns of the period (net amount) are above zero, largest
// net amount first (then by SKU).
//
// Slow products: the active products with stock on hand now (above zero), fewest sold in the
// period first: by the quantity sold less the quantity returned in the period (nothing sold
// first), then by the value waiting on the shelf (largest first: more money held up), then by SKU.
// Stock is the database's stock now, whatever the period; the period and the shops choose only
// which sales count.
struct ProductRanking
{
    ReportScope scope;
    int productsSold = 0;    // products with sales in the period
    int productsInStock = 0; // active products with stock on hand
    int unsold = 0;          // of those, how many sold nothing (net) in the period
    QList<ProductSalesRow> top;
    QList<ProductSalesRow> slow;
};

// Needs Permission::ViewReports. The sales come from the products' daily figures (product_rollup,
// see ProductRollup): one aggregate over the period's days, not over the ledger's lines.
class ProductSalesReport
{
    Q_DECLARE_TR_FUNCTIONS(ProductSalesReport)

public:
    static constexpr int DefaultRows = 8;

    explicit ProductSalesReport(Database& db);

    // At most rows products in each list (1 to 1000).
    Result<ProductRanking> build(const Session& actor, const ReportScope& scope, int rows = DefaultRows) const;

    // The statement behind the sold figures (parameters :first_day, :last_day and the scope's
    // shops, see reportsql::bindRollup).
    static QString sql(const ReportScope& scope);

private:
    Database& m_db;
};

} // namespace ovop
