// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "store/Backup.h"

#include <sqlite3.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QRegularExpression>

#include "audit/AuditLog.h"
#include "people/Session.h"
#include "store/InstanceLock.h"

namespace ovop {

namespace {

constexpr int BusyRetries = 200; // 200 x 50 ms: ten seconds for a writer to let go
constexpr int BusyTimeoutMs = 5000;

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

QString sqliteMessage(sqlite3* db)
{
    return QString::fromUtf8(db ? sqlite3_errmsg(db) : "out of memory");
}

// Copies every page of source's main database into dest's, as one consistent snapshot.
Status copyPages(sqlite3* source, sqlite3* dest)
{
    sqlite3_backup* backup = sqlite3_backup_init(dest, "main", source, "main");
    if (!backup)
        return Error{BackupService::tr("The copy could not be started; nothing was changed."), sqliteMessage(dest)};
    int rc = SQLITE_OK;
    for (int attempt = 0; attempt < BusyRetries; ++attempt) {
        rc = sqlite3_backup_step(backup, -1);
        if (rc != SQLITE_BUSY && rc != SQLITE_LOCKED)
            break;
        sqlite3_sleep(50);
    }
    sqlite3_backup_finish(backup);
    if (rc == SQLITE_DONE)
        return {};
    const QString detail = QString::fromUtf8(sqlite3_errstr(rc)) + QStringLiteral(": ") + sqliteMessage(dest);
    if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
        return Error{BackupService::tr("The database stayed busy; the copy was not made. Try again in a moment."),
                     detail};
    if (rc == SQLITE_FULL)
        return Error{BackupService::tr("The disk is full; the copy was not made."), detail};
    return Error{BackupService::tr("The copy could not be made; nothing was changed."), detail};
}

Status execute(sqlite3* db, const char* sql)
{
    char* message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        const QString detail = QString::fromUtf8(message ? message : "");
        sqlite3_free(message);
        return Error{BackupService::tr("The copy could not be finished."), detail};
    }
    return {};
}

// Writes a self-contained copy (no WAL beside it) of source into a new file.
Status writeCopy(sqlite3* source, const QString& target)
{
    sqlite3* dest = nullptr;
    const QByteArray name = QFile::encodeName(target);
    if (sqlite3_open_v2(name.constData(), &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK) {
        const QString detail = sqliteMessage(dest);
        sqlite3_close(dest);
        QFile::remove(target);
        return Error{BackupService::tr("The file %1 cannot be written.").arg(native(target)), detail};
    }
    sqlite3_busy_timeout(dest, BusyTimeoutMs);
    Status s = copyPages(source, dest);
    if (s)
        s = execute(dest, "PRAGMA journal_mode=DELETE");
    sqlite3_close(dest);
    if (!s)
        QFile::remove(target);
    return s;
}

// Copies the database at candidate (read only) over dest.
Status copyFromFile(const QString& candidate, sqlite3* dest)
{
    sqlite3* source = nullptr;
    const QByteArray name = QFile::encodeName(candidate);
    if (sqlite3_open_v2(name.constData(), &source, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        const QString detail = sqliteMessage(source);
        sqlite3_close(source);
        return Error{BackupService::tr("The backup %1 cannot be read; nothing was changed.").arg(native(candidate)),
                     detail};
    }
    sqlite3_busy_timeout(source, BusyTimeoutMs);
    Status s = copyPages(source, dest);
    sqlite3_close(source);
    return s;
}

QString freeName(const QString& wanted)
{
    QString name = wanted;
    for (int n = 2; QFileInfo::exists(name); ++n)
        name = wanted + QLatin1Char('-') + QString::number(n);
    return name;
}

// The copy is made under a temporary name and renamed once checked, so a half-written backup never
// carries the name the user asked for.
Status writeCheckedCopy(Database& db, const QString& file)
{
    const QString part = freeName(file + QStringLiteral(".part"));
    if (auto s = writeCopy(db.handle(), part); !s)
        return s;
    auto check = Database::inspect(part);
    if (!check || check->empty) {
        QFile::remove(part);
        return Error{BackupService::tr("The copy could not be checked and was removed; try again."),
                     check ? QString() : check.message()};
    }
    if (!QFile::rename(part, file)) {
        QFile::remove(part);
        return Error{BackupService::tr("The file %1 cannot be written.").arg(native(file))};
    }
    return {};
}

} // namespace

BackupService::BackupService(Database& db) : m_db(db) {}

Status BackupService::backup(const Session& actor, const QString& file)
{
    if (!actor.can(Permission::Backup))
        return Roles::refusal(Permission::Backup);
    const QFileInfo info(file);
    if (info.exists())
        return Error{tr("%1 already exists. Choose a new file name; an existing file is never overwritten.")
                         .arg(native(file))};
    if (!info.absoluteDir().exists())
        return Error{tr("The folder %1 does not exist.").arg(native(info.absolutePath()))};
    if (auto s = writeCheckedCopy(m_db, info.absoluteFilePath()); !s)
        return s;
    return AuditLog(m_db).append(&actor, QStringLiteral("backup"),
                                 {{QStringLiteral("file"), info.absoluteFilePath()},
                                  {QStringLiteral("bytes"), QFileInfo(info.absoluteFilePath()).size()}});
}

QStringList BackupService::dailyBackups() const
{
    const QFileInfo database(m_db.path());
    const QDir dir(database.absolutePath() + QStringLiteral("/backups"));
    const QRegularExpression form(QStringLiteral("^%1-\\d{4}-\\d{2}-\\d{2}\\.sqlite$")
                                      .arg(QRegularExpression::escape(database.completeBaseName())));
    QStringList names;
    for (const QString& name : dir.entryList(QDir::Files, QDir::Name | QDir::Reversed))
        if (form.match(name).hasMatch())
            names << dir.absoluteFilePath(name);
    return names;
}

Result<QString> BackupService::rotateDaily()
{
    const QFileInfo database(m_db.path());
    const QString folder = database.absolutePath() + QStringLiteral("/backups");
    if (!QDir().mkpath(folder))
        return Error{tr("The backup folder %1 cannot be created.").arg(native(folder))};
    const QString file = folder + QLatin1Char('/') + database.completeBaseName() + QLatin1Char('-') +
                         m_db.now().date().toString(QStringLiteral("yyyy-MM-dd")) + QStringLiteral(".sqlite");
    if (QFileInfo::exists(file))
        return QString();
    if (auto s = writeCheckedCopy(m_db, file); !s)
        return s.error();
    if (auto s = AuditLog(m_db).append(nullptr, QStringLiteral("backup"),
                                       {{QStringLiteral("file"), file},
                                        {QStringLiteral("bytes"), QFileInfo(file).size()},
                                        {QStringLiteral("automatic"), true}});
        !s)
        return s.error();
    const QStringList all = dailyBackups();
    for (qsizetype i = DailyBackupsKept; i < all.size(); ++i)
        QFile::remove(all.at(i));
    return file;
}

Status BackupService::restore(const QString& databasePath, const QString& file, const Session* actor,
                              const OpenOptions& options, QString* savedCopyOut)
{
    const QString target = QFileInfo(databasePath).absoluteFilePath();
    const QString source = QFileInfo(file).absoluteFilePath();
    if (source == target)
        return Error{tr("%1 is the database itself; choose a backup file.").arg(native(file))};

    // 1. The candidate: an intact shop database of a version this application can open.
    auto candidate = Database::inspect(source);
    if (!candidate)
        return Error{tr("Nothing was restored: %1").arg(candidate.message()), candidate.error().detail};
    if (!candidate->exists)
        return Error{tr("There is no file %1; nothing was restored.").arg(native(file))};
    if (candidate->empty)
        return Error{tr("%1 holds no shop data; nothing was restored.").arg(native(file))};

    // 2. No GUI may be working on the database meanwhile.
    auto lock = InstanceLock::acquire(target);
    if (!lock)
        return Error{tr("Nothing was restored: %1").arg(lock.message())};

    const QString aside = freeName(target + QStringLiteral(".before-restore-") +
                                   options.clock->now().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    QString savedCopy;
    auto current = Database::inspect(target);
    std::unique_ptr<Database> live;
    if (current && current->exists && !current->empty) {
        auto opened = Database::open(target, options);
        if (opened)
            live = std::move(opened).value();
    }

    if (live) {
        // 3a. The current database works: only an administrator replaces it, through the backup API,
        // after a consistent copy of it was put aside.
        if (!actor)
            return Error{tr("Log in as an administrator to restore this database; nothing was restored.")};
        if (!actor->can(Permission::Restore))
            return Roles::refusal(Permission::Restore);
        if (auto s = writeCopy(live->handle(), aside); !s)
            return Error{tr("The current database could not be saved aside, so nothing was restored.")
                             + QLatin1Char(' ') + s.message(),
                         s.error().detail};
        savedCopy = aside;
        if (auto s = copyFromFile(source, live->handle()); !s)
            return s;
        live.reset();
    } else {
        // 3b. The current database does not open (damaged, foreign) or does not exist: its files are
        // moved aside unchanged and the backup is copied into a new file.
        if (QFileInfo::exists(target)) {
            if (!QFile::rename(target, aside))
                return Error{tr("%1 cannot be moved aside, so nothing was restored.").arg(native(target))};
            savedCopy = aside;
            for (const char* suffix : {"-wal", "-shm"})
                if (QFileInfo::exists(target + QLatin1String(suffix)))
                    QFile::rename(target + QLatin1String(suffix), aside + QLatin1String(suffix));
        }
        sqlite3* fresh = nullptr;
        const QByteArray name = QFile::encodeName(target);
        Status s;
        if (sqlite3_open_v2(name.constData(), &fresh, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK)
            s = Error{tr("The file %1 cannot be written.").arg(native(target)), sqliteMessage(fresh)};
        else
            s = copyFromFile(source, fresh);
        sqlite3_close(fresh);
        if (!s) {
            // Put the old files back where they were.
            QFile::remove(target);
            if (!savedCopy.isEmpty()) {
                QFile::rename(aside, target);
                for (const char* suffix : {"-wal", "-shm"})
                    if (QFileInfo::exists(aside + QLatin1String(suffix)))
                        QFile::rename(aside + QLatin1String(suffix), target + QLatin1String(suffix));
            }
            return s;
        }
    }

    // 4. The restored database opens (upgraded if the backup is older) and records the restore.
    auto restored = Database::open(target, options);
    if (!restored)
        return restored.error();
    QJsonObject details{{QStringLiteral("file"), source},
                        {QStringLiteral("saved_copy"), savedCopy},
                        {QStringLiteral("backup_version"), candidate->version}};
    if (savedCopyOut)
        *savedCopyOut = savedCopy;
    return AuditLog(*restored.value()).append(actor, QStringLiteral("restore"), details);
}

} // namespace ovop
