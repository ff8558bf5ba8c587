// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// The report of `catalog import` and `producer import`: counts, notes, then every problem; and the
// flow both commands share (arguments, database, login, reading the file, applying it).
#pragma once

#include <functional>
#include <optional>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

#include "Command.h"
#include "models/catalog/Import.h"
#include "models/exchange/ImportPlan.h"

namespace ovop::ctl {

class ImportReport
{
    Q_DECLARE_TR_FUNCTIONS(ImportReport)

public:
    // `... import FILE [--dry-run]` with Importer (ProductImport or ProducerImport): reads the file as the
    // logged-in user, applies it unless it has problems or --dry-run is given, and reports. usage is
    // printed when the arguments are wrong.
    template <typename Importer, typename KeyFn>
    static int runCommand(Context& ctx, const QString& usage, KeyFn key)
    {
        const bool dryRun = ctx.takeFlag(QStringLiteral("--dry-run"));
        if (ctx.args.size() != 1)
            return ctx.usage(usage);
        const QString file = ctx.args.first();
        auto db = ctx.openDatabase();
        if (!db)
            return Refused;
        const auto session = ctx.login(*db, dryRun ? Access::Read : Access::Change);
        if (!session)
            return session.exitCode;
        Importer importer(*db);
        const auto plan = importer.parseFile(*session, file);
        if (!plan)
            return ctx.refuse(plan.message());
        return run(ctx, plan.value(), dryRun, key, [&]() { return importer.apply(*session, plan.value()); });
    }

    // key(value) gives the record's key (SKU or producer code) for the list of changed rows.
    template <typename T, typename KeyFn>
    static int run(Context& ctx, const ImportPlan<T>& plan, bool dryRun, KeyFn key,
                   const std::function<Result<ImportSummary>()>& apply)
    {
        const int added = plan.count(ImportAction::New);
        const int changed = plan.count(ImportAction::Changed);
        const int unchanged = plan.count(ImportAction::Unchanged);
        std::optional<ImportSummary> applied;
        QString failure;
        if (!plan.hasProblems() && !dryRun) {
            auto summary = apply();
            if (summary)
                applied = summary.value();
            else
                failure = summary.message();
        }

        if (ctx.json) {
            QJsonArray problems;
            for (const auto& p : plan.problems)
                problems.append(QJsonObject{{QStringLiteral("line"), p.line},
                                            {QStringLiteral("column"), p.column},
                                            {QStringLiteral("message"), p.message}});
            QJsonArray changes;
            for (const auto& row : plan.rows)
                if (row.action != ImportAction::Unchanged)
                    changes.append(QJsonObject{
                        {QStringLiteral("line"), row.line},
                        {QStringLiteral("key"), key(row.value)},
                        {QStringLiteral("action"),
                         row.action == ImportAction::New ? QStringLiteral("new") : QStringLiteral("changed")},
                        {QStringLiteral("fields"), QJsonArray::fromStringList(row.changedFields)}});
            QJsonObject report{{QStringLiteral("file"), plan.fileName},
                               {QStringLiteral("sha256"), plan.sha256},
                               {QStringLiteral("encoding"), plan.encoding},
                               {QStringLiteral("delimiter"), QString(plan.delimiter)},
                               {QStringLiteral("rows"), int(plan.rows.size())},
                               {QStringLiteral("new"), added},
                               {QStringLiteral("changed"), changed},
                               {QStringLiteral("unchanged"), unchanged},
                               {QStringLiteral("with_problems"), plan.rowsWithProblems()},
                               {QStringLiteral("ignored_columns"), QJsonArray::fromStringList(plan.ignoredColumns)},
                               {QStringLiteral("notes"), QJsonArray::fromStringList(plan.notes)},
                               {QStringLiteral("problems"), problems},
                               {QStringLiteral("changes"), changes},
                               {QStringLiteral("dry_run"), dryRun},
                               {QStringLiteral("applied"), applied.has_value()}};
            if (!failure.isEmpty())
                report.insert(QStringLiteral("error"), failure);
            ctx.printJson(report);
        } else {
            const QString delimiter = plan.delimiter == QLatin1Char('\t') ? QStringLiteral("tab") : QString(plan.delimiter);
            ctx.out << tr("File %1: %2, delimiter \"%3\", %n row(s).", nullptr, int(plan.rows.size()))
                           .arg(plan.fileName, plan.encoding, delimiter)
                    << "\n";
            ctx.out << tr("New: %1, changed: %2, unchanged: %3.").arg(added).arg(changed).arg(unchanged);
            if (plan.rowsWithProblems() > 0)
                ctx.out << " " << tr("With problems: %1.").arg(plan.rowsWithProblems());
            ctx.out << "\n";
            for (const QString& note : plan.notes)
                ctx.out << tr("Note: %1").arg(note) << "\n";
            if (dryRun && !plan.hasProblems()) {
                for (const auto& row : plan.rows) {
                    if (row.action == ImportAction::New)
                        ctx.out << tr("  line %1, %2: new").arg(row.line).arg(key(row.value)) << "\n";
                    else if (row.action == ImportAction::Changed)
                        ctx.out << tr("  line %1, %2: changes %3")
                                       .arg(row.line)
                                       .arg(key(row.value), row.changedFields.join(QStringLiteral(", ")))
                                << "\n";
                }
            }
            ctx.out.flush();
            if (plan.hasProblems()) {
                ctx.err << tr("%n problem(s):", nullptr, int(plan.problems.size())) << "\n";
                for (const auto& p : plan.problems) {
                    if (p.line > 0 && p.column.isEmpty())
                        ctx.err << tr("line %1: %2").arg(p.line).arg(p.message) << "\n";
                    else if (p.line > 0)
                        ctx.err << tr("line %1, %2: %3").arg(p.line).arg(p.column, p.message) << "\n";
                    else
                        ctx.err << p.message << "\n";
                }
                ctx.err << tr("Nothing was imported.") << Qt::endl;
            } else if (!failure.isEmpty()) {
                ctx.err << failure << Qt::endl;
            } else if (dryRun) {
                ctx.out << tr("Dry run: nothing was changed.") << Qt::endl;
            } else if (applied && applied->added + applied->changed == 0) {
                ctx.out << tr("Everything in the file is already there: nothing was changed.") << Qt::endl;
            } else if (applied) {
                ctx.out << tr("Imported: %1 new, %2 changed, %3 unchanged.")
                               .arg(applied->added)
                               .arg(applied->changed)
                               .arg(applied->unchanged)
                        << Qt::endl;
            }
        }
        return plan.hasProblems() || !failure.isEmpty() ? Refused : Ok;
    }
};

} // namespace ovop::ctl
