// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "models/reports/GroupSales.h"

#include <algorithm>
#include <optional>

#include <QHash>

#include "models/catalog/LocalizedText.h"
#include "models/people/Session.h"
#include "models/reports/ReportSql.h"
#include "models/store/Database.h"

namespace ovop {

namespace {

using Grouping = SalesReport::Grouping;

bool byLines(Grouping g)
{
    return g == Grouping::Category || g == Grouping::Oblast || g == Grouping::Village || g == Grouping::Producer;
}

// The joins that give a line its group: p its product (by productColumn), pr and v the producer
// of the line and the producer's village. The line is l, a sale's line.
QString lineJoins(Grouping g, const QString& productColumn)
{
    switch (g) {
    case Grouping::Category:
        return QStringLiteral(" JOIN products p ON p.id = ") + productColumn;
    case Grouping::Oblast:
    case Grouping::Village:
        return QStringLiteral(" LEFT JOIN producers pr ON pr.id = l.producer_id LEFT JOIN villages v ON "
                              "v.id = pr.village_id");
    default:
        return {};
    }
}

// The condition that a line is in the group :k. As the breakdown names them, an oblast and a
// producer by their code; the empty key stands for the lines with none (or one no longer known).
QString lineMatch(Grouping g, bool emptyKey)
{
    const QString known = emptyKey ? QStringLiteral(" NOT IN (SELECT id FROM %1)")
                                   : QStringLiteral(" IN (SELECT id FROM %1 WHERE code = :k)");
    switch (g) {
    case Grouping::Category:
        return QStringLiteral("coalesce(p.category, '') = :k");
    case Grouping::Village:
        return QStringLiteral("coalesce(pr.village_id, '') = :k");
    case Grouping::Oblast:
        return QStringLiteral("coalesce(v.oblast_id, '')") + known.arg(QStringLiteral("oblasts"));
    case Grouping::Producer:
        return QStringLiteral("coalesce(l.producer_id, '')") + known.arg(QStringLiteral("producers"));
    default:
        return QStringLiteral("1");
    }
}

// The cashier :k by login; the empty key for the users no longer known.
QString userMatch(const QString& column, bool emptyKey)
{
    return column + (emptyKey ? QStringLiteral(" NOT IN (SELECT id FROM users)")
                              : QStringLiteral(" IN (SELECT id FROM users WHERE name = :k)"));
}

// The parts of the sales in the group, (doc, counted, amount): as SalesRollup adds them, one row
// per line, payment or sale in the group; the change given counts against cash without counting
// a sale. The period's sales are read through their time index: the documents are grouped by
// +s.id, which no index gives in order, or SQLite would read the whole ledger in the order of ids.
QString salesPartsSql(Grouping g, const ReportScope& scope, bool emptyKey)
{
    const QString where =
        QStringLiteral(" WHERE s.at >= :begin AND s.at < :end") + reportsql::shopFilter(scope, QStringLiteral("s"));
    const QString lines =
        QStringLiteral("SELECT +s.id AS doc, 1 AS counted, l.amount AS amount FROM sales s CROSS JOIN "
                       "sale_lines l ON l.sale_id = s.id");
    switch (g) {
    case Grouping::Day:
        return QStringLiteral("SELECT +s.id AS doc, 1 AS counted, s.total AS amount FROM sales s") + where;
    case Grouping::Cashier:
        return QStringLiteral("SELECT +s.id AS doc, 1 AS counted, s.total AS amount FROM sales s") + where +
               QStringLiteral(" AND ") + userMatch(QStringLiteral("s.user_id"), emptyKey);
    case Grouping::Payment:
        return QStringLiteral("SELECT +s.id AS doc, 1 AS counted, p.amount AS amount FROM sales s CROSS JOIN "
                              "sale_payments p ON p.sale_id = s.id") +
               where + QStringLiteral(" AND p.method = :k UNION ALL SELECT +s.id, 0, -s.change FROM sales s") + where +
               QStringLiteral(" AND s.change <> 0 AND :k = 'cash'");
    default:
        return lines + lineJoins(g, QStringLiteral("l.product_id")) + where + QStringLiteral(" AND ") +
               lineMatch(g, emptyKey);
    }
}

// The parts of the period's returns in the group, (doc, amount), as SalesRollup adds them.
QString returnsPartsSql(Grouping g, const ReportScope& scope, bool emptyKey)
{
    const QString where =
        QStringLiteral(" WHERE r.at >= :begin AND r.at < :end") + reportsql::shopFilter(scope, QStringLiteral("r"));
    const QString lines = QStringLiteral("SELECT +r.id AS doc, rl.amount AS amount FROM returns r CROSS JOIN "
                                         "return_lines rl ON rl.return_id = r.id");
    switch (g) {
    case Grouping::Day:
        return QStringLiteral("SELECT +r.id AS doc, r.total AS amount FROM returns r") + where;
    case Grouping::Cashier:
        return QStringLiteral("SELECT +r.id AS doc, r.total AS amount FROM returns r") + where +
               QStringLiteral(" AND ") + userMatch(QStringLiteral("r.user_id"), emptyKey);
    case Grouping::Payment:
        return QStringLiteral("SELECT +r.id AS doc, rp.amount AS amount FROM returns r CROSS JOIN return_payments rp "
                              "ON rp.return_id = r.id") +
               where + QStringLiteral(" AND rp.method = :k");
    case Grouping::Category:
        // By the product of the return's line, as the daily figures have it.
        return lines + lineJoins(g, QStringLiteral("rl.product_id")) + where + QStringLiteral(" AND ") +
               lineMatch(g, emptyKey);
    default:
        return lines + QStringLiteral(" JOIN sale_lines l ON l.sale_id = rl.sale_id AND l.line_no = rl.sale_line_no") +
               lineJoins(g, QString()) + where + QStringLiteral(" AND ") + lineMatch(g, emptyKey);
    }
}

// The group's documents: sd the sales (doc, counted, amount), rd the returns (doc, amount).
QString documentsSql(Grouping g, const ReportScope& scope, bool emptyKey)
{
    return QStringLiteral("WITH sp AS (%1), rp AS (%2), sd AS (SELECT doc, max(counted) AS counted, sum(amount) AS "
                          "amount FROM sp GROUP BY doc), rd AS (SELECT doc, sum(amount) AS amount FROM rp GROUP BY "
                          "doc) ")
        .arg(salesPartsSql(g, scope, emptyKey), returnsPartsSql(g, scope, emptyKey));
}

QString totalsOf(Grouping g, const ReportScope& scope, bool emptyKey)
{
    return documentsSql(g, scope, emptyKey) +
           QStringLiteral("SELECT 0, count(*), coalesce(sum(counted), 0), coalesce(sum(amount), 0) FROM sd UNION ALL "
                          "SELECT 1, count(*), 0, coalesce(sum(amount), 0) FROM rd");
}

QString rowsOf(Grouping g, const ReportScope& scope, bool emptyKey)
{
    return documentsSql(g, scope, emptyKey) +
           QStringLiteral("SELECT 0 AS kind, s.id, s.at AS at, s.receipt AS receipt, s.origin_shop, u.name, "
                          "u.full_name, s.user_id, '', d.amount FROM sd d JOIN sales s ON s.id = d.doc LEFT JOIN "
                          "users u ON u.id = s.user_id UNION ALL SELECT 1, r.id, r.at, r.receipt, r.origin_shop, "
                          "u.name, u.full_name, r.user_id, s.receipt, d.amount FROM rd d JOIN returns r ON r.id = "
                          "d.doc LEFT JOIN sales s ON s.id = r.sale_id LEFT JOIN users u ON u.id = r.user_id "
                          "ORDER BY at DESC, receipt DESC LIMIT :limit");
}

// The group's lines of the listed documents (:d0, :d1...): (doc, line, sku, names, unit, quantity,
// amount).
QString linesSql(Grouping g, bool ofReturns, int documents, bool emptyKey)
{
    QStringList ids;
    for (int i = 0; i < documents; ++i)
        ids << QStringLiteral(":d%1").arg(i);
    const QString in = QStringLiteral(" IN (") + ids.join(QStringLiteral(", ")) + QStringLiteral(")");
    const QString names = QStringLiteral("l.sku, l.name_ky, l.name_ru, l.name_en, l.unit, ");
    if (!ofReturns)
        return QStringLiteral("SELECT l.sale_id, l.line_no, ") + names +
               QStringLiteral("l.quantity, l.amount FROM sale_lines l") + lineJoins(g, QStringLiteral("l.product_id")) +
               QStringLiteral(" WHERE l.sale_id") + in + QStringLiteral(" AND ") + lineMatch(g, emptyKey);
    return QStringLiteral("SELECT rl.return_id, rl.line_no, ") + names +
           QStringLiteral("rl.quantity, rl.amount FROM return_lines rl JOIN sale_lines l ON l.sale_id = rl.sale_id "
                          "AND l.line_no = rl.sale_line_no") +
           lineJoins(g, QStringLiteral("rl.product_id")) + QStringLiteral(" WHERE rl.return_id") + in +
           QStringLiteral(" AND ") + lineMatch(g, emptyKey);
}

// The scope narrowed to the days of a day or month key of the grouping by day; nullopt when the
// key is no day or month, or lies outside the period.
std::optional<ReportScope> daysOf(const ReportScope& scope, const QString& key)
{
    QDate first = QDate::fromString(key, Qt::ISODate);
    QDate last = first;
    if (!first.isValid()) {
        first = QDate::fromString(key + QStringLiteral("-01"), Qt::ISODate);
        if (!first.isValid() || key.size() != 7)
            return std::nullopt;
        last = first.addMonths(1).addDays(-1);
    }
    ReportScope days = scope;
    days.from = std::max(first, scope.from);
    days.to = std::min(last, scope.to);
    if (days.from > days.to)
        return std::nullopt;
    return days;
}

} // namespace

GroupSalesReport::GroupSalesReport(Database& db) : m_db(db) {}

QString GroupSalesReport::totalsSql(Grouping grouping, const ReportScope& scope, const QString& key)
{
    return totalsOf(grouping, scope, key.isEmpty());
}

QString GroupSalesReport::rowsSql(Grouping grouping, const ReportScope& scope, const QString& key)
{
    return rowsOf(grouping, scope, key.isEmpty());
}

Result<GroupSales> GroupSalesReport::build(const Session& actor, const ReportScope& scope, Grouping grouping,
                                           const QString& key, int limit) const
{
    if (!actor.can(Permission::ViewReports))
        return Roles::refusal(Permission::ViewReports);
    if (auto checked = ReportScopes::check(scope); !checked)
        return checked.error();
    if (limit < 1 || limit > MaxLimit)
        return Error::ofField(QStringLiteral("limit"),
                              tr("Ask for 1 to %1 sales and returns, not %2.").arg(MaxLimit).arg(limit));
    GroupSales out;
    out.scope = scope;
    out.grouping = grouping;
    out.key = key;

    ReportScope read = scope;
    if (grouping == Grouping::Day) {
        const auto days = daysOf(scope, key.trimmed());
        if (!days)
            return out; // no day of the period: nothing in the group
        read = *days;
    }
    const bool emptyKey = key.isEmpty();
    auto bind = [&](SqlQuery& q) {
        reportsql::bindScope(q, read);
        if (grouping != Grouping::Day)
            q.bind(QStringLiteral(":k"), SqlQuery::text(key));
    };

    SqlQuery totals(m_db.sql(), totalsSql(grouping, read, key));
    bind(totals);
    if (auto done = totals.exec(); !done)
        return done.error();
    while (totals.next()) {
        const bool ofReturns = totals.value(0).toInt() == 1;
        const int documents = totals.value(1).toInt();
        const Money amount = Money::fromTyiyn(totals.value(3).toLongLong());
        out.documents += documents;
        if (ofReturns) {
            out.returnsCount = documents;
            out.returns = amount;
        } else {
            out.count = totals.value(2).toInt();
            out.amount = amount;
        }
    }
    if (auto done = totals.finished(); !done)
        return done.error();
    if (out.documents == 0)
        return out;

    SqlQuery rows(m_db.sql(), rowsSql(grouping, read, key));
    rows.raw().setForwardOnly(true);
    bind(rows);
    rows.bind(QStringLiteral(":limit"), limit);
    if (auto done = rows.exec(); !done)
        return done.error();
    QHash<QString, qsizetype> saleRows;
    QHash<QString, qsizetype> returnRows;
    while (rows.next()) {
        GroupSaleRow row;
        row.kind = rows.value(0).toInt() == 1 ? GroupSaleRow::Kind::Return : GroupSaleRow::Kind::Sale;
        row.id = rows.value(1).toString();
        row.at = QDateTime::fromString(rows.value(2).toString(), Qt::ISODateWithMs).toLocalTime();
        row.receipt = rows.value(3).toString();
        row.shop = rows.value(4).toString();
        row.cashierLogin = rows.value(5).toString();
        row.cashierName = rows.value(6).toString();
        if (row.cashierLogin.isEmpty())
            row.cashierLogin = rows.value(7).toString(); // a user no longer known: the id
        if (row.cashierName.isEmpty())
            row.cashierName = row.cashierLogin;
        row.saleReceipt = rows.value(8).toString();
        row.amount = Money::fromTyiyn(rows.value(9).toLongLong());
        (row.isReturn() ? returnRows : saleRows).insert(row.id, out.rows.size());
        out.rows << row;
    }
    if (auto done = rows.finished(); !done)
        return done.error();

    if (!byLines(grouping))
        return out;
    for (const bool ofReturns : {false, true}) {
        const QHash<QString, qsizetype>& listed = ofReturns ? returnRows : saleRows;
        if (listed.isEmpty())
            continue;
        SqlQuery lines(m_db.sql(), linesSql(grouping, ofReturns, int(listed.size()), emptyKey));
        lines.raw().setForwardOnly(true);
        int i = 0;
        for (auto it = listed.cbegin(); it != listed.cend(); ++it, ++i)
            lines.bind(QStringLiteral(":d%1").arg(i), it.key());
        if (!emptyKey || grouping == Grouping::Category || grouping == Grouping::Village)
            lines.bind(QStringLiteral(":k"), SqlQuery::text(key));
        if (auto done = lines.exec(); !done)
            return done.error();
        while (lines.next()) {
            GroupSaleLine line;
            line.lineNo = lines.value(1).toInt();
            line.sku = lines.value(2).toString();
            line.name =
                LocalizedText{lines.value(3).toString(), lines.value(4).toString(), lines.value(5).toString()}.in(
                    scope.language);
            line.unit = Units::fromKey(lines.value(6).toString()).value_or(Unit::Piece);
            line.quantity = Quantity::fromMilli(lines.value(7).toLongLong());
            line.amount = Money::fromTyiyn(lines.value(8).toLongLong());
            out.rows[listed.value(lines.value(0).toString())].lines << line;
        }
        if (auto done = lines.finished(); !done)
            return done.error();
    }
    for (GroupSaleRow& row : out.rows)
        std::sort(row.lines.begin(), row.lines.end(),
                  [](const GroupSaleLine& a, const GroupSaleLine& b) { return a.lineNo < b.lineNo; });
    return out;
}

} // namespace ovop
