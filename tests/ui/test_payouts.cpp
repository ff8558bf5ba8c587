// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// The payouts page: a statement made, paid through the pay dialog and saved as PDF; goods given
// back to a producer through the return dialog.
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

#include "CatalogFixture.h"
#include "SaleFixture.h"
#include "ShopFixture.h"
#include "models/catalog/CatalogService.h"
#include "models/core/Language.h"
#include "models/catalog/ProducerService.h"
#include "models/payouts/CommissionService.h"
#include "models/sales/SaleService.h"
#include "models/sales/Till.h"
#include "models/settings/ShopSettings.h"
#include "models/stock/StockLedger.h"
#include "ui/payouts/PayDialog.h"
#include "ui/payouts/PayoutsPage.h"
#include "ui/payouts/ProducerReturnDialog.h"
#include "ui/shell/Pages.h"

using namespace ovop;
using namespace ovop::ui;

namespace {

void sellSlippers(test::Shop& shop, qint64 units)
{
    auto settings = SettingsService(*shop.db).load();
    QVERIFY(settings.ok());
    Till till(*shop.db, shop.cashier(), settings.value());
    QVERIFY(till.addCode(QStringLiteral("FLT-001"), Quantity::fromUnits(units)).ok());
    auto sold =
        SaleService(*shop.db).commit(till, {Payment{PaymentMethod::Cash, till.totals().total}}, QStringLiteral("ru"));
    QVERIFY2(sold.ok(), qPrintable(sold.message()));
}

QString producerId(test::Shop& shop)
{
    auto p = ProducerService(*shop.db).get(shop.admin(), QStringLiteral("BOS-01"));
    return p ? p->id : QString();
}

} // namespace

