// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// The figures kept beside the ledger for the reports, made again when they differ from it.
#pragma once

#include <QCoreApplication>
#include <QStringList>

#include "models/core/Result.h"

namespace ovop {

class Database;
struct Session;

// The sales' daily figures (SalesRollup), the producers' daily money (ProducerRollup) and the
// products' daily sales (ProductRollup) are kept by every sale and return; `ovopctl check` compares
// each with the ledger. When one differs (edited behind the program's back, say), repair() makes
// it again from the ledger: `ovopctl check --repair`.
class ReportFigures
{
    Q_DECLARE_TR_FUNCTIONS(ReportFigures)

public:
    // Rebuilds each set of figures that differs from the ledger, all in one transaction, with an
    // audit entry "reports.rebuild" naming them (their check steps: sales-rollup,
    // producer-rollup, product-rollup); nothing when all agree. Only an administrator may.
    // Returns the names of those rebuilt.
    static Result<QStringList> repair(Database& db, const Session& actor);
};

} // namespace ovop
