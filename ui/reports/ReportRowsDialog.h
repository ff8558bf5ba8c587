// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QDialog>

class QTableWidget;

namespace ovop::ui {

// The figures behind a chart, as a table: one row per bar, slice or point, the clicked one selected.
class ReportRowsDialog : public QDialog
{
    Q_OBJECT

public:
    ReportRowsDialog(const QString& title, const QStringList& headers, const QList<QStringList>& rows, int selected,
                     QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }

private:
    QTableWidget* m_table;
};

} // namespace ovop::ui
