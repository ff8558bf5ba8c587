// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "store/Sql.h"

#include <QSqlError>
#include <QtDebug>

namespace ovop {

Error databaseError(const QString& detail)
{
    if (detail.contains(QLatin1String("locked"), Qt::CaseInsensitive) ||
        detail.contains(QLatin1String("busy"), Qt::CaseInsensitive))
        return Error{QCoreApplication::translate("SqlQuery", "The database is busy. Try again in a moment."),
                     detail};
    if (detail.contains(QLatin1String("readonly"), Qt::CaseInsensitive) ||
        detail.contains(QLatin1String("read-only"), Qt::CaseInsensitive))
        return Error{QCoreApplication::translate("SqlQuery", "The database cannot be written to (read-only)."),
                     detail};
    if (detail.contains(QLatin1String("disk is full"), Qt::CaseInsensitive))
        return Error{QCoreApplication::translate("SqlQuery", "The disk is full: nothing was saved."), detail};
    return Error{QCoreApplication::translate("SqlQuery", "The database could not carry out the operation; "
                                                         "nothing was changed."),
                 detail};
}

SqlQuery::SqlQuery(const QSqlDatabase& db, const QString& sql) : m_query(db), m_sql(sql)
{
    m_prepared = m_query.prepare(sql);
}

SqlQuery& SqlQuery::bind(const QString& placeholder, const QVariant& value)
{
    m_query.bindValue(placeholder, value);
    return *this;
}

Status SqlQuery::exec()
{
    if (!m_prepared || !m_query.exec()) {
        const QString detail = m_query.lastError().text() + QStringLiteral(" [") + m_sql.simplified() +
                               QStringLiteral("]");
        qWarning().noquote() << "SQL error:" << detail;
        return databaseError(detail);
    }
    return {};
}

Status SqlQuery::execAll(const QSqlDatabase& db, const QStringList& statements)
{
    for (const QString& sql : statements) {
        QSqlQuery q(db);
        if (!q.exec(sql)) {
            const QString detail = q.lastError().text() + QStringLiteral(" [") + sql.simplified() + QStringLiteral("]");
            qWarning().noquote() << "SQL error:" << detail;
            return databaseError(detail);
        }
    }
    return {};
}

Transaction::Transaction(const QSqlDatabase& db) : m_db(db)
{
    QSqlQuery q(m_db);
    m_active = q.exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (!m_active)
        m_error = databaseError(q.lastError().text());
}

Transaction::~Transaction()
{
    if (m_active) {
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("ROLLBACK"));
    }
}

Status Transaction::commit()
{
    if (!m_active)
        return m_error;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("COMMIT")))
        return databaseError(q.lastError().text());
    m_active = false;
    return {};
}

} // namespace ovop
