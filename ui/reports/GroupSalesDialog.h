// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QDialog>
#include <QList>

#include "models/people/Session.h"
#include "models/reports/GroupSales.h"
#include "models/reports/SalesReport.h"

class QLabel;
class QTableWidget;

namespace ovop {
class Database;
}

namespace ovop::ui {

// The groups behind a chart and the sales behind the chosen one: above, a row per bar, slice or
// point with its figures, the clicked one selected; below, the sales and returns of the selected
// group (for goods, their lines in the group), newest first, with the group's count and totals.
// Choosing another group, with the mouse or the arrow keys, shows its sales.
class GroupSalesDialog : public QDialog
{
    Q_OBJECT

public:
    // groups: the chart's rows (their keys as GroupSalesReport takes them); selected: the clicked one.
    GroupSalesDialog(Database& db, const Session& session, const ReportScope& scope, SalesReport::Grouping grouping,
                     const QList<SalesGroupRow>& groups, int selected, const QString& title, QWidget* parent = nullptr);

    QTableWidget* groupsTable() const { return m_groups; }
    QTableWidget* salesTable() const { return m_sales; }
    QLabel* summaryLabel() const { return m_summary; }
    // The sales of the group shown below (none before a group is chosen, or when they failed).
    const GroupSales& shown() const { return m_shown; }
    int shownGroup() const { return m_shownGroup; }

Q_SIGNALS:
    // The sales of the group at row were read and shown.
    void groupShown(int row);

private:
    void showGroup(int row);
    void fillSales();

    Database& m_db;
    Session m_session;
    ReportScope m_scope;
    SalesReport::Grouping m_grouping;
    QList<SalesGroupRow> m_groupRows;
    QTableWidget* m_groups;
    QLabel* m_summary;
    QTableWidget* m_sales;
    GroupSales m_shown;
    int m_shownGroup = -1;
};

} // namespace ovop::ui
