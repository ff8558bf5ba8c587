// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// The dashboard on the demo shop: its figures are the reports' figures, its charts are drawn from
// the reports' rows, a click on a bar opens the rows behind it, and the charts follow the language.
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
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
#include "ui/reports/ReportExport.h"
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

    // Every report of the page's period and shops saved as PDF and CSV, through the services.
    void everyReportSavesAsPdfAndCsv()
    {
        test::Shop* shop = m_shop.get();
        DashboardPage page(*shop->db, shop->manager());
        page.setPeriod(DashboardPage::Period::Last3Months);
        QVERIFY(page.exportButton()->menu());
        QCOMPARE(page.exportButton()->menu()->actions().size(), 4);
        using Report = ReportExport::Report;
        using Format = ReportExport::Format;
        for (const Report report : {Report::Sales, Report::Impact, Report::Producers, Report::Stock}) {
            for (const Format format : {Format::Pdf, Format::Csv}) {
                const QString path = shop->dir.filePath(QStringLiteral("r%1%2").arg(int(report)).arg(int(format)));
                const Status done = page.reportExport()->save(report, format, page.scope(), path);
                QVERIFY2(done.ok(), qPrintable(done.message()));
                QFile file(path);
                QVERIFY(file.open(QIODevice::ReadOnly));
                const QByteArray head = file.read(4);
                if (format == Format::Pdf)
                    QCOMPARE(head, QByteArray("%PDF"));
                else
                    QVERIFY(file.size() > 20);
                // The same file again is not replaced unasked.
                QVERIFY(!page.reportExport()->save(report, format, page.scope(), path).ok());
            }
        }
    }

    void aCashierGetsNoReport()
    {
        test::Shop* shop = m_shop.get();
        const Session cashier = shop->cashier();
        ReportExport exporter(*shop->db, cashier, {}, nullptr);
        ReportScope scope;
        scope.from = shop->db->now().date().addDays(-30);
        scope.to = shop->db->now().date();
        const QString path = shop->dir.filePath(QStringLiteral("cashier.pdf"));
        const Status done = exporter.save(ReportExport::Report::Impact, ReportExport::Format::Pdf, scope, path);
        QVERIFY(!done.ok());
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_MAIN(TestDashboard)
#include "test_dashboard.moc"
