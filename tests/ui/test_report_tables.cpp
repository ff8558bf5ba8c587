// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QTest>

#include "CatalogFixture.h"
#include "ShopFixture.h"
#include "StockFixture.h"
#include "models/reports/ImpactReport.h"
#include "models/reports/ProducerMoneyReport.h"
#include "models/reports/SalesReport.h"
#include "ui/reports/ReportTablesPage.h"
#include "ui/reports/ReportsPage.h"
#include "ui/shell/MainWindow.h"

using namespace ovop;
using namespace ovop::ui;

class TestReportTables : public QObject
{
    Q_OBJECT

    // The demo with its six months of history, made once: the tests only read it.
    std::unique_ptr<test::Shop> m_shop;

    ReportScope lastMonths(ReportTablesPage& page)
    {
        const QDate today = m_shop->db->now().date();
        page.setPeriod(today.addMonths(-3), today);
        return page.scope();
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::initUiTests();
        m_shop = test::makeDemoShop(QString(), DemoTill::WithHistory);
    }

    void salesTablesShowTheCoresRows()
    {
        ReportTablesPage page(*m_shop->db, m_shop->manager());
        const ReportScope scope = lastMonths(page);
        const QList<SalesReport::Grouping> groupings = SalesReport::groupings();
        for (int i = 0; i < groupings.size(); ++i) {
            page.setTable(ReportTablesPage::Table(i));
            auto core = SalesReport(*m_shop->db).breakdown(m_shop->manager(), scope, groupings.at(i));
            QVERIFY(core.ok());
            QCOMPARE(page.table()->rowCount(), int(core->rows.size()));
            QVERIFY(!core->rows.isEmpty());
            QCOMPARE(page.table()->item(0, 0)->text(), core->rows.first().label);
            QCOMPARE(page.table()->item(0, 4)->text(), core->rows.first().net().format(QStringLiteral("en")));
            QVERIFY(page.totalsLabel()->text().contains(core->net().format(QStringLiteral("en"))));
        }
    }

    void taxesProducersAndImpact()
    {
        ReportTablesPage page(*m_shop->db, m_shop->manager());
        const ReportScope scope = lastMonths(page);
        page.setTable(ReportTablesPage::Table::Taxes);
        auto summary = SalesReport(*m_shop->db).summary(m_shop->manager(), scope);
        QVERIFY(summary.ok());
        QCOMPARE(page.table()->rowCount(), int(summary->taxes.size()));

        page.setTable(ReportTablesPage::Table::ProducersMoney);
        auto money = ProducerMoneyReport(*m_shop->db).build(m_shop->manager(), scope);
        QVERIFY(money.ok());
        QCOMPARE(page.table()->rowCount(), int(money->rows.size()));
        QVERIFY(page.table()->item(0, 0)->text().contains(money->rows.first().code));
        QCOMPARE(page.table()->item(0, 4)->text(), money->rows.first().owed.format(QStringLiteral("en")));

        auto impact = ImpactReport(*m_shop->db).build(m_shop->manager(), scope);
        QVERIFY(impact.ok());
        page.setTable(ReportTablesPage::Table::ImpactByOblast);
        QCOMPARE(page.table()->rowCount(), int(impact->byOblast.size()));
        page.setTable(ReportTablesPage::Table::OverdueProducers);
        QCOMPARE(page.table()->rowCount(), int(impact->overdueProducers.size()));
    }

    void aCashierIsRefusedTheFigures()
    {
        ReportTablesPage page(*m_shop->db, m_shop->cashier());
        QVERIFY(!page.messageLabel()->isHidden());
        QCOMPARE(page.table()->rowCount(), 0);
    }

    // Every table in Kyrgyz and Russian at 1024 x 768: the figures whole, no scrolling sideways.
    void tablesFit1024InKyrgyzAndRussian()
    {
        for (const QString language : {QStringLiteral("ky"), QStringLiteral("ru")}) {
            test::switchLanguage(language);
            MainWindow window(*m_shop->db, m_shop->manager());
            window.resize(1024, 768);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(window.showPage(QStringLiteral("reports")));
            auto* reports = qobject_cast<ReportsPage*>(window.page(QStringLiteral("reports")));
            QVERIFY(reports);
            reports->setCurrentWidget(reports->tables());
            ReportTablesPage* page = reports->tables();
            lastMonths(*page);
            auto* shop = page->findChild<QComboBox*>(QStringLiteral("reportTablesShop"));
            QVERIFY(shop && shop->width() >= shop->sizeHint().width());
            auto* choice = page->findChild<QComboBox*>(QStringLiteral("reportTablesChoice"));
            QVERIFY(choice);
            for (int i = 0; i <= int(ReportTablesPage::Table::OverdueProducers); ++i) {
                page->setTable(ReportTablesPage::Table(i));
                QTest::qWait(20);
                // The report's whole name shows in its box (the arrow and frame take about 40 px).
                const int name = choice->fontMetrics().horizontalAdvance(choice->currentText());
                QVERIFY2(name + 40 <= choice->width(), qPrintable(language + QLatin1Char(' ') + choice->currentText()));
                QTableWidget* table = page->table();
                const int over = table->horizontalHeader()->length() - table->viewport()->width();
                QVERIFY2(over <= 0, qPrintable(QStringLiteral("%1 table %2: %3 px").arg(language).arg(i).arg(over)));
            }
        }
        test::switchLanguage(QStringLiteral("en"));
    }
};

QTEST_MAIN(TestReportTables)
#include "test_report_tables.moc"
