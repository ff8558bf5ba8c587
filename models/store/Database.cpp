// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "store/Database.h"

#include <atomic>

#include <sqlite3.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>

#include "store/Migrations.h"
#include "store/Sql.h"

namespace ovop {

namespace {

std::atomic<int> g_connectionCounter{0};

// Reads one integer pragma through a read-only connection.
bool readPragma(sqlite3* db, const char* sql, qint64& out, QString& error)
{
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) != SQLITE_OK) {
        error = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    }
    const int rc = sqlite3_step(stmt);
    if (rc == SQLITE_ROW)
        out = sqlite3_column_int64(stmt, 0);
    else if (rc != SQLITE_DONE)
        error = QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_finalize(stmt);
    return rc == SQLITE_ROW || rc == SQLITE_DONE;
}

} // namespace

Result<Database::Inspection> Database::inspect(const QString& path)
{
    Inspection result;
    QFileInfo info(path);
    if (!info.exists()) {
        result.empty = true;
        return result;
    }
    result.exists = true;
    if (!info.isFile())
        return Error{tr("%1 is not a file.").arg(QDir::toNativeSeparators(path))};
    if (info.size() == 0) {
        result.empty = true;
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
    const QByteArray header = file.read(16);
    file.close();
    if (header != QByteArray("SQLite format 3\0", 16))
        return Error{tr("%1 is not a shop database: it is not an SQLite file.").arg(QDir::toNativeSeparators(path))};

    const QString damaged = tr("%1 is damaged and cannot be used. Restore it from a backup "
                               "(ovopctl restore FILE).").arg(QDir::toNativeSeparators(path));
    sqlite3* db = nullptr;
    const QByteArray uri = QByteArray("file:") + QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).path(QUrl::FullyEncoded).toUtf8() + "?mode=ro";
    if (sqlite3_open_v2(uri.constData(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr) != SQLITE_OK) {
        const QString detail = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_close(db);
        return Error{damaged, detail};
    }
    qint64 appId = 0, version = 0, tables = 0;
    QString error;
    bool ok = readPragma(db, "PRAGMA application_id", appId, error) &&
              readPragma(db, "PRAGMA user_version", version, error) &&
              readPragma(db, "SELECT count(*) FROM sqlite_schema", tables, error);
    QString check;
    if (ok) {
        sqlite3_stmt* stmt = nullptr;
        ok = sqlite3_prepare_v2(db, "PRAGMA quick_check", -1, &stmt, nullptr) == SQLITE_OK;
        while (ok && sqlite3_step(stmt) == SQLITE_ROW)
            check += QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)));
        if (!ok)
            error = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_finalize(stmt);
    }
    sqlite3_close(db);
    if (!ok)
        return Error{damaged, error};
    if (check != QLatin1String("ok"))
        return Error{damaged, check};
    if (tables == 0) {
        result.empty = true;
        return result;
    }
    if (quint32(appId) != ApplicationId)
        return Error{tr("%1 is an SQLite database of another program, not a shop database.")
                         .arg(QDir::toNativeSeparators(path))};
    if (version > latestVersion())
        return Error{tr("%1 was written by a newer version of this application (data version %2; this "
                        "version understands up to %3). Install the newer version to open it.")
                         .arg(QDir::toNativeSeparators(path))
                         .arg(version)
                         .arg(latestVersion())};
    result.version = int(version);
    return result;
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, const OpenOptions& options)
{
    auto inspection = inspect(path);
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
    db->m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db->m_db.open())
        return Error{tr("The database %1 cannot be opened.").arg(QDir::toNativeSeparators(path)),
                     db->m_db.lastError().text()};
    for (const char* pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON"}) {
        QSqlQuery q(db->m_db);
        if (!q.exec(QString::fromLatin1(pragma)))
            return Error{tr("The database %1 cannot be opened.").arg(QDir::toNativeSeparators(path)),
                         q.lastError().text()};
    }
    if (auto migrated = migrate(db->m_db, schemaMigrations()); !migrated)
        return migrated.error();
    db->reloadOrigin();
    return db;
}

Database::Database(QString path, QString connection, const OpenOptions& options)
    : m_path(std::move(path)),
      m_connection(connection),
      m_db(QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection)),
      m_clock(options.clock),
      m_ids(options.ids)
{
}

Database::~Database()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
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
