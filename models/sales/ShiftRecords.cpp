// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "models/sales/ShiftRecords.h"

#include <QJsonDocument>

#include "models/core/Language.h"
#include "models/sales/ShiftService.h"
#include "models/store/Database.h"
#include "models/store/Sql.h"

namespace ovop {

QList<qint64> cashDenominations()
{
    return {500000, 200000, 100000, 50000, 20000, 10000, 5000, 2000, 1000, 500, 300, 100, 50};
}

namespace shiftrecords {

const QString Cash = QStringLiteral("cash");

// Every shift read joins the user who opened it and whether a Z report closed it.
const QString ShiftSelect =
    QStringLiteral("SELECT s.id, s.number, s.opened_at, coalesce(u.name, s.opened_by), s.opening_float, s.origin_shop, "
                   "s.origin_device, z.id IS NULL FROM shifts s LEFT JOIN users u ON u.id = s.opened_by "
                   "LEFT JOIN z_reports z ON z.shift_id = s.id ");

QDateTime storedDateTime(const QVariant& value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

Shift shiftFrom(const SqlQuery& q)
{
    Shift s;
    s.id = q.value(0).toString();
    s.number = q.value(1).toInt();
    s.openedAt = storedDateTime(q.value(2));
    s.openedBy = q.value(3).toString();
    s.openingFloat = Money::fromTyiyn(q.value(4).toLongLong());
    s.originShop = q.value(5).toString();
    s.originDevice = q.value(6).toString();
    s.open = q.value(7).toBool();
    return s;
}

QString money(Money m)
{
    return m.format(Language::current());
}

// The totals as a Z report stores them (amounts in tyiyn).
QJsonObject totalsJson(const ShiftTotals& t)
{
    QJsonObject byMethod;
    for (auto it = t.byMethod.cbegin(); it != t.byMethod.cend(); ++it)
        byMethod.insert(it.key(), it.value().tyiyn());
    return QJsonObject{{QStringLiteral("shift_id"), t.shiftId},
                       {QStringLiteral("shift_number"), t.shiftNumber},
                       {QStringLiteral("opened_at"), storedTime(t.openedAt)},
                       {QStringLiteral("opened_by"), t.openedBy},
                       {QStringLiteral("opening_float"), t.openingFloat.tyiyn()},
                       {QStringLiteral("cash_sales"), t.cashSales.tyiyn()},
                       {QStringLiteral("cash_refunds"), t.cashRefunds.tyiyn()},
                       {QStringLiteral("cash_in"), t.cashIn.tyiyn()},
                       {QStringLiteral("cash_out"), t.cashOut.tyiyn()},
                       {QStringLiteral("expected_cash"), t.expectedCash.tyiyn()},
                       {QStringLiteral("sales_count"), t.salesCount},
                       {QStringLiteral("sales_total"), t.salesTotal.tyiyn()},
                       {QStringLiteral("returns_count"), t.returnsCount},
                       {QStringLiteral("returns_total"), t.returnsTotal.tyiyn()},
                       {QStringLiteral("discounts_total"), t.discountsTotal.tyiyn()},
                       {QStringLiteral("by_method"), byMethod}};
}

Money moneyOf(const QJsonObject& o, const char* key)
{
    return Money::fromTyiyn(o.value(QLatin1String(key)).toInteger());
}

ShiftTotals totalsFromJson(const QJsonObject& o)
{
    ShiftTotals t;
    t.shiftId = o.value(QLatin1String("shift_id")).toString();
    t.shiftNumber = o.value(QLatin1String("shift_number")).toInt();
    t.openedAt = QDateTime::fromString(o.value(QLatin1String("opened_at")).toString(), Qt::ISODateWithMs);
    t.openedBy = o.value(QLatin1String("opened_by")).toString();
    t.openingFloat = moneyOf(o, "opening_float");
    t.cashSales = moneyOf(o, "cash_sales");
    t.cashRefunds = moneyOf(o, "cash_refunds");
    t.cashIn = moneyOf(o, "cash_in");
    t.cashOut = moneyOf(o, "cash_out");
    t.expectedCash = moneyOf(o, "expected_cash");
    t.salesCount = o.value(QLatin1String("sales_count")).toInt();
    t.salesTotal = moneyOf(o, "sales_total");
    t.returnsCount = o.value(QLatin1String("returns_count")).toInt();
    t.returnsTotal = moneyOf(o, "returns_total");
    t.discountsTotal = moneyOf(o, "discounts_total");
    const QJsonObject byMethod = o.value(QLatin1String("by_method")).toObject();
    for (auto it = byMethod.begin(); it != byMethod.end(); ++it)
        t.byMethod.insert(it.key(), Money::fromTyiyn(it.value().toInteger()));
    return t;
}

QString compactJson(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject countsJson(const QMap<qint64, int>& counted)
{
    QJsonObject o;
    for (auto it = counted.cbegin(); it != counted.cend(); ++it)
        o.insert(QString::number(it.key()), it.value());
    return o;
}

QMap<qint64, int> countsFromJson(const QJsonObject& o)
{
    QMap<qint64, int> counted;
    for (auto it = o.begin(); it != o.end(); ++it)
        counted.insert(it.key().toLongLong(), it.value().toInt());
    return counted;
}

Money countedCashOf(const QMap<qint64, int>& counted)
{
    Money sum;
    for (auto it = counted.cbegin(); it != counted.cend(); ++it)
        sum += Money::fromTyiyn(it.key() * it.value());
    return sum;
}

QJsonObject parseObject(const QVariant& text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

// The X report of one shift, read through the shift indexes of sales, returns and cash movements.
Result<ShiftTotals> computeTotals(Database& db, const QString& shiftId)
{
    SqlQuery shift(db.sql(), ShiftSelect + QStringLiteral("WHERE s.id = :id"));
    shift.bind(QStringLiteral(":id"), shiftId);
    if (auto done = shift.exec(); !done)
        return done.error();
    if (!shift.next()) {
        if (auto done = shift.finished(); !done)
            return done.error();
        return Error{ShiftService::tr("The shift was not found."), shiftId, {}, ErrorKind::NotFound};
    }
    const Shift s = shiftFrom(shift);
    ShiftTotals t;
    t.shiftId = s.id;
    t.shiftNumber = s.number;
    t.openedAt = s.openedAt;
    t.openedBy = s.openedBy;
    t.openingFloat = s.openingFloat;

    SqlQuery sales(db.sql(), QStringLiteral("SELECT count(*), coalesce(sum(total), 0), coalesce(sum(discount), 0), "
                                            "coalesce(sum(change), 0) FROM sales WHERE shift_id = :id"));
    sales.bind(QStringLiteral(":id"), shiftId);
    if (auto done = sales.exec(); !done)
        return done.error();
    Money change;
    if (sales.next()) {
        t.salesCount = sales.value(0).toInt();
        t.salesTotal = Money::fromTyiyn(sales.value(1).toLongLong());
        t.discountsTotal = Money::fromTyiyn(sales.value(2).toLongLong());
        change = Money::fromTyiyn(sales.value(3).toLongLong());
    }
    if (auto done = sales.finished(); !done)
        return done.error();

    SqlQuery paid(db.sql(), QStringLiteral("SELECT p.method, sum(p.amount) FROM sales s "
                                           "JOIN sale_payments p ON p.sale_id = s.id "
                                           "WHERE s.shift_id = :id GROUP BY p.method"));
    paid.bind(QStringLiteral(":id"), shiftId);
    if (auto done = paid.exec(); !done)
        return done.error();
    while (paid.next())
        t.byMethod[paid.value(0).toString()] += Money::fromTyiyn(paid.value(1).toLongLong());
    if (auto done = paid.finished(); !done)
        return done.error();
    if (t.byMethod.contains(Cash) || !change.isZero())
        t.byMethod[Cash] -= change;
    t.cashSales = t.byMethod.value(Cash);

    SqlQuery returns(db.sql(), QStringLiteral("SELECT count(*), coalesce(sum(total), 0) FROM returns "
                                              "WHERE shift_id = :id"));
    returns.bind(QStringLiteral(":id"), shiftId);
    if (auto done = returns.exec(); !done)
        return done.error();
    if (returns.next()) {
        t.returnsCount = returns.value(0).toInt();
        t.returnsTotal = Money::fromTyiyn(returns.value(1).toLongLong());
    }
    if (auto done = returns.finished(); !done)
        return done.error();

    SqlQuery refunded(db.sql(), QStringLiteral("SELECT p.method, sum(p.amount) FROM returns r "
                                               "JOIN return_payments p ON p.return_id = r.id "
                                               "WHERE r.shift_id = :id GROUP BY p.method"));
    refunded.bind(QStringLiteral(":id"), shiftId);
    if (auto done = refunded.exec(); !done)
        return done.error();
    while (refunded.next()) {
        const Money amount = Money::fromTyiyn(refunded.value(1).toLongLong());
        t.byMethod[refunded.value(0).toString()] -= amount;
        if (refunded.value(0).toString() == Cash)
            t.cashRefunds += amount;
    }
    if (auto done = refunded.finished(); !done)
        return done.error();

    SqlQuery moved(db.sql(), QStringLiteral("SELECT kind, sum(amount) FROM cash_movements WHERE shift_id = :id "
                                            "GROUP BY kind"));
    moved.bind(QStringLiteral(":id"), shiftId);
    if (auto done = moved.exec(); !done)
        return done.error();
    while (moved.next())
        (moved.value(0).toString() == QLatin1String("in") ? t.cashIn : t.cashOut) +=
            Money::fromTyiyn(moved.value(1).toLongLong());
    if (auto done = moved.finished(); !done)
        return done.error();

    t.expectedCash = t.openingFloat + t.cashSales - t.cashRefunds + t.cashIn - t.cashOut;
    return t;
}

const QString ZSelect = QStringLiteral(
    "SELECT z.id, z.z_number, z.closed_at, coalesce(u.name, z.closed_by), z.expected_cash, z.counted_cash, "
    "z.difference, z.counts, z.totals, z.origin_shop, z.origin_device, z.shift_id FROM z_reports z "
    "LEFT JOIN users u ON u.id = z.closed_by ");

ZReport zReportFrom(const SqlQuery& q)
{
    ZReport z;
    z.id = q.value(0).toString();
    z.zNumber = q.value(1).toInt();
    z.closedAt = storedDateTime(q.value(2));
    z.closedBy = q.value(3).toString();
    z.countedCash = Money::fromTyiyn(q.value(5).toLongLong());
    z.difference = Money::fromTyiyn(q.value(6).toLongLong());
    z.counted = countsFromJson(parseObject(q.value(7)));
    z.totals = totalsFromJson(parseObject(q.value(8)));
    z.originShop = q.value(9).toString();
    z.originDevice = q.value(10).toString();
    return z;
}

QString totalsText(const ShiftTotals& totals)
{
    return compactJson(totalsJson(totals));
}

QString countsText(const QMap<qint64, int>& counted)
{
    return compactJson(countsJson(counted));
}

} // namespace shiftrecords

} // namespace ovop
