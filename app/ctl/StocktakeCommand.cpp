// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// ovopctl stocktake: start a count, count goods (from any till at once), see the differences, post or cancel.
#include <QJsonArray>
#include <QJsonObject>

#include "Command.h"
#include "TextTable.h"
#include "models/stock/StocktakeService.h"

namespace ovop::ctl {

namespace {

const char* const Synopsis = "stocktake start [--category KEY | --producer CODE] | count CODE QTY [--batch B] | "
                             "show [--json] | post | cancel";

int usageError(Context& ctx)
{
    return ctx.usage(Ctl::tr("Usage: ovopctl %1").arg(QString::fromUtf8(Synopsis)));
}

QJsonObject stocktakeJson(const Stocktake& s)
{
    return QJsonObject{{QStringLiteral("id"), s.id},
                       {QStringLiteral("number"), s.number},
                       {QStringLiteral("scope"), Stocktake::scopeKey(s.scope)},
                       {QStringLiteral("scope_code"), s.scopeCode},
                       {QStringLiteral("scope_name"), s.scopeName},
                       {QStringLiteral("started_at"), s.startedAt.toUTC().toString(Qt::ISODate)},
                       {QStringLiteral("started_by"), s.startedBy},
                       {QStringLiteral("state"), Stocktake::stateKey(s.state)}};
}

QString scopeText(const Stocktake& s)
{
    switch (s.scope) {
    case Stocktake::Scope::Category:
        return Ctl::tr("category %1 (%2)").arg(s.scopeName, s.scopeCode);
    case Stocktake::Scope::Producer:
        return Ctl::tr("producer %1 (%2)").arg(s.scopeName, s.scopeCode);
    case Stocktake::Scope::Shop:
        break;
    }
    return Ctl::tr("the whole shop");
}

// Opens the database and logs in; null with exitCode set on failure.
struct Opened
{
    std::unique_ptr<Database> db;
    Login actor;
};

Opened open(Context& ctx, Access access)
{
    Opened o;
    o.db = ctx.openDatabase();
    if (!o.db) {
        o.actor.exitCode = Refused;
        return o;
    }
    o.actor = ctx.login(*o.db, access);
    return o;
}

int start(Context& ctx)
{
    QString category;
    QString producer;
    if (!ctx.takeOption(QStringLiteral("--category"), category) ||
        !ctx.takeOption(QStringLiteral("--producer"), producer))
        return Usage;
    if (!ctx.args.isEmpty() || (!category.isEmpty() && !producer.isEmpty()))
        return ctx.usage(Ctl::tr("Usage: ovopctl stocktake start [--category KEY | --producer CODE]"));
    auto o = open(ctx, Access::Change);
    if (!o.actor)
        return o.actor.exitCode;
    const Stocktake::Scope scope = !category.isEmpty()   ? Stocktake::Scope::Category
                                   : !producer.isEmpty() ? Stocktake::Scope::Producer
                                                         : Stocktake::Scope::Shop;
    auto started = StocktakeService(*o.db).start(*o.actor, scope, category.isEmpty() ? producer : category);
    if (!started)
        return ctx.refuse(started.error());
    if (ctx.json)
        ctx.printJson(stocktakeJson(started.value()));
    else
        ctx.out << Ctl::tr("Stocktake %1 of %2 started: count with \"ovopctl stocktake count CODE QTY\".")
                       .arg(started->number, scopeText(started.value()))
                << Qt::endl;
    return Ok;
}

int count(Context& ctx)
{
    QString batch;
    if (!ctx.takeOption(QStringLiteral("--batch"), batch))
        return Usage;
    if (ctx.args.size() != 2)
        return ctx.usage(Ctl::tr("Usage: ovopctl stocktake count CODE QTY [--batch B]"));
    auto quantity = Quantity::parse(ctx.args.at(1), true);
    if (!quantity)
        return ctx.usage(quantity.message());
    auto o = open(ctx, Access::Change);
    if (!o.actor)
        return o.actor.exitCode;
    auto counted = StocktakeService(*o.db).count(*o.actor, ctx.args.at(0), quantity.value(), batch);
    if (!counted)
        return ctx.refuse(counted.error());
    if (ctx.json) {
        ctx.printJson(QJsonObject{{QStringLiteral("sku"), counted->sku},
                                  {QStringLiteral("product_id"), counted->productId},
                                  {QStringLiteral("batch"), counted->batch},
                                  {QStringLiteral("quantity"), counted->quantity.milli()},
                                  {QStringLiteral("counted"), counted->counted.milli()}});
        return Ok;
    }
    ctx.out << Ctl::tr("%1 (%2): %3 counted so far.")
                   .arg(counted->name.in(ctx.language), counted->sku, counted->counted.format(ctx.language))
            << Qt::endl;
    return Ok;
}

int show(Context& ctx)
{
    if (!ctx.args.isEmpty())
        return ctx.usage(Ctl::tr("Usage: ovopctl stocktake show [--json]"));
    auto o = open(ctx, Access::Read);
    if (!o.actor)
        return o.actor.exitCode;
    auto view = StocktakeService(*o.db).show(*o.actor);
    if (!view)
        return ctx.refuse(view.error());
    const QString& lang = ctx.language;
    if (ctx.json) {
        QJsonArray lines;
        for (const StocktakeLine& l : view->lines)
            lines.append(QJsonObject{{QStringLiteral("product_id"), l.productId},
                                     {QStringLiteral("sku"), l.sku},
                                     {QStringLiteral("barcode"), l.barcode},
                                     {QStringLiteral("name"), l.name.in(lang)},
                                     {QStringLiteral("unit"), Units::key(l.unit)},
                                     {QStringLiteral("price"), l.price.tyiyn()},
                                     {QStringLiteral("expected"), l.expected.milli()},
                                     {QStringLiteral("counted"), l.counted.milli()},
                                     {QStringLiteral("was_counted"), l.wasCounted},
                                     {QStringLiteral("since_count"), l.sinceCount.milli()},
                                     {QStringLiteral("difference"), l.difference().milli()},
                                     {QStringLiteral("value"), l.value().tyiyn()}});
        QJsonObject object = stocktakeJson(view->stocktake);
        object.insert(QStringLiteral("lines"), lines);
        object.insert(QStringLiteral("uncounted"), view->uncounted);
        object.insert(QStringLiteral("gains"), view->gains.tyiyn());
        object.insert(QStringLiteral("losses"), view->losses.tyiyn());
        ctx.printJson(object);
        return Ok;
    }
    ctx.out << Ctl::tr("Stocktake %1 of %2, started %3 by %4.")
                   .arg(view->stocktake.number, scopeText(view->stocktake),
                        view->stocktake.startedAt.toLocalTime().toString(QStringLiteral("dd.MM.yyyy HH:mm")),
                        view->stocktake.startedBy)
            << '\n';
    TextTable table({Ctl::tr("SKU"), Ctl::tr("Name"), Ctl::tr("Expected"), Ctl::tr("Counted"), Ctl::tr("Moved since"),
                     Ctl::tr("Difference"), Ctl::tr("Value")},
                    {false, false, true, true, true, true, true});
    for (const StocktakeLine& l : view->lines)
        table.addRow({l.sku, l.name.in(lang), l.expected.format(lang),
                      l.wasCounted ? l.counted.format(lang) : Ctl::tr("not counted"),
                      l.sinceCount.isZero() ? QString() : l.sinceCount.format(lang), l.difference().format(lang),
                      l.value().format(lang)});
    table.print(ctx.out);
    ctx.out << Ctl::tr("Gains %1, losses %2.").arg(view->gains.format(lang), view->losses.format(lang)) << '\n';
    if (view->uncounted > 0)
        ctx.out << Ctl::tr("%n product(s) not counted yet: posting counts them as zero.", "", view->uncounted) << '\n';
    ctx.out << Ctl::tr("Goods sold or received after a product was first counted are allowed for (\"moved since\").")
            << Qt::endl;
    return Ok;
}

int post(Context& ctx)
{
    if (!ctx.args.isEmpty())
        return ctx.usage(Ctl::tr("Usage: ovopctl stocktake post"));
    auto o = open(ctx, Access::Change);
    if (!o.actor)
        return o.actor.exitCode;
    auto posted = StocktakeService(*o.db).post(*o.actor);
    if (!posted)
        return ctx.refuse(posted.error());
    if (ctx.json) {
        QJsonObject object = stocktakeJson(posted->stocktake);
        object.insert(QStringLiteral("movements"), posted->movements);
        object.insert(QStringLiteral("value"), posted->value.tyiyn());
        object.insert(QStringLiteral("approved_by"), posted->stocktake.approvedBy);
        ctx.printJson(object);
        return Ok;
    }
    ctx.out << Ctl::tr("Stocktake %1 posted: %n correction(s), worth %2.", "", posted->movements)
                   .arg(posted->stocktake.number, posted->value.format(ctx.language))
            << Qt::endl;
    return Ok;
}

int cancel(Context& ctx)
{
    if (!ctx.args.isEmpty())
        return ctx.usage(Ctl::tr("Usage: ovopctl stocktake cancel"));
    auto o = open(ctx, Access::Change);
    if (!o.actor)
        return o.actor.exitCode;
    auto cancelled = StocktakeService(*o.db).cancel(*o.actor);
    if (!cancelled)
        return ctx.refuse(cancelled.error());
    if (ctx.json)
        ctx.printJson(stocktakeJson(cancelled.value()));
    else
        ctx.out << Ctl::tr("Stocktake %1 cancelled: nothing was posted.").arg(cancelled->number) << Qt::endl;
    return Ok;
}

int runStocktake(Context& ctx)
{
    const QString sub = ctx.args.isEmpty() ? QString() : ctx.args.takeFirst();
    if (sub == QLatin1String("start"))
        return start(ctx);
    if (sub == QLatin1String("count"))
        return count(ctx);
    if (sub == QLatin1String("show"))
        return show(ctx);
    if (sub == QLatin1String("post"))
        return post(ctx);
    if (sub == QLatin1String("cancel"))
        return cancel(ctx);
    return usageError(ctx);
}

const CommandRegistrar registrar("stocktake", Synopsis, &runStocktake);

} // namespace

} // namespace ovop::ctl
