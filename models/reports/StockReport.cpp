// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "models/reports/StockReport.h"

#include <algorithm>
#include <map>

#include <QSet>

#include "models/core/Language.h"
#include "models/people/Session.h"
#include "models/stock/StockQuery.h"
#include "models/store/Database.h"
#include "models/store/Sql.h"

namespace ovop {

namespace {

void addTo(std::map<QString, StockGroupRow>& groups, const QString& key, const QString& label, Money value)
{
    StockGroupRow& g = groups[key];
    g.key = key;
    if (g.label.isEmpty())
        g.label = label.isEmpty() ? key : label;
    g.products += 1;
    g.value += value;
}

QList<StockGroupRow> largestFirst(const std::map<QString, StockGroupRow>& groups)
{
    QList<StockGroupRow> out;
    for (const auto& [key, row] : groups)
        out << row;
    std::stable_sort(out.begin(), out.end(),
                     [](const StockGroupRow& a, const StockGroupRow& b) { return b.value < a.value; });
    return out;
}

} // namespace

StockReport::StockReport(Database& db) : m_db(db) {}

Result<StockValue> StockReport::build(const Session& actor, const QString& language) const
{
    if (!actor.can(Permission::ViewReports))
        return Roles::refusal(Permission::ViewReports);
    if (!Language::isValid(language))
        return Error::ofField(QStringLiteral("language"),
                              tr("Unknown language \"%1\": use ky, ru or en.").arg(language));
    auto list = StockQuery(m_db).list();
    if (!list)
        return list.error();
    // Which producers sell on consignment: a handful of rows, read once.
    QSet<QString> consignment;
    SqlQuery q(m_db.sql(), QStringLiteral("SELECT id FROM producers WHERE terms = 'consignment'"));
    if (auto done = q.exec(); !done)
        return done.error();
    while (q.next())
        consignment.insert(q.value(0).toString());
    if (auto done = q.finished(); !done)
        return done.error();

    StockValue out;
    out.language = language;
    std::map<QString, StockGroupRow> categories;
    std::map<QString, StockGroupRow> producers;
    for (const StockRow& row : list->rows) {
        if (row.onHand.isZero())
            continue;
        out.products += 1;
        out.value += row.value;
        if (consignment.contains(row.producerId))
            out.consignmentValue += row.value;
        addTo(categories, row.category, row.categoryName.in(language), row.value);
        addTo(producers, row.producerCode, row.producerName, row.value);
    }
    out.byCategory = largestFirst(categories);
    out.byProducer = largestFirst(producers);
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
