// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "ui/reports/ReportRowsDialog.h"

#include <algorithm>

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTableWidget>
#include <QVBoxLayout>

#include "ui/reports/ColumnFit.h"

namespace ovop::ui {

ReportRowsDialog::ReportRowsDialog(const QString& title, const QStringList& headers, const QList<QStringList>& rows,
                                   int selected, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("reportRowsDialog"));
    setWindowTitle(title);
    auto* layout = new QVBoxLayout(this);
    m_table = new QTableWidget(int(rows.size()), int(headers.size()), this);
    m_table->setObjectName(QStringLiteral("reportRowsTable"));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < rows.at(r).size() && c < headers.size(); ++c) {
            auto* item = new QTableWidgetItem(rows.at(r).at(c));
            // The first column names the row; the figures line up on the right.
            item->setTextAlignment(c == 0 ? Qt::AlignLeft | Qt::AlignVCenter : Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(r, c, item);
        }
    }
    // The figures whole, the names taking the rest: no scrolling sideways when the figures fit.
    m_table->horizontalHeader()->setTextElideMode(Qt::ElideRight);
    ColumnFit::keep(m_table, 200);
    layout->addWidget(m_table);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    if (selected >= 0 && selected < rows.size()) {
        m_table->selectRow(selected);
        m_table->scrollToItem(m_table->item(selected, 0));
    }
    m_table->setFocus();
    // Wide enough for every column's figures and header and 200 pixels of names, up to 1000 pixels.
    int wanted = 200 + 2 * m_table->frameWidth() + 40;
    const QFontMetrics cells(m_table->font());
    for (int c = 1; c < m_table->columnCount(); ++c) {
        int widest = cells.horizontalAdvance(headers.value(c)) + 24;
        for (int r = 0; r < m_table->rowCount(); ++r)
            widest = std::max(
                widest, cells.horizontalAdvance(m_table->item(r, c) ? m_table->item(r, c)->text() : QString()) + 16);
        wanted += widest;
    }
    resize(std::clamp(wanted, 640, 1000), 480);
}

} // namespace ovop::ui
