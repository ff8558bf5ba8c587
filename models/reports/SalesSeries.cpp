// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "models/reports/SalesSeries.h"

#include <QHash>

#include "models/core/Decimal.h"

namespace ovop {

namespace {

QDate monthOf(const QDate& day)
{
    return QDate(day.year(), day.month(), 1);
}

} // namespace

SalesSeries SalesSeries::of(const SalesBreakdown& byDay)
{
    SalesSeries series;
    const QDate from = byDay.scope.from;
    const QDate to = byDay.scope.to;
    if (!from.isValid() || !to.isValid() || to < from)
        return series;
    series.step = from.daysTo(to) + 1 > MaxDays ? Step::Month : Step::Day;
    auto pointOf = [&](const QDate& day) { return series.step == Step::Month ? monthOf(day) : day; };

    QHash<QDate, qsizetype> index;
    for (QDate day = pointOf(from); day <= to; day = series.step == Step::Month ? day.addMonths(1) : day.addDays(1)) {
        index.insert(day, series.points.size());
        series.points.append(SalesPoint{day, 0, Money(), Money()});
    }
    for (const SalesGroupRow& row : byDay.rows) {
        const QDate day = QDate::fromString(row.key, Qt::ISODate);
        const auto it = index.constFind(pointOf(day));
        if (!day.isValid() || it == index.cend())
            continue;
        SalesPoint& point = series.points[*it];
        point.count += row.count;
        point.amount = point.amount + row.amount;
        point.returns = point.returns + row.returns;
    }
    return series;
}

QString SalesSeries::label(const SalesPoint& point, const QString& language) const
{
    const QLocale locale = decimal::localeFor(language);
    if (step == Step::Month)
        return locale.standaloneMonthName(point.start.month(), QLocale::ShortFormat) + QLatin1Char(' ') +
               QString::number(point.start.year());
    return point.start.toString(QStringLiteral("dd.MM"));
}

} // namespace ovop
