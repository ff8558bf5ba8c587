// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "models/store/Database.h"

#include <atomic>

#include <sqlite3.h>

#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>

#include "models/audit/AuditProtection.h"
#include "models/store/FileGuard.h"
#include "models/store/Migrations.h"
#include "models/store/Sql.h"

namespace ovop {

namespace {

std::atomic<int> g_connectionCounter{0};

// A read-only SQLite connection for inspecting a file. The file is only ever read through SQLite:
// SQLite shares its POSIX locks between all connections of a process, while closing any other
// descriptor of the file (a QFile, say) would drop every lock this process holds on it.
class ReadOnlyConnection
{
public:
    ReadOnlyConnection(const QString& path, int busyWaitMs)
    {
        const QByteArray uri =
            QByteArray("file:") +
            QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).path(QUrl::FullyEncoded).toUtf8() + "?mode=ro";
        m_rc = sqlite3_open_v2(uri.constData(), &m_db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr);
        if (m_db)
            sqlite3_busy_timeout(m_db, busyWaitMs); // a reader waits only on recovery or an exclusive holder
    }
    ~ReadOnlyConnection() { sqlite3_close(m_db); }
    ReadOnlyConnection(const ReadOnlyConnection&) = delete;
    ReadOnlyConnection& operator=(const ReadOnlyConnection&) = delete;

    int openResult() const { return m_rc; }
    QString message() const { return QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : "out of memory"); }

    // Runs sql and collects the first column of every row; the SQLite result code on failure.
    int rows(const char* sql, QStringList& out)
    {
        sqlite3_stmt* stmt = nullptr;
        int rc = sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr);
        while (rc == SQLITE_OK && (rc = sqlite3_step(stmt)) == SQLITE_ROW) {
            out << QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)));
            rc = SQLITE_OK;
        }
        if (rc != SQLITE_DONE && rc != SQLITE_OK)
            rc = sqlite3_extended_errcode(m_db);
        sqlite3_finalize(stmt);
        return rc == SQLITE_DONE ? SQLITE_OK : rc;
    }

private:
    sqlite3* m_db = nullptr;
    int m_rc = SQLITE_OK;
};

} // namespace

