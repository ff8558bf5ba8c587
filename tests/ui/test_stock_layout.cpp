// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// The stocktake and transfers pages and their dialogs at 1024×768 in Kyrgyz and Russian, with their
// own texts made 40% longer (as Kyrgyz and Russian run): every button inside the window and as wide as
// its text. The stock and transfers lists in Kyrgyz and Russian show their columns without scrolling
// sideways. Set OVOP_SCREENSHOTS to a folder to keep pictures of them.
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QPushButton>
#include <QHeaderView>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTranslator>

#include "CatalogFixture.h"
#include "StockFixture.h"
#include "models/catalog/CatalogService.h"
#include "models/stock/StocktakeService.h"
#include "models/stock/TransferService.h"
#include "ui/shell/MainWindow.h"
#include "ui/stock/HistoryDialog.h"
#include "ui/transfers/ReceiveTransferDialog.h"
#include "ui/transfers/SendGoodsDialog.h"

using namespace ovop;
using namespace ovop::ui;

namespace {

void saveShot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("OVOP_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

// Every button shown in the widget lies inside its window and is as wide as its text.
QString cutButtons(QWidget* widget)
{
    QStringList cut;
    for (QPushButton* button : widget->findChildren<QPushButton*>()) {
        if (!button->isVisibleTo(widget->window()) || !button->isVisible())
            continue;
        QWidget* window = button->window();
        const QRect rect(button->mapTo(window, QPoint(0, 0)), button->size());
        if (!window->rect().contains(rect) || button->width() < button->sizeHint().width() - 2)
            cut << button->objectName() + QLatin1Char(':') + button->text();
    }
    return cut.join(QStringLiteral(", "));
}

// The tables shown in the page whose columns are wider than the table (it scrolls sideways).
QString sidewaysTables(QWidget* page)
{
    QStringList wide;
    for (QTableView* view : page->findChildren<QTableView*>()) {
        const int over = view->horizontalHeader()->length() - view->viewport()->width();
        if (view->isVisible() && over > 0)
            wide << view->objectName() + QStringLiteral(" by %1 px").arg(over);
    }
    return wide.join(QStringLiteral(", "));
}

} // namespace

class TestStockLayout : public QObject
{
    Q_OBJECT

    void checkPages(const QString& language)
    {
        auto shop = test::makeDemoShop();
        test::switchLanguage(language);
        // The stock pages' texts, 40% longer.
        test::LongerTexts longer([](const QString& context, const QString&) {
            return context.contains(QLatin1String("Stocktake")) || context.contains(QLatin1String("Transfer")) ||
                   context.contains(QLatin1String("SendGoods")) || context.contains(QLatin1String("ReceiveTransfer"));
        });
        QCoreApplication::installTranslator(&longer);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);

