// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "models/sales/ReceiptLayout.h"

#include <QtGlobal>

#include "models/core/Language.h"
#include "models/core/Quantity.h"

namespace ovop {

namespace {

using Style = ReceiptRow::Style;

const QString DateTimeFormat = QStringLiteral("dd.MM.yyyy HH:mm");

// The rows of one document being laid out, in its language.
class Rows
{
public:
    explicit Rows(const QString& language) : m_language(language) {}

    // A word of the receipt in the receipt's language (context "Receipt": every call site marks its
    // text with QT_TRANSLATE_NOOP so that lupdate collects it).
    QString word(const char* source) const { return Language::translate(m_language, "Receipt", source); }
    QString money(Money amount) const { return amount.format(m_language); }
    QString minus(Money amount) const { return (-amount).format(m_language); }
    const QString& language() const { return m_language; }

    void add(const QString& left, const QString& right = {}, Style style = Style::Normal)
    {
        m_rows.append({left, right, style});
    }
    void centered(const QString& text) { add(text, {}, Style::Centered); }
    void rule() { add({}, {}, Style::Rule); }
    QList<ReceiptRow> take() { return std::move(m_rows); }

private:
    QString m_language;
    QList<ReceiptRow> m_rows;
};

// "12", "1,5" (ky, ru) or "1.5" (en): a rate in basis points as a percentage without the sign.
QString percent(int basisPoints, const QString& language)
{
    QString text = QString::number(basisPoints / 100);
    if (const int fraction = basisPoints % 100) {
        QString digits = QStringLiteral("%1").arg(fraction, 2, 10, QLatin1Char('0'));
        if (digits.endsWith(QLatin1Char('0')))
            digits.chop(1);
        text += (language == QLatin1String("en") ? QLatin1Char('.') : QLatin1Char(',')) + digits;
    }
    return text;
}

QString unitSymbol(Unit unit, const QString& language)
{
    // The same words as Units::symbol, in the receipt's language rather than the screen's.
    switch (unit) {
    case Unit::Kilogram:
        return Language::translate(language, "Units", "kg");
    case Unit::Metre:
        return Language::translate(language, "Units", "m");
    case Unit::Piece:
        break;
    }
    return Language::translate(language, "Units", "pcs");
}

bool isLastFour(const QString& detail)
{
    if (detail.size() != 4)
        return false;
    for (const QChar c : detail)
        if (!c.isDigit())
            return false;
    return true;
}

// "Cash", "Card Visa ••1234", "QR payment 8812-55".
QString paymentText(const Rows& r, const Payment& payment)
{
    switch (payment.method) {
    case PaymentMethod::Cash:
        return r.word(QT_TRANSLATE_NOOP("Receipt", "Cash"));
    case PaymentMethod::Card: {
        QStringList parts{r.word(QT_TRANSLATE_NOOP("Receipt", "Card"))};
        if (payment.scheme && !PaymentMethods::schemeName(*payment.scheme).isEmpty())
            parts << PaymentMethods::schemeName(*payment.scheme);
        if (!payment.cardDetail.isEmpty())
            parts << (isLastFour(payment.cardDetail) ? QString(2, QChar(0x2022)) + payment.cardDetail
                                                     : payment.cardDetail);
        return parts.join(QLatin1Char(' '));
    }
    case PaymentMethod::Qr: {
        QString text = r.word(QT_TRANSLATE_NOOP("Receipt", "QR payment"));
        if (!payment.reference.isEmpty())
            text += QLatin1Char(' ') + payment.reference;
        return text;
    }
    }
    return {};
}

QString methodName(const Rows& r, const QString& key)
{
    if (key == QLatin1String("cash"))
        return r.word(QT_TRANSLATE_NOOP("Receipt", "Cash"));
    if (key == QLatin1String("card"))
        return r.word(QT_TRANSLATE_NOOP("Receipt", "Card"));
    if (key == QLatin1String("qr"))
        return r.word(QT_TRANSLATE_NOOP("Receipt", "QR payment"));
    return key;
}

void copyMark(Rows& r)
{
    r.centered(QStringLiteral("*** %1 ***").arg(r.word(QT_TRANSLATE_NOOP("Receipt", "COPY"))));
}

// The shop's name, address and own header lines, then the notice that this is no fiscal document.
void shopHeader(Rows& r, const ShopSettings& shop, const char* notice)
{
    if (!shop.shopName.trimmed().isEmpty())
        r.add(shop.shopName.trimmed(), {}, Style::Centered);
    if (!shop.address.trimmed().isEmpty())
        r.centered(shop.address.trimmed());
    for (const QString& line : shop.receiptHeader.split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            r.centered(line.trimmed());
    }
    r.centered(r.word(notice));
    r.rule();
}

void taxRows(Rows& r, const TaxContained& tax)
{
    if (tax.vatRateBp > 0)
        r.add(r.word(QT_TRANSLATE_NOOP("Receipt", "Including VAT %1%")).arg(percent(tax.vatRateBp, r.language())),
              r.money(tax.vat), Style::Small);
    if (tax.salesTaxRateBp > 0)
        r.add(r.word(QT_TRANSLATE_NOOP("Receipt", "Including sales tax %1%"))
                  .arg(percent(tax.salesTaxRateBp, r.language())),
              r.money(tax.salesTax), Style::Small);
}

// "Village · Producer", either alone when the other is unknown.
QString provenance(const QString& village, const QString& producer)
{
    QStringList parts;
    if (!village.trimmed().isEmpty())
        parts << village.trimmed();
    if (!producer.trimmed().isEmpty())
        parts << producer.trimmed();
    return parts.join(QStringLiteral(" \u00B7 "));
}

// "2 × 650,00 сом" for pieces, "1,5 кг × 400,00 сом" for goods sold by weight or length.
QString quantityTimesPrice(const Rows& r, const Quantity& quantity, Unit unit, Money price)
{
    QString amount = quantity.format(r.language());
    if (unit != Unit::Piece)
        amount += QLatin1Char(' ') + unitSymbol(unit, r.language());
    return amount + QStringLiteral(" \u00D7 ") + r.money(price);
}

void shiftRows(Rows& r, const ShiftTotals& t)
{
    r.add(r.word(QT_TRANSLATE_NOOP("Receipt", "Shift")), QString::number(t.shiftNumber));
    r.add(r.word(QT_TRANSLATE_NOOP("Receipt", "Opened at")), t.openedAt.toString(DateTimeFormat));
    r.add(r.word(QT_TRANSLATE_NOOP("Receipt", "Opened by")), t.openedBy);
    r.rule();
    r.add(r.word(QT_TRANSLATE_NOOP("Receipt", "Opening float")), r.money(t.openingFloat));
    r.add(r.word(QT_TRANSLATE_NOOP("Receipt", "Cash sales")), r.money(t.cashSales));
    r.add(r.word(QT_TRANSLATE_NOOP("Receipt", "Cash refunds")), r.minus(t.cashRefunds));
    r.add(r.word(QT_TRANSLATE_NOOP("Receipt", "Cash in")), r.money(t.cashIn));
    r.add(r.word(QT_TRANSLATE_NOOP("Receipt", "Cash out")), r.minus(t.cashOut));
    r.add(r.word(QT_TRANSLATE_NOOP("Receipt", "Expected cash")), r.money(t.expectedCash), Style::Bold);
    r.rule();
    r.add(r.word(QT_TRANSLATE_NOOP("Receipt", "Sales: %1")).arg(t.salesCount), r.money(t.salesTotal));
    r.add(r.word(QT_TRANSLATE_NOOP("Receipt", "Returns: %1")).arg(t.returnsCount), r.minus(t.returnsTotal));
    if (!t.discountsTotal.isZero())
        r.add(r.word(QT_TRANSLATE_NOOP("Receipt", "Discounts given")), r.money(t.discountsTotal));
    if (!t.byMethod.isEmpty()) {
        r.rule();
        r.add(r.word(QT_TRANSLATE_NOOP("Receipt", "By payment method")), {}, Style::Bold);
        // Cash, card, QR first, in that order; any other key after them.
        QStringList keys{QStringLiteral("cash"), QStringLiteral("card"), QStringLiteral("qr")};
        for (auto it = t.byMethod.cbegin(); it != t.byMethod.cend(); ++it)
            if (!keys.contains(it.key()))
                keys << it.key();
        for (const QString& key : keys)
            if (t.byMethod.contains(key))
                r.add(methodName(r, key), r.money(t.byMethod.value(key)));
    }
}

// Wraps text into lines of at most width characters, at spaces where it can, through words longer
// than a line where it must: nothing is ever cut off. A paragraph's leading spaces indent each of its
// lines.
QStringList wrap(const QString& text, int width)
{
    QStringList lines;
    for (const QString& paragraph : text.split(QLatin1Char('\n'))) {
        qsizetype indent = 0;
        while (indent < paragraph.size() && paragraph.at(indent) == QLatin1Char(' '))
            ++indent;
        indent = qMin<qsizetype>(indent, width / 4);
        const QString margin(indent, QLatin1Char(' '));
        width -= int(indent);
        const qsizetype first = lines.size();
        QString line;
        for (QString word : paragraph.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (!line.isEmpty() && line.size() + 1 + word.size() <= width) {
                line += QLatin1Char(' ') + word;
                continue;
            }
            if (!line.isEmpty())
                lines << line;
            while (word.size() > width) {
                lines << word.left(width);
                word = word.mid(width);
            }
            line = word;
        }
        if (!line.isEmpty() || lines.size() == first)
            lines << line;
        for (qsizetype i = first; i < lines.size(); ++i)
            lines[i].prepend(margin);
        width += int(indent);
    }
    return lines;
}

} // namespace

PrintedReceipt ReceiptLayout::sale(const Sale& sale, const ShopSettings& shop, const QString& language, bool copy)
{
    Rows r(language);
    if (copy)
        copyMark(r);
    shopHeader(r, shop, QT_TRANSLATE_NOOP("Receipt", "Not a fiscal receipt"));
    r.add(r.word(QT_TRANSLATE_NOOP("Receipt", "Receipt No.")), sale.receipt);
    r.add(r.word(QT_TRANSLATE_NOOP("Receipt", "Date")), sale.at.toString(DateTimeFormat));
    if (!sale.cashierName.isEmpty())
        r.add(r.word(QT_TRANSLATE_NOOP("Receipt", "Cashier")), sale.cashierName);
    r.rule();

    for (const SaleLine& line : sale.lines) {
        r.add(line.name.in(language));
        r.add(QStringLiteral("  ") + quantityTimesPrice(r, line.quantity, line.unit, line.unitPrice),
              r.money(line.gross()));
        if (!line.lineDiscount.isZero())
            r.add(QStringLiteral("  ") + r.word(QT_TRANSLATE_NOOP("Receipt", "Discount")), r.minus(line.lineDiscount));
        const QString from = provenance(line.villageName.in(language), line.producerName);
        if (!from.isEmpty())
            r.add(QStringLiteral("  ") + from, {}, Style::Small);
    }
    r.rule();

    if (!sale.discount.isZero()) {
        r.add(r.word(QT_TRANSLATE_NOOP("Receipt", "Subtotal")), r.money(sale.gross));
        r.add(r.word(QT_TRANSLATE_NOOP("Receipt", "Discount")), r.minus(sale.discount));
    }
    r.add(r.word(QT_TRANSLATE_NOOP("Receipt", "TOTAL")), r.money(sale.total), Style::Large);
    taxRows(r, sale.tax);
    r.rule();

    for (const Payment& payment : sale.payments)
        r.add(paymentText(r, payment), r.money(payment.amount));
    if (!sale.change.isZero())
        r.add(r.word(QT_TRANSLATE_NOOP("Receipt", "Change")), r.money(sale.change), Style::Bold);
    r.rule();

    r.add(sale.receipt, {}, Style::Barcode);
    r.centered(r.word(QT_TRANSLATE_NOOP("Receipt", "Thank you for your purchase!")));
    if (copy)
        copyMark(r);
    return {sale.receipt, language, copy, r.take()};
}

PrintedReceipt ReceiptLayout::saleReturn(const SaleReturn& doc, const ShopSettings& shop, const QString& language,
                                         bool copy)
{
    Rows r(language);
    if (copy)
        copyMark(r);
    shopHeader(r, shop, QT_TRANSLATE_NOOP("Receipt", "Not a fiscal receipt"));
    r.add(r.word(QT_TRANSLATE_NOOP("Receipt", "RETURN")), {}, Style::Large);
    r.add(r.word(QT_TRANSLATE_NOOP("Receipt", "Return No.")), doc.receipt);
    r.add(r.word(QT_TRANSLATE_NOOP("Receipt", "Against receipt No.")), doc.saleReceipt);
    r.add(r.word(QT_TRANSLATE_NOOP("Receipt", "Date")), doc.at.toString(DateTimeFormat));
    if (!doc.cashierName.isEmpty())
        r.add(r.word(QT_TRANSLATE_NOOP("Receipt", "Cashier")), doc.cashierName);
    if (!doc.approvedBy.isEmpty())
        r.add(r.word(QT_TRANSLATE_NOOP("Receipt", "Approved by")), doc.approvedBy);
    r.rule();

    for (const ReturnLine& line : doc.lines) {
        r.add(line.name.in(language));
        r.add(QStringLiteral("  ") + line.quantity.format(language), r.minus(line.amount));
        if (line.damaged)
            r.add(QStringLiteral("  ") + r.word(QT_TRANSLATE_NOOP("Receipt", "Damaged")), {}, Style::Small);
    }
    r.rule();

    r.add(r.word(QT_TRANSLATE_NOOP("Receipt", "REFUND")), r.money(doc.total), Style::Large);
    taxRows(r, doc.tax);
    r.rule();
    for (const Payment& refund : doc.refunds)
        r.add(paymentText(r, refund), r.money(refund.amount));
    r.rule();

    r.add(doc.receipt, {}, Style::Barcode);
    if (copy)
        copyMark(r);
    return {doc.receipt, language, copy, r.take()};
}

PrintedReceipt ReceiptLayout::xReport(const ShiftTotals& totals, const ShopSettings& shop, const QString& language,
                                      const QDateTime& at)
{
    Rows r(language);
    shopHeader(r, shop, QT_TRANSLATE_NOOP("Receipt", "Not a fiscal document"));
    r.add(r.word(QT_TRANSLATE_NOOP("Receipt", "X REPORT")), {}, Style::Large);
    r.add(r.word(QT_TRANSLATE_NOOP("Receipt", "Printed at")), at.toString(DateTimeFormat));
    r.add(r.word(QT_TRANSLATE_NOOP("Receipt", "Till")), shop.shopCode + QLatin1Char('-') + shop.deviceId);
    shiftRows(r, totals);
    r.rule();
    return {QStringLiteral("X-%1").arg(totals.shiftNumber), language, false, r.take()};
}

PrintedReceipt ReceiptLayout::zReport(const ZReport& report, const ShopSettings& shop, const QString& language,
                                      bool copy)
{
    Rows r(language);
    if (copy)
        copyMark(r);
    shopHeader(r, shop, QT_TRANSLATE_NOOP("Receipt", "Not a fiscal document"));
    r.add(r.word(QT_TRANSLATE_NOOP("Receipt", "Z REPORT No. %1")).arg(report.zNumber), {}, Style::Large);
    r.add(r.word(QT_TRANSLATE_NOOP("Receipt", "Till")), shop.shopCode + QLatin1Char('-') + shop.deviceId);
    shiftRows(r, report.totals);
    r.rule();
    r.add(r.word(QT_TRANSLATE_NOOP("Receipt", "Closed at")), report.closedAt.toString(DateTimeFormat));
    r.add(r.word(QT_TRANSLATE_NOOP("Receipt", "Closed by")), report.closedBy);
    r.rule();

    r.add(r.word(QT_TRANSLATE_NOOP("Receipt", "Cash count")), {}, Style::Bold);
    // Largest denomination first; only those counted.
    const QList<qint64> denominations = report.counted.keys();
    for (auto it = denominations.crbegin(); it != denominations.crend(); ++it) {
        const int count = report.counted.value(*it);
        if (count <= 0)
            continue;
        r.add(QStringLiteral("%1 \u00D7 %2 =").arg(Money::fromTyiyn(*it).toPlainString(language)).arg(count),
              r.money(Money::fromTyiyn(*it * count)));
    }
    r.add(r.word(QT_TRANSLATE_NOOP("Receipt", "Counted cash")), r.money(report.countedCash), Style::Bold);
    r.add(r.word(QT_TRANSLATE_NOOP("Receipt", "Expected cash")), r.money(report.totals.expectedCash));
    r.add(r.word(QT_TRANSLATE_NOOP("Receipt", "Difference")), r.money(report.difference), Style::Bold);
    r.rule();
    if (copy)
        copyMark(r);
    return {QStringLiteral("Z-%1").arg(report.zNumber), language, copy, r.take()};
}

QString ReceiptLayout::toText(const PrintedReceipt& receipt, int width)
{
    width = qMax(width, 16);
    QStringList out;
    auto centre = [&](const QString& text) {
        for (const QString& line : wrap(text, width))
            out << QString((width - int(line.size())) / 2, QLatin1Char(' ')) + line;
    };
    for (const ReceiptRow& row : receipt.rows) {
        switch (row.style) {
        case Style::Rule:
            out << QString(width, QLatin1Char('-'));
            continue;
        case Style::Centered:
        case Style::Barcode:
            centre(row.left);
            continue;
        case Style::QrCode:
            centre(QStringLiteral("[QR] ") + row.left);
            continue;
        case Style::Normal:
        case Style::Bold:
        case Style::Large:
        case Style::Small:
            break;
        }
        QStringList lines = wrap(row.left, width);
        if (!row.right.isEmpty()) {
            QString& last = lines.last();
            if (last.size() + 1 + row.right.size() <= width)
                last += QString(width - last.size() - row.right.size(), QLatin1Char(' ')) + row.right;
            else
                for (const QString& line : wrap(row.right, width))
                    lines << QString(width - line.size(), QLatin1Char(' ')) + line;
        }
        out << lines;
    }
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace ovop
