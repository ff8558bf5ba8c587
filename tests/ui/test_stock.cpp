// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// The Stock page: a delivery received through its dialog shows in the list, the low filter, a
// correction, the history of a product, minimum levels, and what a cashier may not do.
#include <functional>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include "CatalogFixture.h"
#include "models/catalog/CatalogService.h"
#include "models/stock/MinLevels.h"
#include "models/stock/ReceivingService.h"
#include "models/stock/StockQuery.h"
#include "ui/stock/AdjustDialog.h"
#include "ui/stock/HistoryDialog.h"
#include "ui/stock/ReceiveDialog.h"
#include "ui/stock/ReorderDialog.h"
#include "ui/stock/StockPage.h"
#include "ui/stock/StockTableModel.h"
#include "ui/widgets/FieldError.h"

using namespace ovop;
using namespace ovop::ui;

namespace {

// Runs act on the next modal dialog of type T once it is open (then the dialog is left to act).
template <typename T> void whenModal(std::function<void(T*)> act)
{
    auto* timer = new QTimer(qApp);
    auto tries = std::make_shared<int>(0);
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [=] {
        auto* dialog = qobject_cast<T*>(QApplication::activeModalWidget());
        if (!dialog) {
            if (++*tries > 300)
                timer->deleteLater();
            return;
        }
        timer->stop();
        timer->deleteLater();
        dialog->activateWindow(); // as a window manager does with a new dialog
        (void)QTest::qWaitForWindowActive(dialog);
        act(dialog);
    });
    timer->start();
}

QString productId(test::Shop& shop, const QString& sku)
{
    const auto id = StockQuery(*shop.db).productIdFor(sku);
    return id ? id.value() : QString();
}

Quantity onHand(test::Shop& shop, const QString& sku)
{
    StockFilter filter;
    filter.text = sku;
    const auto list = StockQuery(*shop.db).list(filter);
    if (list)
        for (const StockRow& row : list.value().rows)
            if (row.sku == sku)
                return row.onHand;
    return Quantity::fromMilli(-1);
}

void receive(test::Shop& shop, const QString& sku, int units)
{
    ReceivingRequest request;
    request.producerCode = sku.startsWith(QLatin1String("HON")) ? QStringLiteral("BIR-01") : QStringLiteral("BOS-01");
    request.lines << ReceivingLine{productId(shop, sku), Quantity::fromUnits(units), std::nullopt, {}, {}};
    const auto done = ReceivingService(*shop.db).receive(shop.manager(), request);
    QVERIFY2(done.ok(), qPrintable(done.message()));
}

QString shownOnHand(StockPage& page, const QString& sku)
{
    const int row = page.model()->rowOfSku(sku);
    return row < 0 ? QString() : page.model()->index(row, StockTableModel::OnHand).data().toString();
}

} // namespace

