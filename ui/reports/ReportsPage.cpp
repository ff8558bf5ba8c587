// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "ui/reports/ReportsPage.h"

#include <QEvent>

#include "ui/reports/DashboardPage.h"
#include "ui/reports/ReportTablesPage.h"

namespace ovop::ui {

ReportsPage::ReportsPage(Database& db, const Session& session, QWidget* parent)
    : QTabWidget(parent), m_dashboard(new DashboardPage(db, session, this)),
      m_tables(new ReportTablesPage(db, session, this))
{
    setObjectName(QStringLiteral("reportsPage"));
    setDocumentMode(true);
    addTab(m_dashboard, QString());
    addTab(m_tables, QString());
    retranslateUi();
}

void ReportsPage::reload()
{
    m_dashboard->reload();
    m_tables->reload();
}

void ReportsPage::retranslateUi()
{
    setTabText(indexOf(m_dashboard), tr("Dashboard"));
    setTabText(indexOf(m_tables), tr("Tables"));
}

void ReportsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QTabWidget::changeEvent(event);
}

} // namespace ovop::ui
