// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// What the report queries share: the period's bounds and the shop filter, bound as parameters.
#pragma once

#include <QString>

#include "models/reports/ReportScope.h"
#include "models/store/Sql.h"

namespace ovop::reportsql {

// " AND alias.origin_shop IN (:shop0, :shop1...)" for the scope's shops, or nothing for all shops.
// The same placeholders serve every alias of one query: bind them once with bindScope.
QString shopFilter(const ReportScope& scope, const QString& alias);
// Binds :begin and :end (the period's UTC bounds as stored times) and the shop placeholders.
void bindScope(SqlQuery& q, const ReportScope& scope);
// Binds :from_day and :to_day, the period's days, for tables that store a date.
void bindDays(SqlQuery& q, const ReportScope& scope);

// For the daily figures of sales_rollup: " AND alias.shop IN (...)" for the scope's shops (by
// their keys), or nothing for all shops; the same :shop placeholders as shopFilter.
QString rollupShopFilter(const ReportScope& scope, const QString& alias);
// A day as sales_rollup keeps it (YYYYMMDD), and back.
int dayNumber(const QDate& day);
QDate dayOfNumber(qint64 number);
// Binds :first_day and :last_day (the period's days as numbers) and the shop placeholders.
void bindRollup(SqlQuery& q, const ReportScope& scope);
// The name of alias's name_ky, name_ru, name_en in the language, in SQL: as LocalizedText::in
// picks it (another language's when blank: Russian, Kyrgyz, English).
QString nameIn(const QString& language, const QString& alias);

} // namespace ovop::reportsql
