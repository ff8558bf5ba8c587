// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "models/core/Money.h"
#include "models/core/Result.h"
#include "models/stock/StockQuery.h"

namespace ovop {

class Database;
struct Session;

// The stock of one category or one producer: products with something on hand and their value.
struct StockGroupRow
{
    QString key;   // category key, or producer code
    QString label; // in the report's language
    int products = 0;
    Money value; // on hand x shelf price (tax included)
};

// What is on hand now and what it is worth at the shelf prices, as the stock list values it
// (StockQuery: each product's quantity x price, rounded half up), by category and by producer: one
// query values each product with stock and adds them up. Consignment goods are the producers' until
// sold: their value is given apart.
struct StockValue
{
    QString language;
    int products = 0;                // products with stock on hand (non-zero)
    Money value;                     // of all of them
    Money consignmentValue;          // of goods of consignment producers
    QList<StockGroupRow> byCategory; // largest value first
    QList<StockGroupRow> byProducer; // largest value first
};

// The active products below their minimum level now (MinLevels; as the stock list and the reorder
// list flag them), the emptiest first: by what is on hand as a share of the minimum, then by SKU.
struct LowStock
{
    int count = 0;
    QList<StockRow> rows;
};

// Needs Permission::ViewReports.
class StockReport
{
    Q_DECLARE_TR_FUNCTIONS(StockReport)

public:
    explicit StockReport(Database& db);

    Result<StockValue> build(const Session& actor, const QString& language) const;
    Result<LowStock> lowStock(const Session& actor) const;

    // The statement behind the report: one row per category with stock on hand (grouping 0: key,
    // names, products, value, consignment goods' value) and per producer (grouping 1: code, name,
    // products, value), for measuring it against the same SQL run by bare SQLite.
    static QString sql();

private:
    Database& m_db;
};

} // namespace ovop
