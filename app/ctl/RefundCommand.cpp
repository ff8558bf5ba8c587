// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// ovopctl refund: a return against a receipt, with the till's rules.
#include "Command.h"
#include "Prompt.h"
#include "SaleJson.h"
#include "models/catalog/Barcode.h"
#include "models/sales/ReturnService.h"
#include "models/sales/SaleService.h"
#include "models/sales/Till.h"
#include "models/settings/ShopSettings.h"

namespace ovop::ctl {

namespace {

QString refundUsage()
{
    return Ctl::tr("Usage: ovopctl refund RECEIPT --item CODE[:QTY]... [--to original|cash] [--damaged] "
                   "[--approve-as MANAGER] [--json]\n"
                   "Without QTY, what is left of the line comes back.");
}

int refund(Context& ctx)
{
    QStringList items;
    if (!ctx.takeOptions(QStringLiteral("--item"), items))
        return Usage;
    QString to;
    QString approveAs;
    if (!ctx.takeOption(QStringLiteral("--to"), to) || !ctx.takeOption(QStringLiteral("--approve-as"), approveAs))
        return Usage;
    ReturnRequest request;
    request.damaged = ctx.takeFlag(QStringLiteral("--damaged"));
    if (to == QLatin1String("cash"))
        request.refundTo = ReturnRequest::RefundTo::Cash;
    else if (!to.isEmpty() && to != QLatin1String("original"))
        return ctx.usage(refundUsage());
    if (ctx.args.size() != 1 || items.isEmpty())
        return ctx.usage(refundUsage());
    request.receipt = ctx.args.first();
    request.language = ctx.language;

    return ctx.withLogin(Access::Change, [&](Database& db, const Session& login) -> int {
        auto sale = SaleService(db).find(request.receipt);
        if (!sale)
            return ctx.refuse(sale.error());
        for (const QString& item : items) {
            const int colon = item.lastIndexOf(QLatin1Char(':'));
            const QString code = (colon > 0 ? item.left(colon) : item).trimmed();
            const QStringList spellings = Barcode::equivalents(code);
            const auto line = std::find_if(sale->lines.cbegin(), sale->lines.cend(), [&](const SaleLine& l) {
                return l.sku.compare(code, Qt::CaseInsensitive) == 0 || spellings.contains(l.barcode);
            });
            if (line == sale->lines.cend())
                return ctx.refuse(Ctl::tr("Receipt %1 has no line with the code %2.").arg(sale->receipt, code));
            Quantity quantity = line->quantity - line->returned;
            if (colon > 0) {
                auto parsed = Quantity::parse(item.mid(colon + 1));
                if (!parsed)
                    return ctx.usage(parsed.message());
                quantity = parsed.value();
            }
            request.lines << ReturnRequest::Line{line->lineNo, quantity};
        }
        ReturnService returns(db);
        auto done = returns.refund(login, request);
        if (!done && done.error().kind == ErrorKind::NeedsApproval && !approveAs.isEmpty()) {
            auto settings = SettingsService(db).load();
            if (!settings)
                return ctx.refuse(settings.error());
            Till till(db, login, settings.value());
            const QString pin =
                secretFromEnvironmentOrPrompt("OVOP_APPROVER_PIN", Ctl::tr("PIN of %1: ").arg(approveAs), ctx.err);
            auto approval = till.approve(approveAs, pin, Ctl::tr("approved at the command line"));
            if (!approval)
                return ctx.refuse(approval.error());
            done = returns.refund(login, request, &approval.value());
        }
        if (!done)
            return ctx.refuse(done.error());
        sendToFiscalRegister(ctx, db, QStringLiteral("return"), done->id);
        if (ctx.json) {
            ctx.printJson(returnJson(done.value()));
            return Ok;
        }
        ctx.out << done->receipt << Qt::endl;
        return Ok;
    });
}

const CommandRegistrar registrar("refund", "refund RECEIPT --item CODE[:QTY]... [--to original|cash] [--damaged]",
                                 &refund);

} // namespace

} // namespace ovop::ctl
