// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// The sales of every product on every local day, kept beside the ledger for the dashboard's top
// and slow products.
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include "models/core/Result.h"
#include "models/store/Migrations.h"

namespace ovop {

// product_rollup holds, for each local day, origin shop and product, the number of sales with the
// product on them, the quantity sold (thousandths) and what it sold for (tyiyn, after discounts),
// and the quantity and money of the returns of that day. A sale happens on one local day, so the
// days' sale counts add up to the period's. Its key is the day first: a period of every shop is
// one range of rows, and a period of one shop the same range with the others passed over. Shops
// and products are integers of report_keys.
//
// It is a cache of the sales and returns ledger, like SalesRollup: SalesRollup::addSale and
// addReturn add a sale's or return's lines through it in the same transaction that records it;
// the product a line names never changes, so nothing else moves its rows. Schema step 9 fills it
// for the ledger already there, rebuild() makes it again after a bulk write, and problems()
// compares it with the ledger for `ovopctl check`.
class ProductRollup
{
    Q_DECLARE_TR_FUNCTIONS(ProductRollup)

public:
    explicit ProductRollup(const QSqlDatabase& db);

    // Adds one recorded sale's or return's lines (inside the caller's transaction), after
    // SalesRollup has added the shop's key.
    Status addSale(const QString& saleId) const;
    Status addReturn(const QString& returnId) const;
    // Empties the rollup and fills it again from the whole ledger (in one transaction).
    Status rebuild() const;
    // The differences between the rollup and the ledger, translated; empty when they agree.
    Result<QStringList> problems() const;

    // The statements addSale runs (parameter :id, the sale's id), for measuring against bare SQLite.
    static QStringList saleStatements();

private:
    QSqlDatabase m_db;
};

// Schema step 9, "product sales rollup": creates product_rollup and fills it from the ledger. Part
// of a released schema step once released: never change it then, add a new step.
Status createProductRollup(const MigrationContext& context);

} // namespace ovop
