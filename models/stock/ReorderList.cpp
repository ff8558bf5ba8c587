// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "models/stock/ReorderList.h"

#include <algorithm>

#include "models/io/Csv.h"
#include "models/stock/StockQuery.h"

namespace ovop {

namespace {

// A quantity as a CSV number: "12", "2.5" (a point, never a group separator).
QString plain(Quantity q)
{
    return q.format(QStringLiteral("en")).remove(QLatin1Char(','));
}

} // namespace

Result<QList<ReorderGroup>> ReorderList::build(Database& db)
{
    StockFilter filter;
    filter.lowOnly = true;
    auto list = StockQuery(db).list(filter);
    if (!list)
        return list.error();
    QList<ReorderGroup> groups;
    QHash<QString, int> byProducer;
    for (const StockRow& row : list->rows) {
        if (!row.active)
            continue;
        int index = byProducer.value(row.producerId, -1);
        if (index < 0) {
            index = int(groups.size());
            byProducer.insert(row.producerId, index);
            groups << ReorderGroup{row.producerId,    row.producerCode, row.producerName,
                                   row.producerPhone, row.villageName,  {}};
        }
        ReorderLine line;
        line.productId = row.productId;
        line.sku = row.sku;
        line.name = row.name;
        line.unit = row.unit;
        line.onHand = row.onHand;
        line.minLevel = row.minLevel;
        line.suggested = row.minLevel - row.onHand;
        groups[index].lines << line;
    }
    std::sort(groups.begin(), groups.end(), [](const ReorderGroup& a, const ReorderGroup& b) {
        const QString va = a.villageName.in(QStringLiteral("en"));
        const QString vb = b.villageName.in(QStringLiteral("en"));
        if (va != vb)
            return va.localeAwareCompare(vb) < 0;
        return a.producerName.localeAwareCompare(b.producerName) < 0;
    });
    return groups;
}

QStringList ReorderList::csvHeader()
{
    return {QStringLiteral("village"),  QStringLiteral("producer_code"), QStringLiteral("producer"),
            QStringLiteral("phone"),    QStringLiteral("sku"),           QStringLiteral("name"),
            QStringLiteral("unit"),     QStringLiteral("on_hand"),       QStringLiteral("min_level"),
            QStringLiteral("suggested")};
}

CsvWriter ReorderList::toCsv(const QList<ReorderGroup>& groups, const QString& language)
{
    CsvWriter writer;
    writer.addRow(csvHeader());
    for (const ReorderGroup& g : groups)
        for (const ReorderLine& l : g.lines)
            writer.addRow({g.villageName.in(language), g.producerCode, g.producerName, g.phone, l.sku,
                           l.name.in(language), Units::key(l.unit), plain(l.onHand), plain(l.minLevel),
                           plain(l.suggested)});
    return writer;
}

} // namespace ovop
