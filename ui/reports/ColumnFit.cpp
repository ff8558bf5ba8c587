// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "ui/reports/ColumnFit.h"

#include <algorithm>

#include <QEvent>
#include <QHeaderView>
#include <QStyle>
#include <QTableWidget>

namespace ovop::ui {

ColumnFit::ColumnFit(QTableWidget* table, int firstColumn) : QObject(table), m_table(table), m_firstColumn(firstColumn)
{
    setObjectName(QStringLiteral("columnFit"));
}

void ColumnFit::keep(QTableWidget* table, int firstColumn)
{
    auto* fit = new ColumnFit(table, firstColumn);
    QHeaderView* header = table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Fixed);
    header->setSectionResizeMode(0, QHeaderView::Stretch);
    header->setMinimumSectionSize(40);
    table->viewport()->installEventFilter(fit);
    fit->fit();
}

void ColumnFit::apply(QTableWidget* table)
{
    if (auto* fit = table->findChild<ColumnFit*>(QStringLiteral("columnFit"), Qt::FindDirectChildrenOnly))
        fit->fit();
}

bool ColumnFit::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        fit();
    return QObject::eventFilter(watched, event);
}

void ColumnFit::fit()
{
    QTableWidget* table = m_table;
    const int columns = table->columnCount();
    const int available = table->viewport()->width();
    const QFontMetrics cells(table->font());
    // Headers are bold, with 8 pixels of padding each side and a border in the shop's style.
    QFont bold = table->horizontalHeader()->font();
    bold.setBold(true);
    const QFontMetrics headers(bold);
    const int headerPadding = 20;
    const int padding = 2 * table->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, table) + 6;
    QList<int> data(columns, 0);
    QList<int> extra(columns, 0);
    int dataSum = 0;
    int extraSum = 0;
    for (int c = 0; c < columns; ++c) {
        QTableWidgetItem* header = table->horizontalHeaderItem(c);
        if (header && header->toolTip().isEmpty())
            header->setToolTip(header->text());
        if (c == 0)
            continue;
        for (int r = 0; r < table->rowCount(); ++r)
            if (const QTableWidgetItem* item = table->item(r, c))
                data[c] = std::max(data[c], cells.horizontalAdvance(item->text()) + padding);
        const int wanted = header ? headers.horizontalAdvance(header->toolTip()) + headerPadding : 0;
        extra[c] = std::max(0, wanted - data[c]);
        dataSum += data[c];
        extraSum += extra[c];
    }
    const int firstColumn = std::min(available * 2 / 5, m_firstColumn);
    const int room = std::max(0, available - firstColumn - dataSum);
    int first = available;
    QList<int> widths(columns, 0);
    for (int c = 1; c < columns; ++c) {
        widths[c] = data[c] + (extraSum <= room ? extra[c] : int(qint64(extra[c]) * room / extraSum));
        table->horizontalHeader()->resizeSection(c, widths[c]);
        first -= widths[c];
    }
    if (columns > 0)
        widths[0] = std::max(first, firstColumn);
    // The header shows what fits of its text, cut at the end (its tooltip has it whole).
    for (int c = 0; c < columns; ++c)
        if (QTableWidgetItem* header = table->horizontalHeaderItem(c))
            header->setText(headers.elidedText(header->toolTip(), Qt::ElideRight, widths[c] - headerPadding));
}

} // namespace ovop::ui
