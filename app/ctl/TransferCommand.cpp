// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// ovopctl transfer: send goods to another shop with a transfer file, receive one, list transfers.
#include <QJsonArray>
#include <QJsonObject>

#include "Command.h"
#include "TextTable.h"
#include "models/stock/TransferService.h"

namespace ovop::ctl {

namespace {

const char* const Synopsis = "transfer out --to SHOP --item CODE:QTY... --out FILE [--json] | "
                             "in FILE [--received CODE:QTY...] [--confirmation FILE] [--json] | list [--json]";

int usageError(Context& ctx)
{
    return ctx.usage(Ctl::tr("Usage: ovopctl %1").arg(QString::fromUtf8(Synopsis)));
}

// "CODE:QTY" items; a usage error printed and nullopt when one cannot be read.
std::optional<QList<TransferItem>> itemsOf(Context& ctx, const QStringList& texts, bool allowZero)
{
    QList<TransferItem> items;
    for (const QString& text : texts) {
        const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
        if (colon <= 0) {
            ctx.usage(Ctl::tr("Write each line as CODE:QTY, e.g. FLT-001:3: %1").arg(text));
            return std::nullopt;
        }
        auto quantity = Quantity::parse(text.mid(colon + 1));
        if (!quantity || (!allowZero && quantity->isZero())) {
            ctx.usage(quantity ? Ctl::tr("The quantity must be more than zero: %1").arg(text) : quantity.message());
            return std::nullopt;
        }
        items << TransferItem{text.left(colon), {}, quantity.value()};
    }
    return items;
}

QJsonObject transferJson(const Transfer& t, const QString& language)
{
    QJsonArray lines;
    for (const TransferLineView& l : t.lines) {
        QJsonObject line{
            {QStringLiteral("line"), l.lineNo},
            {QStringLiteral("product_id"), l.productId},
            {QStringLiteral("sku"), l.sku},
            {QStringLiteral("name"), l.name.in(language)},
            {QStringLiteral("batch"), l.batch},
            {QStringLiteral("expires_on"), l.expiresOn.isValid() ? l.expiresOn.toString(Qt::ISODate) : QString()},
            {QStringLiteral("sent"), l.sent.milli()}};
        line.insert(QStringLiteral("received"), l.received ? QJsonValue(l.received->milli()) : QJsonValue());
        lines.append(line);
    }
    QJsonObject object{{QStringLiteral("transfer_id"), t.transferId},
                       {QStringLiteral("number"), t.number},
                       {QStringLiteral("direction"), Transfer::directionKey(t.direction)},
                       {QStringLiteral("from_shop"), t.fromShop},
                       {QStringLiteral("to_shop"), t.toShop},
                       {QStringLiteral("sent_at"), t.sentAt.toUTC().toString(Qt::ISODate)},
                       {QStringLiteral("state"), Transfer::stateKey(t.state)},
                       {QStringLiteral("sent"), t.sent.milli()},
                       {QStringLiteral("differences"), t.differences},
                       {QStringLiteral("sha256"), t.fileSha256}};
    object.insert(QStringLiteral("received"),
                  t.state == Transfer::State::Sent ? QJsonValue() : QJsonValue(t.received.milli()));
    if (!t.lines.isEmpty())
        object.insert(QStringLiteral("lines"), lines);
    return object;
}

void printLines(Context& ctx, const Transfer& t)
{
    const QString& lang = ctx.language;
    TextTable table(
        {Ctl::tr("Line"), Ctl::tr("SKU"), Ctl::tr("Name"), Ctl::tr("Batch"), Ctl::tr("Sent"), Ctl::tr("Received")},
        {true, false, false, false, true, true});
    for (const TransferLineView& l : t.lines)
        table.addRow({QString::number(l.lineNo), l.sku, l.name.in(lang), l.batch, l.sent.format(lang),
                      l.received ? l.received->format(lang) : QString()});
    table.print(ctx.out);
}

int out(Context& ctx)
{
    QString to;
    QString file;
    QStringList texts;
    if (!ctx.takeOptions(QStringLiteral("--item"), texts) || !ctx.takeOption(QStringLiteral("--to"), to) ||
        !ctx.takeOption(QStringLiteral("--out"), file))
        return Usage;
    if (!ctx.args.isEmpty() || to.isEmpty() || file.isEmpty() || texts.isEmpty())
        return ctx.usage(Ctl::tr("Usage: ovopctl transfer out --to SHOP --item CODE:QTY... --out FILE [--json]"));
    const auto items = itemsOf(ctx, texts, false);
    if (!items)
        return Usage;
    return ctx.withLogin(Access::Change, [&](Database& db, const Session& actor) -> int {
        auto sent = TransferService(db).send(actor, to, *items, file);
        if (!sent)
            return ctx.refuse(sent.error());
        if (ctx.json) {
            QJsonObject object = transferJson(sent.value(), ctx.language);
            object.insert(QStringLiteral("file"), file);
            ctx.printJson(object);
            return Ok;
        }
        ctx.out << Ctl::tr("Transfer %1 to %2: the goods left the stock; give the file %3 to the receiving shop.")
                       .arg(sent->number, sent->toShop, file)
                << '\n';
        printLines(ctx, sent.value());
        ctx.out.flush();
        return Ok;
    });
}

int in(Context& ctx)
{
    QString confirmation;
    QStringList texts;
    if (!ctx.takeOptions(QStringLiteral("--received"), texts) ||
        !ctx.takeOption(QStringLiteral("--confirmation"), confirmation))
        return Usage;
    if (ctx.args.size() != 1)
        return ctx.usage(Ctl::tr("Usage: ovopctl transfer in FILE [--received CODE:QTY...] [--confirmation FILE] "
                                 "[--json]"));
    const QString file = ctx.args.first();
    const auto items = itemsOf(ctx, texts, true);
    if (!items)
        return Usage;
    return ctx.withLogin(Access::Change, [&](Database& db, const Session& actor) -> int {
        TransferService transfers(db);
        QMap<int, Quantity> received;
        if (!items->isEmpty()) {
            auto read = TransferFile::read(file);
            if (!read)
                return ctx.refuse(read.error());
            if (read->isConfirmation)
                return ctx.usage(Ctl::tr("--received is for a transfer file; this is a confirmation."));
            auto byCode = transfers.receivedByCode(read->transfer, *items);
            if (!byCode)
                return ctx.refuse(byCode.error());
            received = byCode.value();
        }
        auto receipt = transfers.receive(actor, file, received, confirmation);
        if (!receipt)
            return ctx.refuse(receipt.error());
        static const char* const outcomes[] = {"received", "confirmed", "already_received", "already_confirmed"};
        if (ctx.json) {
            QJsonObject object = transferJson(receipt->transfer, ctx.language);
            object.insert(QStringLiteral("outcome"), QString::fromLatin1(outcomes[int(receipt->outcome)]));
            if (!confirmation.isEmpty())
                object.insert(QStringLiteral("confirmation"), confirmation);
            ctx.printJson(object);
            return Ok;
        }
        const Transfer& t = receipt->transfer;
        switch (receipt->outcome) {
        case TransferReceipt::Outcome::Received:
            ctx.out
                << Ctl::tr("Transfer %1 from %2 received (%3).").arg(t.number, t.fromShop, Transfer::stateText(t.state))
                << '\n';
            break;
        case TransferReceipt::Outcome::Confirmed:
            ctx.out << Ctl::tr("%1 confirmed transfer %2: %3.").arg(t.toShop, t.number, Transfer::stateText(t.state))
                    << '\n';
            break;
        case TransferReceipt::Outcome::AlreadyReceived:
            ctx.out << Ctl::tr("Transfer %1 was already received: nothing changed.").arg(t.number) << '\n';
            break;
        case TransferReceipt::Outcome::AlreadyConfirmed:
            ctx.out << Ctl::tr("The confirmation of transfer %1 was already recorded: nothing changed.").arg(t.number)
                    << '\n';
            break;
        }
        printLines(ctx, t);
        if (!confirmation.isEmpty())
            ctx.out << Ctl::tr("Confirmation written to %1: give it to %2.").arg(confirmation, t.fromShop) << '\n';
        ctx.out.flush();
        return Ok;
    });
}

int list(Context& ctx)
{
    if (!ctx.args.isEmpty())
        return ctx.usage(Ctl::tr("Usage: ovopctl transfer list [--json]"));
    return ctx.withLogin(Access::Read, [&](Database& db, const Session& actor) -> int {
        auto transfers = TransferService(db).list(actor);
        if (!transfers)
            return ctx.refuse(transfers.error());
        const QString& lang = ctx.language;
        if (ctx.json) {
            QJsonArray array;
            for (const Transfer& t : transfers.value())
                array.append(transferJson(t, lang));
            ctx.printJson(array);
            return Ok;
        }
        if (transfers->isEmpty()) {
            ctx.out << Ctl::tr("No transfers yet.") << Qt::endl;
            return Ok;
        }
        TextTable table({Ctl::tr("Number"), Ctl::tr("Direction"), Ctl::tr("From"), Ctl::tr("To"), Ctl::tr("Sent"),
                         Ctl::tr("State"), Ctl::tr("Quantity sent"), Ctl::tr("Received"), Ctl::tr("Differences")},
                        {false, false, false, false, false, false, true, true, true});
        for (const Transfer& t : transfers.value())
            table.addRow({t.number, t.direction == Transfer::Direction::Out ? Ctl::tr("out") : Ctl::tr("in"),
                          t.fromShop, t.toShop, t.sentAt.toLocalTime().toString(QStringLiteral("dd.MM.yyyy HH:mm")),
                          Transfer::stateText(t.state), t.sent.format(lang),
                          t.state == Transfer::State::Sent ? QString() : t.received.format(lang),
                          QString::number(t.differences)});
        table.print(ctx.out);
        ctx.out.flush();
        return Ok;
    });
}

int runTransfer(Context& ctx)
{
    const QString sub = ctx.args.isEmpty() ? QString() : ctx.args.takeFirst();
    if (sub == QLatin1String("out"))
        return out(ctx);
    if (sub == QLatin1String("in"))
        return in(ctx);
    if (sub == QLatin1String("list"))
        return list(ctx);
    return usageError(ctx);
}

const CommandRegistrar registrar("transfer", Synopsis, &runTransfer);

} // namespace

} // namespace ovop::ctl
