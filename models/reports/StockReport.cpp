// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "models/reports/StockReport.h"

#include <algorithm>

#include "models/core/Language.h"
#include "models/people/Session.h"
#include "models/catalog/LocalizedText.h"
#include "models/store/Database.h"
#include "models/store/Sql.h"

namespace ovop {

namespace {

// Largest value first; groups of equal value by key.
void largestFirst(QList<StockGroupRow>& groups)
{
    std::sort(groups.begin(), groups.end(), [](const StockGroupRow& a, const StockGroupRow& b) {
        return a.value.tyiyn() != b.value.tyiyn() ? b.value < a.value : a.key < b.key;
    });
}

} // namespace

StockReport::StockReport(Database& db) : m_db(db) {}

QString StockReport::sql()
{
    // Each product's stock on hand (all batches) as the stock list adds it up, valued as it values
    // it (on hand x price, rounded half away from zero to the tyiyn), then added up by category
    // (grouping 0, with the consignment goods' part) and by producer (grouping 1).
    const QString value = QStringLiteral("CASE WHEN p.price * s.on_hand >= 0 THEN (p.price * s.on_hand + 500) / 1000 "
                                         "ELSE -((500 - p.price * s.on_hand) / 1000) END");
    return QStringLiteral("WITH v AS (SELECT p.category AS category, pr.code AS code, pr.name AS name, pr.terms = "
                          "'consignment' AS consignment, %1 AS value FROM (SELECT product_id, sum(quantity) AS "
                          "on_hand FROM stock_levels GROUP BY product_id) s JOIN products p ON p.id = s.product_id "
                          "JOIN producers pr ON pr.id = p.producer_id WHERE s.on_hand <> 0) "
                          "SELECT 0, v.category, c.name_ky, c.name_ru, c.name_en, count(*), sum(v.value), "
                          "sum(CASE WHEN v.consignment THEN v.value ELSE 0 END) FROM v LEFT JOIN categories c ON "
                          "c.key = v.category GROUP BY v.category UNION ALL SELECT 1, v.code, min(v.name), '', '', "
                          "count(*), sum(v.value), 0 FROM v GROUP BY v.code")
        .arg(value);
}

Result<StockValue> StockReport::build(const Session& actor, const QString& language) const
{
    if (!actor.can(Permission::ViewReports))
        return Roles::refusal(Permission::ViewReports);
    if (!Language::isValid(language))
        return Error::ofField(QStringLiteral("language"),
                              tr("Unknown language \"%1\": use ky, ru or en.").arg(language));
    SqlQuery q(m_db.sql(), sql());
    if (auto done = q.exec(); !done)
        return done.error();
    StockValue out;
    out.language = language;
    while (q.next()) {
        StockGroupRow g;
        g.key = q.value(1).toString();
        g.products = q.value(5).toInt();
        g.value = Money::fromTyiyn(q.value(6).toLongLong());
        const bool category = q.value(0).toInt() == 0;
        g.label = category
                      ? LocalizedText{q.value(2).toString(), q.value(3).toString(), q.value(4).toString()}.in(language)
                      : q.value(2).toString();
        if (g.label.isEmpty())
            g.label = g.key;
        if (category) {
            out.products += g.products;
            out.value += g.value;
            out.consignmentValue += Money::fromTyiyn(q.value(7).toLongLong());
            out.byCategory << g;
        } else {
            out.byProducer << g;
        }
    }
    if (auto done = q.finished(); !done)
        return done.error();
    largestFirst(out.byCategory);
    largestFirst(out.byProducer);
    return out;
}

Result<LowStock> StockReport::lowStock(const Session& actor) const
{
    if (!actor.can(Permission::ViewReports))
        return Roles::refusal(Permission::ViewReports);
    StockFilter filter;
    filter.lowOnly = true;
    auto list = StockQuery(m_db).list(filter);
    if (!list)
        return list.error();
    LowStock out;
    for (const StockRow& row : list->rows)
        if (row.low && row.active)
            out.rows << row;
    // a.onHand / a.min < b.onHand / b.min, in integers (both minimums are above zero).
    std::stable_sort(out.rows.begin(), out.rows.end(), [](const StockRow& a, const StockRow& b) {
        const qint64 left = a.onHand.milli() * b.minLevel.milli();
        const qint64 right = b.onHand.milli() * a.minLevel.milli();
        if (left != right)
            return left < right;
        return a.sku.compare(b.sku, Qt::CaseInsensitive) < 0;
    });
    out.count = int(out.rows.size());
    return out;
}

} // namespace ovop
