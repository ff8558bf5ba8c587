// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// ovopctl label: price labels of products as a PDF, an A4 sheet or single 58 x 40 mm labels.
#include <QFileInfo>
#include <QJsonObject>

#include "Command.h"
#include "models/catalog/CatalogService.h"
#include "ui/documents/LabelRenderer.h"
#include "ui/documents/ProductLabel.h"

namespace ovop::ctl {

namespace {

QString synopsis()
{
    return Ctl::tr("Usage: ovopctl label --sku SKU [SKU...] [--sku SKU...] --out FILE.pdf [--sheet | --single] "
                   "[--copies N] [--skip N] [--force] [--lang ky|ru|en]");
}

bool takeNumber(Context& ctx, const QString& option, int& value)
{
    QString text;
    if (!ctx.takeOption(option, text))
        return false;
    if (text.isEmpty())
        return true;
    bool ok = false;
    value = text.toInt(&ok);
    if (!ok) {
        ctx.usage(Ctl::tr("%1 needs a whole number, not \"%2\".").arg(option, text));
        return false;
    }
    return true;
}

int runLabel(Context& ctx)
{
    QString out;
    ui::LabelOptions options;
    if (!ctx.takeOption(QStringLiteral("--out"), out) || !takeNumber(ctx, QStringLiteral("--copies"), options.copies) ||
        !takeNumber(ctx, QStringLiteral("--skip"), options.skipCells))
        return Usage;
    const Overwrite overwrite = ctx.takeOverwrite();
    const bool sheet = ctx.takeFlag(QStringLiteral("--sheet"));
    const bool single = ctx.takeFlag(QStringLiteral("--single"));
    if (sheet && single)
        return ctx.usage(Ctl::tr("Choose either --sheet or --single, not both."));
    options.format = single ? ui::LabelFormat::Single : ui::LabelFormat::Sheet;

    // The SKUs: each --sku takes the words after it up to the next option.
    QStringList skus;
    bool afterSku = false;
    for (const QString& arg : std::as_const(ctx.args)) {
        if (arg == QLatin1String("--sku")) {
            afterSku = true;
        } else if (arg.startsWith(QLatin1String("--"))) {
            return ctx.usage(Ctl::tr("Unknown option %1.").arg(arg) + QLatin1Char('\n') + synopsis());
        } else if (afterSku) {
            skus << arg;
        } else {
            return ctx.usage(Ctl::tr("Unexpected \"%1\": put SKUs after --sku.").arg(arg) + QLatin1Char('\n') +
                             synopsis());
        }
    }
    if (skus.isEmpty())
        return ctx.usage(Ctl::tr("Say which products: --sku SKU.") + QLatin1Char('\n') + synopsis());
    if (out.isEmpty())
        return ctx.usage(Ctl::tr("Say where to write the labels: --out FILE.pdf.") + QLatin1Char('\n') + synopsis());

    auto db = ctx.openDatabase();
    if (!db)
        return Refused;
    const CatalogService catalog(*db);
    QList<ui::LabelData> labels;
    QStringList problems;
    for (const QString& sku : std::as_const(skus)) {
        const auto found = catalog.findBySku(sku);
        if (!found)
            return ctx.refuse(found.error(), Ctl::tr("No labels were written."));
        const std::optional<Product>& product = found.value();
        if (!product)
            problems << Ctl::tr("No product has the SKU \"%1\": see ovopctl product list.").arg(sku);
        else if (!product->active)
            problems << Ctl::tr("The product %1 is archived: reactivate it before printing its label.").arg(sku);
        else
            labels << ui::productLabel(*product, ctx.language);
    }
    if (!problems.isEmpty())
        return ctx.refuse(problems.join(QLatin1Char('\n')) + QLatin1Char('\n') + Ctl::tr("No labels were written."));

    const auto written = ui::LabelRenderer::writePdf(out, labels, options, overwrite);
    if (!written)
        return ctx.refuse(written.error(), Ctl::tr("No labels were written."));

    const int count = int(labels.size()) * options.copies;
    const int perPage = ui::LabelRenderer::labelsPerPage(options.format);
    const int pages = (options.skipCells + count + perPage - 1) / perPage;
    const QString path = QFileInfo(out).absoluteFilePath();
    if (ctx.json) {
        ctx.printJson(
            QJsonObject{{QStringLiteral("file"), path},
                        {QStringLiteral("labels"), count},
                        {QStringLiteral("pages"), pages},
                        {QStringLiteral("format"), single ? QStringLiteral("single") : QStringLiteral("sheet")}});
    } else {
        ctx.out << Ctl::tr("%n label(s) written to %1 (%2).", nullptr, count)
                       .arg(path, Ctl::tr("%n page(s)", nullptr, pages))
                << Qt::endl;
    }
    return Ok;
}

const CommandRegistrar
    reg("label", "label --sku SKU [SKU...] --out FILE.pdf [--sheet | --single] [--copies N] [--skip N] [--force]",
        &runLabel);

} // namespace

} // namespace ovop::ctl
