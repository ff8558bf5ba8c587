// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// ovopctl receipt: a sale's or a return's receipt again, as PDF, ESC/POS bytes or text (a copy).
#include "Command.h"
#include "models/core/Language.h"
#include "models/sales/ReceiptLayout.h"
#include "models/sales/ReturnService.h"
#include "models/sales/SaleService.h"
#include "models/settings/ShopSettings.h"
#include "models/store/FileGuard.h"
#include "ui/documents/ReceiptRenderer.h"

namespace ovop::ctl {

namespace {

QString receiptUsage()
{
    return Ctl::tr("Usage: ovopctl receipt RECEIPT (--pdf FILE | --escpos FILE [--width 58|80] | --text) "
                   "[--lang ky|ru|en] [--force]\n"
                   "Prints a sale's or a return's receipt again, marked as a copy, in the receipt's own "
                   "language unless --lang is given.");
}

int receipt(Context& ctx)
{
    QString pdf, escpos, width;
    if (!ctx.takeOption(QStringLiteral("--pdf"), pdf) || !ctx.takeOption(QStringLiteral("--escpos"), escpos) ||
        !ctx.takeOption(QStringLiteral("--width"), width))
        return Usage;
    const bool text = ctx.takeFlag(QStringLiteral("--text"));
    const Overwrite overwrite = ctx.takeOverwrite();
    const int outputs = int(!pdf.isEmpty()) + int(!escpos.isEmpty()) + int(text);
    const int paperMm = width.isEmpty() ? 80 : width.toInt();
    if (ctx.args.size() != 1 || outputs != 1 || (paperMm != 58 && paperMm != 80))
        return ctx.usage(receiptUsage());
    return ctx.withLogin(Access::Read, [&](Database& db, const Session&) -> int {
        auto settings = SettingsService(db).load();
        if (!settings)
            return ctx.refuse(settings.error());
        const bool languageGiven = ctx.languageGiven;
        PrintedReceipt printed;
        auto sale = SaleService(db).find(ctx.args.first());
        if (sale) {
            printed = ReceiptLayout::sale(sale.value(), settings.value(), languageGiven ? ctx.language : sale->language,
                                          true);
        } else if (sale.error().kind == ErrorKind::NotFound) {
            auto returned = ReturnService(db).find(ctx.args.first());
            if (!returned)
                return ctx.refuse(returned.error().kind == ErrorKind::NotFound ? sale.error() : returned.error());
            printed = ReceiptLayout::saleReturn(returned.value(), settings.value(),
                                                languageGiven ? ctx.language : returned->language, true);
        } else {
            return ctx.refuse(sale.error());
        }
        if (text) {
            ctx.out << ReceiptLayout::toText(printed, paperMm == 58 ? 32 : 42);
            return Ok;
        }
        const Status written = !pdf.isEmpty()
                                   ? ui::ReceiptRenderer::writePdf(pdf, printed, paperMm, overwrite)
                                   : SafeFile::write(escpos, ui::ReceiptRenderer::escPos(printed, paperMm), overwrite);
        if (!written)
            return ctx.refuse(written.error());
        return Ok;
    });
}

const CommandRegistrar registrar("receipt", "receipt RECEIPT (--pdf FILE | --escpos FILE [--width 58|80] | --text)",
                                 &receipt);

} // namespace

} // namespace ovop::ctl
