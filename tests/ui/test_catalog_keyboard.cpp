// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// The Products and Producers pages from the keyboard: a barcode scanner typing into the search box,
// Ctrl+F, Esc, Down and Enter, and the buttons' shortcuts named in their tool tips.
#include <QApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>

#include "CatalogFixture.h"
#include "ui/catalog/ProductTableModel.h"
#include "ui/catalog/ProductsPage.h"
#include "ui/producers/ProducerTableModel.h"
#include "ui/producers/ProducersPage.h"
#include "ui/shell/MainWindow.h"
#include "ui/widgets/TableColumns.h"

using namespace ovop;
using namespace ovop::ui;

namespace {

QString selectedSku(const ProductsPage& page)
{
    const QModelIndexList rows = page.view()->selectionModel()->selectedRows();
    return rows.size() == 1 ? rows.first().data(ProductTableModel::SkuRole).toString() : QString();
}

// The cell's rectangle lies wholly inside the table's viewport.
bool cellShown(const QTableView* view, const QModelIndex& index)
{
    return view->viewport()->rect().contains(view->visualRect(index));
}

void scan(QWidget* field, const QString& code)
{
    QTest::keyClicks(field, code);
    QTest::keyClick(field, Qt::Key_Return);
}

} // namespace

class TestCatalogKeyboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initUiTests(); }
    void init() { QSettings().clear(); }

    void aScanSelectsTheProductAndTheNextScanReplacesIt()
    {
        auto shop = test::makeShop();
        test::seedShopCatalog(*shop);
        ProductsPage page(*shop->db, shop->manager());
        page.resize(800, 500);
        page.show();
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        QLineEdit* search = page.searchField();
        search->setFocus();

        scan(search, QStringLiteral("4006381333931"));
        QCOMPARE(selectedSku(page), QStringLiteral("FLT-001"));
        QCOMPARE(search->selectedText(), QStringLiteral("4006381333931"));

        // The second scan replaces the first (it used to be appended, finding nothing).
        scan(search, QStringLiteral("5901234123457"));
        QCOMPARE(search->text(), QStringLiteral("5901234123457"));
        QCOMPARE(selectedSku(page), QStringLiteral("HON-001"));
        QVERIFY(search->hasFocus());

        // In a table scrolled to its right end, the product found shows its SKU and its name.
        for (int column : {ProductTableModel::CategoryColumn, ProductTableModel::Village, ProductTableModel::Oblast})
            page.columns()->setColumnShown(column, true);
        page.resize(520, 500);
        QTest::qWait(20);
        search->clear();
        page.runPendingSearch();
        QScrollBar* across = page.view()->horizontalScrollBar();
        QVERIFY(across->maximum() > 0);
        across->setValue(across->maximum());
        scan(search, QStringLiteral("GEN-038"));
        QCOMPARE(selectedSku(page), QStringLiteral("GEN-038"));
        const QModelIndex found = page.view()->selectionModel()->selectedRows().first();
        QVERIFY(cellShown(page.view(), found.siblingAtColumn(ProductTableModel::Sku)));
        QVERIFY(cellShown(page.view(), found.siblingAtColumn(ProductTableModel::Name)));
        // Narrowed to one, then all back: still selected and in view after Esc clears the search.
        QTest::keyClick(search, Qt::Key_Escape);
        QVERIFY(search->text().isEmpty());
        QCOMPARE(page.proxy()->rowCount(), 42);
    }

    void ctrlFEscDownAndEnter()
    {
        auto shop = test::makeShop();
        test::seedShopCatalog(*shop);
        ProductsPage page(*shop->db, shop->cashier());
        page.resize(800, 500);
        page.show();
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        page.view()->setFocus();

        QTest::keyClick(page.view(), Qt::Key_F, Qt::ControlModifier);
        QVERIFY(page.searchField()->hasFocus());
        QTest::keyClicks(page.searchField(), QStringLiteral("honey"));
        page.runPendingSearch();
        QCOMPARE(page.proxy()->rowCount(), 1);

        // Down goes into the list, on the first record.
        QTest::keyClick(page.searchField(), Qt::Key_Down);
        QVERIFY(page.view()->hasFocus());
        QCOMPARE(selectedSku(page), QStringLiteral("HON-001"));

        // Enter opens it (read-only for a cashier): the editor is a modal dialog, closed here.
        QString opened;
        test::answerModal(QStringLiteral("cancelProductButton"), &opened);
        QTest::keyClick(page.view(), Qt::Key_Return);
        QCOMPARE(opened, QStringLiteral("productEditor"));

        // Esc in the search box clears it and lists everything again.
        QTest::keyClick(page.view(), Qt::Key_F, Qt::ControlModifier);
        QTest::keyClick(page.searchField(), Qt::Key_Escape);
        QVERIFY(page.searchField()->text().isEmpty());
        QCOMPARE(page.proxy()->rowCount(), 42);
    }

    void theKeysWorkFromTheNavigationOnTheShownPageOnly()
    {
        auto shop = test::makeShop();
        test::seedShopCatalog(*shop, 3);
        MainWindow window(*shop->db, shop->manager());
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.showPage(QStringLiteral("producers")));
        auto* products = qobject_cast<ProductsPage*>(window.page(QStringLiteral("products")));
        auto* producers = qobject_cast<ProducersPage*>(window.page(QStringLiteral("producers")));
        auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
        navigation->setFocus();
        QTest::keyClick(navigation, Qt::Key_F, Qt::ControlModifier);
        QVERIFY(producers->searchField()->hasFocus());
        QVERIFY(window.showPage(QStringLiteral("products")));
        navigation->setFocus();
        QTest::keyClick(navigation, Qt::Key_F, Qt::ControlModifier);
        QVERIFY(products->searchField()->hasFocus());
    }

    void everyButtonNamesItsShortcut()
    {
        auto shop = test::makeShop();
        test::seedShopCatalog(*shop);
        ProductsPage products(*shop->db, shop->manager());
        ProducersPage producers(*shop->db, shop->manager());
        QVERIFY(products.selectSku(QStringLiteral("FLT-001")));
        QVERIFY(producers.selectCode(QStringLiteral("BOS-01")));
        for (RecordListPage* page : std::initializer_list<RecordListPage*>{&products, &producers}) {
            QList<QPushButton*> buttons{page->newButton(), page->editButton(), page->archiveButton(),
                                        page->importButton(), page->exportButton()};
            if (page == &products)
                buttons << products.labelsButton();
            for (QPushButton* button : buttons) {
                const QKeySequence key = page->shortcutOf(button);
                QVERIFY2(!key.isEmpty(), qPrintable(button->objectName()));
                QVERIFY2(button->toolTip().contains(key.toString(QKeySequence::NativeText)),
                         qPrintable(button->objectName() + QStringLiteral(": ") + button->toolTip()));
            }
            QVERIFY(page->searchField()->toolTip().contains(
                QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
        }
    }

    void shortcutsPressTheButtons()
    {
        auto shop = test::makeShop();
        test::seedShopCatalog(*shop);
        ProducersPage page(*shop->db, shop->manager());
        page.resize(800, 500);
        page.show();
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        page.view()->setFocus();

        QString opened;
        test::answerModal(QStringLiteral("cancelProducerButton"), &opened);
        QTest::keyClick(page.view(), Qt::Key_N, Qt::ControlModifier);
        QCOMPARE(opened, QStringLiteral("producerEditor"));
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));

        // The producers page has the same keys: a scan-like search selects, Enter opens.
        page.searchField()->setFocus();
        scan(page.searchField(), QStringLiteral("BIR-01"));
        QCOMPARE(page.currentCode(), QStringLiteral("BIR-01"));
        QCOMPARE(page.searchField()->selectedText(), QStringLiteral("BIR-01"));
        QTest::keyClick(page.searchField(), Qt::Key_Down);
        QVERIFY(page.view()->hasFocus());
        opened.clear();
        test::answerModal(QStringLiteral("cancelProducerButton"), &opened);
        QTest::keyClick(page.view(), Qt::Key_Enter);
        QCOMPARE(opened, QStringLiteral("producerEditor"));
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        opened.clear();
        test::answerModal(QStringLiteral("cancelProducerButton"), &opened);
        QTest::keyClick(page.view(), Qt::Key_F2);
        QCOMPARE(opened, QStringLiteral("producerEditor"));
    }
};

QTEST_MAIN(TestCatalogKeyboard)
#include "test_catalog_keyboard.moc"
