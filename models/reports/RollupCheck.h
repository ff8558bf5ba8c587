// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include "models/core/Result.h"

namespace ovop {

// One row that only one side gives: the ledger's (the kept row is missing or differs) or the kept
// rollup's (a row the ledger does not give), named by its first four columns.
struct RollupDifference
{
    bool fromLedger = true;
    QStringList key;
};

struct RollupDifferences
{
    QList<RollupDifference> rows; // at most the limit asked for
    bool more = false;            // and there are more
};

// Compares a kept rollup with the same figures worked out from the ledger: two queries of the
// same columns, the first four naming the row; orderBy orders the result's columns (the side is
// column 1, the key columns 2 to 5). For `ovopctl check`, which words the differences.
Result<RollupDifferences> rollupDifferences(const QSqlDatabase& db, const QString& ledgerSql, const QString& keptSql,
                                            const QString& orderBy, int limit = 20);

} // namespace ovop
