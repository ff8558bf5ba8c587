// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "models/reports/ReportSql.h"

#include <QStringList>

#include "models/core/Language.h"
#include "models/payouts/StatementService.h"

namespace ovop {

Status ReportScopes::check(const ReportScope& scope)
{
    if (!scope.from.isValid() || !scope.to.isValid())
        return Error::ofField(QStringLiteral("period"), tr("Give the first and the last day of the period."));
    if (scope.from > scope.to)
        return Error::ofField(QStringLiteral("period"),
                              tr("The period cannot begin (%1) after it ends (%2).")
                                  .arg(scope.from.toString(Qt::ISODate), scope.to.toString(Qt::ISODate)));
    if (!Language::isValid(scope.language))
        return Error::ofField(QStringLiteral("language"),
                              tr("Unknown language \"%1\": use ky, ru or en.").arg(scope.language));
    return {};
}

namespace reportsql {

QString shopFilter(const ReportScope& scope, const QString& alias)
{
    if (scope.shops.isEmpty())
        return {};
    QStringList names;
    for (int i = 0; i < scope.shops.size(); ++i)
        names << QStringLiteral(":shop%1").arg(i);
    return QStringLiteral(" AND %1.origin_shop IN (%2)").arg(alias, names.join(QStringLiteral(", ")));
}

void bindScope(SqlQuery& q, const ReportScope& scope)
{
    // The same local-day bounds as a statement of the period, so that the two always agree.
    const auto [begin, end] = StatementService::storedBounds(scope.from, scope.to);
    q.bind(QStringLiteral(":begin"), begin).bind(QStringLiteral(":end"), end);
    for (int i = 0; i < scope.shops.size(); ++i)
        q.bind(QStringLiteral(":shop%1").arg(i), scope.shops.at(i).trimmed());
}

void bindDays(SqlQuery& q, const ReportScope& scope)
{
    q.bind(QStringLiteral(":from_day"), scope.from.toString(Qt::ISODate))
        .bind(QStringLiteral(":to_day"), scope.to.toString(Qt::ISODate));
}

QString rollupShopFilter(const ReportScope& scope, const QString& alias)
{
    if (scope.shops.isEmpty())
        return {};
    QStringList names;
    for (int i = 0; i < scope.shops.size(); ++i)
        names << QStringLiteral(":shop%1").arg(i);
    return QStringLiteral(" AND %1.shop IN (SELECT id FROM report_keys WHERE key IN (%2))")
        .arg(alias, names.join(QStringLiteral(", ")));
}

int dayNumber(const QDate& day)
{
    return day.year() * 10000 + day.month() * 100 + day.day();
}

QDate dayOfNumber(qint64 number)
{
    return QDate(int(number / 10000), int(number / 100 % 100), int(number % 100));
}

void bindRollup(SqlQuery& q, const ReportScope& scope)
{
    q.bind(QStringLiteral(":first_day"), dayNumber(scope.from)).bind(QStringLiteral(":last_day"), dayNumber(scope.to));
    for (int i = 0; i < scope.shops.size(); ++i)
        q.bind(QStringLiteral(":shop%1").arg(i), scope.shops.at(i).trimmed());
}

QString nameIn(const QString& language, const QString& alias)
{
    QStringList order{language};
    for (const QString& other : {QStringLiteral("ru"), QStringLiteral("ky"), QStringLiteral("en")})
        if (other != language)
            order << other;
    QStringList names;
    for (const QString& l : order)
        names << QStringLiteral("CASE WHEN trim(%1.name_%2) <> '' THEN %1.name_%2 END").arg(alias, l);
    return QStringLiteral("coalesce(%1, '')").arg(names.join(QStringLiteral(", ")));
}

} // namespace reportsql

} // namespace ovop
