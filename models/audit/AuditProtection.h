// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include "models/core/Result.h"

namespace ovop {

class Database;
struct Session;

// What keeps the audit log honest beyond its hash chain.
//
// The triggers that refuse UPDATE and DELETE on the log: a database whose triggers were dropped or
// altered is refused until an administrator repairs them (`ovopctl check --repair`). And witnesses:
// the newest entry of each rotating backup must stand, unchanged, in the live log; a log whose
// newest entries were deleted, or that was rewritten and hashed anew, no longer holds it.
class AuditProtection
{
    Q_DECLARE_TR_FUNCTIONS(AuditProtection)

public:
    // The statements that create the triggers.
    static QStringList triggerStatements();
    // Missing, altered or additional triggers on the log; empty when they are as created.
    static QStringList triggerProblems(const QSqlDatabase& db);
    // Recreates the triggers as created and logs what it found. Needs an administrator.
    static Status repair(Database& db, const Session& actor);

    // A rotating backup whose newest audit entry the live log does not hold unchanged.
    struct Witness
    {
        QString file;
        qint64 seq = 0;
        QString problem; // translated; empty when the live log holds the entry
    };
    static QList<Witness> witnesses(Database& db, const QStringList& backups);
    // The problems of the rotating backups of db as witnesses.
    static QStringList witnessProblems(Database& db);
};

} // namespace ovop
