// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// BackupService::restore: a backup takes the database's place, whole or not at all.
#include <cstdio>

#include <sqlite3.h>
#include <unistd.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSqlQuery>

#include "audit/AuditLog.h"
#include "audit/AuditProtection.h"
#include "people/Session.h"
#include "people/UserService.h"
#include "store/Backup.h"
#include "store/BackupCopy.h"
#include "store/InstanceLock.h"
#include "store/Sql.h"

namespace ovop {

using namespace backup_detail;

namespace {

Error notRestored(const Error& error)
{
    Error e = error;
    e.message = BackupService::tr("Nothing was restored: %1").arg(error.message);
    return e;
}

// Only what SQLite itself calls damaged, or what is not a shop database of this version, may be
// replaced without opening it; a busy, read-only or unreadable database must be dealt with first.
bool mayBeReplacedUnopened(const Error& error)
{
    return error.kind == ErrorKind::Damaged || error.kind == ErrorKind::Refused;
}

Result<Session> administrator(Database& db, const BackupService::Credentials& admin)
{
    if (admin.name.trimmed().isEmpty())
        return Error{BackupService::tr("Log in as an administrator to restore a database; nothing was restored."),
                     {},
                     {},
                     ErrorKind::Permission};
    auto session = UserService(db).login(admin.name, admin.pin);
    if (!session)
        return notRestored(session.error());
    if (!session->can(Permission::Restore))
        return Roles::refusal(Permission::Restore);
    return session;
}

// In WAL mode every open connection keeps a shared lock on the database file until it closes, so
// an exclusive lock proves that no other program has the database open, and keeps it so.
Status takeExclusively(Database& live)
{
    // A program that has the database open is not closing it within the second: say so soon.
    for (const char* sql : {"PRAGMA busy_timeout=1000", "PRAGMA locking_mode=EXCLUSIVE", "BEGIN EXCLUSIVE", "COMMIT"}) {
        QSqlQuery q(live.sql());
        if (!q.exec(QString::fromLatin1(sql))) {
            Error e = databaseError(q.lastError());
            QSqlQuery(live.sql()).exec(QStringLiteral("ROLLBACK"));
            if (e.kind == ErrorKind::Busy)
                e.message = BackupService::tr("The database is open in another program (the shop application or "
                                              "another ovopctl). Close it there first.");
            return notRestored(e);
        }
    }
    return {};
}

bool sameFile(const QString& a, const QString& b)
{
    return QFileInfo(a).canonicalFilePath() == QFileInfo(b).canonicalFilePath();
}

// Keeps the unopened database aside under the name aside without its name ever going missing: a
// hard link first (a copy where links are not possible), then its logs are moved beside it, since
// a log left beside the new file would be replayed into it.
Status keepAside(const QString& target, const QString& aside)
{
    if (::link(QFile::encodeName(target).constData(), QFile::encodeName(aside).constData()) != 0 &&
        !QFile::copy(target, aside))
        return Error{BackupService::tr("%1 cannot be kept aside, so nothing was restored.").arg(native(target)),
                     {},
                     {},
                     ErrorKind::Storage};
    for (const char* suffix : {"-wal", "-shm"}) {
        const QString log = target + QLatin1String(suffix);
        if (QFileInfo::exists(log) && !QFile::rename(log, aside + QLatin1String(suffix)))
            return Error{BackupService::tr("%1 cannot be moved aside, so nothing was restored.").arg(native(log)),
                         {},
                         {},
                         ErrorKind::Storage};
    }
    return {};
}

} // namespace

Status BackupService::restore(const QString& databasePath, const QString& file, const Credentials& admin,
                              const OpenOptions& options, QString* savedCopyOut)
{
    const QString target = QFileInfo(databasePath).absoluteFilePath();
    const QString source = QFileInfo(file).absoluteFilePath();
    if (source == target || sameFile(source, target))
        return Error{tr("%1 is the database itself; choose a backup file.").arg(native(file))};

    // 1. The candidate: an intact shop database of a version this application can open.
    auto candidate = Database::inspect(source);
    if (!candidate)
        return notRestored(candidate.error());
    if (!candidate->exists)
        return Error{tr("There is no file %1; nothing was restored.").arg(native(file))};
    if (candidate->empty)
        return Error{tr("%1 holds no shop data; nothing was restored.").arg(native(file))};

    // 2. No GUI may be working on the database meanwhile.
    auto lock = InstanceLock::acquire(target);
    if (!lock)
        return notRestored(lock.error());

    // 3. The database as it is: it opens, or SQLite says it is not one of ours or damaged.
    std::unique_ptr<Database> live;
    auto current = Database::inspect(target);
    if (!current && !mayBeReplacedUnopened(current.error()))
        return notRestored(current.error());
    if (current && current->exists && !current->empty) {
        OpenOptions liveOptions = options;
        liveOptions.allowAuditRepair = true; // its administrator decides, even if its log lost protection
        auto opened = Database::open(target, liveOptions);
        if (opened)
            live = std::move(opened).value();
        else if (!mayBeReplacedUnopened(opened.error()))
            return notRestored(opened.error());
    }
    const bool hasOld = live || QFileInfo::exists(target);
    const QString aside = freeName(target + QStringLiteral(".before-restore-") +
                                   options.clock->now().toString(QStringLiteral("yyyyMMdd-HHmmss")));

    // 4. The new database, complete with its audit entry, in a file of its own beside the old one.
    const QString prepared = freeName(target + QStringLiteral(".restoring"));
    QStringList superseded; // rotating backups of a history the restored log does not continue
    auto removePrepared = qScopeGuard([&prepared] {
        for (const char* suffix : {"", "-wal", "-shm"})
            QFile::remove(prepared + QLatin1String(suffix));
    });
    {
        sqlite3* fresh = nullptr;
        Status s;
        if (sqlite3_open_v2(QFile::encodeName(prepared).constData(), &fresh, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                            nullptr) != SQLITE_OK)
            s = Error{tr("The file %1 cannot be written.").arg(native(prepared)),
                      sqliteMessage(fresh),
                      {},
                      ErrorKind::Storage};
        else
            s = copyFromFile(source, fresh);
        sqlite3_close(fresh);
        if (!s)
            return notRestored(s.error());
    }
    {
        auto restored = Database::open(prepared, options); // upgraded here when the backup is older
        if (!restored)
            return notRestored(restored.error());
        auto actor = administrator(live ? *live : *restored.value(), admin);
        if (!actor)
            return actor.error();
        if (live) {
            if (auto s = takeExclusively(*live); !s)
                return s;
        }
        const QJsonObject details{{QStringLiteral("file"), source},
                                  {QStringLiteral("saved_copy"), hasOld ? aside : QString()},
                                  {QStringLiteral("backup_version"), candidate->version}};
        if (auto s = AuditLog(*restored.value()).append(&actor.value(), QStringLiteral("restore"), details); !s)
            return notRestored(s.error());
        for (const auto& w : AuditProtection::witnesses(*restored.value(), rotatingBackups(target)))
            if (!w.problem.isEmpty())
                superseded << w.file;
    } // closed: its log is checkpointed into the file

    // 5. The new database takes the old one's place in one step.
    if (live) {
        if (auto s = writeCopy(live->handle(), aside); !s)
            return Error{tr("The current database could not be saved aside, so nothing was restored.") +
                             QLatin1Char(' ') + s.message(),
                         s.error().detail,
                         {},
                         s.error().kind};
        if (auto s = copyFromFile(prepared, live->handle()); !s)
            return notRestored(s.error());
        live.reset();
    } else {
        if (hasOld) {
            if (auto s = keepAside(target, aside); !s)
                return s;
        }
        if (std::rename(QFile::encodeName(prepared).constData(), QFile::encodeName(target).constData()) != 0)
            return Error{tr("The restored database could not take the place of %1; the old one is kept in %2.")
                             .arg(native(target), native(aside)),
                         {},
                         {},
                         ErrorKind::Storage};
    }
    // 6. Rotating backups newer than the restored one hold entries the restored log does not: they
    // are kept, apart, so that they no longer stand as witnesses of this log.
    if (!superseded.isEmpty()) {
        const QDir folder(QFileInfo(superseded.first()).absolutePath());
        const QString apart =
            QStringLiteral("superseded-") + options.clock->now().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        folder.mkpath(apart);
        for (const QString& file : std::as_const(superseded))
            QFile::rename(file, folder.absoluteFilePath(apart + QLatin1Char('/') + QFileInfo(file).fileName()));
    }
    if (savedCopyOut)
        *savedCopyOut = hasOld ? aside : QString();
    return {};
}

} // namespace ovop
