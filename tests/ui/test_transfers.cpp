// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// The transfers page: goods sent from one demo shop to a second one through the dialogs, received
// there with a difference, the confirmation recorded back at the sender; files refused.
#include <cctype>

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

#include "CatalogFixture.h"
#include "StockFixture.h"
#include "ui/transfers/ReceiveTransferDialog.h"
#include "ui/transfers/SendGoodsDialog.h"
#include "ui/transfers/TransferListModel.h"
#include "ui/transfers/TransfersPage.h"

using namespace ovop;
using namespace ovop::ui;

namespace {

// A button's shortcut clicks it a moment later, as the button shows itself pressed.
void pressShortcut(QWidget* widget, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(widget, key, modifiers);
    QTest::qWait(200);
}

void typeAndEnter(QLineEdit* field, const QString& text)
{
    field->setFocus();
    field->selectAll();
    QTest::keyClicks(field, text);
    QTest::keyClick(field, Qt::Key_Return);
}

// The receive dialog read its file (or said why not).
bool fileRead(QWidget* widget)
{
    return !static_cast<ReceiveTransferDialog*>(widget)->messageLabel()->text().isEmpty();
}

int rowOf(QTableWidget* table, int column, const QString& text)
{
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, column) && table->item(row, column)->text() == text)
            return row;
    return -1;
}

} // namespace

