// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "models/reports/StockReport.h"

#include <algorithm>
#include <map>

#include "models/core/Language.h"
#include "models/people/Session.h"
#include "models/catalog/LocalizedText.h"
#include "models/core/Quantity.h"
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

QString StockReport::sql()
{
    // Each product's stock on hand (all batches), as the stock list adds it up.
    return QStringLiteral("SELECT p.category, c.name_ky, c.name_ru, c.name_en, pr.code, pr.name, pr.terms = "
                          "'consignment', p.price, s.on_hand FROM (SELECT product_id, sum(quantity) AS on_hand FROM "
                          "stock_levels GROUP BY product_id) s JOIN products p ON p.id = s.product_id JOIN producers "
                          "pr ON pr.id = p.producer_id LEFT JOIN categories c ON c.key = p.category WHERE "
                          "s.on_hand <> 0");
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
    std::map<QString, StockGroupRow> categories;
    std::map<QString, StockGroupRow> producers;
    while (q.next()) {
        // The value as the stock list gives it: on hand x price, rounded half up to the tyiyn.
        const Money value =
            Money::fromTyiyn(q.value(7).toLongLong()).times(Quantity::fromMilli(q.value(8).toLongLong()));
        out.products += 1;
        out.value += value;
        if (q.value(6).toInt() == 1)
            out.consignmentValue += value;
        const LocalizedText categoryName{q.value(1).toString(), q.value(2).toString(), q.value(3).toString()};
        addTo(categories, q.value(0).toString(), categoryName.in(language), value);
        addTo(producers, q.value(4).toString(), q.value(5).toString(), value);
    }
    if (auto done = q.finished(); !done)
        return done.error();
    out.byCategory = largestFirst(categories);
    out.byProducer = largestFirst(producers);
    return out;
}

} // namespace ovop
