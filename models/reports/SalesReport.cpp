// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "models/reports/SalesReport.h"

#include <algorithm>
#include <map>

#include <QDateTime>
#include <QTimeZone>

#include "models/catalog/LocalizedText.h"
#include "models/core/Language.h"
#include "models/people/Session.h"
#include "models/reports/ReportSql.h"
#include "models/store/Database.h"

namespace ovop {

namespace {

const char* const Context = "SalesReport";
const char* const NoProducer = QT_TRANSLATE_NOOP("SalesReport", "Without a producer");
const char* const Unknown = QT_TRANSLATE_NOOP("SalesReport", "Unknown");
const char* const CashLabel = QT_TRANSLATE_NOOP("SalesReport", "Cash");
const char* const CardLabel = QT_TRANSLATE_NOOP("SalesReport", "Card");
const char* const QrLabel = QT_TRANSLATE_NOOP("SalesReport", "QR payment");

// The sales and the returns of the period, for the FROM ... WHERE of the parts of a breakdown.
QString salesWhere(const ReportScope& scope)
{
    return QStringLiteral(" WHERE s.at >= :begin AND s.at < :end") + reportsql::shopFilter(scope, QStringLiteral("s"));
}

QString returnsWhere(const ReportScope& scope)
{
    return QStringLiteral(" WHERE r.at >= :begin AND r.at < :end") + reportsql::shopFilter(scope, QStringLiteral("r"));
}

// The rows (key, sale, amount, returned) that a breakdown adds up by key: a sale's part of the
// group (its id, to count the sales) or a return's part (no sale id).
QString partsSql(SalesReport::Grouping grouping, const ReportScope& scope)
{
    const QString sales = salesWhere(scope);
    const QString returns = returnsWhere(scope);
    const QString saleLines = QStringLiteral(" FROM sales s JOIN sale_lines l ON l.sale_id = s.id");
    const QString returnLines = QStringLiteral(" FROM returns r JOIN return_lines rl ON rl.return_id = r.id");
    const QString returnedLine =
        QStringLiteral(" JOIN sale_lines l ON l.sale_id = rl.sale_id AND l.line_no = rl.sale_line_no");
    const QString place = QStringLiteral(" LEFT JOIN producers pr ON pr.id = l.producer_id"
                                         " LEFT JOIN villages v ON v.id = pr.village_id");
    switch (grouping) {
    case SalesReport::Grouping::Day:
        // By the hour in UTC: the hours are put on the shop's local days afterwards.
        return QStringLiteral("SELECT substr(s.at, 1, 13) AS k, s.id AS sid, s.total AS amt, 0 AS ret FROM sales s") +
               sales + QStringLiteral(" UNION ALL SELECT substr(r.at, 1, 13), NULL, 0, r.total FROM returns r") +
               returns;
    case SalesReport::Grouping::Cashier:
        return QStringLiteral("SELECT s.user_id AS k, s.id AS sid, s.total AS amt, 0 AS ret FROM sales s") + sales +
               QStringLiteral(" UNION ALL SELECT r.user_id, NULL, 0, r.total FROM returns r") + returns;
    case SalesReport::Grouping::Payment:
        // Cash handed over, less the change given back.
        return QStringLiteral("SELECT p.method AS k, s.id AS sid, p.amount AS amt, 0 AS ret FROM sales s "
                              "JOIN sale_payments p ON p.sale_id = s.id") +
               sales + QStringLiteral(" UNION ALL SELECT 'cash', NULL, -s.change, 0 FROM sales s") + sales +
               QStringLiteral(" AND s.change <> 0 UNION ALL SELECT rp.method, NULL, 0, rp.amount FROM returns r "
                              "JOIN return_payments rp ON rp.return_id = r.id") +
               returns;
    case SalesReport::Grouping::Category:
        return QStringLiteral("SELECT p.category AS k, l.sale_id AS sid, l.amount AS amt, 0 AS ret") + saleLines +
               QStringLiteral(" JOIN products p ON p.id = l.product_id") + sales +
               QStringLiteral(" UNION ALL SELECT p.category, NULL, 0, rl.amount") + returnLines +
               QStringLiteral(" JOIN products p ON p.id = rl.product_id") + returns;
    case SalesReport::Grouping::Producer:
        return QStringLiteral("SELECT l.producer_id AS k, l.sale_id AS sid, l.amount AS amt, 0 AS ret") + saleLines +
               sales + QStringLiteral(" UNION ALL SELECT l.producer_id, NULL, 0, rl.amount") + returnLines +
               returnedLine + returns;
    case SalesReport::Grouping::Village:
        return QStringLiteral("SELECT pr.village_id AS k, l.sale_id AS sid, l.amount AS amt, 0 AS ret") + saleLines +
               place + sales + QStringLiteral(" UNION ALL SELECT pr.village_id, NULL, 0, rl.amount") + returnLines +
               returnedLine + place + returns;
    case SalesReport::Grouping::Oblast:
        return QStringLiteral("SELECT v.oblast_id AS k, l.sale_id AS sid, l.amount AS amt, 0 AS ret") + saleLines +
               place + sales + QStringLiteral(" UNION ALL SELECT v.oblast_id, NULL, 0, rl.amount") + returnLines +
               returnedLine + place + returns;
    }
    return {};
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

// The shop's local day of an hour stored as "YYYY-MM-DDTHH" in UTC.
QString localDay(const QString& utcHour)
{
    const QDateTime utc = QDateTime::fromString(utcHour + QStringLiteral(":00:00Z"), Qt::ISODate);
    return utc.isValid() ? utc.toLocalTime().date().toString(Qt::ISODate) : utcHour.left(10);
}

// The shop's local days of UTC hours over a period. When the zone keeps one offset through the
// period (no daylight-saving change: Kyrgyzstan has none) the day is worked out from the hour and
// that offset, without a time-zone conversion for each of the period's thousands of hours.
class LocalDays
{
public:
    explicit LocalDays(const ReportScope& scope)
    {
        const QTimeZone zone = QTimeZone::systemTimeZone();
        const QDateTime begin(scope.from.addDays(-1), QTime(0, 0), QTimeZone::utc());
        const QDateTime end(scope.to.addDays(2), QTime(0, 0), QTimeZone::utc());
        if (zone.isValid() && zone.hasTransitions() && zone.transitions(begin, end).isEmpty() &&
            QDateTime(scope.from, QTime(12, 0)).offsetFromUtc() == zone.offsetFromUtc(begin))
            m_offsetSeconds = zone.offsetFromUtc(begin);
    }

    QString of(const QString& utcHour) const
    {
        if (!m_offsetSeconds || utcHour.size() != 13)
            return localDay(utcHour);
        const QStringView text(utcHour);
        const QDate date(text.mid(0, 4).toInt(), text.mid(5, 2).toInt(), text.mid(8, 2).toInt());
        if (!date.isValid())
            return localDay(utcHour);
        const int seconds = text.mid(11, 2).toInt() * 3600 + *m_offsetSeconds;
        const int shift = seconds >= 0 ? seconds / 86400 : -((86399 - seconds) / 86400);
        return date.addDays(shift).toString(Qt::ISODate);
    }

private:
    std::optional<int> m_offsetSeconds;
};

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
    return QStringLiteral("SELECT 0, s.vat_rate, s.sales_tax_rate, count(*), sum(s.gross), sum(s.discount), "
                          "sum(s.total), sum(s.vat), sum(s.sales_tax) FROM sales s") +
           salesWhere(scope) +
           QStringLiteral(" GROUP BY s.vat_rate, s.sales_tax_rate UNION ALL "
                          "SELECT 1, s.vat_rate, s.sales_tax_rate, count(*), 0, 0, sum(r.total), sum(r.vat), "
                          "sum(r.sales_tax) FROM returns r JOIN sales s ON s.id = r.sale_id") +
           returnsWhere(scope) + QStringLiteral(" GROUP BY s.vat_rate, s.sales_tax_rate");
}

QString SalesReport::countSql(const ReportScope& scope)
{
    return QStringLiteral("SELECT count(*) FROM sales s") + salesWhere(scope);
}

QString SalesReport::breakdownSql(Grouping grouping, const ReportScope& scope)
{
    return QStringLiteral("WITH grouped AS (SELECT coalesce(k, '') AS k, count(DISTINCT sid) AS n, "
                          "sum(amt) AS amt, sum(ret) AS ret FROM (") +
           partsSql(grouping, scope) + QStringLiteral(") GROUP BY 1) SELECT g.k, g.n, g.amt, g.ret, ") +
           labelsSql(grouping);
}

Result<SalesSummary> SalesReport::summary(const Session& actor, const ReportScope& scope) const
{
    if (!actor.can(Permission::ViewReports))
        return Roles::refusal(Permission::ViewReports);
    if (auto checked = ReportScopes::check(scope); !checked)
        return checked.error();
    // Sales by their rates, then the period's returns by the rates of the sales they return.
    SqlQuery q(m_db.sql(), summarySql(scope));
    reportsql::bindScope(q, scope);
    if (auto done = q.exec(); !done)
        return done.error();
    SalesSummary out;
    out.scope = scope;
    std::map<std::pair<int, int>, TaxRow> taxes;
    while (q.next()) {
        const bool isReturn = q.value(0).toInt() == 1;
        TaxRow& t = taxes[{q.value(1).toInt(), q.value(2).toInt()}];
        t.vatRateBp = q.value(1).toInt();
        t.salesTaxRateBp = q.value(2).toInt();
        const int count = q.value(3).toInt();
        const Money total = Money::fromTyiyn(q.value(6).toLongLong());
        const Money vat = Money::fromTyiyn(q.value(7).toLongLong());
        const Money salesTax = Money::fromTyiyn(q.value(8).toLongLong());
        if (isReturn) {
            out.returnsCount += count;
            out.returns += total;
            t.returns += total;
            t.returnedVat += vat;
            t.returnedSalesTax += salesTax;
        } else {
            out.salesCount += count;
            out.gross += Money::fromTyiyn(q.value(4).toLongLong());
            out.discounts += Money::fromTyiyn(q.value(5).toLongLong());
            out.total += total;
            t.salesCount += count;
            t.sales += total;
            t.vat += vat;
            t.salesTax += salesTax;
        }
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
    reportsql::bindScope(count, scope);
    if (auto done = count.exec(); !done)
        return done.error();
    if (count.next())
        out.count = count.value(0).toInt();
    if (auto done = count.finished(); !done)
        return done.error();

    SqlQuery q(m_db.sql(), breakdownSql(grouping, scope));
    reportsql::bindScope(q, scope);
    if (auto done = q.exec(); !done)
        return done.error();
    std::map<QString, SalesGroupRow> days; // hours gathered into local days
    const LocalDays localDays(scope);
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
            row.key = row.label = localDays.of(id);
            SalesGroupRow& day = days[row.key];
            day.key = day.label = row.key;
            day.count += row.count;
            day.amount += row.amount;
            day.returns += row.returns;
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
    if (grouping == Grouping::Day) {
        for (const auto& [key, row] : days)
            out.rows << row;
    } else {
        std::stable_sort(out.rows.begin(), out.rows.end(), [](const SalesGroupRow& a, const SalesGroupRow& b) {
            if (a.amount != b.amount)
                return b.amount < a.amount;
            return a.key < b.key;
        });
    }
    return out;
}

} // namespace ovop