class TestTransfers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initUiTests(); }

    void goodsGoToAnotherShopAndComeBackConfirmed()
    {
        auto bishkek = test::makeDemoShop();
        auto karakol = test::makeDemoShop(QStringLiteral("KAR-1"));
        const QString file = bishkek->dir.filePath(QStringLiteral("to-karakol.json"));
        const QString confirmation = karakol->dir.filePath(QStringLiteral("confirmation.json"));

        // Bishkek sends two felt leopards and three honey jars.
        TransfersPage sender(*bishkek->db, bishkek->manager());
        sender.resize(1000, 700);
        sender.show();
        sender.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&sender));
        QCOMPARE(sender.model()->rowCount(), 0);
        bool sent = false;
        test::whenOpen(QStringLiteral("sendGoodsDialog"), [&](QWidget* widget) {
            auto* dialog = static_cast<SendGoodsDialog*>(widget);
            QVERIFY(!dialog->sendButton()->isEnabled());
            typeAndEnter(dialog->shopField(), QStringLiteral("KAR-1"));
            QVERIFY(dialog->codeField()->hasFocus());
            typeAndEnter(dialog->codeField(), QStringLiteral("FLT-001"));
            typeAndEnter(dialog->codeField(), QStringLiteral("FLT-001"));
            dialog->quantityField()->setText(QStringLiteral("3"));
            typeAndEnter(dialog->codeField(), test::DemoHoneyCode);
            // An unknown code is said and adds nothing.
            typeAndEnter(dialog->codeField(), QStringLiteral("000000000"));
            QCOMPARE(dialog->messageLabel()->property("role").toString(), QStringLiteral("error"));
            QCOMPARE(dialog->codeField()->selectedText(), QStringLiteral("000000000"));
            QCOMPARE(dialog->linesTable()->rowCount(), 2);
            QCOMPARE(dialog->linesTable()->item(0, 2)->text(), QStringLiteral("2"));
            QCOMPARE(dialog->linesTable()->item(1, 2)->text(), QStringLiteral("3"));
            // A line added by mistake is removed with Delete.
            typeAndEnter(dialog->codeField(), QStringLiteral("FLT-002"));
            QCOMPARE(dialog->linesTable()->rowCount(), 3);
            dialog->linesTable()->setFocus();
            dialog->linesTable()->selectRow(2);
            QTest::keyClick(dialog->linesTable(), Qt::Key_Delete);
            QCOMPARE(dialog->linesTable()->rowCount(), 2);

            test::answerFileDialog(file);
            pressShortcut(dialog, Qt::Key_S, Qt::ControlModifier);
            sent = dialog->sent().has_value();
            if (!sent)
                dialog->done(QDialog::Rejected);
        });
        pressShortcut(&sender, Qt::Key_N, Qt::ControlModifier);
        QVERIFY(sent);
        QVERIFY(QFile::exists(file));
        QCOMPARE(sender.model()->rowCount(), 1);
        const Transfer out = sender.model()->transfer(0);
        QCOMPARE(out.state, Transfer::State::Sent);
        QCOMPARE(out.toShop, QStringLiteral("KAR-1"));
        QVERIFY(sender.messageLabel()->text().contains(out.number));
        QCOMPARE(test::onHand(*bishkek, QStringLiteral("FLT-001")), Quantity::fromUnits(6));
        QCOMPARE(test::onHand(*bishkek, test::DemoHoneyCode), Quantity::fromUnits(27));
        QVERIFY(sender.linesTable()->rowCount() >= 2);

        // Karakol finds two honey jars instead of three.
        TransfersPage receiver(*karakol->db, karakol->manager());
        receiver.resize(1000, 700);
        receiver.show();
        receiver.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&receiver));
        bool received = false;
        bool confirmationSaved = false;
        test::answerFileDialog(file);
        test::whenOpen(
            QStringLiteral("receiveTransferDialog"),
            [&](QWidget* widget) {
                auto* dialog = static_cast<ReceiveTransferDialog*>(widget);
                QVERIFY2(dialog->receiveButton()->isEnabled(), qPrintable(dialog->messageLabel()->text()));
                QTableWidget* lines = dialog->linesTable();
                const int honey = rowOf(lines, ReceiveTransferDialog::Sku, QStringLiteral("HON-001"));
                QVERIFY(honey >= 0);
                QCOMPARE(lines->item(honey, ReceiveTransferDialog::Received)->text(), QStringLiteral("3"));
                lines->item(honey, ReceiveTransferDialog::Received)->setText(QStringLiteral("2"));
                test::answerModal(QStringLiteral("confirmButton")); // one line differs: received as counted?
                pressShortcut(dialog, Qt::Key_Return, Qt::ControlModifier);
                received = dialog->receipt().has_value();
                QVERIFY2(received, qPrintable(dialog->messageLabel()->text()));
                QVERIFY(dialog->saveConfirmationButton()->isEnabled());
                dialog->activateWindow(); // back from the question, as a window manager does
                QVERIFY(QTest::qWaitForWindowActive(dialog));
                test::answerFileDialog(confirmation);
                pressShortcut(dialog, Qt::Key_S, Qt::ControlModifier);
                confirmationSaved = QFile::exists(confirmation);
                dialog->reject();
            },
            fileRead);
        pressShortcut(&receiver, Qt::Key_O, Qt::ControlModifier);
        QVERIFY(received);
        QVERIFY(confirmationSaved);
        QCOMPARE(test::onHand(*karakol, test::DemoHoneyCode), Quantity::fromUnits(32));
        QCOMPARE(test::onHand(*karakol, QStringLiteral("FLT-001")), Quantity::fromUnits(10));
        QCOMPARE(receiver.model()->rowCount(), 1);
        QCOMPARE(receiver.model()->transfer(0).state, Transfer::State::ReceivedWithDifferences);
        QCOMPARE(receiver.model()->transfer(0).direction, Transfer::Direction::In);
        const QModelIndex state = receiver.view()->model()->index(0, TransferListModel::State);
        QVERIFY(state.data().toString().contains(QStringLiteral("differences")));

        // The same file again is refused: already received.
        {
            ReceiveTransferDialog again(*karakol->db, karakol->manager());
            again.load(file);
            QCOMPARE(again.messageLabel()->property("role").toString(), QStringLiteral("error"));
            QVERIFY(!again.receiveButton()->isEnabled());
        }

        // Back in Bishkek, the confirmation is recorded.
        bool recorded = false;
        test::answerFileDialog(confirmation);
        test::whenOpen(
            QStringLiteral("receiveTransferDialog"),
            [&](QWidget* widget) {
                auto* dialog = static_cast<ReceiveTransferDialog*>(widget);
                QVERIFY2(dialog->receiveButton()->isEnabled(), qPrintable(dialog->messageLabel()->text()));
                QVERIFY(!dialog->saveConfirmationButton()->isVisible());
                pressShortcut(dialog, Qt::Key_Return, Qt::ControlModifier);
                recorded = dialog->receipt().has_value();
                QTest::keyClick(dialog, Qt::Key_Escape);
            },
            fileRead);
        sender.receiveTransfer();
        QVERIFY(recorded);
        QCOMPARE(sender.model()->transfer(0).state, Transfer::State::ReceivedWithDifferences);
        QCOMPARE(sender.model()->transfer(0).received, Quantity::fromUnits(4));
        // Enter on the list goes to the lines, which show what arrived.
        sender.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&sender));
        sender.view()->setFocus();
        QTest::keyClick(sender.view(), Qt::Key_Return);
        QVERIFY(sender.linesTable()->hasFocus());
        const int honey = rowOf(sender.linesTable(), 1, QStringLiteral("HON-001"));
        QVERIFY(honey >= 0);
        QCOMPARE(sender.linesTable()->item(honey, 5)->text(), QStringLiteral("2"));
    }

    void damagedAndMisaddressedFilesAreRefused()
    {
        auto bishkek = test::makeDemoShop();
        auto karakol = test::makeDemoShop(QStringLiteral("KAR-1"));
        const QString file = bishkek->dir.filePath(QStringLiteral("t.json"));
        QVERIFY(TransferService(*bishkek->db)
                    .send(bishkek->manager(), QStringLiteral("KAR-1"),
                          {TransferItem{QStringLiteral("FLT-001"), {}, Quantity::fromUnits(1)}}, file)
                    .ok());
        QFile original(file);
        QVERIFY(original.open(QIODevice::ReadOnly));
        QByteArray bytes = original.readAll();
        original.close();
        qsizetype at = bytes.indexOf("\"quantity\"");
        QVERIFY(at > 0);
        while (at < bytes.size() && !std::isdigit(static_cast<unsigned char>(bytes.at(at))))
            ++at;
        QVERIFY(at < bytes.size());
        bytes[at] = bytes.at(at) == '9' ? '8' : '9'; // one more or fewer sent than the hash says
        const QString damaged = karakol->dir.filePath(QStringLiteral("damaged.json"));
        QFile out(damaged);
        QVERIFY(out.open(QIODevice::WriteOnly) && out.write(bytes) == bytes.size());
        out.close();

        ReceiveTransferDialog dialog(*karakol->db, karakol->manager());
        dialog.load(damaged);
        QCOMPARE(dialog.messageLabel()->property("role").toString(), QStringLiteral("error"));
        QVERIFY(!dialog.messageLabel()->text().isEmpty());
        QVERIFY(!dialog.receiveButton()->isEnabled());
        // Its key named as on the keyboard and in the dialog's own hint.
        QVERIFY2(dialog.receiveButton()->text().endsWith(QStringLiteral("Ctrl+Enter")),
                 qPrintable(dialog.receiveButton()->text()));
        QCOMPARE(dialog.linesTable()->rowCount(), 0);
        QCOMPARE(test::onHand(*karakol, QStringLiteral("FLT-001")), Quantity::fromUnits(8));

        // The sender's own file is not for it to open.
        ReceiveTransferDialog own(*bishkek->db, bishkek->manager());
        own.load(file);
        QCOMPARE(own.messageLabel()->property("role").toString(), QStringLiteral("error"));
        QVERIFY(!own.receiveButton()->isEnabled());

        // The good file is accepted by the shop it is for.
        ReceiveTransferDialog good(*karakol->db, karakol->manager());
        good.load(file);
        QVERIFY2(good.receiveButton()->isEnabled(), qPrintable(good.messageLabel()->text()));
        QCOMPARE(good.linesTable()->rowCount(), 1);
    }
};

QTEST_MAIN(TestTransfers)
#include "test_transfers.moc"
