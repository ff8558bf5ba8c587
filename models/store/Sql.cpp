// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "models/store/Sql.h"

#include <sqlite3.h>

#include <atomic>

#include <QSqlDriver>
#include <QSqlError>
#include <QtDebug>

namespace ovop {

Error storageError(int sqliteCode, const QString& detail)
{
    // The primary result code is the low byte of an extended one (SQLITE_BUSY_SNAPSHOT is a BUSY).
    switch (sqliteCode & 0xFF) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Error{QCoreApplication::translate("SqlQuery", "The database is busy: another program is writing to "
                                                             "it. Nothing was changed; try again in a moment."),
                     detail,
                     {},
                     ErrorKind::Busy};
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
        return Error{QCoreApplication::translate("SqlQuery", "The database cannot be written to: the file or its "
                                                             "folder is read-only for this user. Nothing was "
                                                             "changed; ask whoever looks after this computer."),
                     detail,
                     {},
                     ErrorKind::ReadOnly};
    case SQLITE_FULL:
        return Error{QCoreApplication::translate("SqlQuery", "The disk is full: nothing was saved. Free some space "
                                                             "and try again."),
                     detail,
                     {},
                     ErrorKind::DiskFull};
    case SQLITE_CONSTRAINT:
        return Error{QCoreApplication::translate("SqlQuery", "The change contradicts records already in the "
                                                             "database; nothing was changed."),
                     detail,
                     {},
                     ErrorKind::Conflict};
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return Error{QCoreApplication::translate("SqlQuery", "The database file is damaged. Run \"ovopctl check\" "
                                                             "and, if it confirms the damage, restore a backup."),
                     detail,
                     {},
                     ErrorKind::Damaged};
    default:
        return Error{QCoreApplication::translate("SqlQuery", "The database could not carry out the operation; "
                                                             "nothing was changed."),
                     detail,
                     {},
                     ErrorKind::Storage};
    }
}

Error databaseError(const QSqlError& error, const QString& sql)
{
    QString detail = error.text();
    if (!sql.isEmpty())
        detail += QStringLiteral(" [") + sql.simplified() + QStringLiteral("]");
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return storageError(ok ? code : SQLITE_ERROR, detail);
}

SqlQuery::SqlQuery(const QSqlDatabase& db, const QString& sql) : m_query(db), m_sql(sql)
{
    // Rows are read once, in order: a scrollable query would keep a copy of every row read.
    m_query.setForwardOnly(true);
    m_prepared = m_query.prepare(sql);
}

SqlQuery& SqlQuery::bind(const QString& placeholder, const QVariant& value)
{
    m_query.bindValue(placeholder, value);
    return *this;
}

Status SqlQuery::exec()
{
    m_status = {};
    if (!m_prepared || !m_query.exec()) {
        Error error = databaseError(m_query.lastError(), m_sql);
        qWarning().noquote() << "SQL error:" << error.detail;
        m_status = error;
        return error;
    }
    return {};
}

bool SqlQuery::next()
{
    if (m_query.next())
        return true;
    // The driver ends the rows at one it cannot read as it does after the last: only the error it
    // keeps tells them apart (exec() clears it).
    if (m_status.ok() && m_query.lastError().isValid()) {
        m_status = databaseError(m_query.lastError(), m_sql);
        qWarning().noquote() << "SQL error while reading rows:" << m_status.error().detail;
    }
    return false;
}

Status SqlQuery::execAll(const QSqlDatabase& db, const QStringList& statements)
{
    for (const QString& sql : statements) {
        QSqlQuery q(db);
        if (!q.exec(sql)) {
            Error error = databaseError(q.lastError(), sql);
            qWarning().noquote() << "SQL error:" << error.detail;
            return error;
        }
    }
    return {};
}

Status SqlQuery::execEach(const QSqlDatabase& db, const QStringList& statements, const QString& placeholder,
                          const QVariant& value)
{
    for (const QString& sql : statements) {
        SqlQuery q(db, sql);
        if (sql.contains(placeholder))
            q.bind(placeholder, value);
        if (auto done = q.exec(); !done)
            return done;
    }
    return {};
}

namespace {

sqlite3* handleOf(const QSqlDatabase& db)
{
    const QVariant v = db.driver() ? db.driver()->handle() : QVariant();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3* const*>(v.data());
    return nullptr;
}

// Savepoint names only need to be unique among the units open at once on a connection; a counter
// per process keeps them unique everywhere.
QString nextSavepointName()
{
    static std::atomic<quint64> counter{0};
    return QStringLiteral("unit_%1").arg(++counter);
}

} // namespace

bool Transaction::isOpen(const QSqlDatabase& db)
{
    sqlite3* handle = handleOf(db);
    return handle && sqlite3_get_autocommit(handle) == 0;
}

Transaction::Transaction(const QSqlDatabase& db) : m_db(db)
{
    if (isOpen(m_db))
        m_savepoint = nextSavepointName();
    QSqlQuery q(m_db);
    m_active =
        q.exec(m_savepoint.isEmpty() ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("SAVEPOINT ") + m_savepoint);
    if (!m_active)
        m_error = databaseError(q.lastError());
}

Transaction::~Transaction()
{
    if (!m_active)
        return;
    QSqlQuery q(m_db);
    if (m_savepoint.isEmpty()) {
        q.exec(QStringLiteral("ROLLBACK"));
        return;
    }
    // Undo this unit's changes and close it; the caller's unit stays open. When SQLite already
    // rolled the whole transaction back (a full disk, say), there is nothing left to undo.
    if (isOpen(m_db)) {
        q.exec(QStringLiteral("ROLLBACK TO ") + m_savepoint);
        q.exec(QStringLiteral("RELEASE ") + m_savepoint);
    }
}

Status Transaction::commit()
{
    if (!m_active)
        return m_error;
    QSqlQuery q(m_db);
    if (!q.exec(m_savepoint.isEmpty() ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + m_savepoint))
        return databaseError(q.lastError());
    m_active = false;
    return {};
}

} // namespace ovop
