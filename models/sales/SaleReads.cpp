// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// Reading sales back: by receipt, by id, as a list.
#include "models/sales/SaleService.h"

#include "models/store/Database.h"
#include "models/store/Sql.h"

namespace ovop {

namespace {

const QString SaleColumns = QStringLiteral(
    "s.id, s.receipt, s.receipt_seq, s.shift_id, sh.number, s.at, s.user_id, u.name, u.full_name, s.language, "
    "s.gross, s.discount, s.total, s.paid, s.change, s.vat, s.vat_rate, s.sales_tax, s.sales_tax_rate, "
    "s.origin_shop, s.origin_device FROM sales s JOIN shifts sh ON sh.id = s.shift_id JOIN users u ON u.id = s.user_id");

Sale saleFrom(const SqlQuery& q)
{
    Sale s;
    s.id = q.value(0).toString();
    s.receipt = q.value(1).toString();
    s.receiptSeq = q.value(2).toLongLong();
    s.shiftId = q.value(3).toString();
    s.shiftNumber = q.value(4).toInt();
    s.at = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs).toLocalTime();
    s.userId = q.value(6).toString();
    s.cashierName = q.value(8).toString().isEmpty() ? q.value(7).toString() : q.value(8).toString();
    s.language = q.value(9).toString();
    s.gross = Money::fromTyiyn(q.value(10).toLongLong());
    s.discount = Money::fromTyiyn(q.value(11).toLongLong());
    s.total = Money::fromTyiyn(q.value(12).toLongLong());
    s.paid = Money::fromTyiyn(q.value(13).toLongLong());
    s.change = Money::fromTyiyn(q.value(14).toLongLong());
    s.tax.vat = Money::fromTyiyn(q.value(15).toLongLong());
    s.tax.vatRateBp = q.value(16).toInt();
    s.tax.salesTax = Money::fromTyiyn(q.value(17).toLongLong());
    s.tax.salesTaxRateBp = q.value(18).toInt();
    s.originShop = q.value(19).toString();
    s.originDevice = q.value(20).toString();
    return s;
}

Status readLines(Database& db, Sale& sale)
{
    SqlQuery q(db.sql(),
               QStringLiteral("SELECT l.line_no, l.product_id, l.sku, l.barcode, l.name_ky, l.name_ru, l.name_en, l.unit, "
                              "l.quantity, l.unit_price, l.catalog_price, l.line_discount, l.cart_discount, l.amount, "
                              "l.tax_group, l.producer_id, l.producer_name, l.village_ky, l.village_ru, l.village_en, "
                              "(SELECT coalesce(sum(r.quantity), 0) FROM return_lines r WHERE r.sale_id = l.sale_id "
                              "AND r.sale_line_no = l.line_no) FROM sale_lines l WHERE l.sale_id = :id "
                              "ORDER BY l.line_no"));
    q.bind(QStringLiteral(":id"), sale.id);
    if (auto done = q.exec(); !done)
        return done;
    while (q.next()) {
        SaleLine l;
        l.lineNo = q.value(0).toInt();
        l.productId = q.value(1).toString();
        l.sku = q.value(2).toString();
        l.barcode = q.value(3).toString();
        l.name = {q.value(4).toString(), q.value(5).toString(), q.value(6).toString()};
        l.unit = Units::fromKey(q.value(7).toString()).value_or(Unit::Piece);
        l.quantity = Quantity::fromMilli(q.value(8).toLongLong());
        l.unitPrice = Money::fromTyiyn(q.value(9).toLongLong());
        l.catalogPrice = Money::fromTyiyn(q.value(10).toLongLong());
        l.lineDiscount = Money::fromTyiyn(q.value(11).toLongLong());
        l.cartDiscountShare = Money::fromTyiyn(q.value(12).toLongLong());
        l.amount = Money::fromTyiyn(q.value(13).toLongLong());
        l.taxGroup = q.value(14).toString();
        l.producerId = q.value(15).toString();
        l.producerName = q.value(16).toString();
        l.villageName = {q.value(17).toString(), q.value(18).toString(), q.value(19).toString()};
        l.returned = Quantity::fromMilli(q.value(20).toLongLong());
        sale.lines << l;
    }
    if (auto done = q.finished(); !done)
        return done;

    SqlQuery p(db.sql(), QStringLiteral("SELECT method, amount, card_scheme, card_detail, reference, qr_link FROM "
                                        "sale_payments WHERE sale_id = :id ORDER BY line_no"));
    p.bind(QStringLiteral(":id"), sale.id);
    if (auto done = p.exec(); !done)
        return done;
    while (p.next()) {
        Payment pay;
        pay.method = PaymentMethods::fromKey(p.value(0).toString()).value_or(PaymentMethod::Cash);
        pay.amount = Money::fromTyiyn(p.value(1).toLongLong());
        pay.scheme = PaymentMethods::schemeFromKey(p.value(2).toString());
        pay.cardDetail = p.value(3).toString();
        pay.reference = p.value(4).toString();
        pay.qrLink = p.value(5).toString();
        sale.payments << pay;
    }
    return p.finished();
}

} // namespace

