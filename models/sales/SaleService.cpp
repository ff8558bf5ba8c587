// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "models/sales/SaleService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "models/audit/AuditLog.h"
#include "models/core/Language.h"
#include "models/people/Session.h"
#include "models/reports/SalesRollup.h"
#include "models/sales/ShiftService.h"
#include "models/sales/Till.h"
#include "models/stock/BatchPicking.h"
#include "models/stock/StockLedger.h"
#include "models/store/Database.h"
#include "models/store/Sql.h"

namespace ovop {

SaleService::SaleService(Database& db) : m_db(db) {}

Result<Money> SaleService::changeFor(Money total, const QList<Payment>& payments, const QString& language)
{
    Money paid;
    Money cash;
    for (const Payment& p : payments) {
        if (p.amount.tyiyn() <= 0)
            return Error::ofField(QStringLiteral("payment"), tr("A payment must be more than zero."));
        if (p.method == PaymentMethod::Card && !p.scheme)
            return Error::ofField(QStringLiteral("payment"), tr("Choose the card's scheme (Elcart, Visa, ...)."));
        if (p.cardDetail.size() > MaxDetailLength || p.reference.size() > MaxDetailLength)
            return Error::ofField(QStringLiteral("payment"),
                                  tr("A card detail or reference is at most %1 characters.").arg(MaxDetailLength));
        paid += p.amount;
        if (p.method == PaymentMethod::Cash)
            cash += p.amount;
    }
    if (paid - cash > total)
        return Error::ofField(QStringLiteral("payment"),
                              tr("Card and QR payments come to %1, more than the total %2: only cash gives change.")
                                  .arg((paid - cash).format(language), total.format(language)));
    if (paid < total)
        return Error::ofField(QStringLiteral("payment"),
                              tr("%1 is still to be paid.").arg((total - paid).format(language)));
    return paid - total;
}

Result<std::pair<QString, int>> SaleService::openShiftIn(Database& db, const Transaction& unit)
{
    auto shift = ShiftService(db).currentIn(unit);
    if (!shift)
        return shift.error();
    if (!shift->has_value())
        return Error{tr("No shift is open on this till. Open a shift with the cash in the drawer first.")};
    return std::pair<QString, int>{(*shift)->id, (*shift)->number};
}

namespace {

QString receiptText(const Origin& origin, qint64 number)
{
    return QStringLiteral("%1-%2-%3").arg(origin.shopCode, origin.deviceId).arg(number, 6, 10, QLatin1Char('0'));
}

Result<qint64> lastNumber(Database& db)
{
    SqlQuery last(db.sql(), QStringLiteral("SELECT coalesce(max(number), 0) FROM receipt_numbers WHERE origin_shop = "
                                           ":shop AND origin_device = :device"));
    last.bind(QStringLiteral(":shop"), db.origin().shopCode).bind(QStringLiteral(":device"), db.origin().deviceId);
    if (auto done = last.exec(); !done)
        return done.error();
    return last.next() ? last.value(0).toLongLong() : 0;
}

} // namespace

Result<QString> SaleService::nextReceiptNumber() const
{
    auto last = lastNumber(m_db);
    if (!last)
        return last.error();
    return receiptText(m_db.origin(), last.value() + 1);
}

Result<std::pair<QString, qint64>> SaleService::takeReceiptNumber(Database& db, const Transaction& unit,
                                                                  const QString& documentType,
                                                                  const QString& documentId)
{
    if (!unit.isActive() || !Transaction::isOpen(db.sql()))
        qFatal("SaleService::takeReceiptNumber runs inside its caller's unit of work");
    const Origin& origin = db.origin();
    auto last = lastNumber(db);
    if (!last)
        return last.error();
    const qint64 number = last.value() + 1;
    SqlQuery take(db.sql(), QStringLiteral("INSERT INTO receipt_numbers (origin_shop, origin_device, number, "
                                           "document_type, document_id) VALUES (:shop, :device, :n, :type, :doc)"));
    take.bind(QStringLiteral(":shop"), origin.shopCode)
        .bind(QStringLiteral(":device"), origin.deviceId)
        .bind(QStringLiteral(":n"), number)
        .bind(QStringLiteral(":type"), documentType)
        .bind(QStringLiteral(":doc"), documentId);
    if (auto done = take.exec(); !done)
        return done.error();
    return std::pair<QString, qint64>{receiptText(origin, number), number};
}

Result<Sale> SaleService::commit(Till& till, const QList<Payment>& payments, const QString& language)
{
    const Session& actor = till.actor();
    if (!actor.can(Permission::Sell))
        return Roles::refusal(Permission::Sell);
    const Cart& cart = till.cart();
    if (cart.isEmpty())
        return Error{tr("The cart is empty: scan the goods first.")};
    const QString receiptLanguage = Language::isValid(language) ? language : till.settings().receiptLanguage;
    const CartTotals totals = till.totals();
    auto change = changeFor(totals.total, payments, actor.language);
    if (!change)
        return change.error();

    Transaction unit(m_db.sql());
    if (!unit.isActive())
        return unit.beginError();
    auto shift = openShiftIn(m_db, unit);
    if (!shift)
        return shift.error();

    Sale sale;
    sale.id = m_db.newId();
    auto number = takeReceiptNumber(m_db, unit, QStringLiteral("sale"), sale.id);
    if (!number)
        return number.error();
    sale.receipt = number->first;
    sale.receiptSeq = number->second;
    sale.shiftId = shift->first;
    sale.shiftNumber = shift->second;
    sale.at = m_db.now();
    sale.userId = actor.userId;
    sale.cashierName = actor.displayName();
    sale.language = receiptLanguage;
    sale.payments = payments;
    sale.gross = totals.gross;
    sale.discount = totals.discount;
    sale.total = totals.total;
    sale.change = change.value();
    sale.paid = sale.total + sale.change;
    sale.tax = totals.tax;
    sale.originShop = m_db.origin().shopCode;
    sale.originDevice = m_db.origin().deviceId;
    const QString stamp = m_db.storedNow();

    SqlQuery head(m_db.sql(),
                  QStringLiteral("INSERT INTO sales (id, receipt, receipt_seq, shift_id, at, user_id, language, gross, "
                                 "discount, total, paid, change, vat, vat_rate, sales_tax, sales_tax_rate, approvals, "
                                 "created_at, origin_shop, origin_device) VALUES (:id, :receipt, :seq, :shift, :at, "
                                 ":user, :lang, :gross, :discount, :total, :paid, :change, :vat, :vat_rate, :st, "
                                 ":st_rate, :approvals, :at, :shop, :device)"));
    head.bind(QStringLiteral(":id"), sale.id)
        .bind(QStringLiteral(":receipt"), sale.receipt)
        .bind(QStringLiteral(":seq"), sale.receiptSeq)
        .bind(QStringLiteral(":shift"), sale.shiftId)
        .bind(QStringLiteral(":at"), stamp)
        .bind(QStringLiteral(":user"), actor.userId)
        .bind(QStringLiteral(":lang"), receiptLanguage)
        .bind(QStringLiteral(":gross"), sale.gross.tyiyn())
        .bind(QStringLiteral(":discount"), sale.discount.tyiyn())
        .bind(QStringLiteral(":total"), sale.total.tyiyn())
        .bind(QStringLiteral(":paid"), sale.paid.tyiyn())
        .bind(QStringLiteral(":change"), sale.change.tyiyn())
        .bind(QStringLiteral(":vat"), sale.tax.vat.tyiyn())
        .bind(QStringLiteral(":vat_rate"), sale.tax.vatRateBp)
        .bind(QStringLiteral(":st"), sale.tax.salesTax.tyiyn())
        .bind(QStringLiteral(":st_rate"), sale.tax.salesTaxRateBp)
        .bind(QStringLiteral(":approvals"),
              cart.approvals.isEmpty()
                  ? QStringLiteral("")
                  : QString::fromUtf8(QJsonDocument(cart.approvals).toJson(QJsonDocument::Compact)))
        .bind(QStringLiteral(":shop"), sale.originShop)
        .bind(QStringLiteral(":device"), sale.originDevice);
    if (auto done = head.exec(); !done)
        return done.error();

    SqlQuery lineInsert(
        m_db.sql(),
        QStringLiteral("INSERT INTO sale_lines (sale_id, line_no, product_id, sku, barcode, name_ky, name_ru, name_en, "
                       "unit, quantity, unit_price, catalog_price, line_discount, cart_discount, amount, tax_group, "
                       "producer_id, producer_name, village_ky, village_ru, village_en) VALUES (:sale, :no, :product, "
                       ":sku, :barcode, :ky, :ru, :en, :unit, :qty, :price, :catalog, :ld, :cd, :amount, :tax, "
                       ":producer, :producer_name, :vky, :vru, :ven)"));
    StockLedger ledger(m_db);
    QJsonArray auditLines;
    const QDate today = m_db.now().date();
    for (int i = 0; i < cart.lines.size(); ++i) {
        const CartLine& c = cart.lines[i];
        SaleLine line;
        line.lineNo = i + 1;
        line.productId = c.item.productId;
        line.sku = c.item.sku;
        line.barcode = c.item.barcode;
        line.name = c.item.name;
        line.unit = c.item.unit;
        line.quantity = c.quantity;
        line.unitPrice = c.unitPrice();
        line.catalogPrice = c.item.price;
        line.lineDiscount = totals.lineDiscounts[i];
        line.cartDiscountShare = totals.cartDiscountShares[i];
        line.amount = totals.amounts[i];
        line.taxGroup = c.item.taxGroup;
        line.producerId = c.item.producerId;
        line.producerName = c.item.producerName;
        line.villageName = c.item.villageName;
        lineInsert.bind(QStringLiteral(":sale"), sale.id)
            .bind(QStringLiteral(":no"), line.lineNo)
            .bind(QStringLiteral(":product"), line.productId)
            .bind(QStringLiteral(":sku"), line.sku)
            .bind(QStringLiteral(":barcode"), SqlQuery::text(line.barcode))
            .bind(QStringLiteral(":ky"), SqlQuery::text(line.name.ky))
            .bind(QStringLiteral(":ru"), SqlQuery::text(line.name.ru))
            .bind(QStringLiteral(":en"), SqlQuery::text(line.name.en))
            .bind(QStringLiteral(":unit"), Units::key(line.unit))
            .bind(QStringLiteral(":qty"), line.quantity.milli())
            .bind(QStringLiteral(":price"), line.unitPrice.tyiyn())
            .bind(QStringLiteral(":catalog"), line.catalogPrice.tyiyn())
            .bind(QStringLiteral(":ld"), line.lineDiscount.tyiyn())
            .bind(QStringLiteral(":cd"), line.cartDiscountShare.tyiyn())
            .bind(QStringLiteral(":amount"), line.amount.tyiyn())
            .bind(QStringLiteral(":tax"), SqlQuery::text(line.taxGroup))
            .bind(QStringLiteral(":producer"), line.producerId.isEmpty() ? QVariant() : QVariant(line.producerId))
            .bind(QStringLiteral(":producer_name"), SqlQuery::text(line.producerName))
            .bind(QStringLiteral(":vky"), SqlQuery::text(line.villageName.ky))
            .bind(QStringLiteral(":vru"), SqlQuery::text(line.villageName.ru))
            .bind(QStringLiteral(":ven"), SqlQuery::text(line.villageName.en));
        if (auto done = lineInsert.exec(); !done)
            return done.error();
        auto takes = c.item.tracksBatches
                         ? BatchPicking(m_db).take(line.productId, line.quantity, today, c.expiredApproved)
                         : Result<QList<BatchTake>>(QList<BatchTake>{BatchTake{{}, {}, line.quantity, false}});
        if (!takes)
            return takes.error();
        for (const BatchTake& take : takes.value()) {
            MovementLine movement;
            movement.productId = line.productId;
            movement.quantity = -take.quantity;
            movement.kind = StockMovement::Kind::Sale;
            movement.documentId = sale.id;
            movement.documentLine = line.lineNo;
            movement.batch = take.batch;
            movement.expiresOn = take.expiresOn;
            if (auto moved = ledger.record(unit, actor, movement); !moved)
                return moved.error();
        }
        auditLines.append(QJsonObject{{QStringLiteral("sku"), line.sku},
                                      {QStringLiteral("quantity_milli"), line.quantity.milli()},
                                      {QStringLiteral("amount"), line.amount.tyiyn()}});
        sale.lines << line;
    }

    SqlQuery payInsert(m_db.sql(), QStringLiteral("INSERT INTO sale_payments (sale_id, line_no, method, amount, "
                                                  "card_scheme, card_detail, reference, qr_link) VALUES (:sale, :no, "
                                                  ":method, :amount, :scheme, :detail, :ref, :link)"));
    QJsonArray auditPayments;
    for (int i = 0; i < payments.size(); ++i) {
        const Payment& p = payments[i];
        payInsert.bind(QStringLiteral(":sale"), sale.id)
            .bind(QStringLiteral(":no"), i + 1)
            .bind(QStringLiteral(":method"), PaymentMethods::key(p.method))
            .bind(QStringLiteral(":amount"), p.amount.tyiyn())
            .bind(QStringLiteral(":scheme"), p.scheme ? PaymentMethods::schemeKey(*p.scheme) : QStringLiteral(""))
            .bind(QStringLiteral(":detail"), SqlQuery::text(p.cardDetail.trimmed()))
            .bind(QStringLiteral(":ref"), SqlQuery::text(p.reference.trimmed()))
            .bind(QStringLiteral(":link"), SqlQuery::text(p.qrLink));
        if (auto done = payInsert.exec(); !done)
            return done.error();
        auditPayments.append(QJsonObject{{QStringLiteral("method"), PaymentMethods::key(p.method)},
                                         {QStringLiteral("amount"), p.amount.tyiyn()}});
    }

    if (auto done = AuditLog(m_db).append(&actor, QStringLiteral("sale"),
                                          {{QStringLiteral("receipt"), sale.receipt},
                                           {QStringLiteral("sale_id"), sale.id},
                                           {QStringLiteral("total"), sale.total.tyiyn()},
                                           {QStringLiteral("discount"), sale.discount.tyiyn()},
                                           {QStringLiteral("change"), sale.change.tyiyn()},
                                           {QStringLiteral("lines"), auditLines},
                                           {QStringLiteral("payments"), auditPayments},
                                           {QStringLiteral("approvals"), cart.approvals}});
        !done)
        return done.error();
    // The reports' daily figures, in the same unit as the sale.
    if (auto done = SalesRollup(m_db.sql()).addSale(sale.id); !done)
        return done.error();
    if (auto done = unit.commit(); !done)
        return done.error();
    till.clear();
    return sale;
}

} // namespace ovop
