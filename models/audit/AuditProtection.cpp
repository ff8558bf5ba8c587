// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "models/audit/AuditProtection.h"

#include <sqlite3.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QSqlQuery>

#include "models/audit/AuditLog.h"
#include "models/people/Session.h"
#include "models/store/Backup.h"
#include "models/store/Database.h"
#include "models/store/Sql.h"

namespace ovop {

namespace {

const char* const NoUpdate = "audit_log_no_update";
const char* const NoDelete = "audit_log_no_delete";

// As the first schema step created them (store/Schema.cpp); a later step that changes them changes
// this list with it.
QMap<QString, QString> expectedTriggers()
{
    return {{QString::fromLatin1(NoUpdate),
             QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
                            "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END")},
            {QString::fromLatin1(NoDelete),
             QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
                            "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END")}};
}

// The triggers on the log as they are: name and text, white space folded.
Result<QMap<QString, QString>> presentTriggers(const QSqlDatabase& db)
{
    SqlQuery q(db, QStringLiteral("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND "
                                  "tbl_name = 'audit_log' COLLATE NOCASE"));
    if (auto s = q.exec(); !s)
        return s.error();
    QMap<QString, QString> present;
    while (q.next())
        present.insert(q.value(0).toString(), q.value(1).toString().simplified());
    if (auto done = q.finished(); !done)
        return done.error();
    return present;
}

// The newest entry of the audit log in a backup file, read through a read-only connection.
Result<QPair<qint64, QString>> newestEntry(const QString& file)
{
    sqlite3* db = nullptr;
    const QByteArray name = QFile::encodeName(file);
    QPair<qint64, QString> newest{0, QString()};
    int rc = sqlite3_open_v2(name.constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt* stmt = nullptr;
    if (rc == SQLITE_OK)
        rc = sqlite3_prepare_v2(db, "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1", -1, &stmt, nullptr);
    if (rc == SQLITE_OK) {
        rc = sqlite3_step(stmt);
        if (rc == SQLITE_ROW) {
            newest.first = sqlite3_column_int64(stmt, 0);
            newest.second = QString::fromLatin1(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 1)));
        }
    }
    const QString message = QString::fromUtf8(db ? sqlite3_errmsg(db) : "out of memory");
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return Error{message};
    return newest;
}

} // namespace

QStringList AuditProtection::triggerStatements()
{
    return expectedTriggers().values();
}

QStringList AuditProtection::triggerProblems(const QSqlDatabase& db)
{
    auto present = presentTriggers(db);
    if (!present)
        return {tr("The protection of the audit log cannot be read: %1").arg(present.message())};
    QStringList problems;
    const auto expected = expectedTriggers();
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        if (!present->contains(it.key()))
            problems << tr("The audit log's protection %1 was removed: entries can be changed or deleted unseen.")
                            .arg(it.key());
        else if (present->value(it.key()) != it.value().simplified())
            problems << tr("The audit log's protection %1 was altered.").arg(it.key());
    }
    for (auto it = present->cbegin(); it != present->cend(); ++it)
        if (!expected.contains(it.key()))
            problems << tr("An unknown trigger %1 was added to the audit log.").arg(it.key());
    return problems;
}

Status AuditProtection::repair(Database& db, const Session& actor)
{
    if (actor.role != Role::Admin)
        return Error{
            tr("Only an administrator may repair the protection of the audit log."), {}, {}, ErrorKind::Permission};
    const QStringList found = triggerProblems(db.sql());
    if (found.isEmpty())
        return {};
    auto present = presentTriggers(db.sql());
    if (!present)
        return present.error();
    Transaction tx(db.sql());
    if (!tx.isActive())
        return tx.beginError();
    QStringList statements;
    // Trigger names come from the schema itself; quoted as identifiers.
    for (const QString& name : present->keys())
        statements << QStringLiteral("DROP TRIGGER \"%1\"")
                          .arg(QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\"")));
    statements << triggerStatements();
    if (auto s = SqlQuery::execAll(db.sql(), statements); !s)
        return s;
    if (auto s = AuditLog(db).append(&actor, QStringLiteral("audit.repair"),
                                     {{QStringLiteral("found"), QJsonArray::fromStringList(found)}});
        !s)
        return s;
    return tx.commit();
}

QList<AuditProtection::Witness> AuditProtection::witnesses(Database& db, const QStringList& backups)
{
    QList<Witness> result;
    SqlQuery live(db.sql(), QStringLiteral("SELECT hash FROM audit_log WHERE seq = :seq"));
    for (const QString& file : backups) {
        Witness w{file, 0, {}};
        const QString shown = QDir::toNativeSeparators(file);
        auto newest = newestEntry(file);
        if (!newest) {
            w.problem = tr("The backup %1 cannot be read to confirm the audit log: %2").arg(shown, newest.message());
        } else if (newest->first > 0) {
            w.seq = newest->first;
            live.bind(QStringLiteral(":seq"), w.seq);
            if (auto s = live.exec(); !s)
                w.problem = s.message();
            else if (!live.next())
                w.problem = tr("Audit entry %1, kept in the backup %2, is no longer in the audit log: the newest "
                               "entries were deleted.")
                                .arg(w.seq)
                                .arg(shown);
            else if (live.value(0).toString() != newest->second)
                w.problem = tr("Audit entry %1 differs from the one kept in the backup %2: the audit log was "
                               "rewritten.")
                                .arg(w.seq)
                                .arg(shown);
        }
        result << w;
    }
    return result;
}

QStringList AuditProtection::witnessProblems(Database& db)
{
    const auto backups = BackupService(db).dailyBackups();
    if (!backups)
        return {backups.message()}; // the backups cannot bear witness
    QStringList problems;
    for (const Witness& w : witnesses(db, backups.value()))
        if (!w.problem.isEmpty())
            problems << w.problem;
    return problems;
}

} // namespace ovop
