// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// ovopctl reorder: the products below their minimum level, by producer and village.
#include <QJsonArray>
#include <QJsonObject>

#include "Command.h"
#include "TextTable.h"
#include "models/io/Csv.h"
#include "models/stock/ReorderList.h"
#include "models/store/FileGuard.h"
#include "ui/documents/ReorderDocument.h"

namespace ovop::ctl {

namespace {

QString reorderUsage()
{
    return Ctl::tr("Usage: ovopctl reorder [--json | --csv FILE [--force] | --pdf FILE [--force]] [--lang ky|ru|en]");
}

int runReorder(Context& ctx)
{
    QString csvFile;
    QString pdfFile;
    if (!ctx.takeOption(QStringLiteral("--csv"), csvFile) || !ctx.takeOption(QStringLiteral("--pdf"), pdfFile))
        return Usage;
    const Overwrite overwrite = ctx.takeOverwrite();
    if (!ctx.args.isEmpty() || int(ctx.json) + int(!csvFile.isEmpty()) + int(!pdfFile.isEmpty()) > 1)
        return ctx.usage(reorderUsage());
    auto db = ctx.openDatabase();
    if (!db)
        return Refused;
    const auto groups = ReorderList::build(*db);
    if (!groups)
        return ctx.refuse(groups.error());
    int lines = 0;
    for (const ReorderGroup& g : groups.value())
        lines += int(g.lines.size());

    if (ctx.json) {
        QJsonArray array;
        for (const ReorderGroup& g : groups.value()) {
            QJsonArray products;
            for (const ReorderLine& l : g.lines)
                products.append(QJsonObject{{QStringLiteral("sku"), l.sku},
                                            {QStringLiteral("name"), l.name.in(ctx.language)},
                                            {QStringLiteral("unit"), Units::key(l.unit)},
                                            {QStringLiteral("on_hand"), jsonUnits(l.onHand)},
                                            {QStringLiteral("min_level"), jsonUnits(l.minLevel)},
                                            {QStringLiteral("suggested"), jsonUnits(l.suggested)}});
            array.append(QJsonObject{{QStringLiteral("producer_code"), g.producerCode},
                                     {QStringLiteral("producer"), g.producerName},
                                     {QStringLiteral("village"), g.villageName.in(ctx.language)},
                                     {QStringLiteral("phone"), g.phone},
                                     {QStringLiteral("lines"), products}});
        }
        ctx.printJson(array);
        return Ok;
    }
    if (!csvFile.isEmpty()) {
        if (auto done = SafeFile::write(csvFile, ReorderList::toCsv(groups.value(), ctx.language).toBytes(), overwrite);
            !done)
            return ctx.refuse(done.error());
        ctx.out << Ctl::tr("%n product(s) written to %1.", nullptr, lines).arg(csvFile) << Qt::endl;
        return Ok;
    }
    if (!pdfFile.isEmpty()) {
        if (auto done = ui::ReorderDocument::writePdf(pdfFile, groups.value(), ctx.language, overwrite); !done)
            return ctx.refuse(done.error());
        ctx.out << Ctl::tr("%n product(s) written to %1.", nullptr, lines).arg(pdfFile) << Qt::endl;
        return Ok;
    }
    if (groups->isEmpty()) {
        ctx.out << Ctl::tr("No product is below its minimum level.") << Qt::endl;
        return Ok;
    }
    for (const ReorderGroup& g : groups.value()) {
        ctx.out << g.producerName << " (" << g.producerCode << "), " << g.villageName.in(ctx.language);
        if (!g.phone.isEmpty())
            ctx.out << ", " << g.phone;
        ctx.out << Qt::endl;
        TextTable table({Ctl::tr("SKU"), Ctl::tr("Name", "of a product"), Ctl::tr("On hand"), Ctl::tr("Minimum"),
                         Ctl::tr("To order")},
                        {false, false, true, true, true});
        for (const ReorderLine& l : g.lines)
            table.addRow({l.sku, l.name.in(ctx.language), l.onHand.format(ctx.language),
                          l.minLevel.format(ctx.language),
                          l.suggested.format(ctx.language) + QLatin1Char(' ') + Units::symbol(l.unit)});
        table.print(ctx.out);
        ctx.out << Qt::endl;
    }
    return Ok;
}

const CommandRegistrar reg("reorder", "reorder [--json | --csv FILE | --pdf FILE] [--lang ky|ru|en]", &runReorder);

} // namespace

} // namespace ovop::ctl
