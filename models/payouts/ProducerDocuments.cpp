// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "models/payouts/ProducerDocuments.h"

#include <QLocale>

#include "models/core/Language.h"

namespace ovop {

namespace {

QString word(const QString& language, const char* source)
{
    return Language::translate(language, "ProducerDocument", source);
}

QLocale localeOf(const QString& language)
{
    if (language == QLatin1String("ky"))
        return QLocale(QLocale::Kyrgyz, QLocale::Kyrgyzstan);
    if (language == QLatin1String("ru"))
        return QLocale(QLocale::Russian, QLocale::Russia);
    return QLocale(QLocale::English, QLocale::UnitedKingdom);
}

QString date(const QDate& d)
{
    return d.toString(QStringLiteral("dd.MM.yyyy"));
}

QString percent(int basisPoints, const QString& language)
{
    return localeOf(language).toString(basisPoints / 100.0, 'g', 4) + QLatin1Char('%');
}

void shopHeading(PrintedDocument& doc, const ShopSettings& shop)
{
    if (!shop.shopName.trimmed().isEmpty())
        doc.heading << shop.shopName.trimmed();
    if (!shop.address.trimmed().isEmpty())
        doc.heading << shop.address.trimmed();
}

QString producerText(const QString& name, const QString& code)
{
    return QStringLiteral("%1 (%2)").arg(name, code);
}

} // namespace

PrintedDocument ProducerDocuments::statement(const Statement& s, const ShopSettings& shop, const QString& lang)
{
    const QString language = Language::isValid(lang) ? lang : QStringLiteral("ru");
    PrintedDocument doc;
    doc.language = language;
    doc.number = s.number;
    shopHeading(doc, shop);
    doc.title = word(language, QT_TRANSLATE_NOOP("ProducerDocument", "Statement %1")).arg(s.number);
    doc.facts << PrintedDocument::Pair{word(language, QT_TRANSLATE_NOOP("ProducerDocument", "Producer")),
                                       producerText(s.producerName, s.producerCode)};
    if (!s.village.isEmpty())
        doc.facts << PrintedDocument::Pair{word(language, QT_TRANSLATE_NOOP("ProducerDocument", "Village")),
                                           s.village.in(language)};
    doc.facts << PrintedDocument::Pair{word(language, QT_TRANSLATE_NOOP("ProducerDocument", "Period")),
                                       QStringLiteral("%1 – %2").arg(date(s.from), date(s.to))};
    if (s.at.isValid())
        doc.facts << PrintedDocument::Pair{word(language, QT_TRANSLATE_NOOP("ProducerDocument", "Made on")),
                                           s.at.toString(QStringLiteral("dd.MM.yyyy HH:mm"))};
    if (!s.paymentDetails.trimmed().isEmpty())
        doc.facts << PrintedDocument::Pair{word(language, QT_TRANSLATE_NOOP("ProducerDocument", "Payment details")),
                                           s.paymentDetails.trimmed()};
    doc.columns = QStringList{word(language, QT_TRANSLATE_NOOP("ProducerDocument", "Date")),
                              word(language, QT_TRANSLATE_NOOP("ProducerDocument", "Receipt")),
                              word(language, QT_TRANSLATE_NOOP("ProducerDocument", "Goods")),
                              word(language, QT_TRANSLATE_NOOP("ProducerDocument", "Qty")),
                              word(language, QT_TRANSLATE_NOOP("ProducerDocument", "Amount")),
                              word(language, QT_TRANSLATE_NOOP("ProducerDocument", "Commission"))};
    doc.numeric = {false, false, false, true, true, true};
    doc.widths = {10, 16, 34, 8, 16, 16};
    const QString returned = word(language, QT_TRANSLATE_NOOP("ProducerDocument", "returned"));
    for (const StatementLine& l : s.lines) {
        const bool isReturn = l.kind == StatementLine::Kind::Return;
        QString goods = QStringLiteral("%1 %2").arg(l.sku, l.name.in(language));
        if (isReturn)
            goods += QStringLiteral(" (%1)").arg(returned);
        const QString sign = isReturn ? QStringLiteral("−") : QString();
        doc.rows << QStringList{
            l.at.isValid() ? date(l.at.date()) : QString(),
            isReturn ? l.returnReceipt : l.saleReceipt,
            goods,
            sign + l.quantity.format(language),
            sign + l.amount.format(language),
            QStringLiteral("%1%2 (%3)").arg(sign, l.commission.format(language), percent(l.commissionBp, language))};
    }
    using P = PrintedDocument::Pair;
    doc.totals << P{word(language, QT_TRANSLATE_NOOP("ProducerDocument", "Sold")), s.gross.format(language)}
               << P{word(language, QT_TRANSLATE_NOOP("ProducerDocument", "Returned by customers")),
                    (-s.returns).format(language)}
               << P{word(language, QT_TRANSLATE_NOOP("ProducerDocument", "Shop's commission")),
                    (-s.commission).format(language)}
               << P{word(language, QT_TRANSLATE_NOOP("ProducerDocument", "Owed to the producer")),
                    s.owed.format(language)}
               << P{word(language, QT_TRANSLATE_NOOP("ProducerDocument", "Paid")),
                    s.isPaid() ? QStringLiteral("%1 (%2)").arg(s.paid.format(language), s.payoutNumber)
                               : s.paid.format(language)}
               << P{word(language, QT_TRANSLATE_NOOP("ProducerDocument", "Due")), s.due().format(language)};
    doc.signatures = QStringList{word(language, QT_TRANSLATE_NOOP("ProducerDocument", "For the shop")),
                                 word(language, QT_TRANSLATE_NOOP("ProducerDocument", "The producer"))};
    return doc;
}

PrintedDocument ProducerDocuments::producerReturn(const ProducerReturn& r, const ShopSettings& shop,
                                                  const QString& lang)
{
    const QString language = Language::isValid(lang) ? lang : QStringLiteral("ru");
    PrintedDocument doc;
    doc.language = language;
    doc.number = r.number;
    shopHeading(doc, shop);
    doc.title =
        word(language, QT_TRANSLATE_NOOP("ProducerDocument", "Goods returned to the producer %1")).arg(r.number);
    doc.facts << PrintedDocument::Pair{word(language, QT_TRANSLATE_NOOP("ProducerDocument", "Producer")),
                                       producerText(r.producerName, r.producerCode)};
    if (!r.village.isEmpty())
        doc.facts << PrintedDocument::Pair{word(language, QT_TRANSLATE_NOOP("ProducerDocument", "Village")),
                                           r.village.in(language)};
    if (r.at.isValid())
        doc.facts << PrintedDocument::Pair{word(language, QT_TRANSLATE_NOOP("ProducerDocument", "Date")),
                                           r.at.toString(QStringLiteral("dd.MM.yyyy HH:mm"))};
    doc.columns = QStringList{QStringLiteral("№"), word(language, QT_TRANSLATE_NOOP("ProducerDocument", "SKU")),
                              word(language, QT_TRANSLATE_NOOP("ProducerDocument", "Goods")),
                              word(language, QT_TRANSLATE_NOOP("ProducerDocument", "Batch")),
                              word(language, QT_TRANSLATE_NOOP("ProducerDocument", "Qty"))};
    doc.numeric = {true, false, false, false, true};
    doc.widths = {6, 14, 46, 20, 14};
    int n = 0;
    for (const ProducerReturnLine& l : r.lines) {
        QString batch = l.batch;
        if (l.expiresOn.isValid())
            batch += QStringLiteral(" (%1)").arg(date(l.expiresOn));
        doc.rows << QStringList{QString::number(++n), l.sku, l.name.in(language), batch, l.quantity.format(language)};
    }
    doc.note = r.note;
    doc.signatures = QStringList{word(language, QT_TRANSLATE_NOOP("ProducerDocument", "Handed over for the shop")),
                                 word(language, QT_TRANSLATE_NOOP("ProducerDocument", "Received by the producer"))};
    return doc;
}

QString ProducerDocuments::toText(const PrintedDocument& doc)
{
    QStringList out = doc.heading;
    out << doc.title;
    for (const auto& f : doc.facts)
        out << QStringLiteral("%1: %2").arg(f.label, f.value);
    out << doc.columns.join(QStringLiteral(" | "));
    for (const QStringList& row : doc.rows)
        out << row.join(QStringLiteral(" | "));
    for (const auto& t : doc.totals)
        out << QStringLiteral("%1: %2").arg(t.label, t.value);
    if (!doc.note.isEmpty())
        out << doc.note;
    for (const QString& s : doc.signatures)
        out << QStringLiteral("%1: ____________________").arg(s);
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace ovop
