// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// A click on a chart of the dashboard opens the sales behind the group clicked: the groups above,
// the chosen group's sales below, whose figures are the chart's, following the chosen group.
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QPieSeries>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

#include "ShopFixture.h"
#include "StockFixture.h"
#include "models/core/Language.h"
#include "models/reports/GroupSales.h"
#include "models/reports/SalesSeries.h"
#include "ui/reports/DashboardPage.h"
#include "ui/reports/GroupSalesDialog.h"

using namespace ovop;
using namespace ovop::ui;

namespace {

// What a dialog showed of its chosen group.
struct Seen
{
    int groups = -1;
    int current = -2;
    QString key;
    int count = -1;
    Money amount;
    Money returns;
    int documents = -1;
    int listed = -1;
    int tableRows = -1;
    QString summary;
    QString firstDate;
    bool fits = false;
    bool lined = false; // texts on the left, figures on the right
    int columns = -1;
};

Seen look(GroupSalesDialog* dialog)
{
    Seen s;
    s.groups = dialog->groupsTable()->rowCount();
    s.current = dialog->groupsTable()->currentRow();
    const GroupSales& g = dialog->shown();
    s.key = g.key;
    s.count = g.count;
    s.amount = g.amount;
    s.returns = g.returns;
    s.documents = g.documents;
    s.listed = int(g.rows.size());
    s.tableRows = dialog->salesTable()->rowCount();
    s.summary = dialog->summaryLabel()->text();
    QTableWidget* sales = dialog->salesTable();
    s.firstDate = sales->item(0, 1) ? sales->item(0, 1)->text() : QString();
    s.columns = sales->columnCount();
    const int last = sales->columnCount() - 1;
    s.lined = sales->item(0, 0) && sales->item(0, last);
    // Of goods, the quantity and the amount; else the amount.
    const bool ofGoods = g.grouping != SalesReport::Grouping::Day && g.grouping != SalesReport::Grouping::Payment &&
                         g.grouping != SalesReport::Grouping::Cashier;
    for (int c = 0; s.lined && c <= last; ++c) {
        const bool figure = c >= last - (ofGoods ? 1 : 0);
        s.lined = bool(sales->item(0, c)->textAlignment() & (figure ? Qt::AlignRight : Qt::AlignLeft));
    }
    // The columns fit: no scrolling sideways.
    s.fits =
        sales->horizontalScrollBar()->maximum() == 0 && dialog->groupsTable()->horizontalScrollBar()->maximum() == 0;
    return s;
}

// Opens the dialog the way the chart's click does; at once, calls inspect with it and closes it.
template <typename Open, typename Inspect>
void withDialog(QObject* context, DashboardPage& page, Open open, Inspect inspect)
{
    bool seen = false;
    QTimer::singleShot(0, context, [&] {
        auto* dialog = page.findChild<GroupSalesDialog*>();
        if (dialog) {
            QTest::qWait(10); // laid out, so that the columns' fit is measured
            inspect(dialog);
            seen = true;
            dialog->reject();
        }
    });
    open();
    QVERIFY(seen);
}

} // namespace

class TestDashboardDrilldown : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::Shop> m_shop;

