// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QMap>
#include <QWidget>

#include "models/people/Session.h"
#include "models/reports/SalesReport.h"
#include "models/reports/SalesSeries.h"

class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;

namespace ovop {
class Database;
}

namespace ovop::ui {

class DashboardLists;
class ReportExport;

// The manager's dashboard: the period's sales, returns, average sale, stock value, products below
// their minimum and cash differences at shift closing at a glance, the products selling most and
// least, the low stock and the shifts with a difference in short lists, and charts of the sales
// over time, by category, by oblast, by producer and by payment method, for this shop or every
// shop in the database. Every figure comes from the reports in the core; a click on a bar, slice
// or point opens the sales behind it, a click on a row of the low stock or the shifts the rows
// behind it. Follows the language switch.
class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    // The preset periods, ending today.
    enum class Period { Last7Days, Last30Days, ThisMonth, Last3Months, Last12Months, Custom };
    // The charts, by what they show.
    enum class Chart { OverTime, Category, Oblast, Producer, Payment };

    DashboardPage(Database& db, const Session& session, QWidget* parent = nullptr);

    void setPeriod(Period period);
    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }
    QComboBox* shopBox() const { return m_shop; }
    QLabel* figure(const QString& name) const { return m_figures.value(name); }
    QLabel* messageLabel() const { return m_message; }
    QChartView* chartView(Chart chart) const { return m_views.value(chart); }
    // The breakdown the chart was drawn from.
    const SalesBreakdown& breakdown(Chart chart) const;
    // The period, shops and language the page shows.
    ReportScope scope() const;
    QPushButton* exportButton() const { return m_exportButton; }
    ReportExport* reportExport() const { return m_export; }
    // Top and slow products, low stock and cash differences.
    DashboardLists* lists() const { return m_lists; }

public Q_SLOTS:
    // Computes every figure again for the chosen period and shops and draws the charts.
    void reload();
    // Opens the groups behind a chart, its row-th (bar, slice or point) chosen, and the sales behind
    // the chosen group (GroupSalesDialog), as a click on it does; returns when the dialog is closed.
    void openRows(ovop::ui::DashboardPage::Chart chart, int row);

Q_SIGNALS:
    // A bar, slice or point was clicked, and the rows behind it are about to be shown.
    void rowsOpened(ovop::ui::DashboardPage::Chart chart, int row);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void periodChosen();
    QString chartTitle(Chart chart) const;

    Database& m_db;
    Session m_session;
    QString m_shopCode;
    QComboBox* m_period;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QComboBox* m_shop;
    QLabel* m_periodLabel;
    QLabel* m_shopLabel;
    QLabel* m_message;
    QPushButton* m_exportButton;
    ReportExport* m_export;
    DashboardLists* m_lists;
    QMap<QString, QLabel*> m_figures;
    QMap<QString, QLabel*> m_figureNames;
    QMap<Chart, QChartView*> m_views;
    QMap<Chart, SalesBreakdown> m_breakdowns;
    SalesSeries m_series;
    bool m_settingPeriod = false;
};

} // namespace ovop::ui
