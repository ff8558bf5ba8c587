// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// The dashboard on the demo shop: its figures are the reports' figures, its charts are drawn from
// the reports' rows, a click on a bar opens the rows behind it, and the charts follow the language.
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QPieSeries>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

#include "ShopFixture.h"
#include "CatalogFixture.h"
#include "StockFixture.h"
#include "models/core/Language.h"
#include "models/reports/SalesReport.h"
#include "ui/reports/DashboardPage.h"
#include "ui/reports/ReportRowsDialog.h"

using namespace ovop;
using namespace ovop::ui;

namespace {

QBarSet* firstBarSet(QChartView* view)
{
    const auto series = view->chart()->series();
    if (series.isEmpty())
        return nullptr;
    auto* bars = qobject_cast<QHorizontalBarSeries*>(series.first());
    return bars && !bars->barSets().isEmpty() ? bars->barSets().first() : nullptr;
}

} // namespace

class TestDashboard : public QObject
{
    Q_OBJECT

    // The demo with its six months of history, made once: the tests only read it.
    std::unique_ptr<test::Shop> m_shop;

private Q_SLOTS:
    void initTestCase()
    {
        test::initUiTests();
        m_shop = test::makeDemoShop(QString(), DemoTill::WithHistory);
    }

    void figuresAndChartsComeFromTheReports()
    {
        test::Shop* shop = m_shop.get();
        DashboardPage page(*shop->db, shop->manager());
        page.setPeriod(DashboardPage::Period::Last12Months);

        ReportScope scope{page.fromEdit()->date(), page.toEdit()->date(), {}, Language::current()};
        auto summary = SalesReport(*shop->db).summary(shop->manager(), scope);
        QVERIFY(summary.ok());
        QVERIFY(summary->salesCount > 0);
        QCOMPARE(page.figure(QStringLiteral("sales"))->text(), summary->net().format(Language::current()));
        QCOMPARE(page.figure(QStringLiteral("count"))->text(), QString::number(summary->salesCount));
        QVERIFY(page.messageLabel()->isHidden());

        // The category chart: a bar per category (at most ten), the largest on top, in som.
        auto byCategory = SalesReport(*shop->db).breakdown(shop->manager(), scope, SalesReport::Grouping::Category);
        QVERIFY(byCategory.ok());
        QBarSet* bars = firstBarSet(page.chartView(DashboardPage::Chart::Category));
        QVERIFY(bars);
        const int shown = std::min(10, int(byCategory->rows.size()));
        QCOMPARE(bars->count(), shown);
        QCOMPARE(qRound64(bars->at(shown - 1) * 100), byCategory->rows.first().net().tyiyn());

        // The payment pie: a slice per method with sales.
        auto* pie = qobject_cast<QPieSeries*>(page.chartView(DashboardPage::Chart::Payment)->chart()->series().first());
        QVERIFY(pie);
        QVERIFY(pie->count() >= 1);

        // A click on the top bar opens the rows behind the chart with that row selected.
        QSignalSpy opened(&page, &DashboardPage::rowsOpened);
        int selected = -2;
        int rows = -1;
        QTimer::singleShot(0, this, [&] {
            auto* dialog = page.findChild<ReportRowsDialog*>();
            QVERIFY(dialog);
            rows = dialog->table()->rowCount();
            selected = dialog->table()->currentRow();
            dialog->reject();
        });
        Q_EMIT bars->clicked(shown - 1);
        QCOMPARE(opened.count(), 1);
        QCOMPARE(rows, int(byCategory->rows.size()));
        QCOMPARE(selected, 0);
    }

    void aPeriodWithoutSalesSaysSo()
    {
        test::Shop* shop = m_shop.get();
        DashboardPage page(*shop->db, shop->manager());
        page.setPeriod(DashboardPage::Period::Last7Days);
        page.fromEdit()->setDate(QDate(2001, 1, 1));
        page.toEdit()->setDate(QDate(2001, 1, 31));
        QVERIFY(!page.messageLabel()->isHidden());
        QCOMPARE(page.figure(QStringLiteral("count"))->text(), QStringLiteral("0"));
        QVERIFY(!firstBarSet(page.chartView(DashboardPage::Chart::Category)) ||
                firstBarSet(page.chartView(DashboardPage::Chart::Category))->count() == 0);
    }

    void chartsFollowTheLanguage()
    {
        test::Shop* shop = m_shop.get();
        DashboardPage page(*shop->db, shop->manager());
        page.setPeriod(DashboardPage::Period::Last12Months);
        QCOMPARE(page.chartView(DashboardPage::Chart::Category)->chart()->locale().language(), QLocale::English);
        test::switchLanguage(QStringLiteral("ru"));
        QTRY_COMPARE(page.chartView(DashboardPage::Chart::Category)->chart()->locale().language(), QLocale::Russian);
        QTRY_VERIFY(page.figure(QStringLiteral("sales"))->text().endsWith(QStringLiteral("сом")));
        test::switchLanguage(QStringLiteral("en"));
        QTRY_COMPARE(page.chartView(DashboardPage::Chart::Category)->chart()->locale().language(), QLocale::English);
    }
};

QTEST_MAIN(TestDashboard)
#include "test_dashboard.moc"