Result<Sale> SaleService::find(const QString& receipt) const
{
    SqlQuery q(m_db.sql(), QStringLiteral("SELECT ") + SaleColumns + QStringLiteral(" WHERE s.receipt = :receipt"));
    q.bind(QStringLiteral(":receipt"), receipt.trimmed().toUpper());
    if (auto done = q.exec(); !done)
        return done.error();
    if (!q.next()) {
        if (auto done = q.finished(); !done)
            return done.error();
        return Error{tr("No sale has the receipt number %1. Check the number on the receipt.").arg(receipt.trimmed()),
                     {}, {}, ErrorKind::NotFound};
    }
    Sale sale = saleFrom(q);
    if (auto done = readLines(m_db, sale); !done)
        return done.error();
    return sale;
}

Result<Sale> SaleService::get(const QString& saleId) const
{
    SqlQuery q(m_db.sql(), QStringLiteral("SELECT ") + SaleColumns + QStringLiteral(" WHERE s.id = :id"));
    q.bind(QStringLiteral(":id"), saleId);
    if (auto done = q.exec(); !done)
        return done.error();
    if (!q.next()) {
        if (auto done = q.finished(); !done)
            return done.error();
        return Error{tr("The sale was not found."), saleId, {}, ErrorKind::NotFound};
    }
    Sale sale = saleFrom(q);
    if (auto done = readLines(m_db, sale); !done)
        return done.error();
    return sale;
}

Result<QList<Sale>> SaleService::list(const SaleFilter& filter) const
{
    QString sql = QStringLiteral("SELECT ") + SaleColumns + QStringLiteral(" WHERE 1 = 1");
    if (!filter.shiftId.isEmpty())
        sql += QStringLiteral(" AND s.shift_id = :shift");
    if (filter.shiftNumber > 0)
        sql += QStringLiteral(" AND sh.number = :number AND sh.origin_shop = :shop AND sh.origin_device = :device");
    if (filter.from.isValid())
        sql += QStringLiteral(" AND s.at >= :from");
    if (filter.to.isValid())
        sql += QStringLiteral(" AND s.at < :to");
    sql += QStringLiteral(" ORDER BY s.seq DESC LIMIT :limit");
    SqlQuery q(m_db.sql(), sql);
    if (!filter.shiftId.isEmpty())
        q.bind(QStringLiteral(":shift"), filter.shiftId);
    if (filter.shiftNumber > 0)
        q.bind(QStringLiteral(":number"), filter.shiftNumber)
            .bind(QStringLiteral(":shop"), m_db.origin().shopCode)
            .bind(QStringLiteral(":device"), m_db.origin().deviceId);
    if (filter.from.isValid())
        q.bind(QStringLiteral(":from"), storedTime(filter.from.startOfDay()));
    if (filter.to.isValid())
        q.bind(QStringLiteral(":to"), storedTime(filter.to.addDays(1).startOfDay()));
    q.bind(QStringLiteral(":limit"), filter.limit);
    if (auto done = q.exec(); !done)
        return done.error();
    QList<Sale> out;
    while (q.next())
        out << saleFrom(q);
    if (auto done = q.finished(); !done)
        return done.error();
    return out;
}

} // namespace ovop
