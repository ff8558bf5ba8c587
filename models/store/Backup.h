// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include "models/core/Result.h"
#include "models/store/Database.h"

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
    // Every copy is audited; a copy whose audit entry cannot be written is removed again.
    Status backup(const Session& actor, const QString& file);
    // The GUI's automatic copy: <database folder>/backups/<name>-YYYY-MM-DD.sqlite, at most one a
    // day, keeping the newest DailyBackupsKept. Returns the file written, or empty if today's exists.
    Result<QString> rotateDaily();
    // A rotating backup now, beside the daily ones (named with the time when today's exists); it
    // is one more witness of the audit log. Needs Permission::Backup.
    Result<QString> rotateNow(const Session& actor);
    // The rotating backups, newest first; none before the first was taken. An error when the backup
    // folder is there but cannot be listed (not a folder, or not readable by this user).
    Result<QStringList> dailyBackups() const;
    static Result<QStringList> rotatingBackups(const QString& databasePath);

    // The administrator who restores: a name and a PIN, checked against the live database when it
    // opens, otherwise (damaged, not a shop database, missing) against the backup being restored.
    struct Credentials
    {
        QString name;
        QString pin;
    };

    // Replaces the database at databasePath with the backup in file. The backup must be an intact
    // shop database of a version this application can open; the restored database is prepared in a
    // file of its own, upgraded, and given its audit entry (naming the administrator) before it
    // takes the database's place, so that a restore cut short at any moment leaves either the old
    // database or the new one with its entry. A database that opens is taken exclusively (refused
    // while any other program has it open), copied aside whole (PATH.before-restore-<time>) and
    // overwritten in one SQLite transaction; one that does not open is kept aside under that name
    // and the new file renamed into its place. A database that is busy, read-only or cannot be read
    // is never taken for damaged: the restore is refused with that reason. savedCopy receives the
    // path of the copy put aside (empty when there was no database).
    static Status restore(const QString& databasePath, const QString& file, const Credentials& admin,
                          const OpenOptions& options = {}, QString* savedCopy = nullptr);

private:
    Result<QString> writeRotating(const Session* actor, bool onDemand);
    void pruneRotating();

    Database& m_db;
};

} // namespace ovop
