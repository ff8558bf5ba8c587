// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// ovopctl sale: sell from the command line with the till's rules; list and show sales.
#include <QJsonArray>
#include <QJsonObject>

#include "Command.h"
#include "Prompt.h"
#include "SaleJson.h"
#include "TextTable.h"
#include "models/catalog/Barcode.h"
#include "models/sales/SaleService.h"
#include "models/sales/Till.h"
#include "models/settings/ShopSettings.h"

namespace ovop::ctl {

namespace {

QString saleUsage()
{
    return Ctl::tr("Usage: ovopctl sale --item CODE[:QTY]... --pay METHOD:AMOUNT[:DETAIL]... [--discount P%|AMOUNT] "
                   "[--line-discount CODE:P%|AMOUNT]... [--lang ky|ru|en] [--approve-as MANAGER] [--json]\n"
                   "       ovopctl sale list [--shift N] [--from DATE] [--to DATE] [--json]\n"
                   "       ovopctl sale show RECEIPT [--json]\n"
                   "METHOD is cash, card (DETAIL: elcart, visa, mastercard, unionpay or other) or qr (DETAIL: the "
                   "bank's reference).");
}

Result<Discount> parseDiscount(const QString& text)
{
    const QString t = text.trimmed();
    if (t.endsWith(QLatin1Char('%'))) {
        auto percent = Money::parse(t.chopped(1));
        if (!percent || percent->tyiyn() <= 0 || percent->tyiyn() > 10000)
            return Error{Ctl::tr("A discount in percent is more than 0% and at most 100%: %1").arg(t)};
        return Discount::percent(int(percent->tyiyn()));
    }
    auto amount = Money::parse(t);
    if (!amount)
        return Error{Ctl::tr("A discount is a percentage such as 10% or an amount in som such as 150: %1").arg(t)};
    return Discount::fixed(amount.value());
}

Result<Payment> parsePayment(const QString& text)
{
    const QStringList parts = text.split(QLatin1Char(':'));
    if (parts.size() < 2 || parts.size() > 3)
        return Error{Ctl::tr("A payment is METHOD:AMOUNT[:DETAIL], e.g. cash:1000 or card:850:visa: %1").arg(text)};
    const auto method = PaymentMethods::fromKey(parts[0]);
    if (!method)
        return Error{Ctl::tr("Unknown payment method %1: use cash, card or qr.").arg(parts[0])};
    auto amount = Money::parse(parts[1]);
    if (!amount)
        return amount.error();
    Payment p{*method, amount.value()};
    const QString detail = parts.value(2);
    if (*method == PaymentMethod::Card) {
        p.scheme = PaymentMethods::schemeFromKey(detail.isEmpty() ? QStringLiteral("other") : detail);
        if (!p.scheme)
            return Error{Ctl::tr("Unknown card scheme %1: use elcart, visa, mastercard, unionpay or other.").arg(detail)};
    } else if (*method == PaymentMethod::Qr) {
        p.reference = detail;
    } else if (!detail.isEmpty()) {
        return Error{Ctl::tr("A cash payment has no detail: %1").arg(text)};
    }
    return p;
}

// The line of the cart for a code as typed (barcode in any spelling, or SKU).
int lineOf(const Cart& cart, const QString& code)
{
    const QStringList spellings = Barcode::equivalents(code.trimmed());
    for (int i = 0; i < cart.lines.size(); ++i) {
        const SaleItem& item = cart.lines[i].item;
        if (item.sku.compare(code.trimmed(), Qt::CaseInsensitive) == 0 || spellings.contains(item.barcode))
            return i;
    }
    return -1;
}

// Runs a till action; asks for the approver's PIN the first time one is needed.
Status withApproval(Context& ctx, Till& till, const QString& approveAs, std::optional<Approval>& approval,
                    const std::function<Status(const Approval*)>& action)
{
    Status done = action(approval ? &*approval : nullptr);
    if (done || done.error().kind != ErrorKind::NeedsApproval || approveAs.isEmpty() || approval)
        return done;
    const QString pin = secretFromEnvironmentOrPrompt("OVOP_APPROVER_PIN", Ctl::tr("PIN of %1: ").arg(approveAs),
                                                      ctx.err);
    auto granted = till.approve(approveAs, pin, Ctl::tr("approved at the command line"));
    if (!granted)
        return granted.error();
    approval = granted.value();
    return action(&*approval);
}

int sell(Context& ctx)
{
    QStringList items;
    QStringList pays;
    QStringList lineDiscounts;
    QString cartDiscount;
    QString approveAs;
    if (!ctx.takeOptions(QStringLiteral("--item"), items) || !ctx.takeOptions(QStringLiteral("--pay"), pays) ||
        !ctx.takeOptions(QStringLiteral("--line-discount"), lineDiscounts) ||
        !ctx.takeOption(QStringLiteral("--discount"), cartDiscount) ||
        !ctx.takeOption(QStringLiteral("--approve-as"), approveAs))
        return Usage;
    if (!ctx.args.isEmpty() || items.isEmpty() || pays.isEmpty())
        return ctx.usage(saleUsage());
    QList<Payment> payments;
    for (const QString& text : pays) {
        auto p = parsePayment(text);
        if (!p)
            return ctx.usage(p.message());
        payments << p.value();
    }
    return ctx.withLogin(Access::Change, [&](Database& db, const Session& login) -> int {
        auto settings = SettingsService(db).load();
        if (!settings)
            return ctx.refuse(settings.error());
        Till till(db, login, settings.value());
        std::optional<Approval> approval;
        for (const QString& item : items) {
            const int colon = item.lastIndexOf(QLatin1Char(':'));
            const QString code = colon > 0 ? item.left(colon) : item;
            Quantity quantity = Quantity::fromUnits(1);
            if (colon > 0) {
                auto parsed = Quantity::parse(item.mid(colon + 1));
                if (!parsed)
                    return ctx.usage(parsed.message());
                quantity = parsed.value();
            }
            if (auto added = withApproval(ctx, till, approveAs, approval,
                                          [&](const Approval* a) {
                                              auto done = till.addCode(code, quantity, a);
                                              return done ? Status() : Status(done.error());
                                          });
                !added)
                return ctx.refuse(added.error());
        }
        for (const QString& text : lineDiscounts) {
            const int colon = text.lastIndexOf(QLatin1Char(':'));
            const int line = colon > 0 ? lineOf(till.cart(), text.left(colon)) : -1;
            if (line < 0)
                return ctx.usage(
                    Ctl::tr("--line-discount needs CODE:DISCOUNT for a code sold in this sale: %1").arg(text));
            auto discount = parseDiscount(text.mid(colon + 1));
            if (!discount)
                return ctx.usage(discount.message());
            if (auto done = withApproval(ctx, till, approveAs, approval,
                                         [&](const Approval* a) { return till.setLineDiscount(line, *discount, a); });
                !done)
                return ctx.refuse(done.error());
        }
        if (!cartDiscount.isEmpty()) {
            auto discount = parseDiscount(cartDiscount);
            if (!discount)
                return ctx.usage(discount.message());
            if (auto done = withApproval(ctx, till, approveAs, approval,
                                         [&](const Approval* a) { return till.setCartDiscount(*discount, a); });
                !done)
                return ctx.refuse(done.error());
        }
        auto sale = SaleService(db).commit(till, payments, ctx.languageGiven ? ctx.language : QString());
        if (!sale)
            return ctx.refuse(sale.error());
        sendToFiscalRegister(ctx, db, QStringLiteral("sale"), sale->id);
        if (ctx.json) {
            ctx.printJson(saleJson(sale.value()));
            return Ok;
        }
        ctx.out << sale->receipt << Qt::endl;
        return Ok;
    });
}

int listSales(Context& ctx)
{
    QString shift, from, to;
    if (!ctx.takeOption(QStringLiteral("--shift"), shift) || !ctx.takeOption(QStringLiteral("--from"), from) ||
        !ctx.takeOption(QStringLiteral("--to"), to))
        return Usage;
    SaleFilter filter;
    filter.limit = 100000;
    bool numeric = true;
    filter.shiftNumber = shift.isEmpty() ? 0 : shift.toInt(&numeric);
    filter.from = from.isEmpty() ? QDate() : QDate::fromString(from, Qt::ISODate);
    filter.to = to.isEmpty() ? QDate() : QDate::fromString(to, Qt::ISODate);
    if (!ctx.args.isEmpty() || !numeric || (!from.isEmpty() && !filter.from.isValid()) ||
        (!to.isEmpty() && !filter.to.isValid()))
        return ctx.usage(saleUsage());
    return ctx.withLogin(Access::Read, [&](Database& db, const Session&) -> int {
        auto sales = SaleService(db).list(filter);
        if (!sales)
            return ctx.refuse(sales.error());
        if (ctx.json) {
            QJsonArray array;
            for (const Sale& s : *sales)
                array.append(QJsonObject{{QStringLiteral("receipt"), s.receipt},
                                         {QStringLiteral("at"), s.at.toString(Qt::ISODate)},
                                         {QStringLiteral("shift"), s.shiftNumber},
                                         {QStringLiteral("cashier"), s.cashierName},
                                         {QStringLiteral("total"), s.total.tyiyn()}});
            ctx.printJson(array);
            return Ok;
        }
        TextTable table({Ctl::tr("Receipt"), Ctl::tr("Time"), Ctl::tr("Shift"), Ctl::tr("Cashier"), Ctl::tr("Total")},
                        {false, false, true, false, true});
        for (const Sale& s : *sales)
            table.addRow({s.receipt, s.at.toString(QStringLiteral("dd.MM.yyyy HH:mm")), QString::number(s.shiftNumber),
                          s.cashierName, s.total.format(ctx.language)});
        table.print(ctx.out);
        ctx.out << Ctl::tr("%n sale(s).", nullptr, int(sales->size())) << Qt::endl;
        return Ok;
    });
}

int showSale(Context& ctx)
{
    if (ctx.args.size() != 1)
        return ctx.usage(saleUsage());
    return ctx.withLogin(Access::Read, [&](Database& db, const Session&) -> int {
        auto sale = SaleService(db).find(ctx.args.first());
        if (!sale)
            return ctx.refuse(sale.error());
        if (ctx.json) {
            ctx.printJson(saleJson(sale.value()));
            return Ok;
        }
        printSale(ctx, sale.value());
        return Ok;
    });
}

int saleCommand(Context& ctx)
{
    const QString sub = ctx.args.value(0);
    if (sub == QLatin1String("list")) {
        ctx.args.removeFirst();
        return listSales(ctx);
    }
    if (sub == QLatin1String("show")) {
        ctx.args.removeFirst();
        return showSale(ctx);
    }
    return sell(ctx);
}

const CommandRegistrar registrar("sale", "sale --item CODE[:QTY]... --pay METHOD:AMOUNT... | sale list | sale show RECEIPT",
                                 &saleCommand);

} // namespace

} // namespace ovop::ctl
