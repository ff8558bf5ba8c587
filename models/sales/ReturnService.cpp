// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "models/sales/ReturnService.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>

#include "models/audit/AuditLog.h"
#include "models/core/Language.h"
#include "models/people/Session.h"
#include "models/reports/SalesRollup.h"
#include "models/sales/Cart.h"
#include "models/sales/SaleService.h"
#include "models/sales/Till.h"
#include "models/settings/ShopSettings.h"
#include "models/stock/BatchPicking.h"
#include "models/stock/StockLedger.h"
#include "models/store/Database.h"
#include "models/store/Sql.h"

namespace ovop {

namespace {

// Products of two 64-bit amounts need 128 bits before they are divided down again.
__extension__ typedef __int128 Wide;

// amount x part / whole, rounded half away from zero.
Money proportion(Money amount, qint64 part, qint64 whole)
{
    if (whole <= 0)
        return {};
    const Wide p = static_cast<Wide>(amount.tyiyn()) * part;
    return Money::fromTyiyn(static_cast<qint64>((p + whole / 2) / whole));
}

// What went back already to each of the sale's payments (by payment line), and in cash.
struct Refunded
{
    QMap<QString, Money> byMethodAndScheme; // "card:visa", "qr:", "cash:"
};

Result<Refunded> refundedBefore(Database& db, const QString& saleId)
{
    SqlQuery q(db.sql(), QStringLiteral("SELECT p.method, p.card_scheme, sum(p.amount) FROM return_payments p JOIN "
                                        "returns r ON r.id = p.return_id WHERE r.sale_id = :sale GROUP BY 1, 2"));
    q.bind(QStringLiteral(":sale"), saleId);
    if (auto done = q.exec(); !done)
        return done.error();
    Refunded out;
    while (q.next())
        out.byMethodAndScheme.insert(q.value(0).toString() + QLatin1Char(':') + q.value(1).toString(),
                                     Money::fromTyiyn(q.value(2).toLongLong()));
    if (auto done = q.finished(); !done)
        return done.error();
    return out;
}

QString keyOf(const Payment& p)
{
    return PaymentMethods::key(p.method) + QLatin1Char(':') + (p.scheme ? PaymentMethods::schemeKey(*p.scheme) : QString());
}

} // namespace

ReturnService::ReturnService(Database& db) : m_db(db) {}

Money ReturnService::refundFor(const SaleLine& line, Quantity returnedBefore, Quantity quantity)
{
    // The refund of everything returned so far, less what was refunded before: the shares add up to
    // exactly the line's amount once all of it has come back.
    const qint64 sold = line.quantity.milli();
    return proportion(line.amount, (returnedBefore + quantity).milli(), sold) -
           proportion(line.amount, returnedBefore.milli(), sold);
}

Result<SaleReturn> ReturnService::refund(const Session& actor, const ReturnRequest& request, const Approval* approval)
{
    if (!actor.can(Permission::Sell))
        return Roles::refusal(Permission::Sell);
    if (request.lines.isEmpty())
        return Error{tr("Choose what is returned: at least one line.")};
    auto settings = SettingsService(m_db).load();
    if (!settings)
        return settings.error();

    Transaction unit(m_db.sql());
    if (!unit.isActive())
        return unit.beginError();
    // The sale and what came back of it, read inside the unit: two tills returning at once cannot
    // both return the last piece.
    auto sale = SaleService(m_db).find(request.receipt);
    if (!sale)
        return sale.error();
    auto shift = SaleService::openShiftIn(m_db, unit);
    if (!shift)
        return shift.error();

    SaleReturn doc;
    doc.id = m_db.newId();
    doc.saleId = sale->id;
    doc.saleReceipt = sale->receipt;
    doc.shiftId = shift->first;
    doc.at = m_db.now();
    doc.userId = actor.userId;
    doc.cashierName = actor.displayName();
    doc.language = Language::isValid(request.language) ? request.language : sale->language;
    doc.originShop = m_db.origin().shopCode;
    doc.originDevice = m_db.origin().deviceId;

    QMap<int, Quantity> asked;
    for (const ReturnRequest::Line& l : request.lines)
        asked[l.saleLineNo] = asked.value(l.saleLineNo) + l.quantity;
    QList<Money> amounts;
    QList<QString> groups;
    for (auto it = asked.cbegin(); it != asked.cend(); ++it) {
        const auto found = std::find_if(sale->lines.cbegin(), sale->lines.cend(),
                                        [&](const SaleLine& l) { return l.lineNo == it.key(); });
        if (found == sale->lines.cend())
            return Error{tr("Receipt %1 has no line %2.").arg(sale->receipt).arg(it.key())};
        const SaleLine& line = *found;
        const QString name = line.name.in(actor.language);
        if (it.value().milli() <= 0)
            return Error::ofField(QStringLiteral("quantity"), tr("The quantity returned must be more than zero."));
        if (!Units::sellsInFractions(line.unit) && !it.value().isWhole())
            return Error::ofField(QStringLiteral("quantity"),
                                  tr("%1 is sold in whole pieces: enter a whole number.").arg(name));
        const Quantity left = line.quantity - line.returned;
        if (it.value() > left)
            return Error::ofField(QStringLiteral("quantity"),
                                  left.isZero()
                                      ? tr("All of %1 on receipt %2 was returned already.").arg(name, sale->receipt)
                                      : tr("Only %1 of %2 can still be returned on receipt %3 (%4 sold, %5 returned "
                                           "before).")
                                            .arg(left.format(actor.language), name, sale->receipt,
                                                 line.quantity.format(actor.language),
                                                 line.returned.format(actor.language)));
        ReturnLine r;
        r.lineNo = int(doc.lines.size()) + 1;
        r.saleLineNo = line.lineNo;
        r.productId = line.productId;
        r.sku = line.sku;
        r.name = line.name;
        r.quantity = it.value();
        r.amount = refundFor(line, line.returned, it.value());
        r.damaged = request.damaged;
        doc.total += r.amount;
        doc.lines << r;
        amounts << r.amount;
        groups << line.taxGroup;
    }
    TaxProfile rates;
    rates.vatPayer = sale->tax.vatRateBp > 0;
    rates.vatRateBp = sale->tax.vatRateBp;
    rates.salesTaxRateBp = sale->tax.salesTaxRateBp;
    rates.rounding = settings->tax.rounding;
    doc.tax = Cart::taxContained(rates, amounts, groups);

    if (doc.total > settings->returnApprovalLimit && !actor.can(Permission::ApproveTill)) {
        const QString what = tr("A return of %1 (more than %2)")
                                 .arg(doc.total.format(actor.language),
                                      settings->returnApprovalLimit.format(actor.language));
        if (!approval)
            return Error{tr("%1 needs a manager's approval.").arg(what), QStringLiteral("return"), {},
                         ErrorKind::NeedsApproval};
        if (!approval->approver.can(Permission::ApproveTill))
            return Roles::refusal(Permission::ApproveTill);
        doc.approvedBy = approval->approver.userName;
        if (auto done = AuditLog(m_db).append(&approval->approver, QStringLiteral("till.approval"),
                                              {{QStringLiteral("approver"), approval->approver.userName},
                                               {QStringLiteral("for"), actor.userName},
                                               {QStringLiteral("action"), QStringLiteral("return")},
                                               {QStringLiteral("what"), what},
                                               {QStringLiteral("reason"), approval->reason}});
            !done)
            return done.error();
    }

    // Where the money goes: the sale's own card and QR payments first, up to what each paid less
    // what went back to it before; the rest in cash.
    Money left = doc.total;
    if (request.refundTo == ReturnRequest::RefundTo::Original) {
        auto before = refundedBefore(m_db, sale->id);
        if (!before)
            return before.error();
        // What went back before to a method and scheme uses up the sale's payments of it in order.
        QMap<QString, Money> pool = before->byMethodAndScheme;
        for (const Payment& p : sale->payments) {
            if (p.method == PaymentMethod::Cash || left.isZero())
                continue;
            const Money used = std::min(p.amount, pool.value(keyOf(p)));
            pool[keyOf(p)] -= used;
            const Money part = std::min(p.amount - used, left);
            if (part.tyiyn() <= 0)
                continue;
            Payment back = p;
            back.amount = part;
            doc.refunds << back;
            left -= part;
        }
    }
    if (left.tyiyn() > 0)
        doc.refunds << Payment{PaymentMethod::Cash, left};

    auto number = SaleService::takeReceiptNumber(m_db, unit, QStringLiteral("return"), doc.id);
    if (!number)
        return number.error();
    doc.receipt = number->first;
    const QString stamp = m_db.storedNow();
    SqlQuery head(m_db.sql(), QStringLiteral("INSERT INTO returns (id, receipt, receipt_seq, sale_id, shift_id, at, "
                                             "user_id, approved_by, language, total, vat, sales_tax, created_at, "
                                             "origin_shop, origin_device) VALUES (:id, :receipt, :seq, :sale, :shift, "
                                             ":at, :user, :approver, :lang, :total, :vat, :st, :at, :shop, :device)"));
    head.bind(QStringLiteral(":id"), doc.id)
        .bind(QStringLiteral(":receipt"), doc.receipt)
        .bind(QStringLiteral(":seq"), number->second)
        .bind(QStringLiteral(":sale"), doc.saleId)
        .bind(QStringLiteral(":shift"), doc.shiftId)
        .bind(QStringLiteral(":at"), stamp)
        .bind(QStringLiteral(":user"), actor.userId)
        .bind(QStringLiteral(":approver"), approval && !doc.approvedBy.isEmpty() ? QVariant(approval->approver.userId)
                                                                                 : QVariant())
        .bind(QStringLiteral(":lang"), doc.language)
        .bind(QStringLiteral(":total"), doc.total.tyiyn())
        .bind(QStringLiteral(":vat"), doc.tax.vat.tyiyn())
        .bind(QStringLiteral(":st"), doc.tax.salesTax.tyiyn())
        .bind(QStringLiteral(":shop"), doc.originShop)
        .bind(QStringLiteral(":device"), doc.originDevice);
    if (auto done = head.exec(); !done)
        return done.error();

    SqlQuery lineInsert(m_db.sql(), QStringLiteral("INSERT INTO return_lines (return_id, line_no, sale_id, "
                                                   "sale_line_no, product_id, quantity, amount, damaged) VALUES (:id, "
                                                   ":no, :sale, :sale_line, :product, :qty, :amount, :damaged)"));
    StockLedger ledger(m_db);
    QJsonArray auditLines;
    for (const ReturnLine& r : doc.lines) {
        lineInsert.bind(QStringLiteral(":id"), doc.id)
            .bind(QStringLiteral(":no"), r.lineNo)
            .bind(QStringLiteral(":sale"), doc.saleId)
            .bind(QStringLiteral(":sale_line"), r.saleLineNo)
            .bind(QStringLiteral(":product"), r.productId)
            .bind(QStringLiteral(":qty"), r.quantity.milli())
            .bind(QStringLiteral(":amount"), r.amount.tyiyn())
            .bind(QStringLiteral(":damaged"), r.damaged ? 1 : 0);
        if (auto done = lineInsert.exec(); !done)
            return done.error();
        auto batches = BatchPicking(m_db).returned(doc.saleId, r.saleLineNo, r.quantity);
        if (!batches)
            return batches.error();
        for (const BatchTake& batch : batches.value()) {
            MovementLine back;
            back.productId = r.productId;
            back.quantity = batch.quantity;
            back.kind = StockMovement::Kind::Return;
            back.documentId = doc.id;
            back.documentLine = r.lineNo;
            back.batch = batch.batch;
            back.expiresOn = batch.expiresOn;
            if (auto moved = ledger.record(unit, actor, back); !moved)
                return moved.error();
            if (r.damaged) {
                MovementLine off = back;
                off.quantity = -batch.quantity;
                off.kind = StockMovement::Kind::Damage;
                off.document = StockMovement::Document::Return;
                off.reason = tr("Returned damaged on %1").arg(doc.saleReceipt);
                if (auto moved = ledger.record(unit, actor, off); !moved)
                    return moved.error();
            }
        }
        auditLines.append(QJsonObject{{QStringLiteral("sku"), r.sku},
                                      {QStringLiteral("quantity_milli"), r.quantity.milli()},
                                      {QStringLiteral("amount"), r.amount.tyiyn()}});
    }
    SqlQuery payInsert(m_db.sql(), QStringLiteral("INSERT INTO return_payments (return_id, line_no, method, amount, "
                                                  "card_scheme, reference) VALUES (:id, :no, :method, :amount, "
                                                  ":scheme, :ref)"));
    for (int i = 0; i < doc.refunds.size(); ++i) {
        const Payment& p = doc.refunds[i];
        payInsert.bind(QStringLiteral(":id"), doc.id)
            .bind(QStringLiteral(":no"), i + 1)
            .bind(QStringLiteral(":method"), PaymentMethods::key(p.method))
            .bind(QStringLiteral(":amount"), p.amount.tyiyn())
            .bind(QStringLiteral(":scheme"), p.scheme ? PaymentMethods::schemeKey(*p.scheme) : QStringLiteral(""))
            .bind(QStringLiteral(":ref"), SqlQuery::text(p.reference));
        if (auto done = payInsert.exec(); !done)
            return done.error();
    }
    if (auto done = AuditLog(m_db).append(&actor, QStringLiteral("return"),
                                          {{QStringLiteral("receipt"), doc.receipt},
                                           {QStringLiteral("sale_receipt"), doc.saleReceipt},
                                           {QStringLiteral("total"), doc.total.tyiyn()},
                                           {QStringLiteral("damaged"), request.damaged},
                                           {QStringLiteral("lines"), auditLines}});
        !done)
        return done.error();
    // The reports' daily figures, in the same unit as the return.
    if (auto done = SalesRollup(m_db.sql()).addReturn(doc.id); !done)
        return done.error();
    if (auto done = unit.commit(); !done)
        return done.error();
    return doc;
}

} // namespace ovop
