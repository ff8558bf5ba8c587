// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "models/reports/GroupSales.h"

#include <algorithm>
#include <optional>

#include <QHash>

#include "models/people/Session.h"
#include "models/reports/ReportSql.h"
#include "models/store/Database.h"

namespace ovop {

namespace {

using Grouping = SalesReport::Grouping;

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

// The condition that a group key (column, as the daily figures or the ledger have it) is the
// group :k. As the breakdown names them, an oblast and a producer by their code and a cashier by
// login; the empty key stands for those with none (or one no longer known).
QString keyMatch(Grouping g, const QString& column, bool emptyKey)
{
    auto known = [&](const QString& table, const QString& name) {
        return column + (emptyKey ? QStringLiteral(" NOT IN (SELECT id FROM %1)").arg(table)
                                  : QStringLiteral(" IN (SELECT id FROM %1 WHERE %2 = :k)").arg(table, name));
    };
    switch (g) {
    case Grouping::Day:
        return QStringLiteral("1");
    case Grouping::Oblast:
        return known(QStringLiteral("oblasts"), QStringLiteral("code"));
    case Grouping::Producer:
        return known(QStringLiteral("producers"), QStringLiteral("code"));
    case Grouping::Cashier:
        return known(QStringLiteral("users"), QStringLiteral("name"));
    default:
        return column + QStringLiteral(" = :k");
    }
}

// The condition that a line (l, a sale's line, with the joins of lineJoins) is in the group.
QString lineMatch(Grouping g, bool emptyKey)
{
    switch (g) {
    case Grouping::Category:
        return keyMatch(g, QStringLiteral("coalesce(p.category, '')"), emptyKey);
    case Grouping::Village:
        return keyMatch(g, QStringLiteral("coalesce(pr.village_id, '')"), emptyKey);
    case Grouping::Oblast:
        return keyMatch(g, QStringLiteral("coalesce(v.oblast_id, '')"), emptyKey);
    case Grouping::Producer:
        return keyMatch(g, QStringLiteral("coalesce(l.producer_id, '')"), emptyKey);
    default:
        return QStringLiteral("1");
    }
}

// What of one document is in the group, as SalesRollup adds it: the rows `from` (its lines or
// payments) that `where` picks, with their `amount`; with no `from`, the document itself when
// `where` holds, for `amount`.
struct Part
{
    QString from;
    QString where;
    QString amount;
};

Part salePart(Grouping g, bool emptyKey)
{
    switch (g) {
    case Grouping::Day:
        return {{}, QStringLiteral("1"), QStringLiteral("s.total")};
    case Grouping::Cashier:
        return {{}, keyMatch(g, QStringLiteral("s.user_id"), emptyKey), QStringLiteral("s.total")};
    case Grouping::Payment:
        return {QStringLiteral("FROM sale_payments p"), QStringLiteral("p.sale_id = s.id AND p.method = :k"),
                QStringLiteral("p.amount")};
    default:
        return {QStringLiteral("FROM sale_lines l") + lineJoins(g, QStringLiteral("l.product_id")),
                QStringLiteral("l.sale_id = s.id AND ") + lineMatch(g, emptyKey), QStringLiteral("l.amount")};
    }
}

Part returnPart(Grouping g, bool emptyKey)
{
    switch (g) {
    case Grouping::Day:
        return {{}, QStringLiteral("1"), QStringLiteral("r.total")};
    case Grouping::Cashier:
        return {{}, keyMatch(g, QStringLiteral("r.user_id"), emptyKey), QStringLiteral("r.total")};
    case Grouping::Payment:
        return {QStringLiteral("FROM return_payments rp"), QStringLiteral("rp.return_id = r.id AND rp.method = :k"),
                QStringLiteral("rp.amount")};
    case Grouping::Category:
        // By the product of the return's line, as the daily figures have it.
        return {QStringLiteral("FROM return_lines rl") + lineJoins(g, QStringLiteral("rl.product_id")),
                QStringLiteral("rl.return_id = r.id AND ") + lineMatch(g, emptyKey), QStringLiteral("rl.amount")};
    default:
        return {QStringLiteral("FROM return_lines rl JOIN sale_lines l ON l.sale_id = rl.sale_id AND l.line_no = "
                               "rl.sale_line_no") +
                    lineJoins(g, QString()),
                QStringLiteral("rl.return_id = r.id AND ") + lineMatch(g, emptyKey), QStringLiteral("rl.amount")};
    }
}

QString inGroup(const Part& part)
{
    return part.from.isEmpty() ? part.where
                               : QStringLiteral("EXISTS (SELECT 1 %1 WHERE %2)").arg(part.from, part.where);
}

QString amountIn(const Part& part)
{
    return part.from.isEmpty()
               ? part.amount
               : QStringLiteral("coalesce((SELECT sum(%1) %2 WHERE %3), 0)").arg(part.amount, part.from, part.where);
}

// A sale's part in the group: the change given counts against cash, as in the daily figures
// (only cash gives change, so a sale with change has a cash payment and is in the group).
QString saleAmount(Grouping g, bool emptyKey)
{
    const QString amount = amountIn(salePart(g, emptyKey));
    return g == Grouping::Payment ? amount + QStringLiteral(" - CASE WHEN :k = 'cash' THEN s.change ELSE 0 END")
                                  : amount;
}

// The group's figures: the sales, their amount and the returns' money from the daily figures
// (parameters :first_day, :last_day), the number of returns from the period's returns (:begin,
// :end), which are few.
QString totalsOf(Grouping g, const ReportScope& scope, bool emptyKey)
{
    return QStringLiteral("SELECT coalesce(sum(d.sales), 0), coalesce(sum(d.amount), 0), coalesce(sum(d.returns), "
                          "0), (SELECT count(*) FROM returns r WHERE r.at >= :begin AND r.at < :end%1 AND %2) FROM "
                          "sales_rollup d JOIN report_keys kk ON kk.id = d.key WHERE d.grouping = %3 AND d.day "
                          "BETWEEN :first_day AND :last_day%4 AND %5")
        .arg(reportsql::shopFilter(scope, QStringLiteral("r")), inGroup(returnPart(g, emptyKey)))
        .arg(int(g))
        .arg(reportsql::rollupShopFilter(scope, QStringLiteral("d")), keyMatch(g, QStringLiteral("kk.key"), emptyKey));
}

// The newest documents of the group: the period's sales and returns read backwards through their
// time index, each one's part in the group looked up by its key, until :limit of each are found.
QString rowsOf(Grouping g, const ReportScope& scope, bool emptyKey)
{
    const QString period = QStringLiteral(" WHERE %1.at >= :begin AND %1.at < :end");
    return QStringLiteral(
               "SELECT * FROM (SELECT 0 AS kind, s.id, s.at AS at, s.receipt AS receipt, s.origin_shop, u.name, "
               "u.full_name, s.user_id, '', %1 FROM sales s LEFT JOIN users u ON u.id = s.user_id%2 AND %3 ORDER BY "
               "s.at DESC, s.seq DESC LIMIT :limit) UNION ALL SELECT * FROM (SELECT 1, r.id, r.at AS at, r.receipt AS "
               "receipt, "
               "r.origin_shop, u.name, u.full_name, r.user_id, s.receipt, %4 FROM returns r LEFT JOIN sales s ON "
               "s.id = r.sale_id LEFT JOIN users u ON u.id = r.user_id%5 AND %6 ORDER BY r.at DESC, r.seq DESC LIMIT "
               ":limit) "
               "ORDER BY at DESC, receipt DESC LIMIT :limit")
        .arg(saleAmount(g, emptyKey),
             period.arg(QStringLiteral("s")) + reportsql::shopFilter(scope, QStringLiteral("s")),
             inGroup(salePart(g, emptyKey)), amountIn(returnPart(g, emptyKey)),
             period.arg(QStringLiteral("r")) + reportsql::shopFilter(scope, QStringLiteral("r")),
             inGroup(returnPart(g, emptyKey)));
}

// The group's lines of the newest sales and returns of the group (those rowsOf lists, found the
// same way): (kind, document, line, sku, name in the scope's language, unit, quantity, amount).
QString linesOf(Grouping g, const ReportScope& scope, bool emptyKey)
{
    const QString names =
        QStringLiteral("l.sku, %1, l.unit, ").arg(reportsql::nameIn(scope.language, QStringLiteral("l")));
    const QString newest = QStringLiteral("SELECT %1.id FROM %2 %1 WHERE %1.at >= :begin AND %1.at < :end%3 AND %4 "
                                          "ORDER BY %1.at DESC, %1.seq DESC LIMIT :limit");
    const QString sales = newest.arg(QStringLiteral("s"), QStringLiteral("sales"),
                                     reportsql::shopFilter(scope, QStringLiteral("s")), inGroup(salePart(g, emptyKey)));
    const QString returns =
        newest.arg(QStringLiteral("r"), QStringLiteral("returns"), reportsql::shopFilter(scope, QStringLiteral("r")),
                   inGroup(returnPart(g, emptyKey)));
    return QStringLiteral("SELECT 0, l.sale_id, l.line_no, ") + names +
           QStringLiteral("l.quantity, l.amount FROM sale_lines l") + lineJoins(g, QStringLiteral("l.product_id")) +
           QStringLiteral(" WHERE l.sale_id IN (") + sales + QStringLiteral(") AND ") + lineMatch(g, emptyKey) +
           QStringLiteral(" UNION ALL SELECT 1, rl.return_id, rl.line_no, ") + names +
           QStringLiteral("rl.quantity, rl.amount FROM return_lines rl JOIN sale_lines l ON l.sale_id = rl.sale_id "
                          "AND l.line_no = rl.sale_line_no") +
           lineJoins(g, QStringLiteral("rl.product_id")) + QStringLiteral(" WHERE rl.return_id IN (") + returns +
           QStringLiteral(") AND ") + lineMatch(g, emptyKey);
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

bool GroupSalesReport::ofGoods(Grouping grouping)
{
    return grouping == Grouping::Category || grouping == Grouping::Oblast || grouping == Grouping::Village ||
           grouping == Grouping::Producer;
}

QString GroupSalesReport::totalsSql(Grouping grouping, const ReportScope& scope, const QString& key)
{
    return totalsOf(grouping, scope, key.isEmpty());
}

QString GroupSalesReport::rowsSql(Grouping grouping, const ReportScope& scope, const QString& key)
{
    return rowsOf(grouping, scope, key.isEmpty());
}

QString GroupSalesReport::linesSql(Grouping grouping, const ReportScope& scope, const QString& key)
{
    return linesOf(grouping, scope, key.isEmpty());
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
    auto bind = [&](SqlQuery& q) {
        reportsql::bindScope(q, read);
        if (grouping != Grouping::Day)
            q.bind(QStringLiteral(":k"), SqlQuery::text(key));
    };

    SqlQuery totals(m_db.sql(), totalsSql(grouping, read, key));
    bind(totals);
    reportsql::bindRollup(totals, read);
    if (auto done = totals.exec(); !done)
        return done.error();
    if (totals.next()) {
        out.count = totals.value(0).toInt();
        out.amount = Money::fromTyiyn(totals.value(1).toLongLong());
        out.returns = Money::fromTyiyn(totals.value(2).toLongLong());
        out.returnsCount = totals.value(3).toInt();
        out.documents = out.count + out.returnsCount;
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

    if (!ofGoods(grouping))
        return out;
    SqlQuery lines(m_db.sql(), linesSql(grouping, read, key));
    lines.raw().setForwardOnly(true);
    bind(lines);
    lines.bind(QStringLiteral(":limit"), limit);
    if (auto done = lines.exec(); !done)
        return done.error();
    while (lines.next()) {
        // The lines of a document beyond the limit of both kinds together are not listed.
        const QHash<QString, qsizetype>& listed = lines.value(0).toInt() == 1 ? returnRows : saleRows;
        const auto row = listed.constFind(lines.value(1).toString());
        if (row == listed.cend())
            continue;
        GroupSaleLine line;
        line.lineNo = lines.value(2).toInt();
        line.sku = lines.value(3).toString();
        line.name = lines.value(4).toString();
        line.unit = Units::fromKey(lines.value(5).toString()).value_or(Unit::Piece);
        line.quantity = Quantity::fromMilli(lines.value(6).toLongLong());
        line.amount = Money::fromTyiyn(lines.value(7).toLongLong());
        out.rows[*row].lines << line;
    }
    if (auto done = lines.finished(); !done)
        return done.error();
    for (GroupSaleRow& row : out.rows)
        std::sort(row.lines.begin(), row.lines.end(),
                  [](const GroupSaleLine& a, const GroupSaleLine& b) { return a.lineNo < b.lineNo; });
    return out;
}

} // namespace ovop