class TestPayouts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initUiTests(); }

    void onlyManagersSeeThePage()
    {
        auto shop = test::makeShop();
        QVERIFY(Pages::forSession(shop->manager()).contains(QStringLiteral("payouts")));
        QVERIFY(!Pages::forSession(shop->cashier()).contains(QStringLiteral("payouts")));
    }

    void pageFollowsTheLanguageSwitch()
    {
        auto shop = test::makeShop();
        PayoutsPage page(*shop->db, shop->manager());
        auto* make = page.findChild<QPushButton*>(QStringLiteral("payoutsMake"));
        QVERIFY(make);
        QCOMPARE(make->text(), QStringLiteral("Make statement"));
        Language::install(QStringLiteral("ru"));
        QTRY_COMPARE(make->text(), QStringLiteral("Составить отчёт"));
        QVERIFY(make->toolTip().startsWith(QStringLiteral("Составить отчёт")));
        Language::install(QStringLiteral("en"));
        QTRY_COMPARE(make->text(), QStringLiteral("Make statement"));
    }

    void makePayAndSaveAStatement()
    {
        auto shop = test::makeShop();
        test::seedShopCatalog(*shop, 2);
        test::openShift(*shop);
        QVERIFY(CommissionService(*shop->db).set(shop->manager(), producerId(*shop), QStringLiteral("felt"), 1000));
        sellSlippers(*shop, 2); // 2 400 som, 10% commission: 2 160 owed

        PayoutsPage page(*shop->db, shop->manager());
        page.resize(1024, 700);
        page.show();
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        const int index = page.producerBox()->findText(QStringLiteral("BOS-01"), Qt::MatchStartsWith);
        QVERIFY(index >= 0);
        page.producerBox()->setCurrentIndex(index);
        QVERIFY2(page.unsettledLabel()->text().contains(QStringLiteral("2,160.00")),
                 qPrintable(page.unsettledLabel()->text()));
        QCOMPARE(page.statementsView()->model()->rowCount(), 0);
        QVERIFY(!page.payButton()->isEnabled());

        QVERIFY(page.makeButton()->isEnabled());
        page.statementsView()->setFocus();
        QTest::keyClick(page.statementsView(), Qt::Key_N, Qt::ControlModifier);
        QVERIFY2(page.statementsView()->model()->rowCount() == 1, qPrintable(page.messageLabel()->text()));
        QCOMPARE(page.linesView()->model()->rowCount(), 1);
        QVERIFY(page.current().has_value());
        QCOMPARE(page.current()->owed, Money::fromSom(2160));
        QVERIFY2(page.totalsLabel()->text().contains(QStringLiteral("2,160.00")),
                 qPrintable(page.totalsLabel()->text()));
        QVERIFY2(page.messageLabel()->text().contains(page.current()->number), qPrintable(page.messageLabel()->text()));
        QVERIFY(page.payButton()->isEnabled());
        QVERIFY(page.unsettledLabel()->text().contains(QStringLiteral("0.00")));

        // The pay dialog names the producer and the amount; a bank transfer needs its reference.
        bool checked = false;
        test::whenModal(QStringLiteral("payDialog"), [&](QWidget* widget) {
            auto* dialog = qobject_cast<PayDialog*>(widget);
            QVERIFY(dialog);
            const QString what = dialog->findChild<QLabel*>(QStringLiteral("payWhat"))->text();
            QVERIFY2(what.contains(QStringLiteral("2,160.00")) && what.contains(QStringLiteral("BOS-01")),
                     qPrintable(what));
            dialog->methodBox()->setCurrentIndex(dialog->methodBox()->findData(int(Payout::Method::Bank)));
            QTest::mouseClick(dialog->payButton(), Qt::LeftButton);
            QVERIFY(dialog->isVisible());
            QVERIFY(!dialog->messageLabel()->text().isEmpty());
            test::typeText(dialog->referenceEdit(), QStringLiteral("KICB 55"));
            QTest::mouseClick(dialog->payButton(), Qt::LeftButton);
            checked = true;
        });
        QTest::keyClick(page.statementsView(), Qt::Key_F9);
        QVERIFY(checked);
        QVERIFY(page.current().has_value());
        QVERIFY(page.current()->isPaid());
        QCOMPARE(page.current()->due(), Money());
        QVERIFY(!page.payButton()->isEnabled());
        QVERIFY2(page.messageLabel()->text().contains(QStringLiteral("-PAY-")),
                 qPrintable(page.messageLabel()->text()));
        // A second payment of the same statement is refused and said so.
        QVERIFY(!page.payCurrent(Payout::Method::Bank, QStringLiteral("again")));
        QVERIFY(page.messageLabel()->text().contains(QStringLiteral("paid already")));

        const QString pdf = shop->dir.filePath(QStringLiteral("statement.pdf"));
        QVERIFY(page.writeCurrentPdf(pdf, Overwrite::Refuse));
        QVERIFY(QFile(pdf).size() > 1000);
        // Every action is on screen at 1024 x 700.
        for (QPushButton* b :
             {page.makeButton(), page.payButton(), page.saveButton(), page.printButton(), page.returnButton()})
            QVERIFY(page.rect().contains(b->geometry()));
    }

    void giveGoodsBack()
    {
        auto shop = test::makeShop();
        test::seedShopCatalog(*shop, 2);
        auto product = CatalogService(*shop->db).findBySku(QStringLiteral("FLT-001"));
        QVERIFY(product.ok() && product->has_value());
        StockLedger ledger(*shop->db);
        QVERIFY(ledger.receive(shop->manager(), product->value().id, Quantity::fromUnits(5), QStringLiteral("in")));

        ProducerReturnDialog dialog(*shop->db, shop->manager(), producerId(*shop));
        dialog.show();
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        // Every label with a keyboard letter leads to its field (none shows a bare '&').
        for (QLabel* label : dialog.findChildren<QLabel*>())
            if (label->text().contains(QLatin1Char('&')))
                QVERIFY2(label->buddy(), qPrintable(label->text()));
        QTest::keyClick(&dialog, Qt::Key_Q, Qt::AltModifier);
        QVERIFY(dialog.quantityEdit()->hasFocus());
        QVERIFY(!dialog.addCode(QStringLiteral("NO-SUCH")));
        QVERIFY(!dialog.messageLabel()->text().isEmpty());
        dialog.quantityEdit()->setText(QStringLiteral("2"));
        dialog.codeEdit()->setFocus();
        test::typeText(dialog.codeEdit(), QStringLiteral("4006381333931")); // the slippers' barcode
        QTest::keyClick(dialog.codeEdit(), Qt::Key_Return);
        QCOMPARE(dialog.linesTable()->rowCount(), 1);
        QCOMPARE(dialog.linesTable()->item(0, 2)->text(), QStringLiteral("2"));
        QVERIFY(dialog.isVisible());
        QTest::keyClick(&dialog, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(dialog.recorded().has_value());
        QVERIFY(dialog.recorded()->number.contains(QStringLiteral("-PRT-")));
        QCOMPARE(ledger.onHand(product->value().id).value(), Quantity::fromUnits(3));
        const QString pdf = shop->dir.filePath(QStringLiteral("return.pdf"));
        QVERIFY(dialog.writePdf(pdf, Overwrite::Refuse));
        QVERIFY(QFile(pdf).size() > 1000);
    }
};

QTEST_MAIN(TestPayouts)
#include "test_payouts.moc"
