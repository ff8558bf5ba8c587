// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// BackupService::restore: a backup takes the database's place, whole or not at all.
#include <cstdio>

#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSqlQuery>

#include "models/audit/AuditLog.h"
#include "models/audit/AuditProtection.h"
#include "models/people/Session.h"
#include "models/people/UserService.h"
#include "models/store/Backup.h"
#include "models/store/BackupCopy.h"
#include "models/store/InstanceLock.h"
#include "models/store/Sql.h"

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
    return error.kind == ErrorKind::Damaged || error.kind == ErrorKind::Unusable;
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
Status takeExclusively(Database& live, int busyWaitMs)
{
    // A program that has the database open is not closing it within the second: say so soon.
    const QString wait = QStringLiteral("PRAGMA busy_timeout=%1").arg(qMin(busyWaitMs, 1000));
    for (const QString& sql : {wait, QStringLiteral("PRAGMA locking_mode=EXCLUSIVE"), QStringLiteral("BEGIN EXCLUSIVE"),
                               QStringLiteral("COMMIT")}) {
        QSqlQuery q(live.sql());
        if (!q.exec(sql)) {
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

// Whether any process holds a POSIX lock on the file (SQLite's locks on the database or its -shm
// file). This process has neither open, so looking does not disturb anyone's locks.
bool lockedByAnyone(const QString& path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0)
        return false;
    struct flock probe = {};
    probe.l_type = F_WRLCK;
    probe.l_whence = SEEK_SET;
    probe.l_start = 0;
    probe.l_len = 0; // the whole file, and beyond
    const bool locked = ::fcntl(fd, F_GETLK, &probe) == 0 && probe.l_type != F_UNLCK;
    ::close(fd);
    return locked;
}

// Renames in order; on the first failure puts back what was moved and says false.
bool moveAll(const QList<QPair<QString, QString>>& moves)
{
    for (qsizetype i = 0; i < moves.size(); ++i) {
        if (!QFile::rename(moves[i].first, moves[i].second)) {
            for (qsizetype j = i - 1; j >= 0; --j)
                QFile::rename(moves[j].second, moves[j].first);
            return false;
        }
    }
    return true;
}

// Keeps the unopened database aside under the name aside without its name ever going missing (a
// hard link first, a copy where links are not possible), and moves every log of it beside the
// copy, since a log left beside the new file would be replayed into it.
Status keepAside(const QString& target, const QString& aside, bool hasOld)
{
    if (hasOld && ::link(QFile::encodeName(target).constData(), QFile::encodeName(aside).constData()) != 0 &&
        !QFile::copy(target, aside))
        return Error{BackupService::tr("%1 cannot be kept aside, so nothing was restored.").arg(native(target)),
                     {},
                     {},
                     ErrorKind::Storage};
    QList<QPair<QString, QString>> logs;
    for (const char* suffix : {"-wal", "-shm", "-journal"})
        if (QFileInfo::exists(target + QLatin1String(suffix)))
            logs.append({target + QLatin1String(suffix), aside + QLatin1String(suffix)});
    if (!moveAll(logs)) {
        if (hasOld)
            QFile::remove(aside);
        return Error{BackupService::tr("%1 cannot be kept aside, so nothing was restored.").arg(native(target)),
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
    if (!live && (lockedByAnyone(target) || lockedByAnyone(target + QStringLiteral("-shm"))))
        return notRestored(Error{tr("The database is open in another program (the shop application or "
                                    "another ovopctl). Close it there first."),
                                 {},
                                 {},
                                 ErrorKind::Busy});
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
            if (auto s = takeExclusively(*live, options.busyWaitMs); !s)
                return s;
        }
        const QJsonObject details{{QStringLiteral("file"), source},
                                  {QStringLiteral("saved_copy"), hasOld ? aside : QString()},
                                  {QStringLiteral("backup_version"), candidate->version}};
        if (auto s = AuditLog(*restored.value()).append(&actor.value(), QStringLiteral("restore"), details); !s)
            return notRestored(s.error());
        const auto backups = rotatingBackups(target);
        if (!backups)
            return notRestored(backups.error());
        for (const auto& w : AuditProtection::witnesses(*restored.value(), backups.value()))
            if (!w.problem.isEmpty())
                superseded << w.file;
        // Everything into the one file, checked: the file alone takes the database's place.
        QSqlQuery single(restored.value()->sql());
        if (!single.exec(QStringLiteral("PRAGMA journal_mode=DELETE")) || !single.next() ||
            single.value(0).toString() != QLatin1String("delete"))
            return notRestored(databaseError(single.lastError()));
    }

    // 5. Rotating backups newer than the restored one hold entries the restored log does not: they
    // are kept apart, so that they no longer stand as witnesses of it (put back if the restore fails
    // from here on; a restore cut short in between only leaves the old log with fewer witnesses).
    QList<QPair<QString, QString>> apart;
    if (!superseded.isEmpty()) {
        const QDir folder(QFileInfo(superseded.first()).absolutePath());
        const QString name =
            QStringLiteral("superseded-") + options.clock->now().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        for (const QString& file : std::as_const(superseded))
            apart.append({file, folder.absoluteFilePath(name + QLatin1Char('/') + QFileInfo(file).fileName())});
        if (!folder.mkpath(name) || !moveAll(apart))
            return notRestored(Error{
                tr("The backups of %1 cannot be rearranged.").arg(native(folder.path())), {}, {}, ErrorKind::Storage});
    }
    auto putBackApart = qScopeGuard([&apart] {
        for (const auto& [from, to] : std::as_const(apart))
            QFile::rename(to, from);
    });

    // 6. The new database takes the old one's place in one step.
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
        if (auto s = keepAside(target, aside, hasOld); !s)
            return s;
        if (std::rename(QFile::encodeName(prepared).constData(), QFile::encodeName(target).constData()) != 0)
            return Error{tr("The restored database could not take the place of %1; the old one is kept in %2.")
                             .arg(native(target), native(aside)),
                         {},
                         {},
                         ErrorKind::Storage};
    }
    putBackApart.dismiss();
    if (savedCopyOut)
        *savedCopyOut = hasOld ? aside : QString();
    return {};
}

} // namespace ovop
