// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// ovopctl check: the database file, the links between records, the audit chain, its protection and
// its witnesses in the rotating backups and, as later capabilities add them, their ledgers. Exit
// status 1 when anything is wrong. --repair (an administrator) recreates the log's protection.
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

#include "Command.h"
#include "models/audit/AuditLog.h"
#include "models/audit/AuditProtection.h"
#include "models/audit/IntegrityCheck.h"

namespace ovop::ctl {

namespace {

int runCheck(Context& ctx)
{
    const bool repair = ctx.takeFlag(QStringLiteral("--repair"));
    if (!ctx.args.isEmpty())
        return ctx.usage(Ctl::tr("Usage: ovopctl check [--repair]"));
    const QString path = QDir::toNativeSeparators(ctx.dbPath);
    QStringList problems;
    qint64 auditEntries = 0;
    int version = 0;
    {
        OpenOptions options = ctx.openOptions();
        options.allowAuditRepair = true; // a check reports a log that lost its protection; --repair mends it
        auto db = Database::open(ctx.dbPath, options);
        if (!db) {
            problems << db.message();
        } else {
            if (repair) {
                const auto actor = ctx.login(*db.value(), Access::Change);
                if (!actor)
                    return actor.exitCode;
                if (auto s = AuditProtection::repair(*db.value(), *actor); !s)
                    return ctx.refuse(s.error());
            }
            version = db.value()->version();
            auditEntries = AuditLog(*db.value()).verify().entries;
            problems = checkIntegrity(*db.value());
        }
    }
    if (ctx.json) {
        ctx.printJson(QJsonObject{{QStringLiteral("database"), path},
                                  {QStringLiteral("ok"), problems.isEmpty()},
                                  {QStringLiteral("version"), version},
                                  {QStringLiteral("audit_entries"), auditEntries},
                                  {QStringLiteral("problems"), QJsonArray::fromStringList(problems)}});
    } else if (problems.isEmpty()) {
        ctx.out << Ctl::tr("%1 is sound: data version %2, %n audit entries in an unbroken chain.", "",
                           int(auditEntries))
                       .arg(path)
                       .arg(version)
                << Qt::endl;
    }
    if (problems.isEmpty())
        return Ok;
    ctx.err << Ctl::tr("%1 has %n problem(s):", "", int(problems.size())).arg(path) << Qt::endl;
    for (const QString& problem : problems)
        ctx.err << "  - " << problem << Qt::endl;
    return Refused;
}

const CommandRegistrar registrar("check", "check [--repair]", &runCheck);

} // namespace

} // namespace ovop::ctl