class TestStock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initUiTests(); }

    void modelPassesTheTester()
    {
        auto shop = test::makeShop();
        test::seedShopCatalog(*shop, 3);
        receive(*shop, QStringLiteral("FLT-001"), 2);
        StockTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto list = StockQuery(*shop->db).list();
        QVERIFY(list.ok());
        model.setRows(list.value().rows);
        QCOMPARE(model.rowCount(), int(list.value().rows.size()));
    }

    void receivingThroughTheDialogShowsTheNewStock()
    {
        auto shop = test::makeShop();
        test::seedShopCatalog(*shop, 3);
        StockPage page(*shop->db, shop->manager());
        page.show();
        QCOMPARE(shownOnHand(page, QStringLiteral("FLT-001")), QStringLiteral("0 pcs"));
        QVERIFY(page.receiveButton()->isEnabled());

        QString producer;
        int rows = 0;
        QString twice;
        QString message;
        whenModal<ReceiveDialog>([&](ReceiveDialog* dialog) {
            // A scan: the producer follows the first product.
            test::typeText(dialog->codeField(), QStringLiteral("4006381333931"));
            QTest::keyClick(dialog->codeField(), Qt::Key_Return);
            producer = dialog->producerCombo()->currentText();
            // Scanned twice: two; then typed over.
            test::typeText(dialog->codeField(), QStringLiteral("FLT-001"));
            QTest::keyClick(dialog->codeField(), Qt::Key_Return);
            rows = dialog->linesTable()->rowCount();
            if (rows > 0)
                twice = dialog->linesTable()->item(0, ReceiveDialog::QuantityColumn)->text();
            dialog->setLine(0, QStringLiteral("5"));
            dialog->documentField()->setText(QStringLiteral("ESD-77"));
            test::answerModal(QStringLiteral("offerLabelsNo"));
            QTest::keySequence(dialog, QKeySequence::Save);
            message = dialog->messageLabel()->text();
            if (dialog->isVisible())
                dialog->done(QDialog::Rejected);
        });
        page.receiveButton()->click();
        QCOMPARE(rows, 1);
        QCOMPARE(twice, QStringLiteral("2"));
        QVERIFY2(onHand(*shop, QStringLiteral("FLT-001")).milli() > 0, qPrintable(message));
        QVERIFY2(producer.contains(QStringLiteral("BOS-01")), qPrintable(producer));
        QCOMPARE(onHand(*shop, QStringLiteral("FLT-001")), Quantity::fromUnits(5));
        QCOMPARE(shownOnHand(page, QStringLiteral("FLT-001")), QStringLiteral("5 pcs"));
        QVERIFY2(page.messageLabel()->text().contains(QStringLiteral("RCV-000001")),
                 qPrintable(page.messageLabel()->text()));
        QCOMPARE(page.currentRow()->sku, QStringLiteral("FLT-001"));
    }

    void aRefusedDeliverySavesNothing()
    {
        auto shop = test::makeShop();
        test::seedShopCatalog(*shop, 3);
        ReceiveDialog dialog(*shop->db, shop->manager());
        QVERIFY(dialog.addCode(QStringLiteral("FLT-001")));
        // Another producer's goods do not join this delivery.
        QVERIFY(!dialog.addCode(QStringLiteral("HON-001")));
        QVERIFY(dialog.messageLabel()->text().contains(QStringLiteral("HON-001")));
        QVERIFY(!dialog.addCode(QStringLiteral("NO-SUCH")));
        dialog.setLine(0, QStringLiteral("1.5"));
        QVERIFY(!dialog.save());
        QVERIFY2(dialog.messageLabel()->text().contains(QStringLiteral("whole")),
                 qPrintable(dialog.messageLabel()->text()));
        dialog.setLine(0, QStringLiteral("abc"));
        QVERIFY(!dialog.save());
        QVERIFY(!dialog.messageLabel()->text().isEmpty());
        // Bought goods need their cost.
        dialog.termsCombo()->setCurrentIndex(1);
        QVERIFY(!dialog.linesTable()->isColumnHidden(ReceiveDialog::Cost));
        dialog.setLine(0, QStringLiteral("2"));
        QVERIFY(!dialog.save());
        QCOMPARE(onHand(*shop, QStringLiteral("FLT-001")), Quantity());
        dialog.setLine(0, QStringLiteral("2"), QStringLiteral("400"));
        QVERIFY2(dialog.save(), qPrintable(dialog.messageLabel()->text()));
        QCOMPARE(dialog.received().costTotal, Money::fromSom(800));
        QCOMPARE(onHand(*shop, QStringLiteral("FLT-001")), Quantity::fromUnits(2));
    }

    void lowOnlyShowsWhatIsBelowItsMinimum()
    {
        auto shop = test::makeShop();
        test::seedShopCatalog(*shop, 3);
        receive(*shop, QStringLiteral("FLT-001"), 1);
        receive(*shop, QStringLiteral("HON-001"), 9);
        const Session manager = shop->manager();
        QVERIFY(MinLevels(*shop->db).set(manager, productId(*shop, QStringLiteral("FLT-001")), Quantity::fromUnits(3)));
        QVERIFY(MinLevels(*shop->db).set(manager, productId(*shop, QStringLiteral("HON-001")), Quantity::fromUnits(3)));
        StockPage page(*shop->db, manager);
        page.show();
        QVERIFY(page.model()->rowCount() > 2);
        page.lowOnlyBox()->setChecked(true);
        QCOMPARE(page.model()->rowCount(), 1);
        QCOMPARE(page.model()->row(0)->sku, QStringLiteral("FLT-001"));
        QCOMPARE(page.model()->index(0, StockTableModel::State).data().toString(), QStringLiteral("low"));
        QVERIFY(page.statusLabel()->text().contains(QStringLiteral("1 low")));

        // The reorder list asks BOS-01 for two.
        ReorderDialog reorder(*shop->db, QStringLiteral("en"));
        QCOMPARE(reorder.tree()->topLevelItemCount(), 1);
        QVERIFY(reorder.tree()->topLevelItem(0)->text(0).contains(QStringLiteral("BOS-01")));
        QCOMPARE(reorder.tree()->topLevelItem(0)->child(0)->text(4), QStringLiteral("2 pcs"));
    }

    void minimumLevelDialogSetsTheLevel()
    {
        auto shop = test::makeShop();
        test::seedShopCatalog(*shop, 3);
        StockPage page(*shop->db, shop->manager());
        page.show();
        QVERIFY(page.selectSku(QStringLiteral("FLT-001")));
        QVERIFY(page.minLevelButton()->isEnabled());
        whenModal<MinLevelDialog>([](MinLevelDialog* dialog) {
            dialog->levelField()->setText(QStringLiteral("-1"));
            QVERIFY(!dialog->save());
            QVERIFY(dialog->levelError()->isVisibleTo(dialog) || !dialog->levelError()->message().isEmpty());
            dialog->levelField()->setText(QStringLiteral("4"));
            QTest::keySequence(dialog, QKeySequence::Save);
            if (dialog->isVisible())
                dialog->done(QDialog::Rejected);
        });
        page.minLevelButton()->click();
        QCOMPARE(MinLevels(*shop->db).get(productId(*shop, QStringLiteral("FLT-001"))).value(), Quantity::fromUnits(4));
        QCOMPARE(page.currentRow()->minLevel, Quantity::fromUnits(4));
        QVERIFY(page.currentRow()->low);
    }

    void adjustingTakesDamagedGoodsOut()
    {
        auto shop = test::makeShop();
        test::seedShopCatalog(*shop, 3);
        receive(*shop, QStringLiteral("FLT-001"), 5);
        StockPage page(*shop->db, shop->manager());
        page.show();
        QVERIFY(page.selectSku(QStringLiteral("FLT-001")));
        QVERIFY(page.adjustButton()->isEnabled());
        whenModal<AdjustDialog>([](AdjustDialog* dialog) {
            selectReason(dialog, QStringLiteral("damage"));
            // More than is on hand is refused, beside nothing saved.
            dialog->quantityField()->setText(QStringLiteral("9"));
            QVERIFY(!dialog->save());
            QVERIFY(!dialog->messageLabel()->text().isEmpty() || dialog->quantityField()->property("invalid").toBool());
            dialog->quantityField()->setText(QStringLiteral("2"));
            dialog->noteField()->setText(QStringLiteral("torn"));
            QTest::keySequence(dialog, QKeySequence::Save);
            if (dialog->isVisible())
                dialog->done(QDialog::Rejected);
        });
        page.adjustButton()->click();
        QCOMPARE(onHand(*shop, QStringLiteral("FLT-001")), Quantity::fromUnits(3));
        QCOMPARE(shownOnHand(page, QStringLiteral("FLT-001")), QStringLiteral("3 pcs"));
        QVERIFY(page.messageLabel()->text().contains(QStringLiteral("ADJ-000001")));
    }

    void historyListsTheReceiving()
    {
        auto shop = test::makeShop();
        test::seedShopCatalog(*shop, 3);
        receive(*shop, QStringLiteral("FLT-001"), 4);
        StockPage page(*shop->db, shop->manager());
        page.show();
        QVERIFY(page.selectSku(QStringLiteral("FLT-001")));
        QStringList cells;
        whenModal<HistoryDialog>([&](HistoryDialog* dialog) {
            QTableWidget* table = dialog->table();
            if (table->rowCount() > 0)
                for (int c = 0; c < table->columnCount(); ++c)
                    cells << table->item(0, c)->text();
            QTest::keyClick(dialog, Qt::Key_Escape);
        });
        // Enter in the table opens the history.
        page.view()->setFocus();
        QTest::keyClick(page.view(), Qt::Key_Return);
        QVERIFY2(cells.size() == 7, qPrintable(cells.join(QLatin1Char('|'))));
        QCOMPARE(cells.at(1), StockQuery::kindDisplayName(StockMovement::Kind::Receive));
        QVERIFY2(cells.at(2).endsWith(QStringLiteral("RCV-000001")), qPrintable(cells.at(2)));
        QCOMPARE(cells.at(3), QStringLiteral("+4"));
        QCOMPARE(cells.at(5), QStringLiteral("Marat Manager"));
    }

    void aCashierMayLookButNotReceive()
    {
        auto shop = test::makeShop();
        test::seedShopCatalog(*shop, 3);
        StockPage page(*shop->db, shop->cashier());
        page.show();
        QVERIFY(page.selectSku(QStringLiteral("FLT-001")));
        QVERIFY(!page.receiveButton()->isEnabled());
        QVERIFY(!page.adjustButton()->isEnabled());
        QVERIFY(!page.minLevelButton()->isEnabled());
        const QString refusal = Roles::refusal(Permission::ManageStock).message;
        QVERIFY2(page.receiveButton()->toolTip().contains(refusal), qPrintable(page.receiveButton()->toolTip()));
        QVERIFY(page.adjustButton()->toolTip().contains(refusal));
        QVERIFY(page.historyButton()->isEnabled());
        QVERIFY(page.reorderButton()->isEnabled());
        // The key does nothing either.
        QTest::keySequence(&page, QKeySequence::New);
        QVERIFY(!QApplication::activeModalWidget());
    }

private:
    static void selectReason(AdjustDialog* dialog, const QString& key)
    {
        const int at = dialog->reasonCombo()->findData(key);
        QVERIFY(at >= 0);
        dialog->reasonCombo()->setCurrentIndex(at);
    }
};

QTEST_MAIN(TestStock)
#include "test_stock.moc"
