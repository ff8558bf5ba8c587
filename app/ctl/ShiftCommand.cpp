// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// ovopctl shift: open a shift with a float, cash in and out, the X report, close with a count.
#include <QJsonObject>
#include <QRegularExpression>

#include "Command.h"
#include "models/sales/ShiftService.h"

namespace ovop::ctl {

namespace {

const char* const Synopsis = "shift open --float AMOUNT | cash-in AMOUNT --reason TEXT | "
                             "cash-out AMOUNT --reason TEXT | x [--json] | close --count DENOM:N[,DENOM:N...] [--json]";

int usageError(Context& ctx)
{
    return ctx.usage(Ctl::tr("Usage: ovopctl %1").arg(QString::fromUtf8(Synopsis)));
}

QJsonObject totalsJson(const ShiftTotals& t)
{
    QJsonObject byMethod;
    for (auto it = t.byMethod.cbegin(); it != t.byMethod.cend(); ++it)
        byMethod.insert(it.key(), it.value().tyiyn());
    return QJsonObject{{QStringLiteral("shift"), t.shiftNumber},
                       {QStringLiteral("opened_at"), t.openedAt.toUTC().toString(Qt::ISODate)},
                       {QStringLiteral("opened_by"), t.openedBy},
                       {QStringLiteral("float"), t.openingFloat.tyiyn()},
                       {QStringLiteral("cash_sales"), t.cashSales.tyiyn()},
                       {QStringLiteral("cash_refunds"), t.cashRefunds.tyiyn()},
                       {QStringLiteral("cash_in"), t.cashIn.tyiyn()},
                       {QStringLiteral("cash_out"), t.cashOut.tyiyn()},
                       {QStringLiteral("expected_cash"), t.expectedCash.tyiyn()},
                       {QStringLiteral("sales_count"), t.salesCount},
                       {QStringLiteral("sales_total"), t.salesTotal.tyiyn()},
                       {QStringLiteral("returns_count"), t.returnsCount},
                       {QStringLiteral("returns_total"), t.returnsTotal.tyiyn()},
                       {QStringLiteral("discounts_total"), t.discountsTotal.tyiyn()},
                       {QStringLiteral("by_method"), byMethod}};
}

void printTotals(Context& ctx, const ShiftTotals& t)
{
    const QString& lang = ctx.language;
    auto line = [&](const QString& title, const QString& value) {
        ctx.out << title.leftJustified(24) << ' ' << value << '\n';
    };
    line(Ctl::tr("Shift"), QString::number(t.shiftNumber));
    line(Ctl::tr("Opened"), QStringLiteral("%1, %2").arg(
                                t.openedAt.toLocalTime().toString(QStringLiteral("dd.MM.yyyy HH:mm")), t.openedBy));
    line(Ctl::tr("Float"), t.openingFloat.format(lang));
    line(Ctl::tr("Cash sales"), t.cashSales.format(lang));
    line(Ctl::tr("Cash refunds"), t.cashRefunds.format(lang));
    line(Ctl::tr("Cash in"), t.cashIn.format(lang));
    line(Ctl::tr("Cash out"), t.cashOut.format(lang));
    line(Ctl::tr("Expected in the drawer"), t.expectedCash.format(lang));
    line(Ctl::tr("Sales"), QStringLiteral("%1 (%2)").arg(t.salesTotal.format(lang)).arg(t.salesCount));
    line(Ctl::tr("Returns"), QStringLiteral("%1 (%2)").arg(t.returnsTotal.format(lang)).arg(t.returnsCount));
    line(Ctl::tr("Discounts"), t.discountsTotal.format(lang));
    for (auto it = t.byMethod.cbegin(); it != t.byMethod.cend(); ++it)
        line(Ctl::tr("Taken by %1").arg(it.key()), it.value().format(lang));
    ctx.out.flush();
}

// An amount argument in som ("1250.50", "1250,50").
std::optional<Money> amountArgument(Context& ctx, const QString& text)
{
    const auto amount = Money::parse(text);
    if (!amount) {
        ctx.usage(amount.message());
        return std::nullopt;
    }
    return amount.value();
}

int openShift(Context& ctx)
{
    QString text;
    if (!ctx.takeOption(QStringLiteral("--float"), text))
        return Usage;
    if (text.isEmpty() || !ctx.args.isEmpty())
        return ctx.usage(Ctl::tr("Usage: ovopctl shift open --float AMOUNT"));
    const auto amount = amountArgument(ctx, text);
    if (!amount)
        return Usage;
    return ctx.withLogin(Access::Change, [&](Database& db, const Session& actor) -> int {
        const auto shift = ShiftService(db).open(actor, *amount);
        if (!shift)
            return ctx.refuse(shift.error());
        ctx.out << Ctl::tr("Shift %1 open with a float of %2.").arg(shift->number).arg(amount->format(ctx.language))
                << Qt::endl;
        return Ok;
    });
}

int moveCash(Context& ctx, bool out)
{
    QString reason;
    if (!ctx.takeOption(QStringLiteral("--reason"), reason))
        return Usage;
    if (ctx.args.size() != 1)
        return ctx.usage(out ? Ctl::tr("Usage: ovopctl shift cash-out AMOUNT --reason TEXT")
                             : Ctl::tr("Usage: ovopctl shift cash-in AMOUNT --reason TEXT"));
    const auto amount = amountArgument(ctx, ctx.args.first());
    if (!amount)
        return Usage;
    return ctx.withLogin(Access::Change, [&](Database& db, const Session& actor) -> int {
        ShiftService shifts(db);
        const Status done = out ? shifts.cashOut(actor, *amount, reason) : shifts.cashIn(actor, *amount, reason);
        if (!done)
            return ctx.refuse(done.error());
        const auto totals = shifts.totals();
        if (!totals)
            return ctx.refuse(totals.error());
        ctx.out << (out ? Ctl::tr("%1 taken out; %2 expected in the drawer.")
                        : Ctl::tr("%1 put in; %2 expected in the drawer."))
                       .arg(amount->format(ctx.language), totals->expectedCash.format(ctx.language))
                << Qt::endl;
        return Ok;
    });
}

int xReport(Context& ctx)
{
    if (!ctx.args.isEmpty())
        return ctx.usage(Ctl::tr("Usage: ovopctl shift x [--json]"));
    return ctx.withLogin(Access::Read, [&](Database& db, const Session& actor) -> int {
        if (!actor.can(Permission::Sell))
            return ctx.refuse(Roles::refusal(Permission::Sell));
        const auto totals = ShiftService(db).totals();
        if (!totals)
            return ctx.refuse(totals.error());
        if (ctx.json)
            ctx.printJson(totalsJson(totals.value()));
        else
            printTotals(ctx, totals.value());
        return Ok;
    });
}

// "5000:2,1:3,0,50:4": the count is a whole number, so a comma after it separates the pairs and a
// comma inside the denomination is its decimal comma.
std::optional<QMap<qint64, int>> parseCounts(Context& ctx, const QString& text)
{
    static const QRegularExpression pair(QStringLiteral("^\\s*(\\d+(?:[.,]\\d{1,2})?)\\s*:\\s*(-?\\d+)\\s*(?:[,;]|$)"));
    QMap<qint64, int> counts;
    QString rest = text;
    while (!rest.trimmed().isEmpty()) {
        const auto match = pair.match(rest);
        if (!match.hasMatch()) {
            ctx.usage(Ctl::tr("Cannot read the count \"%1\": write DENOMINATION:COUNT pairs in som, separated by "
                              "commas, e.g. 5000:2,100:7,0.5:3.")
                          .arg(rest.trimmed()));
            return std::nullopt;
        }
        const auto denomination = Money::parse(match.captured(1));
        bool ok = false;
        const int count = match.captured(2).toInt(&ok);
        if (!denomination || !ok) {
            ctx.usage(Ctl::tr("Cannot read the count \"%1\".").arg(match.captured(0).trimmed()));
            return std::nullopt;
        }
        counts[denomination->tyiyn()] += count;
        rest = rest.mid(match.capturedEnd(0));
    }
    return counts;
}

int closeShift(Context& ctx)
{
    QString text;
    if (!ctx.takeOption(QStringLiteral("--count"), text))
        return Usage;
    if (!ctx.args.isEmpty())
        return ctx.usage(Ctl::tr("Usage: ovopctl shift close --count DENOM:N[,DENOM:N...] [--json]"));
    const auto counts = parseCounts(ctx, text);
    if (!counts)
        return Usage;
    return ctx.withLogin(Access::Change, [&](Database& db, const Session& actor) -> int {
        const auto z = ShiftService(db).close(actor, *counts);
        if (!z)
            return ctx.refuse(z.error());
        if (ctx.json) {
            QJsonObject object = totalsJson(z->totals);
            object.insert(QStringLiteral("z_number"), z->zNumber);
            object.insert(QStringLiteral("counted_cash"), z->countedCash.tyiyn());
            object.insert(QStringLiteral("difference"), z->difference.tyiyn());
            ctx.printJson(object);
            return Ok;
        }
        ctx.out << Ctl::tr("Z report %1: shift %2 closed.").arg(z->zNumber).arg(z->totals.shiftNumber) << '\n';
        printTotals(ctx, z->totals);
        ctx.out << Ctl::tr("Counted").leftJustified(24) << ' ' << z->countedCash.format(ctx.language) << '\n'
                << Ctl::tr("Difference").leftJustified(24) << ' ' << z->difference.format(ctx.language) << Qt::endl;
        return Ok;
    });
}

int runShift(Context& ctx)
{
    const QString sub = ctx.args.isEmpty() ? QString() : ctx.args.takeFirst();
    if (sub == QLatin1String("open"))
        return openShift(ctx);
    if (sub == QLatin1String("cash-in"))
        return moveCash(ctx, false);
    if (sub == QLatin1String("cash-out"))
        return moveCash(ctx, true);
    if (sub == QLatin1String("x"))
        return xReport(ctx);
    if (sub == QLatin1String("close"))
        return closeShift(ctx);
    return usageError(ctx);
}

const CommandRegistrar registrar("shift", Synopsis, &runShift);

} // namespace

} // namespace ovop::ctl
