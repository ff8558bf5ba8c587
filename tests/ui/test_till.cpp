// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// The till's shift page and its dialogs (open, cash in and out, X, close with a count, Z copies) and
// the return dialog, driven as a cashier drives them.
#include <functional>

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include "CatalogFixture.h"
#include "ShopFixture.h"
#include "models/demo/DemoCatalog.h"
#include "models/demo/DemoSales.h"
#include "models/sales/ReturnService.h"
#include "models/sales/SaleService.h"
#include "models/sales/ShiftService.h"
#include "models/settings/ShopSettings.h"
#include "ui/till/CashDialog.h"
#include "ui/till/CloseShiftDialog.h"
#include "ui/sales/ApprovalDialog.h"
#include "ui/till/ReceiptPreviewDialog.h"
#include "ui/till/ReturnDialog.h"
#include "ui/till/ReturnLinesModel.h"
#include "ui/till/ShiftLists.h"
#include "ui/till/ShiftPage.h"
#include "ui/widgets/FieldError.h"
#include "ui/widgets/PinPad.h"

using namespace ovop;
using namespace ovop::ui;

namespace {

// Each test's waits for dialogs end with the test.
int testGeneration = 0;

// Runs act on the modal dialog of type Dialog once it is open (polling for a few seconds).
template <typename Dialog> void whenOpen(std::function<void(Dialog*)> act, int tries = 300)
{
    const int generation = testGeneration;
    QTimer::singleShot(10, [act, tries, generation] {
        if (generation != testGeneration)
            return;
        if (auto* dialog = qobject_cast<Dialog*>(QApplication::activeModalWidget())) {
            act(dialog);
            return;
        }
        if (tries > 0)
            whenOpen<Dialog>(act, tries - 1);
    });
}

// A shop with the demo catalogue and the demo till: a closed shift (Z 1) and an open one with sales.
std::unique_ptr<test::Shop> demoShop()
{
    auto shop = test::makeShop();
    if (auto seeded = seedDemoCatalog(*shop->db, shop->manager()); !seeded)
        qFatal("%s", qPrintable(seeded.message()));
    if (auto sold = seedDemoSales(*shop->db, shop->cashier()); !sold)
        qFatal("%s", qPrintable(sold.message()));
    return shop;
}

// A sale of the open shift with nothing returned yet.
Sale openShiftSale(Database& db)
{
    auto shift = ShiftService(db).current();
    SaleFilter filter;
    filter.shiftId = (*shift.value()).id;
    const auto listed = SaleService(db).list(filter);
    for (const Sale& one : listed.value()) {
        auto sale = SaleService(db).find(one.receipt);
        if (sale && !sale->lines.isEmpty() && sale->lines.first().returned.isZero())
            return sale.value();
    }
    return {};
}

QString screenshotDir()
{
    return qEnvironmentVariable("OVOP_SCREENSHOTS");
}

void grabInto(QWidget* widget, const QString& name)
{
    if (screenshotDir().isEmpty())
        return;
    QDir().mkpath(screenshotDir());
    widget->grab().save(QDir(screenshotDir()).filePath(name + QStringLiteral(".png")));
}

} // namespace

