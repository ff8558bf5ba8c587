// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "models/store/Backup.h"

#include <algorithm>

#include <sqlite3.h>

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QRegularExpression>

#include "models/audit/AuditLog.h"
#include "models/audit/AuditProtection.h"
#include "models/people/Session.h"
#include "models/store/BackupCopy.h"
#include "models/store/FileGuard.h"
#include "models/store/InstanceLock.h"
#include "models/store/Sql.h"

namespace ovop {

namespace backup_detail {

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
    Error e = storageError(rc, detail);
    if (e.kind == ErrorKind::Busy)
        e.message = BackupService::tr("The database stayed busy; the copy was not made. Try again in a moment.");
    else if (e.kind == ErrorKind::DiskFull)
        e.message = BackupService::tr("The disk is full; the copy was not made.");
    else
        e.message = BackupService::tr("The copy could not be made; nothing was changed.");
    return e;
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

} // namespace backup_detail

namespace {

using namespace backup_detail;

// The audit entry of a copy just made. SQLite's busy handler is not a queue: a program writing in
// quick transactions can keep taking the write lock before it, so a busy refusal is tried again for as
// long as the copy itself may wait. A copy whose entry cannot be written is removed: no backup exists
// that the log does not show.
Status auditCopy(Database& db, const Session* actor, const QString& file, const QJsonObject& details)
{
    QDeadlineTimer patience(qint64(BusyRetries) * 50);
    Status s;
    do {
        s = AuditLog(db).append(actor, QStringLiteral("backup"), details);
    } while (!s && s.error().kind == ErrorKind::Busy && !patience.hasExpired());
    if (!s)
        QFile::remove(file);
    return s;
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
    if (!renameWithoutReplacing(part, file)) {
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
    if (auto s = FileGuard::checkWrite(file); !s)
        return s;
    const QFileInfo info(file);
    if (info.exists() || info.isSymLink())
        return Error{
            tr("%1 already exists. Choose a new file name; an existing file is never overwritten.").arg(native(file))};
    if (!info.absoluteDir().exists())
        return Error{tr("The folder %1 does not exist.").arg(native(info.absolutePath()))};
    if (auto s = writeCheckedCopy(m_db, info.absoluteFilePath()); !s)
        return s;
    return auditCopy(m_db, &actor, info.absoluteFilePath(),
                     {{QStringLiteral("file"), info.absoluteFilePath()},
                      {QStringLiteral("bytes"), QFileInfo(info.absoluteFilePath()).size()}});
}

Result<QStringList> BackupService::dailyBackups() const
{
    return rotatingBackups(m_db.path());
}

Result<QStringList> BackupService::rotatingBackups(const QString& databasePath)
{
    const QFileInfo database(databasePath);
    const QDir dir(database.absolutePath() + QStringLiteral("/backups"));
    // A folder that cannot be listed is not "no backups": QDir would list nothing without a word.
    const QFileInfo folder(dir.path());
    if (!folder.exists() && !folder.isSymLink())
        return QStringList(); // no backup was taken yet
    if (!folder.isDir() || !folder.isReadable() || !folder.isExecutable())
        return Error{tr("The backup folder %1 cannot be read: it is not a folder this user may open. Ask whoever "
                        "looks after this computer to make it one.")
                         .arg(native(dir.path())),
                     {},
                     {},
                     ErrorKind::Storage};
    const QRegularExpression form(QStringLiteral("^%1-(\\d{4}-\\d{2}-\\d{2})(-\\d{6})?\\.sqlite$")
                                      .arg(QRegularExpression::escape(database.completeBaseName())));
    // Newest first: by date, then by the time a backup taken on demand carries.
    QList<QPair<QString, QString>> found;
    for (const QString& name : dir.entryList(QDir::Files)) {
        const auto match = form.match(name);
        if (match.hasMatch())
            found.append(
                {match.captured(1) + (match.captured(2).isEmpty() ? QStringLiteral("-000000") : match.captured(2)),
                 dir.absoluteFilePath(name)});
    }
    std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    QStringList names;
    for (const auto& [key, file] : found)
        names << file;
    return names;
}

Result<QString> BackupService::writeRotating(const Session* actor, bool onDemand)
{
    const QFileInfo database(m_db.path());
    const QString folder = database.absolutePath() + QStringLiteral("/backups");
    if (!QDir().mkpath(folder))
        return Error{tr("The backup folder %1 cannot be created.").arg(native(folder))};
    const QDateTime now = m_db.now();
    const QString stem = folder + QLatin1Char('/') + database.completeBaseName() + QLatin1Char('-') +
                         now.date().toString(QStringLiteral("yyyy-MM-dd"));
    QString file = stem + QStringLiteral(".sqlite");
    if (QFileInfo::exists(file)) {
        if (!onDemand)
            return QString();
        file = stem + now.time().toString(QStringLiteral("-HHmmss")) + QStringLiteral(".sqlite");
        if (QFileInfo::exists(file))
            return Error{tr("A backup was taken this very second; try again in a moment.")};
    }
    if (auto s = writeCheckedCopy(m_db, file); !s)
        return s.error();
    QJsonObject details{{QStringLiteral("file"), file}, {QStringLiteral("bytes"), QFileInfo(file).size()}};
    if (!onDemand)
        details.insert(QStringLiteral("automatic"), true);
    if (auto s = auditCopy(m_db, actor, file, details); !s)
        return s.error();
    pruneRotating();
    return file;
}

void BackupService::pruneRotating()
{
    // A backup that no longer agrees with the live log is evidence: nothing is removed then.
    if (!AuditProtection::witnessProblems(m_db).isEmpty())
        return;
    // The daily backups and those taken on demand each keep their own newest DailyBackupsKept, so
    // that backups taken on one busy day never push out the days before.
    const QRegularExpression onDemand(QStringLiteral("-\\d{6}\\.sqlite$"));
    const auto backups = dailyBackups();
    if (!backups)
        return; // nothing is removed from a folder that cannot be listed
    qsizetype daily = 0, taken = 0;
    for (const QString& file : backups.value()) {
        qsizetype& count = onDemand.match(file).hasMatch() ? taken : daily;
        if (++count > DailyBackupsKept)
            QFile::remove(file);
    }
}

Result<QString> BackupService::rotateDaily()
{
    return writeRotating(nullptr, false);
}

Result<QString> BackupService::rotateNow(const Session& actor)
{
    if (!actor.can(Permission::Backup))
        return Roles::refusal(Permission::Backup);
    return writeRotating(&actor, true);
}

} // namespace ovop