private Q_SLOTS:
    void initTestCase()
    {
        test::initUiTests();
        m_shop = test::makeDemoShop(QString(), DemoTill::WithHistory);
    }

    void aBarOpensTheSalesOfItsGroupAndFollowsTheChoice()
    {
        test::Shop* shop = m_shop.get();
        DashboardPage page(*shop->db, shop->manager());
        page.setPeriod(DashboardPage::Period::Last30Days);
        const SalesBreakdown& producers = page.breakdown(DashboardPage::Chart::Producer);
        QVERIFY(producers.rows.size() >= 2);
        auto* series = qobject_cast<QHorizontalBarSeries*>(
            page.chartView(DashboardPage::Chart::Producer)->chart()->series().first());
        QVERIFY(series && !series->barSets().isEmpty());
        QBarSet* bars = series->barSets().first();
        const int shown = bars->count();

        Seen top, second;
        QSignalSpy opened(&page, &DashboardPage::rowsOpened);
        withDialog(
            this, page, [&] { Q_EMIT bars->clicked(shown - 1); }, // the top bar: the first row
            [&](GroupSalesDialog* dialog) {
                top = look(dialog);
                QSignalSpy changed(dialog, &GroupSalesDialog::groupShown);
                dialog->groupsTable()->selectRow(1);
                QCOMPARE(changed.count(), 1);
                second = look(dialog);
            });
        QCOMPARE(opened.count(), 1);
        const SalesGroupRow& first = producers.rows.at(0);
        QCOMPARE(top.groups, int(producers.rows.size()));
        QCOMPARE(top.current, 0);
        QCOMPARE(top.key, first.key);
        QCOMPARE(top.count, first.count);
        QCOMPARE(top.amount, first.amount);
        QCOMPARE(top.returns, first.returns);
        QVERIFY(top.tableRows >= top.listed); // a row per line of the producer's goods
        QVERIFY(top.listed > 0);
        QVERIFY(top.summary.contains(first.amount.format(Language::current())));
        QCOMPARE(top.summary.contains(QStringLiteral("more not shown")), top.documents > top.listed);
        QVERIFY(QRegularExpression(QStringLiteral("^\\d\\d\\.\\d\\d\\.\\d{4} \\d\\d:\\d\\d$"))
                    .match(top.firstDate)
                    .hasMatch());
        QVERIFY(top.fits);
        QVERIFY(top.lined);
        // The demo's sales are of one shop: goods, date, receipt, cashier, quantity and amount.
        QCOMPARE(top.columns, 6);

        const SalesGroupRow& next = producers.rows.at(1);
        QCOMPARE(second.current, 1);
        QCOMPARE(second.key, next.key);
        QCOMPARE(second.amount, next.amount);
        QCOMPARE(second.returns, next.returns);
        QCOMPARE(second.count, next.count);
        QVERIFY(second.fits);
    }

    void aSliceOpensThePaymentsOfItsMethod()
    {
        test::Shop* shop = m_shop.get();
        DashboardPage page(*shop->db, shop->manager());
        page.setPeriod(DashboardPage::Period::Last7Days);
        const SalesBreakdown& payments = page.breakdown(DashboardPage::Chart::Payment);
        auto* pie = qobject_cast<QPieSeries*>(page.chartView(DashboardPage::Chart::Payment)->chart()->series().first());
        QVERIFY(pie && pie->count() >= 1);
        const int last = pie->count() - 1;
        Seen seen;
        withDialog(
            this, page, [&] { Q_EMIT pie->slices().at(last)->clicked(); },
            [&](GroupSalesDialog* dialog) { seen = look(dialog); });
        const SalesGroupRow& row = payments.rows.at(last);
        QCOMPARE(seen.current, last);
        QCOMPARE(seen.key, row.key);
        QCOMPARE(seen.amount, row.amount);
        QCOMPARE(seen.returns, row.returns);
        QCOMPARE(seen.count, row.count);
        QCOMPARE(seen.tableRows, seen.listed); // a row per sale or return
        QVERIFY(seen.lined);
    }

    // A point of the sales over time: a day, or for a year a month, with its days' sales.
    void aPointOpensTheSalesOfItsDayOrMonth()
    {
        test::Shop* shop = m_shop.get();
        for (const auto period : {DashboardPage::Period::Last7Days, DashboardPage::Period::Last12Months}) {
            DashboardPage page(*shop->db, shop->manager());
            page.setPeriod(period);
            const SalesSeries series = SalesSeries::of(page.breakdown(DashboardPage::Chart::OverTime));
            QCOMPARE(series.step,
                     period == DashboardPage::Period::Last7Days ? SalesSeries::Step::Day : SalesSeries::Step::Month);
            // The last point with sales.
            int point = int(series.points.size()) - 1;
            while (point > 0 && series.points.at(point).count == 0)
                --point;
            QVERIFY(series.points.at(point).count > 0);
            Seen seen;
            withDialog(
                this, page, [&] { page.openRows(DashboardPage::Chart::OverTime, point); },
                [&](GroupSalesDialog* dialog) { seen = look(dialog); });
            const SalesPoint& p = series.points.at(point);
            QCOMPARE(seen.groups, int(series.points.size()));
            QCOMPARE(seen.current, point);
            QCOMPARE(seen.count, p.count);
            QCOMPARE(seen.amount, p.amount);
            QCOMPARE(seen.returns, p.returns);
            QVERIFY(seen.listed > 0);
        }
    }
};

QTEST_MAIN(TestDashboardDrilldown)
#include "test_dashboard_drilldown.moc"
