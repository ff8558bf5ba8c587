// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// ovopctl stock: the stock list, deliveries from producers, corrections, history, minimum levels.
#include <QJsonArray>
#include <QJsonObject>

#include "Command.h"
#include "TextTable.h"
#include "models/stock/AdjustmentService.h"
#include "models/stock/MinLevels.h"
#include "models/stock/ReceivingService.h"
#include "models/stock/StockQuery.h"

namespace ovop::ctl {

namespace {

QString stockUsage()
{
    return Ctl::tr(
        "Usage: ovopctl stock list [--low] [--expired] [--producer CODE] [--category KEY] [--search TEXT] [--json]\n"
        "       ovopctl stock receive --producer CODE (--consignment | --purchase) "
        "--item CODE:QTY[:COST][@BATCH:EXPIRY]... [--document NUMBER] [--note TEXT] [--date YYYY-MM-DD] [--json]\n"
        "       ovopctl stock adjust CODE QTY --reason damage|loss|sample|found|other [--note TEXT] [--batch B]\n"
        "       ovopctl stock history CODE [--json]\n"
        "       ovopctl stock min CODE QTY");
}

QString date(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

int listStock(Context& ctx)
{
    StockFilter filter;
    if (!ctx.takeOption(QStringLiteral("--producer"), filter.producerCode) ||
        !ctx.takeOption(QStringLiteral("--category"), filter.category) ||
        !ctx.takeOption(QStringLiteral("--search"), filter.text))
        return Usage;
    filter.lowOnly = ctx.takeFlag(QStringLiteral("--low"));
    filter.expiredOnly = ctx.takeFlag(QStringLiteral("--expired"));
    if (!ctx.args.isEmpty())
        return ctx.usage(stockUsage());
    auto db = ctx.openDatabase();
    if (!db)
        return Refused;
    const auto list = StockQuery(*db).list(filter);
    if (!list)
        return ctx.refuse(list.error());
    if (ctx.json) {
        QJsonArray array;
        for (const StockRow& r : list->rows) {
            QJsonArray batches;
            for (const BatchStock& b : r.batches)
                batches.append(QJsonObject{{QStringLiteral("batch"), b.batch},
                                           {QStringLiteral("expiry"), date(b.expiresOn)},
                                           {QStringLiteral("on_hand"), jsonUnits(b.onHand)}});
            array.append(QJsonObject{{QStringLiteral("sku"), r.sku},
                                     {QStringLiteral("name"), r.name.in(ctx.language)},
                                     {QStringLiteral("category"), r.category},
                                     {QStringLiteral("producer_code"), r.producerCode},
                                     {QStringLiteral("village"), r.villageName.in(ctx.language)},
                                     {QStringLiteral("unit"), Units::key(r.unit)},
                                     {QStringLiteral("on_hand"), jsonUnits(r.onHand)},
                                     {QStringLiteral("min_level"), jsonUnits(r.minLevel)},
                                     {QStringLiteral("price"), r.price.tyiyn()},
                                     {QStringLiteral("value"), r.value.tyiyn()},
                                     {QStringLiteral("low"), r.low},
                                     {QStringLiteral("expired"), r.expired},
                                     {QStringLiteral("expiring_soon"), r.expiringSoon},
                                     {QStringLiteral("active"), r.active},
                                     {QStringLiteral("batches"), batches}});
        }
        ctx.printJson(array);
        return Ok;
    }
    if (list->rows.isEmpty()) {
        ctx.out << Ctl::tr("No products found.") << Qt::endl;
        return Ok;
    }
    TextTable table({Ctl::tr("SKU"), Ctl::tr("Name", "of a product"), Ctl::tr("On hand"), Ctl::tr("Minimum"),
                     Ctl::tr("Value"), Ctl::tr("Producer"), Ctl::tr("Notes", "stock list")},
                    {false, false, true, true, true});
    for (const StockRow& r : list->rows) {
        QStringList notes;
        if (r.low)
            notes << Ctl::tr("low");
        if (r.expired)
            notes << Ctl::tr("expired batch");
        else if (r.expiringSoon)
            notes << Ctl::tr("expires soon");
        table.addRow({r.sku, r.name.in(ctx.language),
                      r.onHand.format(ctx.language) + QLatin1Char(' ') + Units::symbol(r.unit),
                      r.minLevel.isZero() ? QString() : r.minLevel.format(ctx.language), r.value.format(ctx.language),
                      r.producerCode, notes.join(QStringLiteral(", "))});
    }
    table.print(ctx.out);
    ctx.out << Ctl::tr("%n product(s); stock value %1.", nullptr, int(list->rows.size()))
                   .arg(list->totalValue.format(ctx.language))
            << Qt::endl;
    return Ok;
}

// "CODE:QTY[:COST][@BATCH:EXPIRY]"
Result<ReceivingLine> parseItem(const StockQuery& query, const QString& text)
{
    const int at = text.indexOf(QLatin1Char('@'));
    const QString main = at >= 0 ? text.left(at) : text;
    const QStringList parts = main.split(QLatin1Char(':'));
    if (parts.size() < 2 || parts.size() > 3 || parts[0].trimmed().isEmpty())
        return Error{Ctl::tr("An item is CODE:QTY[:COST][@BATCH:EXPIRY], e.g. FLT-001:5:450 or "
                             "HON-001:10@B7:2027-06-30: %1")
                         .arg(text)};
    ReceivingLine line;
    auto quantity = Quantity::parse(parts[1]);
    if (!quantity)
        return Error{quantity.message() + QStringLiteral(" (") + text + QLatin1Char(')')};
    line.quantity = quantity.value();
    if (parts.size() == 3) {
        auto cost = Money::parse(parts[2]);
        if (!cost)
            return Error{cost.message() + QStringLiteral(" (") + text + QLatin1Char(')')};
        line.unitCost = cost.value();
    }
    if (at >= 0) {
        const QString tail = text.mid(at + 1);
        const int colon = tail.lastIndexOf(QLatin1Char(':'));
        line.batch = colon >= 0 ? tail.left(colon) : tail;
        if (colon >= 0) {
            line.expiresOn = QDate::fromString(tail.mid(colon + 1).trimmed(), Qt::ISODate);
            if (!line.expiresOn.isValid())
                return Error{Ctl::tr("An expiry date is YYYY-MM-DD: %1").arg(text)};
        }
    }
    auto id = query.productIdFor(parts[0]);
    if (!id)
        return id.error();
    line.productId = id.value();
    return line;
}

int receive(Context& ctx)
{
    ReceivingRequest request;
    QStringList items;
    QString dateText;
    if (!ctx.takeOptions(QStringLiteral("--item"), items))
        return Usage;
    if (!ctx.takeOption(QStringLiteral("--producer"), request.producerCode) ||
        !ctx.takeOption(QStringLiteral("--document"), request.supplierDocument) ||
        !ctx.takeOption(QStringLiteral("--note"), request.note) || !ctx.takeOption(QStringLiteral("--date"), dateText))
        return Usage;
    const bool consignment = ctx.takeFlag(QStringLiteral("--consignment"));
    const bool purchase = ctx.takeFlag(QStringLiteral("--purchase"));
    if (!ctx.args.isEmpty() || items.isEmpty() || request.producerCode.isEmpty() || (consignment && purchase))
        return ctx.usage(stockUsage());
    if (consignment || purchase)
        request.terms = purchase ? Producer::Terms::Purchase : Producer::Terms::Consignment;
    if (!dateText.isEmpty()) {
        request.date = QDate::fromString(dateText, Qt::ISODate);
        if (!request.date.isValid())
            return ctx.usage(Ctl::tr("--date needs a date as YYYY-MM-DD: %1").arg(dateText));
    }
    return ctx.withLogin(Access::Change, [&](Database& db, const Session& login) -> int {
        const StockQuery query(db);
        for (const QString& item : items) {
            auto line = parseItem(query, item);
            if (!line)
                return line.error().kind == ErrorKind::Validation ? ctx.usage(line.message())
                                                                  : ctx.refuse(line.error());
            request.lines << line.value();
        }
        auto done = ReceivingService(db).receive(login, request);
        if (!done)
            return ctx.refuse(done.error());
        if (ctx.json) {
            QJsonArray lines;
            for (const ReceivingLine& l : done->lines) {
                QJsonObject o{{QStringLiteral("product_id"), l.productId},
                              {QStringLiteral("quantity"), jsonUnits(l.quantity)}};
                if (l.unitCost)
                    o.insert(QStringLiteral("unit_cost"), l.unitCost->tyiyn());
                if (!l.batch.isEmpty())
                    o.insert(QStringLiteral("batch"), l.batch);
                if (l.expiresOn.isValid())
                    o.insert(QStringLiteral("expiry"), date(l.expiresOn));
                lines.append(o);
            }
            ctx.printJson(QJsonObject{{QStringLiteral("number"), done->number},
                                      {QStringLiteral("producer_code"), done->producerCode},
                                      {QStringLiteral("terms"), ProducerKinds::termsKey(done->terms)},
                                      {QStringLiteral("date"), date(done->date)},
                                      {QStringLiteral("supplier_document"), done->supplierDocument},
                                      {QStringLiteral("cost_total"), done->costTotal.tyiyn()},
                                      {QStringLiteral("lines"), lines}});
            return Ok;
        }
        ctx.out << done->number << Qt::endl;
        return Ok;
    });
}

int adjust(Context& ctx)
{
    QString reasonKey;
    AdjustmentRequest request;
    if (!ctx.takeOption(QStringLiteral("--reason"), reasonKey) ||
        !ctx.takeOption(QStringLiteral("--note"), request.note) ||
        !ctx.takeOption(QStringLiteral("--batch"), request.batch))
        return Usage;
    if (ctx.args.size() != 2 || reasonKey.isEmpty())
        return ctx.usage(stockUsage());
    const auto reason = AdjustmentReasons::fromKey(reasonKey);
    if (!reason)
        return ctx.usage(Ctl::tr("Unknown reason %1: use damage, loss, sample, found or other.").arg(reasonKey));
    request.reason = *reason;
    auto quantity = Quantity::parse(ctx.args[1], true);
    if (!quantity)
        return ctx.usage(quantity.message());
    request.quantity = quantity.value();
    return ctx.withLogin(Access::Change, [&](Database& db, const Session& login) -> int {
        auto id = StockQuery(db).productIdFor(ctx.args[0]);
        if (!id)
            return ctx.refuse(id.error());
        request.productId = id.value();
        auto done = AdjustmentService(db).adjust(login, request);
        if (!done)
            return ctx.refuse(done.error());
        if (ctx.json) {
            ctx.printJson(QJsonObject{{QStringLiteral("number"), done->number},
                                      {QStringLiteral("quantity"), jsonUnits(done->quantity)},
                                      {QStringLiteral("reason"), AdjustmentReasons::key(done->reason)},
                                      {QStringLiteral("batch"), done->batch}});
            return Ok;
        }
        ctx.out << done->number << Qt::endl;
        return Ok;
    });
}

int history(Context& ctx)
{
    if (ctx.args.size() != 1)
        return ctx.usage(stockUsage());
    auto db = ctx.openDatabase();
    if (!db)
        return Refused;
    const StockQuery query(*db);
    auto id = query.productIdFor(ctx.args[0]);
    if (!id)
        return ctx.refuse(id.error());
    auto entries = query.history(id.value());
    if (!entries)
        return ctx.refuse(entries.error());
    if (ctx.json) {
        QJsonArray array;
        for (const StockHistoryEntry& e : entries.value())
            array.append(QJsonObject{{QStringLiteral("at"), e.at.toString(Qt::ISODate)},
                                     {QStringLiteral("kind"), StockMovement::kindKey(e.kind)},
                                     {QStringLiteral("document"), StockMovement::documentKey(e.document)},
                                     {QStringLiteral("number"), e.documentNumber},
                                     {QStringLiteral("quantity"), jsonUnits(e.quantity)},
                                     {QStringLiteral("batch"), e.batch},
                                     {QStringLiteral("expiry"), date(e.expiresOn)},
                                     {QStringLiteral("reason"), e.reason},
                                     {QStringLiteral("note"), e.note},
                                     {QStringLiteral("user"), e.userName}});
        ctx.printJson(array);
        return Ok;
    }
    if (entries->isEmpty()) {
        ctx.out << Ctl::tr("No stock movements.") << Qt::endl;
        return Ok;
    }
    TextTable table({Ctl::tr("Time"), Ctl::tr("Movement"), Ctl::tr("Document"), Ctl::tr("Quantity"), Ctl::tr("Batch"),
                     Ctl::tr("User"), Ctl::tr("Note")},
                    {false, false, false, true});
    for (const StockHistoryEntry& e : entries.value()) {
        QString note = e.note;
        if (const auto reason = AdjustmentReasons::fromKey(e.reason))
            note = AdjustmentReasons::displayName(*reason) + (note.isEmpty() ? QString() : QStringLiteral(": ") + note);
        table.addRow({e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                      StockQuery::kindDisplayName(e.kind), e.documentNumber, e.quantity.format(ctx.language), e.batch,
                      e.userName, note});
    }
    table.print(ctx.out);
    return Ok;
}

int setMin(Context& ctx)
{
    if (ctx.args.size() != 2)
        return ctx.usage(stockUsage());
    auto quantity = Quantity::parse(ctx.args[1]);
    if (!quantity)
        return ctx.usage(quantity.message());
    return ctx.withLogin(Access::Change, [&](Database& db, const Session& login) -> int {
        auto id = StockQuery(db).productIdFor(ctx.args[0]);
        if (!id)
            return ctx.refuse(id.error());
        if (auto done = MinLevels(db).set(login, id.value(), quantity.value()); !done)
            return ctx.refuse(done.error());
        ctx.out << Ctl::tr("Minimum level of %1: %2.").arg(ctx.args[0], quantity->format(ctx.language)) << Qt::endl;
        return Ok;
    });
}

int runStock(Context& ctx)
{
    const QString sub = ctx.args.isEmpty() ? QString() : ctx.args.takeFirst();
    if (sub == QLatin1String("list"))
        return listStock(ctx);
    if (sub == QLatin1String("receive"))
        return receive(ctx);
    if (sub == QLatin1String("adjust"))
        return adjust(ctx);
    if (sub == QLatin1String("history"))
        return history(ctx);
    if (sub == QLatin1String("min"))
        return setMin(ctx);
    return ctx.usage(stockUsage());
}

const CommandRegistrar reg("stock", "stock list|receive|adjust|history|min ...", &runStock);

} // namespace

} // namespace ovop::ctl
