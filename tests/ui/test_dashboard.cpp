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
#include "models/reports/CashDifferenceReport.h"
#include "models/reports/ProductSalesReport.h"
#include "models/reports/SalesReport.h"
#include "models/reports/StockReport.h"
#include "models/sales/ShiftService.h"
#include "ui/reports/DashboardLists.h"
#include "ui/reports/DashboardPage.h"
#include "ui/reports/GroupSalesDialog.h"
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

QString cell(DashboardPage& page, DashboardLists::List list, int row, int column)
{
    QTableWidget* table = page.lists()->table(list);
    return table && table->item(row, column) ? table->item(row, column)->text() : QString();
}

// A drawer count of an amount in the fewest notes and coins.
QMap<qint64, int> notesOf(Money amount)
{
    QMap<qint64, int> out;
    qint64 left = amount.tyiyn();
    for (qint64 d : cashDenominations()) {
        if (left >= d)
            out[d] = int(left / d);
        left %= d;
    }
    return out;
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
            auto* dialog = page.findChild<GroupSalesDialog*>();
            QVERIFY(dialog);
            rows = dialog->groupsTable()->rowCount();
            selected = dialog->groupsTable()->currentRow();
            dialog->reject();
        });
        Q_EMIT bars->clicked(shown - 1);
        QCOMPARE(opened.count(), 1);
        QCOMPARE(rows, int(byCategory->rows.size()));
        QCOMPARE(selected, 0);
    }

    // The short lists and their figures are the core's: top and slow products, low stock.
    void listsComeFromTheReports()
    {
        test::Shop* shop = m_shop.get();
        DashboardPage page(*shop->db, shop->manager());
        page.setPeriod(DashboardPage::Period::Last3Months);
        const ReportScope scope = page.scope();
        const QString lang = scope.language;
        using List = DashboardLists::List;

        auto ranking = ProductSalesReport(*shop->db).build(shop->manager(), scope);
        QVERIFY2(ranking.ok(), qPrintable(ranking.message()));
        QCOMPARE(ranking->top.size(), DashboardLists::ShownRows);
        QCOMPARE(page.lists()->table(List::Top)->rowCount(), int(ranking->top.size()));
        for (int i = 0; i < ranking->top.size(); ++i) {
            QCOMPARE(cell(page, List::Top, i, 0), ranking->top.at(i).name);
            QCOMPARE(cell(page, List::Top, i, 2), ranking->top.at(i).net().format(lang));
        }
        QVERIFY(cell(page, List::Top, 0, 1).startsWith(ranking->top.first().netSold().format(lang)));
        QCOMPARE(page.lists()->table(List::Slow)->rowCount(), int(ranking->slow.size()));
        QCOMPARE(cell(page, List::Slow, 0, 0), ranking->slow.first().name);
        QVERIFY(cell(page, List::Slow, 0, 2).startsWith(ranking->slow.first().onHand.format(lang)));

        auto low = StockReport(*shop->db).lowStock(shop->manager());
        QVERIFY(low.ok());
        QVERIFY(low->count > 0); // the demo's golden eagle
        QCOMPARE(page.figure(QStringLiteral("low"))->text(), QString::number(low->count));
        QCOMPARE(page.lists()->table(List::Low)->rowCount(), std::min(low->count, DashboardLists::ShownRows));
        QCOMPARE(cell(page, List::Low, 0, 0), low->rows.first().name.in(lang));

        // The demo's shifts all counted right: no difference, and the list says so.
        auto cash = CashDifferenceReport(*shop->db).build(shop->manager(), scope);
        QVERIFY(cash.ok());
        QVERIFY(cash->shiftsClosed > 0);
        QCOMPARE(page.figure(QStringLiteral("cash"))->text(), cash->total.format(lang));
        QCOMPARE(page.lists()->table(List::Cash)->isHidden(), cash->rows.isEmpty());
        QCOMPARE(page.lists()->emptyLabel(List::Cash)->isHidden(), !cash->rows.isEmpty());

        // A click on a product below its minimum opens them all, that one selected.
        QSignalSpy opened(page.lists(), &DashboardLists::rowsOpened);
        int rows = -1;
        int selected = -2;
        QTimer::singleShot(0, this, [&] {
            auto* dialog = page.findChild<ReportRowsDialog*>();
            QVERIFY(dialog);
            rows = dialog->table()->rowCount();
            selected = dialog->table()->currentRow();
            dialog->reject();
        });
        const int last = page.lists()->table(List::Low)->rowCount() - 1;
        Q_EMIT page.lists()->table(List::Low)->cellClicked(last, 0);
        QCOMPARE(opened.count(), 1);
        QCOMPARE(rows, low->count);
        QCOMPARE(selected, last);
    }

    // Shifts closed short and over: the figure is their sum, the list and its dialog show each.
    void cashDifferencesOfTheShifts()
    {
        auto shop = test::makeDemoShop();
        ShiftService shifts(*shop->db);
        const Session manager = shop->manager();
        QVERIFY(shifts.open(manager, Money::fromSom(1000)).ok());
        QVERIFY(shifts.close(manager, notesOf(Money::fromSom(990))).ok()); // 10 short
        shop->clock.advanceSeconds(600);
        QVERIFY(shifts.open(manager, Money::fromSom(500)).ok());
        QVERIFY(shifts.close(manager, notesOf(Money::fromSom(520))).ok()); // 20 over
        shop->clock.advanceSeconds(600);
        QVERIFY(shifts.open(manager, Money::fromSom(500)).ok());
        QVERIFY(shifts.close(manager, notesOf(Money::fromSom(500))).ok()); // right

        DashboardPage page(*shop->db, manager);
        page.setPeriod(DashboardPage::Period::Last7Days);
        const QString lang = Language::current();
        auto cash = CashDifferenceReport(*shop->db).build(manager, page.scope());
        QVERIFY(cash.ok());
        QCOMPARE(cash->shiftsClosed, 3);
        QCOMPARE(cash->total, Money::fromSom(10));
        QCOMPARE(page.figure(QStringLiteral("cash"))->text(), Money::fromSom(10).format(lang));
        using List = DashboardLists::List;
        QTableWidget* table = page.lists()->table(List::Cash);
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(cell(page, List::Cash, 0, 2), Money::fromSom(20).format(lang)); // the latest first
        QCOMPARE(cell(page, List::Cash, 1, 2), Money::fromSom(-10).format(lang));

        QStringList differences;
        QTimer::singleShot(0, this, [&] {
            auto* dialog = page.findChild<ReportRowsDialog*>();
            QVERIFY(dialog);
            for (int r = 0; r < dialog->table()->rowCount(); ++r)
                differences << dialog->table()->item(r, dialog->table()->columnCount() - 1)->text();
            dialog->reject();
        });
        QTest::mouseClick(page.lists()->allButton(List::Cash), Qt::LeftButton);
        QCOMPARE(differences, (QStringList{Money::fromSom(20).format(lang), Money::fromSom(-10).format(lang)}));
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
