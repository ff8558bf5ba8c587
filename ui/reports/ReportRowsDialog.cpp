// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "ui/reports/ReportRowsDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTableWidget>
#include <QVBoxLayout>

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
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    layout->addWidget(m_table);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    if (selected >= 0 && selected < rows.size()) {
        m_table->selectRow(selected);
        m_table->scrollToItem(m_table->item(selected, 0));
    }
    m_table->setFocus();
    resize(640, 480);
}

} // namespace ovop::ui
