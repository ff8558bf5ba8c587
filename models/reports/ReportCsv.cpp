// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "models/reports/ReportCsv.h"

namespace ovop::reportcsv {

QString amount(Money money)
{
    const qint64 t = money.tyiyn();
    const qint64 whole = (t < 0 ? -t : t) / 100;
    const qint64 cents = (t < 0 ? -t : t) % 100;
    return QStringLiteral("%1%2.%3")
        .arg(t < 0 ? QStringLiteral("-") : QString())
        .arg(whole)
        .arg(cents, 2, 10, QLatin1Char('0'));
}

CsvWriter sales(const SalesBreakdown& b)
{
    CsvWriter w;
    w.addRow({QStringLiteral("key"), QStringLiteral("label"), QStringLiteral("count"), QStringLiteral("amount"),
              QStringLiteral("returns"), QStringLiteral("net")});
    for (const SalesGroupRow& r : b.rows)
        w.addRow({r.key, r.label, QString::number(r.count), amount(r.amount), amount(r.returns), amount(r.net())});
    return w;
}

CsvWriter groupSales(const GroupSales& g)
{
    CsvWriter w;
    w.addRow({QStringLiteral("kind"), QStringLiteral("at"), QStringLiteral("receipt"), QStringLiteral("sale_receipt"),
              QStringLiteral("shop"), QStringLiteral("cashier"), QStringLiteral("sku"), QStringLiteral("name"),
              QStringLiteral("quantity"), QStringLiteral("amount")});
    for (const GroupSaleRow& r : g.rows) {
        const QStringList document{r.isReturn() ? QStringLiteral("return") : QStringLiteral("sale"),
                                   r.at.toString(Qt::ISODate),
                                   r.receipt,
                                   r.saleReceipt,
                                   r.shop,
                                   r.cashierLogin};
        auto sign = [&r](Money m) { return r.isReturn() ? Money() - m : m; };
        if (r.lines.isEmpty())
            w.addRow(document + QStringList{QString(), QString(), QString(), amount(r.signedAmount())});
        for (const GroupSaleLine& l : r.lines)
            w.addRow(document + QStringList{l.sku, l.name, l.quantity.toPlainString(QStringLiteral("en")),
                                            amount(sign(l.amount))});
    }
    return w;
}

CsvWriter stock(const StockValue& s)
{
    CsvWriter w;
    w.addRow({QStringLiteral("group"), QStringLiteral("key"), QStringLiteral("label"), QStringLiteral("products"),
              QStringLiteral("value")});
    for (const StockGroupRow& r : s.byCategory)
        w.addRow({QStringLiteral("category"), r.key, r.label, QString::number(r.products), amount(r.value)});
    for (const StockGroupRow& r : s.byProducer)
        w.addRow({QStringLiteral("producer"), r.key, r.label, QString::number(r.products), amount(r.value)});
    return w;
}

CsvWriter producers(const ProducerMoney& m, const QString& language)
{
    CsvWriter w;
    w.addRow({QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("village"), QStringLiteral("terms"),
              QStringLiteral("sold"), QStringLiteral("returned"), QStringLiteral("commission"),
              QStringLiteral("earned"), QStringLiteral("owed"), QStringLiteral("paid"), QStringLiteral("purchased")});
    for (const ProducerMoneyRow& r : m.rows)
        w.addRow({r.code, r.name, r.villageName.in(language), ProducerKinds::termsKey(r.terms), amount(r.sold),
                  amount(r.returned), amount(r.commission), amount(r.earned()), amount(r.owed), amount(r.paid),
                  amount(r.purchased)});
    return w;
}

CsvWriter impact(const Impact& i, const QString& language)
{
    CsvWriter w;
    w.addRow({QStringLiteral("oblast"), QStringLiteral("village"), QStringLiteral("code"), QStringLiteral("name"),
              QStringLiteral("women_led"), QStringLiteral("members"), QStringLiteral("women_members"),
              QStringLiteral("last_visit"), QStringLiteral("overdue"), QStringLiteral("materials_and_dyes"),
              QStringLiteral("environmental_practice"), QStringLiteral("sales"), QStringLiteral("owed"),
              QStringLiteral("paid")});
    for (const ProducerMoneyRow& r : i.producers) {
        Producer record;
        record.lastVisitDate = r.lastVisit;
        w.addRow({r.oblastName.in(language), r.villageName.in(language), r.code, r.name,
                  r.womenLed ? QStringLiteral("yes") : QStringLiteral("no"), QString::number(r.members),
                  QString::number(r.women), r.lastVisit.toString(Qt::ISODate),
                  record.visitOverdue(i.asOf) ? QStringLiteral("yes") : QStringLiteral("no"), r.materialsAndDyes,
                  r.environmentalPractice, amount(r.net()), amount(r.owed), amount(r.paidOut())});
    }
    return w;
}

} // namespace ovop::reportcsv
