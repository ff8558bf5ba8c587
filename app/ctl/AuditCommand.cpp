// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// ovopctl audit: read the audit log (manager, admin).
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "Command.h"
#include "models/audit/AuditLog.h"
#include "models/audit/AuditText.h"
#include "models/core/Language.h"

namespace ovop::ctl {

namespace {

int runAudit(Context& ctx)
{
    AuditFilter filter;
    QString limit;
    if (!ctx.takeOption(QStringLiteral("--action"), filter.action) ||
        !ctx.takeOption(QStringLiteral("--user"), filter.userName) || !ctx.takeOption(QStringLiteral("--limit"), limit))
        return Usage;
    bool limitOk = true;
    if (!limit.isEmpty())
        filter.limit = limit.toInt(&limitOk);
    if (!ctx.args.isEmpty() || !limitOk || filter.limit <= 0)
        return ctx.usage(Ctl::tr("Usage: ovopctl --as NAME audit [--action PREFIX] [--user NAME] [--limit N]"));
    return ctx.withLogin(Access::Read, [&](Database& db, const Session& actor) -> int {
        auto entries = AuditLog(db).entries(actor, filter);
        if (!entries)
            return ctx.refuse(entries.message());
        const AuditNames names(&db);
        if (ctx.json) {
            QJsonArray array;
            for (const AuditEntry& e : entries.value())
                array.append(QJsonObject{{QStringLiteral("seq"), e.seq},
                                         {QStringLiteral("id"), e.id},
                                         {QStringLiteral("at"), e.at.toUTC().toString(Qt::ISODateWithMs)},
                                         {QStringLiteral("user"), e.userName},
                                         {QStringLiteral("action"), e.action},
                                         {QStringLiteral("details"), e.details},
                                         {QStringLiteral("text"), AuditText::describe(e, names, Language::current())},
                                         {QStringLiteral("origin_shop"), e.originShop},
                                         {QStringLiteral("origin_device"), e.originDevice},
                                         {QStringLiteral("hash"), e.hash}});
            ctx.printJson(array);
            return Ok;
        }
        for (const AuditEntry& e : entries.value())
            ctx.out << QString::number(e.seq).rightJustified(6) << "  "
                    << e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) << "  "
                    << e.userName.leftJustified(12) << ' ' << AuditLog::actionTitle(e.action) << "  "
                    << AuditText::describe(e, names, Language::current()) << '\n';
        ctx.out.flush();
        return Ok;
    });
}

const CommandRegistrar registrar("audit", "audit [--action PREFIX] [--user NAME] [--limit N]", &runAudit);

} // namespace

} // namespace ovop::ctl
