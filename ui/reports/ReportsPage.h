// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QTabWidget>

#include "models/people/Session.h"

namespace ovop {
class Database;
}

namespace ovop::ui {

class DashboardPage;
class ReportTablesPage;

// The reports page: the dashboard's charts, and the reports as tables (Ctrl+Tab between them).
class ReportsPage : public QTabWidget
{
    Q_OBJECT

public:
    ReportsPage(Database& db, const Session& session, QWidget* parent = nullptr);

    DashboardPage* dashboard() const { return m_dashboard; }
    ReportTablesPage* tables() const { return m_tables; }

    // Figures again, as others may have sold or received meanwhile.
    void reload();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    DashboardPage* m_dashboard;
    ReportTablesPage* m_tables;
};

} // namespace ovop::ui
