// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// Reading returns back: by their own receipt number, or all those of a sale.
#include "models/sales/ReturnService.h"

#include "models/store/Database.h"
#include "models/store/Sql.h"

namespace ovop {

namespace {

Result<QList<SaleReturn>> readReturns(Database& db, const QString& where, const QString& key)
{
    SqlQuery q(db.sql(), QStringLiteral("SELECT r.id, r.receipt, r.sale_id, s.receipt, r.shift_id, r.at, r.user_id, "
                                        "u.name, u.full_name, coalesce(a.name, ''), r.language, r.total, r.vat, "
                                        "s.vat_rate, r.sales_tax, s.sales_tax_rate, r.origin_shop, r.origin_device "
                                        "FROM returns r JOIN sales s ON s.id = r.sale_id JOIN users u ON u.id = "
                                        "r.user_id LEFT JOIN users a ON a.id = r.approved_by WHERE ") +
                              where + QStringLiteral(" ORDER BY r.seq"));
    q.bind(QStringLiteral(":key"), key);
    if (auto done = q.exec(); !done)
        return done.error();
    QList<SaleReturn> out;
    while (q.next()) {
        SaleReturn r;
        r.id = q.value(0).toString();
        r.receipt = q.value(1).toString();
        r.saleId = q.value(2).toString();
        r.saleReceipt = q.value(3).toString();
        r.shiftId = q.value(4).toString();
        r.at = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs).toLocalTime();
        r.userId = q.value(6).toString();
        r.cashierName = q.value(8).toString().isEmpty() ? q.value(7).toString() : q.value(8).toString();
        r.approvedBy = q.value(9).toString();
        r.language = q.value(10).toString();
        r.total = Money::fromTyiyn(q.value(11).toLongLong());
        r.tax.vat = Money::fromTyiyn(q.value(12).toLongLong());
        r.tax.vatRateBp = q.value(13).toInt();
        r.tax.salesTax = Money::fromTyiyn(q.value(14).toLongLong());
        r.tax.salesTaxRateBp = q.value(15).toInt();
        r.originShop = q.value(16).toString();
        r.originDevice = q.value(17).toString();
        out << r;
    }
    if (auto done = q.finished(); !done)
        return done.error();

    SqlQuery lines(db.sql(), QStringLiteral("SELECT r.line_no, r.sale_line_no, r.product_id, l.sku, l.name_ky, "
                                            "l.name_ru, l.name_en, r.quantity, r.amount, r.damaged FROM return_lines r "
                                            "JOIN sale_lines l ON l.sale_id = r.sale_id AND l.line_no = r.sale_line_no "
                                            "WHERE r.return_id = :id ORDER BY r.line_no"));
    SqlQuery pays(db.sql(), QStringLiteral("SELECT method, amount, card_scheme, reference FROM return_payments WHERE "
                                           "return_id = :id ORDER BY line_no"));
    for (SaleReturn& r : out) {
        lines.bind(QStringLiteral(":id"), r.id);
        if (auto done = lines.exec(); !done)
            return done.error();
        while (lines.next()) {
            ReturnLine l;
            l.lineNo = lines.value(0).toInt();
            l.saleLineNo = lines.value(1).toInt();
            l.productId = lines.value(2).toString();
            l.sku = lines.value(3).toString();
            l.name = {lines.value(4).toString(), lines.value(5).toString(), lines.value(6).toString()};
            l.quantity = Quantity::fromMilli(lines.value(7).toLongLong());
            l.amount = Money::fromTyiyn(lines.value(8).toLongLong());
            l.damaged = lines.value(9).toBool();
            r.lines << l;
        }
        if (auto done = lines.finished(); !done)
            return done.error();
        pays.bind(QStringLiteral(":id"), r.id);
        if (auto done = pays.exec(); !done)
            return done.error();
        while (pays.next()) {
            Payment p;
            p.method = PaymentMethods::fromKey(pays.value(0).toString()).value_or(PaymentMethod::Cash);
            p.amount = Money::fromTyiyn(pays.value(1).toLongLong());
            p.scheme = PaymentMethods::schemeFromKey(pays.value(2).toString());
            p.reference = pays.value(3).toString();
            r.refunds << p;
        }
        if (auto done = pays.finished(); !done)
            return done.error();
    }
    return out;
}

} // namespace

Result<SaleReturn> ReturnService::find(const QString& receipt) const
{
    auto found = readReturns(m_db, QStringLiteral("r.receipt = :key"), receipt.trimmed().toUpper());
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error{tr("No return has the receipt number %1.").arg(receipt.trimmed()), {}, {}, ErrorKind::NotFound};
    return found->first();
}

Result<QList<SaleReturn>> ReturnService::forSale(const QString& saleId) const
{
    return readReturns(m_db, QStringLiteral("r.sale_id = :key"), saleId);
}

} // namespace ovop
