// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// Changes the user may regret: archiving asks first and can be undone, the keyboard stays in the
// table, messages appear without moving it; editors ask before dropping unsaved changes; a
// read-only editor looks read-only.
#include <QApplication>
#include <QDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>

#include "CatalogFixture.h"
#include "models/catalog/CatalogService.h"
#include "models/catalog/ProducerService.h"
#include "ui/catalog/ProductEditor.h"
#include "ui/catalog/ProductTableModel.h"
#include "ui/catalog/ProductsPage.h"
#include "ui/producers/ProducerEditor.h"
#include "ui/producers/ProducersPage.h"

using namespace ovop;
using namespace ovop::ui;

namespace {

bool productActive(test::Shop& shop, const QString& sku)
{
    return CatalogService(*shop.db).findBySku(sku).value()->active;
}

QLineEdit* lineEdit(RecordEditor& editor, const QString& key)
{
    return qobject_cast<QLineEdit*>(editor.field(key));
}

// Clicks a button once the events of a dialog just closed are handled.
void press(QPushButton* button)
{
    QTest::qWait(50);
    QTest::mouseClick(button, Qt::LeftButton);
}

// The colour of a field's background, a few pixels inside its left edge.
QColor background(QWidget* field)
{
    const QImage image = field->grab().toImage();
    return image.pixelColor(4, image.height() / 2);
}

} // namespace

