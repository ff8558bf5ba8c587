// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "SaleJson.h"

#include <QJsonArray>

#include "Command.h"
#include "TextTable.h"
#include "models/sales/Fiscal.h"

namespace ovop::ctl {

namespace {

QJsonArray paymentsJson(const QList<Payment>& payments)
{
    QJsonArray out;
    for (const Payment& p : payments) {
        QJsonObject o{{QStringLiteral("method"), PaymentMethods::key(p.method)},
                      {QStringLiteral("amount"), p.amount.tyiyn()}};
        if (p.scheme)
            o.insert(QStringLiteral("scheme"), PaymentMethods::schemeKey(*p.scheme));
        if (!p.reference.isEmpty())
            o.insert(QStringLiteral("reference"), p.reference);
        out.append(o);
    }
    return out;
}

} // namespace

QJsonObject saleJson(const Sale& sale)
{
    QJsonArray lines;
    for (const SaleLine& l : sale.lines)
        lines.append(QJsonObject{{QStringLiteral("sku"), l.sku},
                                 {QStringLiteral("quantity"), jsonUnits(l.quantity)},
                                 {QStringLiteral("price"), l.unitPrice.tyiyn()},
                                 {QStringLiteral("discount"), l.discount().tyiyn()},
                                 {QStringLiteral("amount"), l.amount.tyiyn()},
                                 {QStringLiteral("returned"), jsonUnits(l.returned)}});
    return QJsonObject{{QStringLiteral("receipt"), sale.receipt},
                       {QStringLiteral("at"), sale.at.toString(Qt::ISODate)},
                       {QStringLiteral("shift"), sale.shiftNumber},
                       {QStringLiteral("cashier"), sale.cashierName},
                       {QStringLiteral("language"), sale.language},
                       {QStringLiteral("gross"), sale.gross.tyiyn()},
                       {QStringLiteral("discount"), sale.discount.tyiyn()},
                       {QStringLiteral("total"), sale.total.tyiyn()},
                       {QStringLiteral("tax"), sale.tax.total().tyiyn()},
                       {QStringLiteral("vat"), sale.tax.vat.tyiyn()},
                       {QStringLiteral("sales_tax"), sale.tax.salesTax.tyiyn()},
                       {QStringLiteral("paid"), sale.paid.tyiyn()},
                       {QStringLiteral("change"), sale.change.tyiyn()},
                       {QStringLiteral("payments"), paymentsJson(sale.payments)},
                       {QStringLiteral("lines"), lines}};
}

QJsonObject returnJson(const SaleReturn& doc)
{
    QJsonArray lines;
    for (const ReturnLine& l : doc.lines)
        lines.append(QJsonObject{{QStringLiteral("sku"), l.sku},
                                 {QStringLiteral("quantity"), jsonUnits(l.quantity)},
                                 {QStringLiteral("amount"), l.amount.tyiyn()},
                                 {QStringLiteral("damaged"), l.damaged}});
    return QJsonObject{{QStringLiteral("receipt"), doc.receipt},
                       {QStringLiteral("sale_receipt"), doc.saleReceipt},
                       {QStringLiteral("total"), doc.total.tyiyn()},
                       {QStringLiteral("tax"), doc.tax.total().tyiyn()},
                       {QStringLiteral("approved_by"), doc.approvedBy},
                       {QStringLiteral("refunds"), paymentsJson(doc.refunds)},
                       {QStringLiteral("lines"), lines}};
}

void printSale(Context& ctx, const Sale& sale)
{
    const QString& lang = ctx.language;
    ctx.out << sale.receipt << "  " << sale.at.toString(QStringLiteral("dd.MM.yyyy HH:mm")) << "  "
            << sale.cashierName << Qt::endl;
    TextTable table({Ctl::tr("SKU"), Ctl::tr("Name", "of a product"), Ctl::tr("Quantity"), Ctl::tr("Price"),
                     Ctl::tr("Discount"), Ctl::tr("Amount"), Ctl::tr("Returned")},
                    {false, false, true, true, true, true, true});
    for (const SaleLine& l : sale.lines)
        table.addRow({l.sku, l.name.in(lang), l.quantity.format(lang), l.unitPrice.format(lang),
                      l.discount().isZero() ? QString() : l.discount().format(lang), l.amount.format(lang),
                      l.returned.isZero() ? QString() : l.returned.format(lang)});
    table.print(ctx.out);
    ctx.out << Ctl::tr("Total: %1").arg(sale.total.format(lang)) << Qt::endl;
    for (const Payment& p : sale.payments)
        ctx.out << "  " << PaymentMethods::key(p.method) << ' ' << p.amount.format(lang) << Qt::endl;
    if (!sale.change.isZero())
        ctx.out << Ctl::tr("Change: %1").arg(sale.change.format(lang)) << Qt::endl;
}

void sendToFiscalRegister(Context& ctx, Database& db, const QString& documentType, const QString& documentId)
{
    auto fiscalRegister = SimulatedRegister::forTill(db);
    Status sent = fiscalRegister ? FiscalService(db, *fiscalRegister.value()).send(documentType, documentId)
                                 : Status(fiscalRegister.error());
    if (!sent)
        ctx.err << Ctl::tr("Not sent to the fiscal register: %1 It is sent again by `ovopctl fiscal retry`.")
                       .arg(sent.message())
                << Qt::endl;
}

} // namespace ovop::ctl
