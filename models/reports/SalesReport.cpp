// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "models/reports/SalesReport.h"

#include <algorithm>
#include <map>

#include "models/catalog/LocalizedText.h"
#include "models/core/Language.h"
#include "models/people/Session.h"
#include "models/reports/ReportSql.h"
#include "models/reports/SalesRollup.h"
#include "models/store/Database.h"

namespace ovop {

namespace {

const char* const Context = "SalesReport";
const char* const NoProducer = QT_TRANSLATE_NOOP("SalesReport", "Without a producer");
const char* const Unknown = QT_TRANSLATE_NOOP("SalesReport", "Unknown");
const char* const CashLabel = QT_TRANSLATE_NOOP("SalesReport", "Cash");
const char* const CardLabel = QT_TRANSLATE_NOOP("SalesReport", "Card");
const char* const QrLabel = QT_TRANSLATE_NOOP("SalesReport", "QR payment");

// The period's rows of one grouping of the daily figures (sales_rollup, kept by SalesRollup).
QString rollupWhere(int grouping, const ReportScope& scope)
{
    return QStringLiteral(" WHERE r.grouping = %1 AND r.day BETWEEN :first_day AND :last_day").arg(grouping) +
           reportsql::rollupShopFilter(scope, QStringLiteral("r"));
}

// The key and names of a group: columns key, ky, ru, en after the grouped g.k.
QString labelsSql(SalesReport::Grouping grouping)
{
    switch (grouping) {
    case SalesReport::Grouping::Day:
    case SalesReport::Grouping::Payment:
        return QStringLiteral("g.k, '', '', '' FROM grouped g");
    case SalesReport::Grouping::Cashier:
        return QStringLiteral("u.name, u.full_name, u.full_name, u.full_name FROM grouped g "
                              "LEFT JOIN users u ON u.id = g.k");
    case SalesReport::Grouping::Category:
        return QStringLiteral("g.k, c.name_ky, c.name_ru, c.name_en FROM grouped g "
                              "LEFT JOIN categories c ON c.key = g.k");
    case SalesReport::Grouping::Producer:
        return QStringLiteral("pr.code, pr.name, pr.name, pr.name FROM grouped g "
                              "LEFT JOIN producers pr ON pr.id = g.k");
    case SalesReport::Grouping::Village:
        return QStringLiteral("g.k, v.name_ky, v.name_ru, v.name_en FROM grouped g "
                              "LEFT JOIN villages v ON v.id = g.k");
    case SalesReport::Grouping::Oblast:
        return QStringLiteral("o.code, o.name_ky, o.name_ru, o.name_en FROM grouped g "
                              "LEFT JOIN oblasts o ON o.id = g.k");
    }
    return {};
}

QString paymentLabel(const QString& key, const QString& language)
{
    const char* source = key == QLatin1String("cash")   ? CashLabel
                         : key == QLatin1String("card") ? CardLabel
                         : key == QLatin1String("qr")   ? QrLabel
                                                        : nullptr;
    return source ? Language::translate(language, Context, source) : key;
}

} // namespace

SalesReport::SalesReport(Database& db) : m_db(db) {}

QString SalesReport::groupingKey(Grouping grouping)
{
    switch (grouping) {
    case Grouping::Day:
        return QStringLiteral("day");
    case Grouping::Category:
        return QStringLiteral("category");
    case Grouping::Oblast:
        return QStringLiteral("oblast");
    case Grouping::Village:
        return QStringLiteral("village");
    case Grouping::Producer:
        return QStringLiteral("producer");
    case Grouping::Payment:
        return QStringLiteral("payment");
    case Grouping::Cashier:
        return QStringLiteral("cashier");
    }
    return {};
}

std::optional<SalesReport::Grouping> SalesReport::groupingFromKey(const QString& key)
{
    for (Grouping g : groupings())
        if (groupingKey(g) == key.trimmed().toLower())
            return g;
    return std::nullopt;
}

QList<SalesReport::Grouping> SalesReport::groupings()
{
    return {Grouping::Day,      Grouping::Category, Grouping::Oblast, Grouping::Village,
            Grouping::Producer, Grouping::Payment,  Grouping::Cashier};
}

QString SalesReport::summarySql(const ReportScope& scope)
{
    // Sales by their rates; the period's returns by the rates of the sales they return.
    return QStringLiteral("SELECT kk.key, g.* FROM (SELECT r.key, sum(r.sales), sum(r.gross), sum(r.discount), "
                          "sum(r.amount), sum(r.vat), sum(r.sales_tax), sum(r.return_count), sum(r.returns), "
                          "sum(r.returned_vat), sum(r.returned_sales_tax) FROM sales_rollup r") +
           rollupWhere(SalesRollup::Rates, scope) +
           QStringLiteral(" GROUP BY r.key) g JOIN report_keys kk ON kk.id = g.key");
}

QString SalesReport::countSql(const ReportScope& scope)
{
    return QStringLiteral("SELECT coalesce(sum(r.sales), 0) FROM sales_rollup r") +
           rollupWhere(SalesRollup::Day, scope);
}

QString SalesReport::breakdownSql(Grouping grouping, const ReportScope& scope)
{
    const QString figures = QStringLiteral("sum(r.sales) AS n, sum(r.amount) AS amt, sum(r.returns) AS ret");
    const QString where = rollupWhere(int(grouping), scope);
    const QString grouped = grouping == Grouping::Day
                                ? QStringLiteral("SELECT r.day AS k, ") + figures +
                                      QStringLiteral(" FROM sales_rollup r") + where + QStringLiteral(" GROUP BY r.day")
                                : QStringLiteral("SELECT kk.key AS k, x.n, x.amt, x.ret FROM (SELECT r.key AS kid, ") +
                                      figures + QStringLiteral(" FROM sales_rollup r") + where +
                                      QStringLiteral(" GROUP BY r.key) x JOIN report_keys kk ON kk.id = x.kid");
    return QStringLiteral("WITH grouped AS (") + grouped + QStringLiteral(") SELECT g.k, g.n, g.amt, g.ret, ") +
           labelsSql(grouping) + (grouping == Grouping::Day ? QStringLiteral(" ORDER BY g.k") : QString());
}

Result<SalesSummary> SalesReport::summary(const Session& actor, const ReportScope& scope) const
{
    if (!actor.can(Permission::ViewReports))
        return Roles::refusal(Permission::ViewReports);
    if (auto checked = ReportScopes::check(scope); !checked)
        return checked.error();
    SqlQuery q(m_db.sql(), summarySql(scope));
    reportsql::bindRollup(q, scope);
    if (auto done = q.exec(); !done)
        return done.error();
    SalesSummary out;
    out.scope = scope;
    std::map<std::pair<int, int>, TaxRow> taxes;
    while (q.next()) {
        const QStringList rates = q.value(0).toString().split(QLatin1Char(':'));
        const int vatRate = rates.value(0).toInt();
        const int salesTaxRate = rates.value(1).toInt();
        auto money = [&q](int column) { return Money::fromTyiyn(q.value(column).toLongLong()); };
        TaxRow& t = taxes[{vatRate, salesTaxRate}];
        t.vatRateBp = vatRate;
        t.salesTaxRateBp = salesTaxRate;
        t.salesCount += q.value(2).toInt();
        t.sales += money(5);
        t.vat += money(6);
        t.salesTax += money(7);
        t.returns += money(9);
        t.returnedVat += money(10);
        t.returnedSalesTax += money(11);
        out.salesCount += q.value(2).toInt();
        out.gross += money(3);
        out.discounts += money(4);
        out.total += money(5);
        out.returnsCount += q.value(8).toInt();
        out.returns += money(9);
    }
    if (auto done = q.finished(); !done)
        return done.error();
    for (const auto& [rates, row] : taxes)
        out.taxes << row;
    return out;
}

Result<SalesBreakdown> SalesReport::breakdown(const Session& actor, const ReportScope& scope, Grouping grouping) const
{
    if (!actor.can(Permission::ViewReports))
        return Roles::refusal(Permission::ViewReports);
    if (auto checked = ReportScopes::check(scope); !checked)
        return checked.error();
    SalesBreakdown out;
    out.scope = scope;
    out.grouping = int(grouping);

    SqlQuery count(m_db.sql(), countSql(scope));
    reportsql::bindRollup(count, scope);
    if (auto done = count.exec(); !done)
        return done.error();
    if (count.next())
        out.count = count.value(0).toInt();
    if (auto done = count.finished(); !done)
        return done.error();

    SqlQuery q(m_db.sql(), breakdownSql(grouping, scope));
    reportsql::bindRollup(q, scope);
    if (auto done = q.exec(); !done)
        return done.error();
    while (q.next()) {
        SalesGroupRow row;
        const QString id = q.value(0).toString();
        row.count = q.value(1).toInt();
        row.amount = Money::fromTyiyn(q.value(2).toLongLong());
        row.returns = Money::fromTyiyn(q.value(3).toLongLong());
        row.key = q.value(4).toString();
        const LocalizedText names{q.value(5).toString(), q.value(6).toString(), q.value(7).toString()};
        row.label = names.in(scope.language);
        out.total += row.amount;
        out.returns += row.returns;
        switch (grouping) {
        case Grouping::Day: {
            // One row a day, in order.
            row.key = row.label = reportsql::dayOfNumber(q.value(0).toLongLong()).toString(Qt::ISODate);
            out.rows << row;
            continue;
        }
        case Grouping::Payment:
            row.label = paymentLabel(row.key, scope.language);
            break;
        case Grouping::Cashier:
            if (row.label.isEmpty())
                row.label = row.key;
            break;
        default:
            if (id.isEmpty()) {
                row.key.clear();
                row.label = Language::translate(scope.language, Context, NoProducer);
            }
            break;
        }
        if (row.label.isEmpty())
            row.label = row.key.isEmpty() ? Language::translate(scope.language, Context, Unknown) : row.key;
        out.rows << row;
    }
    if (auto done = q.finished(); !done)
        return done.error();
    if (grouping != Grouping::Day) {
        std::stable_sort(out.rows.begin(), out.rows.end(), [](const SalesGroupRow& a, const SalesGroupRow& b) {
            if (a.amount != b.amount)
                return b.amount < a.amount;
            return a.key < b.key;
        });
    }
    return out;
}

} // namespace ovop