class TestTill : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initUiTests(); }
    void cleanup()
    {
        ++testGeneration;
        test::switchLanguage(QStringLiteral("en"));
    }

    void opensAShiftAndRefusesCashOutBeyondTheDrawer()
    {
        auto shop = test::makeShop();
        const Session cashier = shop->cashier();
        ShiftPage page(*shop->db, cashier);
        QCOMPARE(page.stateLabel()->text(), QStringLiteral("No shift is open"));
        QVERIFY(page.openButton()->isEnabled());
        QVERIFY(!page.cashOutButton()->isEnabled());

        whenOpen<CashDialog>([](CashDialog* dialog) {
            QTest::keyClicks(dialog->amountField(), QStringLiteral("1500"));
            QTest::keyClick(dialog->amountField(), Qt::Key_Return);
        });
        page.openShift();
        QCOMPARE(page.stateLabel()->text(), QStringLiteral("Shift 1 is open"));
        QCOMPARE(page.expectedLabel()->text(), QStringLiteral("1,500.00 som"));
        QVERIFY(page.messageLabel()->text().contains(QStringLiteral("1,500.00 som")));
        QVERIFY(!page.openButton()->isEnabled());

        // More than the drawer holds: refused beside the amount, the dialog stays open.
        CashDialog out(*shop->db, cashier, CashDialog::Kind::CashOut, page.totals()->expectedCash);
        QTest::keyClicks(out.amountField(), QStringLiteral("2000"));
        QTest::keyClicks(out.reasonField(), QStringLiteral("Bank"));
        out.submit();
        QVERIFY(out.result() != QDialog::Accepted);
        QVERIFY2(out.amountError()->message().contains(QStringLiteral("1,500.00")),
                 qPrintable(out.amountError()->message()));
        QVERIFY(out.amountField()->property("invalid").toBool());
        // Without a reason: refused beside the reason.
        out.amountField()->setText(QStringLiteral("200"));
        out.reasonField()->clear();
        out.submit();
        QVERIFY(!out.reasonError()->message().isEmpty());
        QVERIFY(!out.amountError()->hasError());
        out.reasonField()->setText(QStringLiteral("Bank"));
        out.submit();
        QCOMPARE(out.result(), int(QDialog::Accepted));
        page.reload();
        QCOMPARE(page.expectedLabel()->text(), QStringLiteral("1,300.00 som"));
        QVERIFY(page.figuresLabel()->text().contains(QStringLiteral("200.00 som")));
    }

    void xReportShowsTheExpectedCash()
    {
        auto shop = demoShop();
        ShiftPage page(*shop->db, shop->cashier());
        page.show();
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        const Money expected = ShiftService(*shop->db).totals()->expectedCash;
        QCOMPARE(page.expectedLabel()->text(), expected.format(QStringLiteral("en")));
        QString text;
        whenOpen<ReceiptPreviewDialog>([&text](ReceiptPreviewDialog* preview) {
            text = preview->text();
            QVERIFY(!preview->picture()->pixmap().isNull());
            preview->accept();
        });
        QCOMPARE(page.xButton()->shortcut(), QKeySequence(Qt::Key_F6));
        QVERIFY(page.xButton()->text().contains(QStringLiteral("F6")));
        page.xButton()->click();
        QVERIFY2(text.contains(QStringLiteral("X REPORT")), qPrintable(text));
        QVERIFY2(text.contains(expected.format(QStringLiteral("en"))), qPrintable(text));
    }

    void closesWithACountAndPrintsTheZReportAgainAsACopy()
    {
        auto shop = demoShop();
        const Session cashier = shop->cashier();
        const ShiftTotals totals = ShiftService(*shop->db).totals().value();
        CloseShiftDialog dialog(*shop->db, cashier, totals);
        // Counted: as many 1000 som notes as fit, and one 50 tyiyn coin.
        const int thousands = int(totals.expectedCash.tyiyn() / 100000);
        QSpinBox* notes = dialog.countField(100000);
        QVERIFY(notes);
        notes->setFocus();
        notes->selectAll();
        QTest::keyClicks(notes, QString::number(thousands));
        QTest::keyClick(notes, Qt::Key_Return); // goes on to the next count, does not close
        QVERIFY(!dialog.report());
        dialog.countField(50)->setValue(1);
        const Money counted = Money::fromTyiyn(thousands * 100000 + 50);
        QCOMPARE(dialog.countedLabel()->text(), counted.format(QStringLiteral("en")));
        QCOMPARE(dialog.expectedLabel()->text(), totals.expectedCash.format(QStringLiteral("en")));
        const Money difference = counted - totals.expectedCash;
        QVERIFY(dialog.differenceLabel()->text().endsWith(difference.format(QStringLiteral("en"))));
        QCOMPARE(dialog.differenceLabel()->property("state").toString(),
                 difference.isZero() ? QStringLiteral("even") : QStringLiteral("short"));
        grabInto(&dialog, QStringLiteral("close-shift-en"));

        dialog.submit();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.report());
        QCOMPARE(dialog.report()->zNumber, 2); // the demo closed Z 1
        QCOMPARE(dialog.report()->difference, difference);
        QVERIFY(!ShiftService(*shop->db).current().value());

        // The Z reports, newest first; the copy says so.
        ZReportsDialog list(*shop->db, cashier);
        QCOMPARE(list.numbers(), (QList<int>{2, 1}));
        QString text;
        bool copy = false;
        whenOpen<ReceiptPreviewDialog>([&](ReceiptPreviewDialog* preview) {
            text = preview->text();
            copy = preview->receipt().copy;
            preview->accept();
        });
        list.showCopy();
        QVERIFY(copy);
        QVERIFY2(text.contains(QStringLiteral("COPY")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("2")), qPrintable(text));
    }

    void closingFromThePageShowsTheNumberedZReport()
    {
        auto shop = demoShop();
        ShiftPage page(*shop->db, shop->cashier());
        QString summary;
        whenOpen<CloseShiftDialog>([&summary](CloseShiftDialog* dialog) {
            dialog->countField(500000)->setValue(1);
            whenOpen<ReceiptPreviewDialog>([&summary](ReceiptPreviewDialog* preview) {
                summary = preview->summaryLabel()->text();
                QVERIFY(!preview->receipt().copy);
                preview->accept();
            });
            QTest::mouseClick(dialog->closeButton(), Qt::LeftButton);
        });
        page.closeShift();
        QVERIFY2(summary.contains(QStringLiteral("Z report No. 2")), qPrintable(summary));
        QVERIFY(summary.contains(QStringLiteral("Difference")));
        QCOMPARE(page.stateLabel()->text(), QStringLiteral("No shift is open"));
    }

    void returnsOneLineOfAScannedReceipt()
    {
        auto shop = demoShop();
        const Sale sale = openShiftSale(*shop->db);
        QVERIFY(!sale.id.isEmpty());
        ReturnDialog dialog(*shop->db, shop->cashier());
        QTest::keyClicks(dialog.receiptField(), sale.receipt);
        QTest::keyClick(dialog.receiptField(), Qt::Key_Return);
        ReturnLinesModel* lines = dialog.lines();
        QCOMPARE(lines->rowCount(), int(sale.lines.size()));
        QCOMPARE(lines->index(0, ReturnLinesModel::Sold).data().toString(),
                 sale.lines.first().quantity.format(QStringLiteral("en")));
        QVERIFY(!dialog.returnButton()->isEnabled());

        QVERIFY(lines->setData(lines->index(0, ReturnLinesModel::ToReturn), QStringLiteral("1"), Qt::EditRole));
        const Money refund = ReturnService::refundFor(sale.lines.first(), {}, Quantity::fromUnits(1));
        QVERIFY(dialog.refundLabel()->text().contains(refund.format(QStringLiteral("en"))));
        dialog.refundCash()->setChecked(true);
        QTest::mouseClick(dialog.returnButton(), Qt::LeftButton);
        QVERIFY(dialog.lastReturn());
        const QString result = dialog.resultLabel()->text();
        QVERIFY2(result.contains(dialog.lastReturn()->receipt), qPrintable(result));
        QVERIFY2(result.contains(QStringLiteral("Cash ") + refund.format(QStringLiteral("en"))), qPrintable(result));
        // Returned before now counts it.
        QCOMPARE(lines->index(0, ReturnLinesModel::ReturnedBefore).data().toString(), QStringLiteral("1"));
        QCOMPARE(ReturnService(*shop->db).forSale(sale.id).value().size(), 1);
        QVERIFY(dialog.receiptButton()->isEnabled());
        QString printed;
        whenOpen<ReceiptPreviewDialog>([&printed](ReceiptPreviewDialog* preview) {
            printed = preview->text();
            preview->accept();
        });
        dialog.showReceipt();
        QVERIFY(printed.contains(dialog.lastReturn()->receipt));
    }

    void refusesToReturnMoreThanWasSold()
    {
        auto shop = demoShop();
        const Sale sale = openShiftSale(*shop->db);
        ReturnDialog dialog(*shop->db, shop->cashier());
        dialog.lookUp(sale.receipt);
        const Quantity tooMany = sale.lines.first().quantity + Quantity::fromUnits(1);
        dialog.lines()->setToReturn(0, tooMany);
        dialog.submit();
        QVERIFY(!dialog.lastReturn());
        QVERIFY2(dialog.linesError()->message().contains(QStringLiteral("can still be returned")),
                 qPrintable(dialog.linesError()->message()));
        QVERIFY(ReturnService(*shop->db).forSale(sale.id).value().isEmpty());
        QVERIFY(SaleService(*shop->db).find(sale.receipt)->lines.first().returned.isZero());

        // An unknown receipt: said beside the receipt field.
        dialog.lookUp(QStringLiteral("BIS-1-T1-999999"));
        QVERIFY(dialog.receiptError()->hasError());
        QCOMPARE(dialog.lines()->rowCount(), 0);
    }

    void aReturnAboveTheLimitNeedsAManagersPin()
    {
        auto shop = demoShop();
        QVERIFY(SettingsService(*shop->db).set(shop->admin(), QStringLiteral("return_approval_limit"),
                                               QStringLiteral("1")));
        const Sale sale = openShiftSale(*shop->db);
        ReturnDialog dialog(*shop->db, shop->cashier());
        dialog.lookUp(sale.receipt);
        dialog.allButton()->click();
        QString what;
        whenOpen<ApprovalDialog>([&what](ApprovalDialog* approval) {
            what = approval->findChild<QLabel*>(QStringLiteral("approvalWhat"))->text();
            QVERIFY(approval->chooseUser(QStringLiteral("manager")));
            // A wrong PIN first: refused on the pad, the dialog stays.
            QTest::keyClicks(approval->pinPad()->field(), QStringLiteral("9999"));
            QTest::keyClick(approval->pinPad()->field(), Qt::Key_Return);
            QVERIFY(!approval->pinPad()->error().isEmpty());
            QTest::keyClicks(approval->pinPad()->field(), QStringLiteral("2222"));
            QTest::keyClick(approval->pinPad()->field(), Qt::Key_Return);
        });
        dialog.submit();
        QVERIFY2(what.contains(QStringLiteral("approval")), qPrintable(what));
        QVERIFY(dialog.lastReturn());
        QCOMPARE(dialog.lastReturn()->approvedBy, QStringLiteral("manager"));
        QCOMPARE(dialog.lastReturn()->total, sale.total - Money());
        QVERIFY(dialog.resultLabel()->text().contains(QStringLiteral("manager")));
    }

    void everythingFitsAt1024x768InKyrgyzAndRussian()
    {
        auto shop = demoShop();
        const Sale sale = openShiftSale(*shop->db);
        for (const QString& language : {QStringLiteral("ky"), QStringLiteral("ru"), QStringLiteral("en")}) {
            test::switchLanguage(language);
            Session cashier = shop->cashier();
            cashier.language = language;
            // The page beside the navigation, under the title: about 800 x 640 of the screen.
            ShiftPage page(*shop->db, cashier);
            page.resize(800, 640);
            page.show();
            QVERIFY(QTest::qWaitForWindowExposed(&page));
            const QSize pageMin = page.minimumSizeHint();
            QVERIFY2(
                pageMin.width() <= 800 && pageMin.height() <= 640,
                qPrintable(QStringLiteral("%1: %2 x %3").arg(language).arg(pageMin.width()).arg(pageMin.height())));
            for (QPushButton* b : page.findChildren<QPushButton*>())
                QVERIFY2(b->width() >= b->sizeHint().width() - 1 || b->text().contains(QLatin1Char('\n')),
                         qPrintable(b->text()));
            grabInto(&page, QStringLiteral("shift-page-") + language);

            const ShiftTotals totals = ShiftService(*shop->db).totals().value();
            CloseShiftDialog close(*shop->db, cashier, totals);
            close.countField(500000)->setValue(1);
            close.countField(10000)->setValue(3);
            close.countField(50)->setValue(2);
            close.show();
            QVERIFY(QTest::qWaitForWindowExposed(&close));
            QVERIFY2(close.width() <= 1024 && close.height() <= 700,
                     qPrintable(QStringLiteral("%1: %2 x %3").arg(language).arg(close.width()).arg(close.height())));
            grabInto(&close, QStringLiteral("close-shift-") + language);

            auto settings = SettingsService(*shop->db).load();
            ZReport z = ShiftService(*shop->db).zReport(1).value();
            ReceiptPreviewDialog preview(ReceiptLayout::zReport(z, settings.value(), language, true),
                                         QStringLiteral("Z"), QStringLiteral("Z 1"), QStringLiteral("Z-1"));
            preview.show();
            QVERIFY(QTest::qWaitForWindowExposed(&preview));
            QVERIFY(preview.width() <= 1024 && preview.height() <= 700);
            grabInto(&preview, QStringLiteral("z-report-") + language);

            ReturnDialog returns(*shop->db, cashier);
            returns.lookUp(sale.receipt);
            returns.lines()->setToReturn(0, Quantity::fromUnits(1));
            returns.show();
            QVERIFY(QTest::qWaitForWindowExposed(&returns));
            const QSize returnMin = returns.minimumSizeHint();
            QVERIFY2(
                returns.width() <= 1024 && returns.height() <= 700 && returnMin.width() <= 1000,
                qPrintable(QStringLiteral("%1: %2 x %3").arg(language).arg(returns.width()).arg(returns.height())));
            for (QPushButton* b : returns.findChildren<QPushButton*>())
                QVERIFY2(b->width() >= b->sizeHint().width() - 1, qPrintable(b->text()));
            grabInto(&returns, QStringLiteral("return-") + language);
        }
    }
};

QTEST_MAIN(TestTill)
#include "test_till.moc"