Result<Database::Inspection> Database::inspect(const QString& path, int busyWaitMs)
{
    Inspection result;
    const QString shown = QDir::toNativeSeparators(path);
    QFileInfo info(path);
    if (!info.exists()) {
        result.empty = true;
        return result;
    }
    result.exists = true;
    if (!info.isFile())
        return Error{tr("%1 is not a file.").arg(shown)};
    if (info.size() == 0) {
        result.empty = true;
        return result;
    }

    // Anything SQLite says other than "not a database" or "damaged" is said as it is: a file that
    // is busy or cannot be read is not damaged, and restoring a backup over it would lose data.
    auto refusal = [&](int rc, const QString& detail) -> Error {
        const int primary = rc & 0xFF;
        if (primary == SQLITE_NOTADB)
            return Error{
                tr("%1 is not a shop database: it is not an SQLite file.").arg(shown), detail, {}, ErrorKind::Unusable};
        if (primary == SQLITE_CORRUPT)
            return Error{
                tr("%1 is damaged and cannot be used. Restore it from a backup (ovopctl restore FILE).").arg(shown),
                detail,
                {},
                ErrorKind::Damaged};
        if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED)
            return Error{tr("%1 is in use by another program that holds it exclusively (a restore, perhaps). "
                            "Nothing was changed; try again when it has finished.")
                             .arg(shown),
                         detail,
                         {},
                         ErrorKind::Busy};
        if (primary == SQLITE_CANTOPEN || primary == SQLITE_PERM || primary == SQLITE_READONLY ||
            primary == SQLITE_AUTH)
            return Error{tr("%1 cannot be read: this user may not open the file or its folder.").arg(shown),
                         detail,
                         {},
                         ErrorKind::ReadOnly};
        Error e = storageError(rc, detail);
        e.message = tr("%1 cannot be read: %2").arg(shown, e.message);
        return e;
    };

    ReadOnlyConnection db(path, busyWaitMs);
    if (db.openResult() != SQLITE_OK)
        return refusal(db.openResult(), db.message());
    QStringList appId, version, tables, check;
    for (auto [sql, out] :
         {std::pair{"PRAGMA application_id", &appId}, std::pair{"PRAGMA user_version", &version},
          std::pair{"SELECT count(*) FROM sqlite_schema", &tables}, std::pair{"PRAGMA quick_check", &check}}) {
        if (const int rc = db.rows(sql, *out); rc != SQLITE_OK)
            return refusal(rc, db.message());
    }
    if (check != QStringList{QStringLiteral("ok")})
        return refusal(SQLITE_CORRUPT, check.join(QLatin1Char('\n')));
    if (tables.value(0).toLongLong() == 0) {
        result.empty = true;
        return result;
    }
    if (quint32(appId.value(0).toLongLong()) != ApplicationId)
        return Error{tr("%1 is an SQLite database of another program, not a shop database.").arg(shown),
                     {},
                     {},
                     ErrorKind::Unusable};
    const int dataVersion = version.value(0).toInt();
    if (dataVersion > latestVersion())
        return Error{tr("%1 was written by a newer version of this application (data version %2; this "
                        "version understands up to %3). Install the newer version to open it.")
                         .arg(shown)
                         .arg(dataVersion)
                         .arg(latestVersion()),
                     {},
                     {},
                     ErrorKind::Unusable};
    result.version = dataVersion;
    return result;
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, const OpenOptions& options)
{
    auto inspection = inspect(path, qMin(options.busyWaitMs, InspectBusyWaitMs));
    if (!inspection)
        return inspection.error();
    if (inspection->empty && !options.create)
        return Error{tr("There is no shop database at %1. Create one with \"ovopctl init\".")
                         .arg(QDir::toNativeSeparators(path))};
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return Error{tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(info.absolutePath()))};

    const QString connection = QStringLiteral("ovop-%1").arg(++g_connectionCounter);
    std::unique_ptr<Database> db(new Database(info.absoluteFilePath(), connection, options));
    db->m_db.setDatabaseName(db->m_path);
    db->m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyWaitMs));
    auto cannotOpen = [&](const QSqlError& error) {
        Error e = databaseError(error);
        e.message = tr("The database %1 cannot be opened. %2").arg(QDir::toNativeSeparators(path), e.message);
        return e;
    };
    if (!db->m_db.open())
        return cannotOpen(db->m_db.lastError());
    // SQLite opens a file it may not write read-only without a word; every session writes (the
    // audit log at the least), so say so now rather than at the first refused write.
    if (sqlite3* handle = db->handle(); handle && sqlite3_db_readonly(handle, "main") == 1)
        return Error{tr("The database %1 is read-only for this user, and the shop application must write to it. "
                        "Ask whoever looks after this computer to allow writing to the file and its folder.")
                         .arg(QDir::toNativeSeparators(path)),
                     {},
                     {},
                     ErrorKind::ReadOnly};
    // A 32 MB page cache (SQLite's default is 2 MB): an import or a large catalogue keeps its index
    // pages in memory.
    for (const char* pragma :
         {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON", "PRAGMA cache_size=-32768"}) {
        QSqlQuery q(db->m_db);
        if (!q.exec(QString::fromLatin1(pragma)))
            return cannotOpen(q.lastError());
    }
    if (auto migrated = migrate(db->m_db, schemaMigrations(), *options.clock, *options.ids); !migrated)
        return migrated.error();
    if (!options.allowAuditRepair) {
        if (const QStringList problems = AuditProtection::triggerProblems(db->m_db); !problems.isEmpty())
            return Error{tr("The audit log of %1 is no longer protected: %2 Nothing can be done with this database "
                            "until an administrator runs \"ovopctl check --repair\".")
                             .arg(QDir::toNativeSeparators(path), problems.join(QLatin1Char(' ')))};
    }
    db->reloadOrigin();
    FileGuard::protect(db->m_path);
    db->m_guarded = true;
    return db;
}

Database::Database(QString path, QString connection, const OpenOptions& options)
    : m_path(std::move(path)), m_connection(connection),
      m_db(QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection)), m_clock(options.clock),
      m_openedClock(options.clock), m_ids(options.ids), m_pinHashCost(options.pinHashCost)
{
}

Database::~Database()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
    if (m_guarded)
        FileGuard::release(m_path); // only once the connection is closed
}

int Database::latestVersion()
{
    return schemaMigrations().back().version;
}

QString Database::defaultPath()
{
    // The same file for the GUI and ovopctl, whatever the application name.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/ovop-shop/shop.sqlite");
}

int Database::version() const
{
    return schemaVersion(m_db);
}

sqlite3* Database::handle() const
{
    const QVariant v = m_db.driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3* const*>(v.data());
    return nullptr;
}

void Database::reloadOrigin()
{
    SqlQuery q(m_db, QStringLiteral("SELECT key, value FROM settings WHERE key IN ('shop_code', 'device_id')"));
    m_origin = {};
    if (!q.exec())
        return;
    while (q.next()) {
        if (q.value(0).toString() == QLatin1String("shop_code"))
            m_origin.shopCode = q.value(1).toString();
        else
            m_origin.deviceId = q.value(1).toString();
    }
}

} // namespace ovop
