// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// The stocktake page: a count started from the page, scans counted, posted by a manager; a cashier
// counts but may not post.
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

#include "CatalogFixture.h"
#include "StockFixture.h"
#include "models/stock/StocktakeService.h"
#include "ui/sales/ApprovalDialog.h"
#include "ui/stocktake/StocktakeModel.h"
#include "ui/widgets/PinPad.h"
#include "ui/stocktake/StocktakePage.h"
#include "ui/widgets/FormHelpers.h"

using namespace ovop;
using namespace ovop::ui;

namespace {

// A button's shortcut clicks it a moment later, as the button shows itself pressed.
void pressShortcut(QWidget* widget, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(widget, key, modifiers);
    QTest::qWait(200);
}

// The model's line of the product with this SKU, or null.
const StocktakeLine* lineOf(StocktakePage& page, const QString& sku)
{
    for (int row = 0; row < page.model()->rowCount(); ++row)
        if (page.model()->line(row).sku == sku)
            return &page.model()->line(row);
    return nullptr;
}

void scan(QLineEdit* field, const QString& code)
{
    field->setFocus();
    QTest::keyClicks(field, code);
    QTest::keyClick(field, Qt::Key_Return);
}

} // namespace

class TestStocktake : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initUiTests(); }

    void aManagerCountsACategoryAndPostsIt()
    {
        auto shop = test::makeDemoShop();
        StocktakePage page(*shop->db, shop->manager());
        page.resize(1000, 700);
        page.show();
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        QVERIFY(page.startButton()->isVisible());
        QVERIFY(page.startButton()->isEnabled());
        QVERIFY(!page.scanField()->isVisible());
        QVERIFY(page.startButton()->text().contains(QStringLiteral("F2")));

        // The honey and food category, chosen from the combo boxes.
        selectData(page.scopeCombo(), int(Stocktake::Scope::Category));
        QVERIFY(page.scopeChoice()->isEnabled());
        selectData(page.scopeChoice(), QStringLiteral("honey-food"));
        QCOMPARE(page.scopeChoice()->currentData().toString(), QStringLiteral("honey-food"));
        pressShortcut(&page, Qt::Key_F2);
        QVERIFY2(page.current().has_value(), qPrintable(page.messageLabel()->text()));
        QCOMPARE(page.current()->stocktake.scope, Stocktake::Scope::Category);
        QVERIFY(page.headingLabel()->text().contains(page.current()->stocktake.number));
        QVERIFY(page.scanField()->isVisible());
        QVERIFY(!page.startButton()->isVisible());
        QVERIFY(lineOf(page, QStringLiteral("HON-001")));
        QVERIFY(!lineOf(page, QStringLiteral("FLT-001"))); // felt is not in this count

        // Two scans of the honey: two counted; the scan text is selected for the next scan.
        scan(page.scanField(), test::DemoHoneyCode);
        scan(page.scanField(), test::DemoHoneyCode);
        const StocktakeLine* honey = lineOf(page, QStringLiteral("HON-001"));
        QVERIFY(honey);
        QCOMPARE(honey->counted, Quantity::fromUnits(2));
        QCOMPARE(honey->expected, Quantity::fromUnits(30));
        QCOMPARE(honey->difference(), Quantity::fromUnits(-28));
        QCOMPARE(page.scanField()->selectedText(), test::DemoHoneyCode);
        QVERIFY(page.scanField()->hasFocus());
        QVERIFY(page.messageLabel()->text().contains(QStringLiteral("HON-001")));

        // A quantity typed counts that many; the field empties for the next scan.
        page.quantityField()->setText(QStringLiteral("3"));
        scan(page.scanField(), test::DemoHoneyCode);
        QCOMPARE(lineOf(page, QStringLiteral("HON-001"))->counted, Quantity::fromUnits(5));
        QVERIFY(page.quantityField()->text().isEmpty());
        page.quantityField()->setText(QStringLiteral("-3"));
        scan(page.scanField(), test::DemoHoneyCode);
        QCOMPARE(lineOf(page, QStringLiteral("HON-001"))->counted, Quantity::fromUnits(2));

        // An unknown code and a product outside the count change nothing and are said.
        const QString before = page.model()->line(0).sku;
        scan(page.scanField(), QStringLiteral("999999999"));
        QCOMPARE(page.messageLabel()->property("role").toString(), QStringLiteral("error"));
        QVERIFY(page.messageLabel()->text().contains(QStringLiteral("999999999")));
        QCOMPARE(page.scanField()->selectedText(), QStringLiteral("999999999"));
        scan(page.scanField(), QStringLiteral("FLT-001"));
        QCOMPARE(page.messageLabel()->property("role").toString(), QStringLiteral("error"));
        QCOMPARE(lineOf(page, QStringLiteral("HON-001"))->counted, Quantity::fromUnits(2));
        QCOMPARE(page.model()->line(0).sku, before);

        // Filters: the honey was counted; the differences include it.
        selectData(page.showCombo(), int(StocktakeModel::Show::Uncounted));
        QVERIFY(!lineOf(page, QStringLiteral("HON-001")));
        selectData(page.showCombo(), int(StocktakeModel::Show::Differences));
        QVERIFY(lineOf(page, QStringLiteral("HON-001")));
        selectData(page.showCombo(), int(StocktakeModel::Show::All));
        QVERIFY(!page.totalsLabel()->text().isEmpty());

        // Post: asked first, naming the value; then the stock is what was counted.
        QVERIFY(page.postButton()->isEnabled());
        const QString number = page.current()->stocktake.number;
        QString dialogText;
        test::answerModal(QStringLiteral("confirmButton"), nullptr, &dialogText);
        pressShortcut(&page, Qt::Key_F8);
        QVERIFY2(dialogText.contains(number), qPrintable(dialogText));
        QVERIFY(!page.current().has_value());
        QCOMPARE(test::onHand(*shop, test::DemoHoneyCode), Quantity::fromUnits(2));
        QCOMPARE(page.messageLabel()->property("role").toString(), QStringLiteral("ok"));
        QVERIFY(page.messageLabel()->text().contains(QStringLiteral("posted")));
        // A new count may start.
        QVERIFY(page.startButton()->isVisible());
        QVERIFY(page.startButton()->isEnabled());
    }

    void cancellingAsksAndLeavesTheStock()
    {
        auto shop = test::makeDemoShop();
        StocktakePage page(*shop->db, shop->manager());
        page.show();
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        page.start(); // the whole shop
        QVERIFY(page.current().has_value());
        scan(page.scanField(), test::DemoHoneyCode);

        test::answerModal(QStringLiteral("cancelButton"));
        page.cancelCount();
        QVERIFY(page.current().has_value()); // the user said no
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));

        test::answerModal(QStringLiteral("confirmButton"));
        pressShortcut(&page, Qt::Key_F9);
        QVERIFY(!page.current().has_value());
        QCOMPARE(test::onHand(*shop, test::DemoHoneyCode), Quantity::fromUnits(30));
    }

    void aCashierCountsButMayNotPost()
    {
        auto shop = test::makeDemoShop();
        {
            StocktakePage page(*shop->db, shop->cashier());
            page.show();
            page.activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(&page));
            QVERIFY(!page.current().has_value());
            QVERIFY(!page.startButton()->isEnabled());
            QVERIFY(!page.startButton()->toolTip().isEmpty());
        }
        QVERIFY(StocktakeService(*shop->db).start(shop->manager(), Stocktake::Scope::Shop).ok());

        StocktakePage page(*shop->db, shop->cashier());
        page.show();
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        QVERIFY(page.current().has_value());
        scan(page.scanField(), test::DemoHoneyCode);
        QCOMPARE(lineOf(page, QStringLiteral("HON-001"))->counted, Quantity::fromUnits(1));
        QVERIFY(!page.postButton()->isEnabled());
        QVERIFY(page.postButton()->toolTip().contains(QStringLiteral("manager")));
        QVERIFY(!page.cancelButton()->isEnabled());
        QVERIFY(!page.cancelButton()->isVisible()); // Post with a manager's PIN takes its place
        pressShortcut(&page, Qt::Key_F8);           // nothing happens
        QVERIFY(page.current().has_value());
        QCOMPARE(test::onHand(*shop, test::DemoHoneyCode), Quantity::fromUnits(30));

        // A manager approves on the cashier's screen with their PIN.
        QVERIFY(page.approvedPostButton()->isVisible());
        QVERIFY(page.approvedPostButton()->text().contains(QStringLiteral("Ctrl+F8")));
        bool offeredSelf = true;
        test::answerModal(QStringLiteral("confirmButton"));
        test::whenOpen(QStringLiteral("approvalDialog"), [&offeredSelf](QWidget* widget) {
            auto* dialog = static_cast<ApprovalDialog*>(widget);
            offeredSelf = dialog->chooseUser(QStringLiteral("cashier"));
            QVERIFY(dialog->chooseUser(QStringLiteral("manager")));
            dialog->pinPad()->focusField();
            QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("2222"));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        });
        pressShortcut(&page, Qt::Key_F8, Qt::ControlModifier);
        QVERIFY(!offeredSelf);
        QVERIFY2(!page.current().has_value(), qPrintable(page.messageLabel()->text()));
        QCOMPARE(test::onHand(*shop, test::DemoHoneyCode), Quantity::fromUnits(1));
    }
};

QTEST_MAIN(TestStocktake)
#include "test_stocktake.moc"
