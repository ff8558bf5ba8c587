// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// The till's counter screen driven from the keyboard as a cashier works it: scans, a search by
// name, a whole sale in cash, a manager's approval on the same screen, parking and recalling.
#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include "SaleFixture.h"
#include "models/audit/AuditLog.h"
#include "models/sales/SaleService.h"
#include "ui/sales/ApprovalDialog.h"
#include "ui/sales/CartTableModel.h"
#include "ui/sales/PaymentDialog.h"
#include "ui/sales/SalePage.h"
#include "ui/widgets/PinPad.h"

using namespace ovop;
using namespace ovop::ui;

namespace {

QString som(qint64 amount)
{
    return Money::fromSom(amount).format(QStringLiteral("en"));
}

struct Counter
{
    std::unique_ptr<test::Shop> shop = test::makeShop();
    std::unique_ptr<SalePage> page;

    explicit Counter(bool cashier = true, bool shift = true)
    {
        test::seedShopCatalog(*shop, 5);
        if (shift)
            test::openShift(*shop);
        page = std::make_unique<SalePage>(*shop->db, cashier ? shop->cashier() : shop->manager());
        page->resize(900, 700);
        page->show();
        page->activateWindow();
    }
    int lines() const { return page->cartModel()->rowCount(); }
};

} // namespace

