// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include "models/core/Result.h"

namespace ovop {

// A prepared statement: values are always bound, never spliced into the SQL text.
// A failure becomes an Error with a user-readable message and the driver's text as detail.
// A row that cannot be read part-way through (the database busy, damaged, an I/O error) ends
// next() as the last row does; finished() tells the two apart, so that a reader returns the error
// instead of the rows read until then as if they were all:
//     while (q.next()) ...;
//     if (auto done = q.finished(); !done) return done.error();
class SqlQuery
{
    Q_DECLARE_TR_FUNCTIONS(SqlQuery)

public:
    SqlQuery(const QSqlDatabase& db, const QString& sql);

    SqlQuery& bind(const QString& placeholder, const QVariant& value);
    Status exec();
    // The next row; false after the last row, and when a row could not be read (see finished()).
    bool next();
    // Ok while every row read so far was read and after the last one; the error when exec() failed
    // or a row could not be read. exec() starts again with ok.
    const Status& finished() const { return m_status; }
    QVariant value(int column) const { return m_query.value(column); }
    QVariant value(const QString& name) const { return m_query.value(name); }
    QVariant lastInsertId() const { return m_query.lastInsertId(); }
    int rowsAffected() const { return m_query.numRowsAffected(); }
    QSqlQuery& raw() { return m_query; }

    // Text for a NOT NULL column: an empty string, never NULL, when the text is empty.
    static QVariant text(const QString& value)
    {
        return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
    }

    // Runs statements without parameters, one after another (schema steps).
    static Status execAll(const QSqlDatabase& db, const QStringList& statements);
    // Runs statements one after another, each prepared and given the same value for placeholder
    // (a statement without it is run as it is): the several statements of one document's step.
    static Status execEach(const QSqlDatabase& db, const QStringList& statements, const QString& placeholder,
                           const QVariant& value);

private:
    QSqlQuery m_query;
    bool m_prepared = false;
    QString m_sql;
    Status m_status;
};

// One unit of work: a guard that rolls back unless commit() was called. The outermost unit on a
// connection is an immediate write transaction (BEGIN IMMEDIATE); a unit opened while one is already
// open becomes a savepoint inside it, so a service's public call composes into a caller's larger
// operation (a sale: lines, payments, stock, audit) that commits whole or leaves nothing. An inner
// unit that is not committed rolls back its own changes only; the outer unit decides the rest.
class Transaction
{
    Q_DECLARE_TR_FUNCTIONS(Transaction)

public:
    explicit Transaction(const QSqlDatabase& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    // False when BEGIN failed (database busy or read-only): check before writing.
    bool isActive() const { return m_active; }
    // True when this unit is a savepoint inside a unit its caller opened.
    bool isNested() const { return !m_savepoint.isEmpty(); }
    const Error& beginError() const { return m_error; }
    Status commit();

    // Whether the connection is inside a transaction now (an internal step checks it runs in one).
    static bool isOpen(const QSqlDatabase& db);

private:
    QSqlDatabase m_db;
    QString m_savepoint; // empty for the outermost unit
    bool m_active = false;
    Error m_error;
};

// The error a service returns when the database refused a statement, of the kind that SQLite's
// result code says (busy, read-only, disk full, damaged, other).
Error databaseError(const QSqlError& error, const QString& sql = {});
// The same from an SQLite result code, for code that talks to sqlite3 directly.
Error storageError(int sqliteCode, const QString& detail);

} // namespace ovop
