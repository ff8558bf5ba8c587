// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <functional>
#include <vector>

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace ovop {

class Database;

// One check of `ovopctl check`: returns the translated problems it found (empty when all is well).
struct IntegrityStep
{
    QString name; // "sqlite", "foreign-keys", "audit", "stock-levels", ...
    std::function<QStringList(Database&)> run;
};

// The checks of a shop database, in order. A later capability adds its ledger check as one more
// entry of this list (audit/IntegrityCheck.cpp).
const std::vector<IntegrityStep>& integritySteps();

// Runs the steps and collects every problem; empty when the database is sound.
QStringList checkIntegrity(Database& db, const std::vector<IntegrityStep>& steps = integritySteps());

// The built-in checks, usable on their own.
class IntegrityCheck
{
    Q_DECLARE_TR_FUNCTIONS(IntegrityCheck)

public:
    static QStringList sqliteIntegrity(Database& db); // PRAGMA integrity_check
    static QStringList foreignKeys(Database& db);     // PRAGMA foreign_key_check
    static QStringList auditChain(Database& db);      // AuditLog::verify()
    static QStringList stockLevels(Database& db);     // stock_levels equal to the sums of the ledger
    static QStringList stockDocuments(Database& db);  // every movement's document exists
    static QStringList shiftCash(Database& db);       // Z reports agree with their shifts' records
    static QStringList salesRollup(Database& db);     // the reports' daily figures equal the ledger's
    static QStringList producerRollup(Database& db);  // the producers' daily money equals the ledger's
    static QStringList productRollup(Database& db);   // the products' daily sales equal the ledger's
};

} // namespace ovop