class TestSale : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initUiTests(); }
    void init() { QSettings().clear(); }

    void aScanAddsALineAndTheTotal()
    {
        Counter c;
        QVERIFY(QTest::qWaitForWindowActive(c.page.get()));
        QTRY_COMPARE_WITH_TIMEOUT(QApplication::focusWidget(), c.page->scanField(), 2000);
        new QAbstractItemModelTester(c.page->cartModel(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     c.page.get());

        test::scanIntoFocus(test::FeltSlippersCode);
        QCOMPARE(c.lines(), 1);
        QCOMPARE(c.page->totalText(), som(1200));
        QVERIFY(c.page->scanField()->text().isEmpty()); // ready for the next scan
        const QModelIndex name = c.page->cartModel()->index(0, CartTableModel::Name);
        QCOMPARE(name.data().toString(), QStringLiteral("Felt slippers"));
        QVERIFY(name.data(CartTableModel::ProvenanceRole).toString().contains(QStringLiteral("Айгүл Асанова")));

        // The same product again is one more of the line; another is a new line, highlighted.
        test::scanIntoFocus(test::FeltSlippersCode);
        test::scanIntoFocus(test::HoneyCode);
        QCOMPARE(c.lines(), 2);
        QCOMPARE(c.page->cartModel()->index(0, CartTableModel::Quantity).data().toString(), QStringLiteral("2"));
        QCOMPARE(c.page->totalText(), som(2950));
        QCOMPARE(c.page->cartView()->currentIndex().row(), 1);
        QVERIFY(c.page->cartModel()->index(1, CartTableModel::Amount).data(CartTableModel::LastTouchedRole).toBool());
    }

    void anUnknownCodeKeepsTheCartAndSaysSo()
    {
        Counter c;
        QVERIFY(QTest::qWaitForWindowActive(c.page.get()));
        test::scanIntoFocus(test::FeltSlippersCode);
        test::scanIntoFocus(QStringLiteral("4600000000003"));
        QCOMPARE(c.lines(), 1);
        QCOMPARE(c.page->totalText(), som(1200));
        QVERIFY2(c.page->message().contains(QStringLiteral("4600000000003")), qPrintable(c.page->message()));
        // What was not found is selected: the next scan replaces it and works.
        QCOMPARE(c.page->scanField()->selectedText(), QStringLiteral("4600000000003"));
        test::scanIntoFocus(test::HoneyCode);
        QCOMPARE(c.lines(), 2);
    }

    void aWordSearchListsAndEnterAdds()
    {
        Counter c;
        QVERIFY(QTest::qWaitForWindowActive(c.page.get()));
        test::typeIntoFocus(QStringLiteral("morning honey"));
        QVERIFY(c.page->resultsView()->isVisible());
        QCOMPARE(c.page->resultsView()->count(), 1);
        QCOMPARE(QApplication::focusWidget(), c.page->resultsView());
        QCOMPARE(c.lines(), 0);
        test::typeIntoFocus(QString()); // Enter on the chosen result
        QCOMPARE(c.lines(), 1);
        QCOMPARE(c.page->cartModel()->index(0, CartTableModel::Name).data().toString(),
                 QStringLiteral("Morning honey"));
        QVERIFY(!c.page->resultsView()->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(QApplication::focusWidget(), c.page->scanField(), 2000);

        // Esc leaves the results with the cart as it was.
        test::typeIntoFocus(QStringLiteral("item"));
        QVERIFY(c.page->resultsView()->count() > 1);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QVERIFY(!c.page->resultsView()->isVisible());
        QCOMPARE(c.lines(), 1);
    }

    void aWholeSaleFromTheKeyboard()
    {
        Counter c;
        QVERIFY(QTest::qWaitForWindowActive(c.page.get()));
        QSignalSpy committed(c.page.get(), &SalePage::saleCommitted);
        test::scanIntoFocus(test::FeltSlippersCode);
        test::scanIntoFocus(test::HoneyCode);

        QString toPay;
        test::whenModal(QStringLiteral("paymentDialog"), [&](QWidget* dialog) {
            auto* payment = static_cast<PaymentDialog*>(dialog);
            toPay = payment->findChild<QLabel*>(QStringLiteral("paymentToPay"))->text();
            QCOMPARE(QApplication::focusWidget(), payment->tenderedField());
            QVERIFY(!payment->completeButton()->isEnabled());
            test::typeIntoFocus(QStringLiteral("2000"));
        });
        test::typeIntoFocus(QString()); // Enter on the empty scan field: pay in cash
        QCOMPARE(toPay, som(1750));

        QCOMPARE(committed.count(), 1);
        const Sale sale = committed.first().first().value<Sale>();
        auto stored = SaleService(*c.shop->db).find(sale.receipt);
        QVERIFY2(stored.ok(), qPrintable(stored.message()));
        QCOMPARE(stored->total, Money::fromSom(1750));
        QCOMPARE(stored->change, Money::fromSom(250));
        QCOMPARE(stored->lines.size(), 2);
        QCOMPARE(stored->language, QStringLiteral("ru")); // the shop's receipt language
        QCOMPARE(c.page->totalCaption(), QStringLiteral("Change"));
        QCOMPARE(c.page->totalText(), som(250));
        QCOMPARE(c.lines(), 0);

        // Right after the dialog closed, the scanner works again.
        QTRY_COMPARE_WITH_TIMEOUT(QApplication::focusWidget(), c.page->scanField(), 2000);
        test::scanIntoFocus(test::HoneyCode);
        QCOMPARE(c.lines(), 1);
        QCOMPARE(c.page->totalCaption(), QStringLiteral("Total"));
    }

    void cardAndCashTogether()
    {
        Counter c;
        QVERIFY(QTest::qWaitForWindowActive(c.page.get()));
        test::scanIntoFocus(test::FeltSlippersCode);
        test::whenModal(QStringLiteral("paymentDialog"), [&](QWidget* dialog) {
            auto* payment = static_cast<PaymentDialog*>(dialog);
            QCOMPARE(payment->method(), PaymentMethod::Card);
            test::typeIntoFocus(QStringLiteral("1000")); // no scheme yet: refused
            QVERIFY(payment->payments().isEmpty());
            QVERIFY(!payment->message().isEmpty());
            QTest::keyClick(payment->cardAmountField(), Qt::Key_2, Qt::AltModifier); // Visa
            QTest::qWait(300); // a button's shortcut clicks it a moment later
            QCOMPARE(QApplication::focusWidget(), payment->cardAmountField());
            test::typeIntoFocus(QString()); // 1000 is still typed
            QVERIFY2(payment->payments().size() == 1, qPrintable(payment->message()));
            QCOMPARE(payment->remaining(), Money::fromSom(200));
            QTest::keyClick(payment, Qt::Key_F2); // cash for the rest
            QTest::qWait(300);
            QCOMPARE(payment->method(), PaymentMethod::Cash);
            test::typeIntoFocus(QString()); // Enter: exactly what is left, and the sale completes
        });
        QTest::keyClick(c.page->scanField(), Qt::Key_Return, Qt::ControlModifier);
        auto sales = SaleService(*c.shop->db).list();
        QVERIFY(sales.ok());
        QCOMPARE(sales->size(), 1);
        auto sale = SaleService(*c.shop->db).get(sales->first().id);
        QVERIFY(sale.ok());
        QCOMPARE(sale->payments.size(), 2);
        QCOMPARE(sale->payments.at(0).scheme, std::optional<CardScheme>(CardScheme::Visa));
        QCOMPARE(c.page->totalCaption(), QStringLiteral("Paid"));
    }

    void withoutAShiftThePageSaysSoAndNothingIsSold()
    {
        Counter c(true, false);
        QVERIFY(QTest::qWaitForWindowActive(c.page.get()));
        QVERIFY2(c.page->message().contains(QStringLiteral("shift")), qPrintable(c.page->message()));
        test::scanIntoFocus(test::HoneyCode);
        QString refusal;
        test::whenModal(QStringLiteral("paymentDialog"), [&](QWidget* dialog) {
            test::typeIntoFocus(QString()); // exactly the total: refused, the dialog stays open
            refusal = static_cast<PaymentDialog*>(dialog)->message();
            static_cast<PaymentDialog*>(dialog)->done(QDialog::Rejected);
        });
        test::typeIntoFocus(QString());
        QVERIFY2(refusal.contains(QStringLiteral("shift")), qPrintable(refusal));
        QCOMPARE(c.lines(), 1);
        QCOMPARE(SaleService(*c.shop->db).list()->size(), 0);
    }

    void roundNotes()
    {
        const auto notes = PaymentDialog::roundNotesAbove(Money::fromTyiyn(123450));
        QCOMPARE(notes, (QList<Money>{Money::fromSom(1250), Money::fromSom(1300), Money::fromSom(1500),
                                      Money::fromSom(2000), Money::fromSom(5000)}));
        QCOMPARE(PaymentDialog::roundNotesAbove(Money::fromSom(1200)).first(), Money::fromSom(1250));
    }

    void aCashiersDiscountBeyondTheLimitIsApprovedByAManager()
    {
        Counter c;
        QVERIFY(QTest::qWaitForWindowActive(c.page.get()));
        test::scanIntoFocus(test::FeltSlippersCode);
        QString what;
        test::whenModal(QStringLiteral("valueDialog"), [](QWidget*) { test::typeIntoFocus(QStringLiteral("20")); });
        test::whenModal(QStringLiteral("approvalDialog"), [&](QWidget* dialog) {
            auto* approval = static_cast<ApprovalDialog*>(dialog);
            what = approval->findChild<QLabel*>(QStringLiteral("approvalWhat"))->text();
            // The cashier is not offered as an approver.
            for (int row = 0; row < approval->users()->count(); ++row)
                QVERIFY(approval->users()->item(row)->data(Qt::UserRole).toString() != QStringLiteral("cashier"));
            QVERIFY(approval->chooseUser(QStringLiteral("manager")));
            approval->pinPad()->focusField();
            test::typeIntoFocus(QStringLiteral("9999")); // a wrong PIN keeps the dialog open
            QVERIFY(!approval->pinPad()->error().isEmpty());
            QVERIFY(approval->isVisible());
            test::typeIntoFocus(QStringLiteral("2222"));
        });
        QTest::keyClick(c.page->scanField(), Qt::Key_F6);
        QVERIFY2(what.contains(QStringLiteral("20%")), qPrintable(what));
        QCOMPARE(c.page->till().cart().lines.first().discount.basisPoints, 2000);
        QCOMPARE(c.page->totalText(), som(960));
        QTRY_COMPARE_WITH_TIMEOUT(QApplication::focusWidget(), c.page->scanField(), 2000);

        // Within the limit, no one is asked.
        test::whenModal(QStringLiteral("valueDialog"), [](QWidget*) { test::typeIntoFocus(QStringLiteral("5%")); });
        QTest::keyClick(c.page->scanField(), Qt::Key_F7);
        QCOMPARE(c.page->till().cart().discount.basisPoints, 500);
    }

    void parkAndRecall()
    {
        Counter c;
        QVERIFY(QTest::qWaitForWindowActive(c.page.get()));
        test::scanIntoFocus(test::FeltSlippersCode);
        test::scanIntoFocus(test::HoneyCode);
        QTest::keyClick(c.page->scanField(), Qt::Key_Asterisk, Qt::AltModifier);
        QCOMPARE(c.lines(), 0);
        auto parked = c.page->till().parked();
        QVERIFY(parked.ok());
        QCOMPARE(parked->size(), 1);

        // The next customer.
        test::scanIntoFocus(test::HoneyCode);
        QCOMPARE(c.lines(), 1);
        QTest::keyClick(c.page->scanField(), Qt::Key_F5); // refused while a cart is open
        QVERIFY(!c.page->message().isEmpty());
        QCOMPARE(c.lines(), 1);
        c.page->till().clear();

        int offered = 0;
        test::whenModal(QStringLiteral("parkedDialog"), [&](QWidget* dialog) {
            offered = dialog->findChild<QListWidget*>(QStringLiteral("parkedList"))->count();
            test::typeIntoFocus(QString());
        });
        QTest::keyClick(c.page->scanField(), Qt::Key_F5);
        QCOMPARE(offered, 1);
        QCOMPARE(c.lines(), 2);
        QCOMPARE(c.page->totalText(), som(1750));
        QVERIFY(c.page->till().parked()->isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(QApplication::focusWidget(), c.page->scanField(), 2000);
    }

    void aCashiersVoidNeedsAManager()
    {
        Counter c;
        QVERIFY(QTest::qWaitForWindowActive(c.page.get()));
        test::scanIntoFocus(test::FeltSlippersCode);
        test::whenModal(QStringLiteral("approvalDialog"),
                        [](QWidget* dialog) { static_cast<QDialog*>(dialog)->reject(); });
        QTest::keyClick(c.page->scanField(), Qt::Key_Asterisk);
        QCOMPARE(c.lines(), 1); // not approved: the cart stays
        QVERIFY(!c.page->message().isEmpty());

        test::whenModal(QStringLiteral("approvalDialog"), [](QWidget* dialog) {
            QVERIFY(static_cast<ApprovalDialog*>(dialog)->chooseUser(QStringLiteral("manager")));
            static_cast<ApprovalDialog*>(dialog)->pinPad()->focusField();
            test::typeIntoFocus(QStringLiteral("2222"));
        });
        QTest::keyClick(c.page->scanField(), Qt::Key_Asterisk);
        QCOMPARE(c.lines(), 0);
        QVERIFY(c.page->scanField()->text().isEmpty()); // "*" voids, it is not typed
    }
};

QTEST_MAIN(TestSale)
#include "test_sale.moc"
