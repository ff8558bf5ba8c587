// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "ProducerMoney.h"

#include <QJsonArray>

#include "Command.h"

namespace ovop::ctl {

QJsonObject statementJson(const Statement& s)
{
    QJsonArray lines;
    for (const StatementLine& l : s.lines)
        lines.append(QJsonObject{{QStringLiteral("line"), l.lineNo},
                                 {QStringLiteral("kind"), StatementLine::kindKey(l.kind)},
                                 {QStringLiteral("sku"), l.sku},
                                 {QStringLiteral("name"), l.name.in(s.language)},
                                 {QStringLiteral("quantity"), jsonUnits(l.quantity)},
                                 {QStringLiteral("amount"), l.amount.tyiyn()},
                                 {QStringLiteral("commission_bp"), l.commissionBp},
                                 {QStringLiteral("commission"), l.commission.tyiyn()},
                                 {QStringLiteral("receipt"), l.saleReceipt},
                                 {QStringLiteral("return_receipt"), l.returnReceipt},
                                 {QStringLiteral("at"), l.at.toString(Qt::ISODate)}});
    return QJsonObject{{QStringLiteral("id"), s.id},
                       {QStringLiteral("number"), s.number},
                       {QStringLiteral("producer"), s.producerCode},
                       {QStringLiteral("producer_name"), s.producerName},
                       {QStringLiteral("from"), s.from.toString(Qt::ISODate)},
                       {QStringLiteral("to"), s.to.toString(Qt::ISODate)},
                       {QStringLiteral("language"), s.language},
                       {QStringLiteral("lines"), lines},
                       {QStringLiteral("gross"), s.gross.tyiyn()},
                       {QStringLiteral("returns"), s.returns.tyiyn()},
                       {QStringLiteral("commission"), s.commission.tyiyn()},
                       {QStringLiteral("owed"), s.owed.tyiyn()},
                       {QStringLiteral("paid"), s.paid.tyiyn()},
                       {QStringLiteral("due"), s.due().tyiyn()},
                       {QStringLiteral("payout"), s.payoutNumber}};
}

QJsonObject payoutJson(const Payout& p)
{
    return QJsonObject{{QStringLiteral("id"), p.id},
                       {QStringLiteral("number"), p.number},
                       {QStringLiteral("statement"), p.statementNumber},
                       {QStringLiteral("producer"), p.producerName},
                       {QStringLiteral("amount"), p.amount.tyiyn()},
                       {QStringLiteral("method"), Payout::methodKey(p.method)},
                       {QStringLiteral("reference"), p.reference}};
}

QJsonObject producerReturnJson(const ProducerReturn& r)
{
    QJsonArray lines;
    for (const ProducerReturnLine& l : r.lines)
        lines.append(QJsonObject{{QStringLiteral("sku"), l.sku},
                                 {QStringLiteral("name"), l.name.in(QStringLiteral("en"))},
                                 {QStringLiteral("batch"), l.batch},
                                 {QStringLiteral("expires_on"), l.expiresOn.toString(Qt::ISODate)},
                                 {QStringLiteral("quantity"), jsonUnits(l.quantity)}});
    return QJsonObject{{QStringLiteral("id"), r.id},
                       {QStringLiteral("number"), r.number},
                       {QStringLiteral("producer"), r.producerCode},
                       {QStringLiteral("note"), r.note},
                       {QStringLiteral("lines"), lines}};
}

} // namespace ovop::ctl