        MainWindow window(*shop->db, shop->manager());
        window.resize(1024, 768);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));

        QVERIFY(window.showPage(QStringLiteral("stocktake")));
        QTest::qWait(50);
        saveShot(&window, QStringLiteral("stocktake-start-") + language);
        QVERIFY(window.width() <= 1024 && window.height() <= 768);
        QString cut = cutButtons(window.page(QStringLiteral("stocktake")));
        for (QComboBox* combo : window.page(QStringLiteral("stocktake"))->findChildren<QComboBox*>())
            if (combo->isVisible() && combo->objectName() == QStringLiteral("stocktakeScope"))
                QVERIFY2(combo->width() >= combo->sizeHint().width(),
                         qPrintable(QStringLiteral("%1 %2").arg(combo->width()).arg(combo->sizeHint().width())));
        QVERIFY2(cut.isEmpty(), qPrintable(language + QStringLiteral(": ") + cut));

        QVERIFY(StocktakeService(*shop->db).start(shop->manager(), Stocktake::Scope::Shop).ok());
        QVERIFY(StocktakeService(*shop->db).count(shop->manager(), test::DemoHoneyCode, Quantity::fromUnits(2)).ok());
        QVERIFY(window.showPage(QStringLiteral("transfers")));
        QVERIFY(window.showPage(QStringLiteral("stocktake"))); // read again when shown
        QTest::qWait(50);
        saveShot(&window, QStringLiteral("stocktake-open-") + language);
        cut = cutButtons(window.page(QStringLiteral("stocktake")));
        QVERIFY2(cut.isEmpty(), qPrintable(language + QStringLiteral(": ") + cut));

        {
            // A cashier's page has Post with a manager's PIN as well.
            MainWindow cashiers(*shop->db, shop->cashier());
            cashiers.resize(1024, 768);
            cashiers.show();
            QVERIFY(QTest::qWaitForWindowExposed(&cashiers));
            QVERIFY(cashiers.showPage(QStringLiteral("stocktake")));
            QTest::qWait(50);
            saveShot(&cashiers, QStringLiteral("stocktake-cashier-") + language);
            QVERIFY(cashiers.width() <= 1024 && cashiers.height() <= 768);
            cut = cutButtons(cashiers.page(QStringLiteral("stocktake")));
            QVERIFY2(cut.isEmpty(), qPrintable(language + QStringLiteral(": ") + cut));
        }

        const QString file = shop->dir.filePath(QStringLiteral("t.json"));
        QVERIFY(TransferService(*shop->db)
                    .send(shop->manager(), QStringLiteral("KAR-1"),
                          {TransferItem{QStringLiteral("FLT-001"), {}, Quantity::fromUnits(2)}}, file)
                    .ok());
        QVERIFY(window.showPage(QStringLiteral("transfers")));
        QTest::qWait(50);
        saveShot(&window, QStringLiteral("transfers-") + language);
        cut = cutButtons(window.page(QStringLiteral("transfers")));
        QVERIFY2(cut.isEmpty(), qPrintable(language + QStringLiteral(": ") + cut));

        SendGoodsDialog send(*shop->db, shop->manager(), &window);
        send.show();
        QVERIFY(QTest::qWaitForWindowExposed(&send));
        QVERIFY(send.width() <= 1024 && send.height() <= 768);
        saveShot(&send, QStringLiteral("send-goods-") + language);
        cut = cutButtons(&send);
        QVERIFY2(cut.isEmpty(), qPrintable(language + QStringLiteral(": ") + cut));
        send.hide();

        auto other = test::makeDemoShop(QStringLiteral("KAR-1"));
        ReceiveTransferDialog receive(*other->db, other->manager(), &window);
        receive.load(file);
        receive.show();
        QVERIFY(QTest::qWaitForWindowExposed(&receive));
        QVERIFY(receive.width() <= 1024 && receive.height() <= 768);
        saveShot(&receive, QStringLiteral("receive-transfer-") + language);
        cut = cutButtons(&receive);
        QVERIFY2(cut.isEmpty(), qPrintable(language + QStringLiteral(": ") + cut));
        receive.hide();

        QCoreApplication::removeTranslator(&longer);
        test::switchLanguage(QStringLiteral("en"));
    }

    // The stock list and the transfers list in the language's own words: every column they show by
    // default, the figures whole, without scrolling sideways.
    void checkLists(const QString& language)
    {
        auto shop = test::makeDemoShop(QString(), DemoTill::WithHistory);
        const QString file = shop->dir.filePath(QStringLiteral("t.json"));
        QVERIFY(TransferService(*shop->db)
                    .send(shop->manager(), QStringLiteral("KAR-1"),
                          {TransferItem{QStringLiteral("COS-001"), {}, Quantity::fromUnits(2)}}, file)
                    .ok());
        test::switchLanguage(language);
        MainWindow window(*shop->db, shop->manager());
        window.resize(1024, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(StocktakeService(*shop->db).start(shop->manager(), Stocktake::Scope::Shop).ok());
        QVERIFY(
            StocktakeService(*shop->db).count(shop->manager(), QStringLiteral("COS-001"), Quantity::fromUnits(2)).ok());
        for (const QString& page : {QStringLiteral("stock"), QStringLiteral("transfers"), QStringLiteral("stocktake"),
                                    QStringLiteral("payouts")}) {
            QVERIFY(window.showPage(page));
            if (page == QLatin1String("payouts")) {
                // The demo's unpaid statement, of the felt makers of Bosteri.
                auto* producer = window.page(page)->findChild<QComboBox*>(QStringLiteral("payoutsProducer"));
                QVERIFY(producer);
                producer->setCurrentIndex(producer->findText(QStringLiteral("BOS-01"), Qt::MatchStartsWith));
                QVERIFY(producer->currentIndex() >= 0);
            }
            QTest::qWait(50);
            saveShot(&window, page + QLatin1Char('-') + language);
            const QString wide = sidewaysTables(window.page(page));
            QVERIFY2(wide.isEmpty(), qPrintable(language + QStringLiteral(": ") + wide));
            const QString cut = cutButtons(window.page(page));
            QVERIFY2(cut.isEmpty(), qPrintable(language + QLatin1Char(' ') + page + QStringLiteral(": ") + cut));
        }
        // A product's history after months of trading: receipts with their notes, sales, returns.
        const auto soap = CatalogService(*shop->db).findBySku(QStringLiteral("COS-001"));
        QVERIFY(soap.ok() && soap.value());
        HistoryDialog history(*shop->db, soap.value()->id, soap.value()->name.in(language), language, &window);
        history.show();
        QVERIFY(QTest::qWaitForWindowExposed(&history));
        QVERIFY(history.table()->rowCount() > 10);
        saveShot(&history, QStringLiteral("history-") + language);
        const QString wide = sidewaysTables(&history);
        QVERIFY2(wide.isEmpty(), qPrintable(language + QStringLiteral(": ") + wide));
        test::switchLanguage(QStringLiteral("en"));
    }

private Q_SLOTS:
    void initTestCase() { test::initUiTests(); }

    void listsFitIn1024InKyrgyz() { checkLists(QStringLiteral("ky")); }
    void listsFitIn1024InRussian() { checkLists(QStringLiteral("ru")); }

    void fitIn1024InKyrgyz() { checkPages(QStringLiteral("ky")); }
    void fitIn1024InRussian() { checkPages(QStringLiteral("ru")); }
};

QTEST_MAIN(TestStockLayout)
#include "test_stock_layout.moc"
