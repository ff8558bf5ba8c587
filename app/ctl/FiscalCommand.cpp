// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// ovopctl fiscal: the fiscal link of the till's sales and returns; send again what was not sent.
// The register is the simulated one (OVOP_FISCAL_SIMULATE=fail makes it refuse).
#include <QJsonArray>
#include <QJsonObject>

#include "Command.h"
#include "TextTable.h"
#include "models/sales/Fiscal.h"

namespace ovop::ctl {

namespace {

const char* const Synopsis = "fiscal list [--failed] [--json] | fiscal retry";

QString stateText(FiscalStatus::State state)
{
    switch (state) {
    case FiscalStatus::State::Sent:
        return Ctl::tr("sent");
    case FiscalStatus::State::Failed:
        return Ctl::tr("failed");
    case FiscalStatus::State::NotSent:
        break;
    }
    return Ctl::tr("not sent");
}

QString typeText(const QString& type)
{
    return type == QLatin1String("return") ? Ctl::tr("return") : Ctl::tr("sale");
}

QJsonObject statusJson(const FiscalStatus& s)
{
    return QJsonObject{
        {QStringLiteral("document_type"), s.documentType},
        {QStringLiteral("document_id"), s.documentId},
        {QStringLiteral("receipt"), s.receipt},
        {QStringLiteral("state"), FiscalStatus::stateKey(s.state)},
        {QStringLiteral("fiscal_number"), s.fiscalNumber},
        {QStringLiteral("register_number"), s.registerNumber},
        {QStringLiteral("qr_payload"), s.qrPayload},
        {QStringLiteral("fiscal_at"), s.fiscalAt.isValid() ? s.fiscalAt.toUTC().toString(Qt::ISODate) : QString()},
        {QStringLiteral("error"), s.error},
        {QStringLiteral("attempts"), s.attempts}};
}

std::unique_ptr<SimulatedRegister> registerFor(Context& ctx, Database& db)
{
    auto simulated = SimulatedRegister::forTill(db);
    if (!simulated) {
        ctx.refuse(simulated.error());
        return nullptr;
    }
    return std::move(simulated).value();
}

int listDocuments(Context& ctx)
{
    const bool failedOnly = ctx.takeFlag(QStringLiteral("--failed"));
    if (!ctx.args.isEmpty())
        return ctx.usage(Ctl::tr("Usage: ovopctl fiscal list [--failed] [--json]"));
    return ctx.withLogin(Access::Read, [&](Database& db, const Session& actor) -> int {
        if (!actor.can(Permission::Sell))
            return ctx.refuse(Roles::refusal(Permission::Sell));
        auto simulated = registerFor(ctx, db);
        if (!simulated)
            return Refused;
        const auto documents = FiscalService(db, *simulated).list(failedOnly);
        if (!documents)
            return ctx.refuse(documents.error());
        if (ctx.json) {
            QJsonArray array;
            for (const FiscalStatus& s : documents.value())
                array.append(statusJson(s));
            ctx.printJson(array);
            return Ok;
        }
        if (documents->isEmpty()) {
            ctx.out << (failedOnly ? Ctl::tr("Every receipt is sent to the fiscal register.") : Ctl::tr("No receipts."))
                    << Qt::endl;
            return Ok;
        }
        TextTable table({Ctl::tr("Receipt"), Ctl::tr("Document"), Ctl::tr("Fiscal state"), Ctl::tr("Fiscal number"),
                         Ctl::tr("Attempts"), Ctl::tr("Error")},
                        {false, false, false, false, true});
        for (const FiscalStatus& s : documents.value())
            table.addRow({s.receipt, typeText(s.documentType), stateText(s.state), s.fiscalNumber,
                          QString::number(s.attempts), s.error});
        table.print(ctx.out);
        return Ok;
    });
}

int retryDocuments(Context& ctx)
{
    if (!ctx.args.isEmpty())
        return ctx.usage(Ctl::tr("Usage: ovopctl fiscal retry"));
    return ctx.withLogin(Access::Change, [&](Database& db, const Session& actor) -> int {
        if (!actor.can(Permission::Sell))
            return ctx.refuse(Roles::refusal(Permission::Sell));
        auto simulated = registerFor(ctx, db);
        if (!simulated)
            return Refused;
        FiscalService fiscal(db, *simulated);
        const auto sent = fiscal.retry();
        if (!sent)
            return ctx.refuse(sent.error());
        const auto left = fiscal.list(true);
        if (!left)
            return ctx.refuse(left.error());
        if (ctx.json) {
            ctx.printJson(QJsonObject{{QStringLiteral("sent"), sent.value()}, {QStringLiteral("left"), left->size()}});
        } else {
            ctx.out << Ctl::tr("%n receipt(s) sent to the fiscal register.", nullptr, sent.value()) << Qt::endl;
            if (!left->isEmpty())
                ctx.err << Ctl::tr("%n receipt(s) still not sent.", nullptr, int(left->size())) << Qt::endl;
        }
        return left->isEmpty() ? Ok : Refused;
    });
}

int runFiscal(Context& ctx)
{
    const QString sub = ctx.args.isEmpty() ? QString() : ctx.args.takeFirst();
    if (sub == QLatin1String("list"))
        return listDocuments(ctx);
    if (sub == QLatin1String("retry"))
        return retryDocuments(ctx);
    return ctx.usage(Ctl::tr("Usage: ovopctl %1").arg(QString::fromUtf8(Synopsis)));
}

const CommandRegistrar registrar("fiscal", Synopsis, &runFiscal);

} // namespace

} // namespace ovop::ctl
