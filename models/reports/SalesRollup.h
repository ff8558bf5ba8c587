// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// The sales figures of every local day, kept beside the ledger for the reports and the dashboard.
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include "models/core/Result.h"
#include "models/store/Migrations.h"

namespace ovop {

// sales_rollup holds, for each origin shop, local day, grouping of the sales report and group
// of it, the number of sales with something in the group, their amount in the group, the returns
// of the day in the group and, for the grouping by tax rates, the tax figures. A sale happens on
// one local day, so summing the day's sale counts over a period still counts each sale once per
// group. Keys (shops, categories, producers, villages, oblasts, payment methods, users, rates)
// are integers of report_keys, a dictionary of their texts.
//
// It is a cache of the sales and returns ledger: every sale and return adds its part in the same
// transaction that records it (addSale, addReturn, also for sales imported from another shop),
// schema step 7 fills it for the ledger already there, rebuild() makes it again after a bulk
// write, and problems() compares it with the ledger for `ovopctl check`.
class SalesRollup
{
    Q_DECLARE_TR_FUNCTIONS(SalesRollup)

public:
    // The groupings kept: SalesReport::Grouping's values, then the tax rates of the sales.
    enum : int { Day = 0, Category, Oblast, Village, Producer, Payment, Cashier, Rates };

    explicit SalesRollup(const QSqlDatabase& db);

    // Adds one recorded sale's or return's part (inside the caller's transaction), here, to the
    // producers' money of the day (ProducerRollup) and to the products' sales of the day
    // (ProductRollup).
    Status addSale(const QString& saleId) const;
    Status addReturn(const QString& returnId) const;
    // Empties the rollup and fills it again from the whole ledger (in one transaction).
    Status rebuild() const;
    // The differences between the rollup and the ledger, translated; empty when they agree.
    Result<QStringList> problems() const;

    // The local day of a stored UTC time as the integer YYYYMMDD, in SQL.
    static QString daySql(const QString& timeExpr);
    // The statements addSale runs (parameter :id, the sale's id), for measuring against bare SQLite:
    // its own, then ProducerRollup::saleStatements() and ProductRollup::saleStatements().
    static QStringList saleStatements();

private:
    static QStringList statements(const QString& salesWhere, const QString& returnsWhere, bool whole);
    QSqlDatabase m_db;
};

// Schema step 7, "sales rollup": creates sales_rollup and report_keys and fills them from the
// ledger. Part of a released schema step once released: never change it then, add a new step.
Status createSalesRollup(const MigrationContext& context);

} // namespace ovop
