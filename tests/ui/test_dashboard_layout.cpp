// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// The dashboard at 1024×768 in Kyrgyz and Russian, its short lists' texts made 40% longer (as Kyrgyz
// and Russian run): the page scrolls down but never sideways, its short lists show their columns
// whole, the figures and buttons keep their texts. Set OVOP_SCREENSHOTS to a folder to keep
// pictures of the page, whole.
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QTranslator>

#include "CatalogFixture.h"
#include "StockFixture.h"
#include "models/sales/ShiftService.h"
#include "ui/reports/DashboardLists.h"
#include "ui/reports/DashboardPage.h"
#include "ui/reports/ReportsPage.h"
#include "ui/reports/ReportRowsDialog.h"
#include "ui/shell/MainWindow.h"

using namespace ovop;
using namespace ovop::ui;

namespace {

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

// What is cut or too wide on the page: a table whose columns are wider than it, a button narrower
// than its text, a figure narrower than its value, the page wider than its window.
QString cutOnPage(DashboardPage* page)
{
    QStringList cut;
    for (QTableWidget* table : page->findChildren<QTableWidget*>()) {
        const int over = table->horizontalHeader()->length() - table->viewport()->width();
        if (table->isVisible() && over > 0)
            cut << table->objectName() + QStringLiteral(" by %1 px").arg(over);
    }
    for (QPushButton* button : page->findChildren<QPushButton*>())
        if (button->isVisible() && button->width() < button->sizeHint().width() - 2)
            cut << button->objectName() + QLatin1Char(':') + button->text();
    for (QLabel* label : page->findChildren<QLabel*>())
        if (label->isVisible() && label->objectName().startsWith(QLatin1String("dashboardFigure_")) &&
            label->width() < label->sizeHint().width())
            cut << label->objectName() + QLatin1Char(':') + label->text();
    for (QScrollArea* scroll : page->findChildren<QScrollArea*>())
        if (scroll->horizontalScrollBar()->maximum() > 0)
            cut << QStringLiteral("page scrolls sideways by %1 px").arg(scroll->horizontalScrollBar()->maximum());
    return cut.join(QStringLiteral(", "));
}

void saveShot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("OVOP_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

} // namespace

class TestDashboardLayout : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::Shop> m_shop;

    void check(const QString& language)
    {
        test::switchLanguage(language);
        // The short lists' texts and the new figures' names, 40% longer.
        test::LongerTexts longer([](const QString& context, const QString& text) {
            const bool figure = context == QLatin1String("ovop::ui::DashboardPage") &&
                                (text.startsWith(QLatin1String("Products below")) ||
                                 text.startsWith(QLatin1String("Cash differences")));
            return context.contains(QLatin1String("DashboardLists")) || figure;
        });
        QCoreApplication::installTranslator(&longer);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);

        MainWindow window(*m_shop->db, m_shop->manager());
        window.resize(1024, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.showPage(QStringLiteral("reports")));
        auto* reports = qobject_cast<ReportsPage*>(window.page(QStringLiteral("reports")));
        QVERIFY(reports);
        DashboardPage* page = reports->dashboard();
        QVERIFY(reports->currentWidget() == page);
        page->setPeriod(DashboardPage::Period::Last3Months);
        QTest::qWait(50);
        QVERIFY(window.width() <= 1024 && window.height() <= 768);
        QVERIFY(page->lists()->table(DashboardLists::List::Cash)->rowCount() > 0);
        QVERIFY(page->lists()->table(DashboardLists::List::Low)->rowCount() > 0);
        saveShot(&window, QStringLiteral("dashboard-") + language);
        auto* scroll = page->findChild<QScrollArea*>();
        QVERIFY(scroll);
        saveShot(scroll->widget(), QStringLiteral("dashboard-whole-") + language);
        const QString cut = cutOnPage(page);
        QVERIFY2(cut.isEmpty(), qPrintable(language + QStringLiteral(": ") + cut));

        // The whole lists behind the low stock and the shifts fit the screen, their columns whole.
        for (const auto list : {DashboardLists::List::Low, DashboardLists::List::Cash}) {
            QString wide = QStringLiteral("no dialog");
            QTimer::singleShot(0, this, [&] {
                auto* dialog = page->findChild<ReportRowsDialog*>();
                if (!dialog)
                    return;
                QTest::qWait(20);
                saveShot(dialog, QStringLiteral("dashboard-rows-%1-").arg(int(list)) + language);
                QTableWidget* table = dialog->table();
                const int over = table->horizontalHeader()->length() - table->viewport()->width();
                wide = over > 0 || dialog->width() > 1024 ? QStringLiteral("wider by %1 px").arg(over) : QString();
                dialog->reject();
            });
            page->lists()->openRows(list, 0);
            QVERIFY2(wide.isEmpty(), qPrintable(language + QStringLiteral(": ") + wide));
        }

        QCoreApplication::removeTranslator(&longer);
        test::switchLanguage(QStringLiteral("en"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::initUiTests();
        m_shop = test::makeDemoShop(QString(), DemoTill::WithHistory);
        // Two shifts of today counted wrong: one short, one over.
        ShiftService shifts(*m_shop->db);
        const Session manager = m_shop->manager();
        auto open = shifts.current();
        QVERIFY(open.ok());
        if (!open->has_value())
            QVERIFY(shifts.open(manager, Money::fromSom(1000)).ok());
        auto expected = shifts.totals();
        QVERIFY(expected.ok());
        QVERIFY(shifts.close(manager, notesOf(expected->expectedCash - Money::fromTyiyn(3550))).ok());
        m_shop->clock.advanceSeconds(600);
        QVERIFY(shifts.open(manager, Money::fromSom(1000)).ok());
        QVERIFY(shifts.close(manager, notesOf(Money::fromSom(1200))).ok());
    }

    void fitsIn1024InKyrgyz() { check(QStringLiteral("ky")); }
    void fitsIn1024InRussian() { check(QStringLiteral("ru")); }
};

QTEST_MAIN(TestDashboardLayout)
#include "test_dashboard_layout.moc"
