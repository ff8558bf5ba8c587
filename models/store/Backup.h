// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include "core/Result.h"
#include "store/Database.h"

namespace ovop {

struct Session;

// Consistent copies through SQLite's online backup API, safe while the GUI is writing.
class BackupService
{
    Q_DECLARE_TR_FUNCTIONS(BackupService)

public:
    static constexpr int DailyBackupsKept = 14;

    explicit BackupService(Database& db);

    // A copy of the live database into file (refused if file exists). Needs Permission::Backup.
    Status backup(const Session& actor, const QString& file);
    // The GUI's automatic copy: <database folder>/backups/<name>-YYYY-MM-DD.sqlite, at most one a
    // day, keeping the newest DailyBackupsKept. Returns the file written, or empty if today's exists.
    Result<QString> rotateDaily();
    QStringList dailyBackups() const;

    // Replaces the database at databasePath with the backup in file, after checking that file is
    // an intact shop database of a version this application can open. Nothing is replaced when the
    // check fails. The current database is first copied beside it (PATH.before-restore-<time>).
    // When the current database opens, actor must hold Permission::Restore; a database that does not
    // open (damaged) is moved aside whole and needs no session. Refused while the GUI holds the
    // database (InstanceLock). The restore is audited in the restored database. options gives the
    // clock and ids used for the restored database; savedCopy receives the path of the copy put
    // aside (empty when there was no database).
    static Status restore(const QString& databasePath, const QString& file, const Session* actor,
                          const OpenOptions& options = {}, QString* savedCopy = nullptr);

private:
    Database& m_db;
};

} // namespace ovop
