// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// ovopctl catalog import|export: the product file (CSV).
#include "Command.h"
#include "ImportReport.h"
#include "models/exchange/CatalogExport.h"
#include "models/exchange/ProductImport.h"

namespace ovop::ctl {

namespace {

int importProducts(Context& ctx)
{
    return ImportReport::runCommand<ProductImport>(ctx, Ctl::tr("Usage: ovopctl catalog import FILE [--dry-run]"),
                                                   [](const Product& p) { return p.sku; });
}

int exportProducts(Context& ctx)
{
    ExportOptions options;
    if (ctx.takeFlag(QStringLiteral("--semicolon")))
        options.delimiter = QLatin1Char(';');
    if (ctx.takeFlag(QStringLiteral("--force")))
        options.overwrite = Overwrite::Allow;
    options.language = ctx.language;
    if (ctx.args.size() != 1)
        return ctx.usage(Ctl::tr("Usage: ovopctl catalog export FILE [--semicolon] [--force]"));
    const QString file = ctx.args.first();
    auto db = ctx.openDatabase();
    if (!db)
        return Refused;
    const auto written = CatalogExport(*db).saveProducts(file, CatalogExport::allProducts(), options);
    if (!written)
        return ctx.refuse(written.error());
    ctx.out << Ctl::tr("%n product(s) written to %1.", nullptr, written.value()).arg(file) << Qt::endl;
    return Ok;
}

int runCatalog(Context& ctx)
{
    const QString sub = ctx.args.isEmpty() ? QString() : ctx.args.takeFirst();
    if (sub == QLatin1String("import"))
        return importProducts(ctx);
    if (sub == QLatin1String("export"))
        return exportProducts(ctx);
    return ctx.usage(
        Ctl::tr("Usage: ovopctl catalog import FILE [--dry-run] | catalog export FILE [--semicolon] [--force]"));
}

const CommandRegistrar reg("catalog", "catalog import FILE [--dry-run] | export FILE [--semicolon] [--force]",
                           &runCatalog);

} // namespace

} // namespace ovop::ctl
