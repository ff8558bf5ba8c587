// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// ovopctl statement: what the shop owes a consignment producer for a period, and the list of
// statements with what was paid and what is due.
#include <QJsonArray>
#include <QJsonObject>

#include "Command.h"
#include "ProducerMoney.h"
#include "TextTable.h"
#include "models/catalog/ProducerService.h"
#include "models/payouts/ProducerDocuments.h"
#include "models/payouts/StatementService.h"
#include "models/settings/ShopSettings.h"
#include "ui/documents/ProducerDocumentRenderer.h"

namespace ovop::ctl {

namespace {

const char* const Synopsis = "statement PRODUCER --from DATE --to DATE [--json | --pdf FILE [--force]] "
                             "[--lang ky|ru|en] | statement list [PRODUCER] [--json] | "
                             "statement show NUMBER [--json | --pdf FILE [--force]]";

QString usageText()
{
    return Ctl::tr("Usage: ovopctl %1\n"
                   "Makes the statement of a consignment producer's sales and returns of the period (days of "
                   "this computer's time zone) that are not on a statement yet. When every line of the period is "
                   "on a statement of exactly that period already, shows that statement instead. The statement "
                   "is in the shop's receipt language unless --lang is given.")
        .arg(QString::fromUtf8(Synopsis));
}

void printStatement(Context& ctx, const Statement& s)
{
    ctx.out << Ctl::tr("Statement %1: %2 (%3), %4 to %5")
                   .arg(s.number, s.producerName, s.producerCode, s.from.toString(Qt::ISODate),
                        s.to.toString(Qt::ISODate))
            << Qt::endl;
    TextTable table({Ctl::tr("Date"), Ctl::tr("Receipt"), Ctl::tr("SKU"), Ctl::tr("Name", "of a product"),
                     Ctl::tr("Qty"), Ctl::tr("Amount"), Ctl::tr("Commission")},
                    {false, false, false, false, true, true, true});
    for (const StatementLine& l : s.lines) {
        const bool back = l.kind == StatementLine::Kind::Return;
        const QString sign = back ? QStringLiteral("-") : QString();
        table.addRow({l.at.date().toString(Qt::ISODate), back ? l.returnReceipt : l.saleReceipt, l.sku,
                      l.name.in(ctx.language) + (back ? QLatin1Char(' ') + Ctl::tr("(returned)") : QString()),
                      sign + l.quantity.format(ctx.language), sign + l.amount.format(ctx.language),
                      sign + l.commission.format(ctx.language)});
    }
    table.print(ctx.out);
    ctx.out << Ctl::tr("Sold: %1").arg(s.gross.format(ctx.language)) << Qt::endl
            << Ctl::tr("Returned: %1").arg(s.returns.format(ctx.language)) << Qt::endl
            << Ctl::tr("Commission: %1").arg(s.commission.format(ctx.language)) << Qt::endl
            << Ctl::tr("Owed: %1").arg(s.owed.format(ctx.language)) << Qt::endl
            << Ctl::tr("Paid: %1").arg(s.paid.format(ctx.language)) << Qt::endl
            << Ctl::tr("Due: %1").arg(s.due().format(ctx.language)) << Qt::endl;
}

// The statement as --json, --pdf or text.
int show(Context& ctx, Database& db, const Statement& s, const QString& pdf, Overwrite overwrite)
{
    if (!pdf.isEmpty()) {
        auto settings = SettingsService(db).load();
        if (!settings)
            return ctx.refuse(settings.error());
        const PrintedDocument doc =
            ProducerDocuments::statement(s, settings.value(), ctx.languageGiven ? ctx.language : s.language);
        if (auto written = ui::ProducerDocumentRenderer::writePdf(pdf, doc, overwrite); !written)
            return ctx.refuse(written.error());
        if (!ctx.json)
            ctx.out << Ctl::tr("Statement %1 written to %2.").arg(s.number, pdf) << Qt::endl;
    }
    if (ctx.json)
        ctx.printJson(statementJson(s));
    else if (pdf.isEmpty())
        printStatement(ctx, s);
    return Ok;
}

int makeStatement(Context& ctx)
{
    QString fromText, toText, pdf;
    if (!ctx.takeOption(QStringLiteral("--from"), fromText) || !ctx.takeOption(QStringLiteral("--to"), toText) ||
        !ctx.takeOption(QStringLiteral("--pdf"), pdf))
        return Usage;
    const Overwrite overwrite = ctx.takeOverwrite();
    if (ctx.args.size() != 1 || fromText.isEmpty() || toText.isEmpty())
        return ctx.usage(usageText());
    const QDate from = QDate::fromString(fromText, Qt::ISODate);
    const QDate to = QDate::fromString(toText, Qt::ISODate);
    if (!from.isValid())
        return ctx.usage(Ctl::tr("\"%1\" is not a date: write it as YYYY-MM-DD.").arg(fromText));
    if (!to.isValid())
        return ctx.usage(Ctl::tr("\"%1\" is not a date: write it as YYYY-MM-DD.").arg(toText));
    return ctx.withLogin(Access::Change, [&](Database& db, const Session& actor) -> int {
        auto producer = ProducerService(db).get(actor, ctx.args.first());
        if (!producer)
            return ctx.refuse(producer.error());
        StatementService statements(db);
        auto made = statements.make(actor, producer->id, from, to, ctx.languageGiven ? ctx.language : QString());
        if (!made) {
            // Nothing new in the period: the statement of exactly this period, if there is one.
            if (made.error().detail == QLatin1String("empty")) {
                auto earlier = statements.findPeriod(actor, producer->id, from, to);
                if (earlier && earlier->has_value()) {
                    if (!ctx.json)
                        ctx.out << Ctl::tr("Every line of this period is on statement %1 already.")
                                       .arg(earlier->value().number)
                                << Qt::endl;
                    return show(ctx, db, earlier->value(), pdf, overwrite);
                }
            }
            return ctx.refuse(made.error());
        }
        return show(ctx, db, made.value(), pdf, overwrite);
    });
}

int showStatement(Context& ctx)
{
    QString pdf;
    if (!ctx.takeOption(QStringLiteral("--pdf"), pdf))
        return Usage;
    const Overwrite overwrite = ctx.takeOverwrite();
    if (ctx.args.size() != 1)
        return ctx.usage(usageText());
    return ctx.withLogin(Access::Read, [&](Database& db, const Session& actor) -> int {
        auto found = StatementService(db).find(actor, ctx.args.first());
        if (!found)
            return ctx.refuse(found.error());
        return show(ctx, db, found.value(), pdf, overwrite);
    });
}

int listStatements(Context& ctx)
{
    if (ctx.args.size() > 1)
        return ctx.usage(usageText());
    return ctx.withLogin(Access::Read, [&](Database& db, const Session& actor) -> int {
        QString producerId;
        if (!ctx.args.isEmpty()) {
            auto producer = ProducerService(db).get(actor, ctx.args.first());
            if (!producer)
                return ctx.refuse(producer.error());
            producerId = producer->id;
        }
        auto list = StatementService(db).list(actor, producerId);
        if (!list)
            return ctx.refuse(list.error());
        if (ctx.json) {
            QJsonArray array;
            for (const Statement& s : list.value())
                array.append(statementJson(s));
            ctx.printJson(array);
            return Ok;
        }
        if (list->isEmpty()) {
            ctx.out << Ctl::tr("No statements.") << Qt::endl;
            return Ok;
        }
        TextTable table({Ctl::tr("Number"), Ctl::tr("Producer"), Ctl::tr("From"), Ctl::tr("To"), Ctl::tr("Owed"),
                         Ctl::tr("Paid"), Ctl::tr("Due")},
                        {false, false, false, false, true, true, true});
        for (const Statement& s : list.value())
            table.addRow({s.number, s.producerCode, s.from.toString(Qt::ISODate), s.to.toString(Qt::ISODate),
                          s.owed.format(ctx.language), s.paid.format(ctx.language), s.due().format(ctx.language)});
        table.print(ctx.out);
        return Ok;
    });
}

int runStatement(Context& ctx)
{
    if (ctx.args.isEmpty())
        return ctx.usage(usageText());
    if (ctx.args.first() == QLatin1String("list")) {
        ctx.args.removeFirst();
        return listStatements(ctx);
    }
    if (ctx.args.first() == QLatin1String("show")) {
        ctx.args.removeFirst();
        return showStatement(ctx);
    }
    return makeStatement(ctx);
}

const CommandRegistrar reg("statement", Synopsis, &runStatement);

} // namespace

} // namespace ovop::ctl
