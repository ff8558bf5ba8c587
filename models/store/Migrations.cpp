// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "models/store/Migrations.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include "models/store/Database.h"
#include "models/store/Sql.h"

namespace ovop {

namespace {

// For the upgrade: foreign keys off, and ALTER TABLE RENAME as before SQLite 3.25, which renames
// the table alone. A step that rebuilds table X (new table, copy, DROP TABLE X, rename to X) would
// otherwise be refused at the rename by any trigger of another table that reads X, since X does
// not exist in between; once renamed, such a trigger reads the new X. Both back when the upgrade
// ends, however it ends.
class UpgradePragmas
{
public:
    explicit UpgradePragmas(const QSqlDatabase& db) : m_db(db)
    {
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("PRAGMA foreign_keys"));
        m_wasOn = q.next() && q.value(0).toInt() == 1;
        q.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
        q.exec(QStringLiteral("PRAGMA legacy_alter_table = ON"));
    }
    ~UpgradePragmas()
    {
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("PRAGMA legacy_alter_table = OFF"));
        if (m_wasOn)
            q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    }
    UpgradePragmas(const UpgradePragmas&) = delete;
    UpgradePragmas& operator=(const UpgradePragmas&) = delete;

private:
    QSqlDatabase m_db;
    bool m_wasOn = false;
};

// The rows that break a foreign key after a step, as "table row n → parent" lines for the detail.
Result<QStringList> foreignKeyViolations(const QSqlDatabase& db)
{
    SqlQuery q(db, QStringLiteral("PRAGMA foreign_key_check"));
    if (auto done = q.exec(); !done)
        return done.error();
    QStringList out;
    while (q.next())
        out << QStringLiteral("%1 row %2 -> %3")
                   .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
    if (auto done = q.finished(); !done)
        return done.error();
    return out;
}

Origin settingsOrigin(const QSqlDatabase& db)
{
    Origin origin;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT key, value FROM settings WHERE key IN ('shop_code', 'device_id')")))
        return origin; // no settings yet: the first step makes them
    while (q.next()) {
        if (q.value(0).toString() == QLatin1String("shop_code"))
            origin.shopCode = q.value(1).toString();
        else
            origin.deviceId = q.value(1).toString();
    }
    return origin;
}

Error stepFailed(const Migration& step, const Error& why)
{
    return Error{QCoreApplication::translate("Database", "The database could not be upgraded to data version %1 (%2); "
                                                         "it was left as it was.")
                         .arg(step.version)
                         .arg(step.name) +
                     QLatin1Char(' ') + why.message,
                 why.detail,
                 {},
                 why.kind};
}

} // namespace

int schemaVersion(const QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

Status migrate(const QSqlDatabase& db, const std::vector<Migration>& steps, const Clock& clock, IdGenerator& ids)
{
    if (!steps.empty() && steps.back().version <= schemaVersion(db))
        return {};
    const UpgradePragmas pragmas(db);
    for (const Migration& step : steps) {
        Transaction tx(db);
        if (!tx.isActive())
            return tx.beginError();
        // Read inside the transaction: another process may have upgraded the file meanwhile.
        if (step.version <= schemaVersion(db))
            continue;
        const MigrationContext context{db, &clock, &ids, settingsOrigin(db)};
        Status applied = step.apply(context);
        if (applied) {
            auto violations = foreignKeyViolations(db);
            if (!violations)
                applied = violations.error();
            else if (!violations->isEmpty())
                applied = Error{QCoreApplication::translate("Database",
                                                            "The upgrade would leave records that refer to records "
                                                            "that do not exist."),
                                violations->join(QStringLiteral("; ")),
                                {},
                                ErrorKind::Storage};
        }
        if (applied) {
            // PRAGMA takes no bound parameters; the version is an integer of our own.
            applied = SqlQuery::execAll(db, {QStringLiteral("PRAGMA user_version = %1").arg(step.version),
                                             QStringLiteral("PRAGMA application_id = %1")
                                                 .arg(qint64(Database::ApplicationId))});
        }
        if (!applied)
            return stepFailed(step, applied.error());
        if (auto committed = tx.commit(); !committed)
            return stepFailed(step, committed.error());
    }
    return {};
}

} // namespace ovop
