// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// ovopctl product list: find products by barcode, SKU or words of the name, producer and village.
#include <QJsonArray>
#include <QJsonObject>

#include "Command.h"
#include "TextTable.h"
#include "models/catalog/CatalogService.h"
#include "models/stock/StockLedger.h"

namespace ovop::ctl {

namespace {

QJsonObject productJson(const Product& p, const QString& language)
{
    return QJsonObject{{QStringLiteral("sku"), p.sku},
                       {QStringLiteral("barcodes"), QJsonArray::fromStringList(p.barcodes)},
                       {QStringLiteral("name_ky"), p.name.exact(QStringLiteral("ky"))},
                       {QStringLiteral("name_ru"), p.name.exact(QStringLiteral("ru"))},
                       {QStringLiteral("name_en"), p.name.exact(QStringLiteral("en"))},
                       {QStringLiteral("category"), p.category},
                       {QStringLiteral("unit"), Units::key(p.unit)},
                       {QStringLiteral("price"), p.price.tyiyn()},
                       {QStringLiteral("producer_code"), p.producerCode},
                       {QStringLiteral("village"), p.villageName.in(language)},
                       {QStringLiteral("oblast"), p.oblastName.in(language)},
                       {QStringLiteral("active"), p.active}};
}

int listProducts(Context& ctx)
{
    QString search;
    ProductFilter filter;
    filter.limit = 0;
    if (!ctx.takeOption(QStringLiteral("--search"), search) ||
        !ctx.takeOption(QStringLiteral("--category"), filter.category) ||
        !ctx.takeOption(QStringLiteral("--producer"), filter.producerCode))
        return Usage;
    const bool all = ctx.takeFlag(QStringLiteral("--all"));
    const bool archived = ctx.takeFlag(QStringLiteral("--archived"));
    filter.state = all ? ProductFilter::State::All
                       : archived ? ProductFilter::State::Archived : ProductFilter::State::Active;
    if (!ctx.args.isEmpty())
        return ctx.usage(Ctl::tr("Usage: ovopctl product list [--search TEXT] [--category KEY] [--producer CODE] "
                                 "[--all | --archived] [--json]"));
    auto db = ctx.openDatabase();
    if (!db)
        return Refused;
    const CatalogService catalog(*db);
    const auto found = catalog.search(search, filter, ctx.language);
    if (!found)
        return ctx.refuse(found.error());
    const QList<Product>& products = found.value();
    if (ctx.json) {
        const auto onHand = StockLedger(*db).onHandAll();
        if (!onHand)
            return ctx.refuse(onHand.error());
        QJsonArray array;
        for (const Product& p : products) {
            QJsonObject o = productJson(p, ctx.language);
            // In the product's unit (1.5 is a kilogram and a half), as `sale --json` gives quantities.
            o.insert(QStringLiteral("on_hand"), jsonUnits(onHand->value(p.id)));
            array.append(o);
        }
        ctx.printJson(array);
        return Ok;
    }
    if (products.isEmpty()) {
        ctx.out << Ctl::tr("No products found.") << Qt::endl;
        return Ok;
    }
    TextTable table({Ctl::tr("SKU"), Ctl::tr("Name", "of a product"), Ctl::tr("Unit"), Ctl::tr("Price"),
                     Ctl::tr("Producer"), Ctl::tr("Village"), Ctl::tr("Barcode")},
                    {false, false, false, true});
    for (const Product& p : products) {
        QString name = p.displayName(ctx.language);
        if (!p.active)
            name += QLatin1Char(' ') + Ctl::tr("(archived)");
        table.addRow({p.sku, name, Units::symbol(p.unit), p.price.format(ctx.language), p.producerCode,
                      p.villageName.in(ctx.language), p.primaryBarcode()});
    }
    table.print(ctx.out);
    ctx.out << Ctl::tr("%n product(s).", nullptr, int(products.size())) << Qt::endl;
    return Ok;
}

int runProduct(Context& ctx)
{
    const QString sub = ctx.args.isEmpty() ? QString() : ctx.args.takeFirst();
    if (sub == QLatin1String("list"))
        return listProducts(ctx);
    return ctx.usage(Ctl::tr("Usage: ovopctl product list [--search TEXT] [--category KEY] [--producer CODE] "
                             "[--all | --archived] [--json]"));
}

const CommandRegistrar reg("product", "product list [--search TEXT] [--category KEY] [--all|--archived] [--json]",
                           &runProduct);

} // namespace

} // namespace ovop::ctl