class TestCatalogChanges : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initUiTests(); }
    void init() { QSettings().clear(); }

    void archivingAsksThenCanBeUndoneAndKeepsTheKeyboardInTheTable()
    {
        auto shop = test::makeShop();
        test::seedShopCatalog(*shop, 3);
        ProductsPage page(*shop->db, shop->manager());
        page.resize(900, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        QVERIFY(page.selectSku(QStringLiteral("FLT-001")));
        const QRect tableBefore = page.view()->geometry();

        // Cancelled: nothing changes.
        QString dialog;
        QString question;
        test::answerModal(QStringLiteral("cancelButton"), &dialog, &question);
        press(page.archiveButton());
        QCOMPARE(dialog, QStringLiteral("confirmDialog"));
        QVERIFY(question.contains(QStringLiteral("Felt slippers")));
        QVERIFY(question.contains(QStringLiteral("FLT-001")));
        QVERIFY(question.contains(QStringLiteral("On hand")));
        QVERIFY(productActive(*shop, QStringLiteral("FLT-001")));

        // Confirmed: archived, the message offers Undo, the table kept its place and the keyboard.
        page.archiveButton()->setFocus();
        QString again;
        test::answerModal(QStringLiteral("confirmButton"), &again);
        press(page.archiveButton());
        QVERIFY2(!productActive(*shop, QStringLiteral("FLT-001")), qPrintable(again + page.messageLabel()->text()));
        QVERIFY(page.messageLabel()->isVisible());
        QVERIFY(page.messageLabel()->text().contains(QStringLiteral("FLT-001")));
        QVERIFY(page.undoButton()->isVisible());
        QCOMPARE(page.view()->geometry(), tableBefore);
        QCOMPARE(page.focusWidget(), page.view());
        QVERIFY(!page.currentSku().isEmpty()); // the next row, ready for the next key

        // Undo puts it on sale again.
        press(page.undoButton());
        QVERIFY(productActive(*shop, QStringLiteral("FLT-001")));
        QCOMPARE(page.currentSku(), QStringLiteral("FLT-001"));
        QVERIFY(!page.undoButton()->isVisible());
        QCOMPARE(page.view()->geometry(), tableBefore);

        // Ctrl+Z undoes too; Delete archives (after asking).
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        page.view()->setFocus();
        test::answerModal(QStringLiteral("confirmButton"));
        QTest::keyClick(page.view(), Qt::Key_Delete);
        QVERIFY(!productActive(*shop, QStringLiteral("FLT-001")));
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        QTest::keyClick(page.view(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(productActive(*shop, QStringLiteral("FLT-001")));
    }

    void archivingAProducerAsksAndCanBeUndone()
    {
        auto shop = test::makeShop();
        test::seedShopCatalog(*shop, 0);
        ProducersPage page(*shop->db, shop->manager());
        page.resize(900, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        QVERIFY(page.selectCode(QStringLiteral("BIR-01")));
        const QRect tableBefore = page.view()->geometry();
        QString question;
        test::answerModal(QStringLiteral("confirmButton"), nullptr, &question);
        press(page.archiveButton());
        QVERIFY2(question.contains(QStringLiteral("Бирлик бал")), qPrintable(question));
        QVERIFY(!ProducerService(*shop->db).get(shop->manager(), QStringLiteral("BIR-01")).value().active);
        QCOMPARE(page.focusWidget(), page.view());
        QCOMPARE(page.view()->geometry(), tableBefore);
        press(page.undoButton());
        QVERIFY(ProducerService(*shop->db).get(shop->manager(), QStringLiteral("BIR-01")).value().active);
    }

    void closingAnEditorWithChangesAsks()
    {
        auto shop = test::makeShop();
        test::seedShopCatalog(*shop, 0);
        {
            // Nothing changed: Esc closes without a question.
            ProductEditor editor(*shop->db, shop->manager(), QStringLiteral("FLT-001"));
            editor.show();
            QVERIFY(QTest::qWaitForWindowActive(&editor));
            QVERIFY(!editor.hasUnsavedChanges());
            QTest::keyClick(&editor, Qt::Key_Escape);
            QVERIFY(!editor.isVisible());
            QCOMPARE(editor.result(), int(QDialog::Rejected));
        }
        {
            // Changed, Esc, "keep editing": still open with the change; then Discard.
            ProductEditor editor(*shop->db, shop->manager(), QStringLiteral("FLT-001"));
            editor.show();
            QVERIFY(QTest::qWaitForWindowActive(&editor));
            QLineEdit* name = lineEdit(editor, ProductField::NameEn);
            name->setFocus();
            QTest::keyClick(name, Qt::Key_End);
            QTest::keyClicks(name, QStringLiteral(" (large)"));
            QVERIFY(editor.hasUnsavedChanges());
            QString dialog;
            test::answerModal(QStringLiteral("keepEditingButton"), &dialog);
            QTest::keyClick(name, Qt::Key_Escape);
            QCOMPARE(dialog, QStringLiteral("unsavedChangesDialog"));
            QVERIFY(editor.isVisible());
            QCOMPARE(name->text(), QStringLiteral("Felt slippers (large)"));
            test::answerModal(QStringLiteral("discardChangesButton"));
            QTest::mouseClick(editor.cancelButton(), Qt::LeftButton);
            QVERIFY(!editor.isVisible());
            QCOMPARE(CatalogService(*shop->db).findBySku(QStringLiteral("FLT-001")).value()->name.en,
                     QStringLiteral("Felt slippers"));
        }
        {
            // Changed, Cancel, Save: saved and closed.
            ProductEditor editor(*shop->db, shop->manager(), QStringLiteral("FLT-001"));
            editor.show();
            QVERIFY(QTest::qWaitForWindowActive(&editor));
            QLineEdit* name = lineEdit(editor, ProductField::NameEn);
            name->setFocus();
            QTest::keyClick(name, Qt::Key_End);
            QTest::keyClicks(name, QStringLiteral(" (large)"));
            test::answerModal(QStringLiteral("saveChangesButton"));
            QTest::mouseClick(editor.cancelButton(), Qt::LeftButton);
            QCOMPARE(editor.result(), int(QDialog::Accepted));
            QCOMPARE(CatalogService(*shop->db).findBySku(QStringLiteral("FLT-001")).value()->name.en,
                     QStringLiteral("Felt slippers (large)"));
        }
        {
            // The producer editor the same way.
            ProducerEditor editor(*shop->db, shop->manager(), QStringLiteral("BOS-01"));
            editor.show();
            QVERIFY(QTest::qWaitForWindowActive(&editor));
            QVERIFY(!editor.hasUnsavedChanges());
            QLineEdit* phone = lineEdit(editor, ProducerField::Phone);
            phone->setFocus();
            QTest::keyClicks(phone, QStringLiteral("+996 555 000 111"));
            QString dialog;
            test::answerModal(QStringLiteral("discardChangesButton"), &dialog);
            QTest::keyClick(phone, Qt::Key_Escape);
            QCOMPARE(dialog, QStringLiteral("unsavedChangesDialog"));
            QVERIFY(!editor.isVisible());
            QVERIFY(ProducerService(*shop->db).get(shop->manager(), QStringLiteral("BOS-01")).value().phone.isEmpty());
        }
    }

    void aReadOnlyEditorLooksReadOnly()
    {
        auto shop = test::makeShop();
        test::seedShopCatalog(*shop, 0);
        ProductEditor readOnly(*shop->db, shop->cashier(), QStringLiteral("FLT-001"));
        ProductEditor editable(*shop->db, shop->manager(), QStringLiteral("FLT-001"));
        for (ProductEditor* editor : {&readOnly, &editable}) {
            editor->show();
            QVERIFY(QTest::qWaitForWindowExposed(editor));
        }
        QVERIFY(readOnly.isReadOnly());
        QVERIFY(!readOnly.saveButton()->isVisible());
        QVERIFY(readOnly.windowTitle().contains(QStringLiteral("read only")));
        QCOMPARE(readOnly.cancelButton()->text(), QStringLiteral("Close"));
        QVERIFY(editable.saveButton()->isVisible());
        QVERIFY(!editable.windowTitle().contains(QStringLiteral("read only")));
        for (const QString& key : {ProductField::Sku, ProductField::NameRu, ProductField::Price}) {
            QVERIFY(lineEdit(readOnly, key)->isReadOnly());
            QVERIFY2(background(lineEdit(readOnly, key)) != background(lineEdit(editable, key)),
                     qPrintable(key + background(lineEdit(readOnly, key)).name() +
                                background(lineEdit(editable, key)).name()));
        }
        // Nothing can be changed, so closing never asks.
        QTest::keyClick(&readOnly, Qt::Key_Escape);
        QVERIFY(!readOnly.isVisible());
    }
};

QTEST_MAIN(TestCatalogChanges)
#include "test_catalog_changes.moc"
