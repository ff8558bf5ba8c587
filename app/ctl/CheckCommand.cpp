// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// ovopctl check: the database file, the links between records, the audit chain, its protection and
// its witnesses in the rotating backups and, as later capabilities add them, their ledgers. Exit
// status 1 when anything is wrong. --repair (an administrator) recreates the log's protection and
// makes the figures kept for the reports again where they differ from the ledger.
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

#include "Command.h"
#include "models/reports/ReportFigures.h"
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
    QStringList rebuilt; // the figures kept for the reports that --repair made again
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
                auto made = ReportFigures::repair(*db.value(), *actor);
                if (!made)
                    return ctx.refuse(made.error());
                rebuilt = made.value();
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
                                  {QStringLiteral("problems"), QJsonArray::fromStringList(problems)},
                                  {QStringLiteral("rebuilt"), QJsonArray::fromStringList(rebuilt)}});
    } else if (!rebuilt.isEmpty()) {
        ctx.out << Ctl::tr("Made again from the ledger: %1.").arg(rebuilt.join(QStringLiteral(", "))) << Qt::endl;
    }
    if (!ctx.json && problems.isEmpty()) {
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
