// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// The producers' money of every local day, kept beside the ledger for the producers' money and
// impact reports.
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include "models/core/Result.h"
#include "models/store/Migrations.h"

namespace ovop {

// producer_rollup holds, for each origin shop, local day, producer and statement (none: ''), the
// number of sale and return lines of the producer's goods, what they sold for, what came back and
// the shop's commission on them as the producers' money report counts it whatever the producer's
// terms: a line on a statement with the statement's commission, any other at the rate a statement
// would take today (the category override, else the producer's rate, rounded per line); a
// return's commission counts against the sales. Shops, producers and statements are integers of
// report_keys. The report decides when it runs whether a producer sells on consignment and
// whether a statement has been paid (from the producers and payouts tables, which are small).
//
// It is a cache of the sale, return and statement lines: SalesRollup::addSale and addReturn add a
// sale's or a return's lines in the same transaction that records it; triggers move a line to its
// statement's row when a statement takes it and work out a producer's rows again when its rate,
// its overrides or a category of its goods change; schema step 8 fills it for the ledger already
// there, rebuild() makes it again after a bulk write, and problems() compares it with the ledger
// for `ovopctl check`.
class ProducerRollup
{
    Q_DECLARE_TR_FUNCTIONS(ProducerRollup)

public:
    explicit ProducerRollup(const QSqlDatabase& db);

    // Adds one recorded sale's or return's lines (inside the caller's transaction), after
    // SalesRollup has added its keys (SalesRollup::addSale and addReturn call these).
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

// Schema step 8, "producers' money rollup": creates producer_rollup, its triggers and an index of
// the sale lines by producer, and fills it from the ledger. Part of a released schema step once
// released: never change it then, add a new step.
Status createProducerRollup(const MigrationContext& context);

} // namespace ovop
