// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "store/Migrations.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include "store/Database.h"
#include "store/Sql.h"

namespace ovop {

int schemaVersion(const QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

Status migrate(const QSqlDatabase& db, const std::vector<Migration>& steps)
{
    const int current = schemaVersion(db);
    for (const Migration& step : steps) {
        if (step.version <= current)
            continue;
        Transaction tx(db);
        if (!tx.isActive())
            return tx.beginError();
        Status applied = step.apply(db);
        if (applied) {
            // PRAGMA takes no bound parameters; the version is an integer of our own.
            applied = SqlQuery::execAll(db, {QStringLiteral("PRAGMA user_version = %1").arg(step.version),
                                             QStringLiteral("PRAGMA application_id = %1")
                                                 .arg(qint64(Database::ApplicationId))});
        }
        if (!applied)
            return Error{QCoreApplication::translate("Database",
                                                     "The database could not be upgraded to data version %1 (%2); "
                                                     "it was left as it was.")
                                 .arg(step.version)
                                 .arg(step.name) +
                             QLatin1Char(' ') + applied.message(),
                         applied.error().detail,
                         {},
                         applied.error().kind};
        if (auto committed = tx.commit(); !committed)
            return committed;
    }
    return {};
}

} // namespace ovop
