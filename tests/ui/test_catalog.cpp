// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// The Products page and the product editor: search as you type (Cyrillic in any case), filters,
// permissions, problems shown beside their fields, archive, labels.
#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

#include "CatalogFixture.h"
#include "models/catalog/CatalogService.h"
#include "ui/catalog/LabelDialog.h"
#include "models/catalog/ProducerService.h"
#include "ui/catalog/ProductEditor.h"
#include "ui/catalog/ProductTableModel.h"
#include "ui/catalog/ProductsPage.h"
#include "models/core/Language.h"
#include "models/places/PlaceSeed.h"
#include "ui/widgets/FieldError.h"

using namespace ovop;
using namespace ovop::ui;

namespace {

// Two producers in two oblasts and four products, two of them named with Ө Ү Ң.
void seedCatalog(test::Shop& shop)
{
    const Session admin = shop.admin();
    ProducerService producers(*shop.db);
    Producer felt;
    felt.code = QStringLiteral("BOS-01");
    felt.name = QStringLiteral("Айгүл Асанова");
    felt.villageId = PlaceSeed::villageId(QStringLiteral("bosteri"));
    felt.lastVisitDate = QDate(2026, 5, 1);
    Producer honey;
    honey.code = QStringLiteral("BIR-01");
    honey.name = QStringLiteral("Бирлик бал");
    honey.kind = Producer::Kind::Cooperative;
    honey.members = 12;
    honey.villageId = PlaceSeed::villageId(QStringLiteral("birlik"));
    for (const Producer& p : {felt, honey}) {
        auto saved = producers.save(admin, p);
        QVERIFY2(saved.ok(), qPrintable(saved.message()));
    }
    CatalogService catalog(*shop.db);
    const QList<Product> products{
        test::makeProduct(
            QStringLiteral("FLT-001"),
            {QStringLiteral("Кийиз өтүк"), QStringLiteral("Войлочные тапочки"), QStringLiteral("Felt slippers")},
            QStringLiteral("felt"), 1200, QStringLiteral("BOS-01"), QStringLiteral("4006381333931")),
        test::makeProduct(
            QStringLiteral("FLT-002"),
            {QStringLiteral("Кийиз куурчак"), QStringLiteral("Войлочная кукла"), QStringLiteral("Felt doll")},
            QStringLiteral("felt"), 650, QStringLiteral("BOS-01")),
        test::makeProduct(
            QStringLiteral("HON-001"),
            {QStringLiteral("ТАҢКЫ бал"), QStringLiteral("Утренний мёд"), QStringLiteral("Morning honey")},
            QStringLiteral("honey-food"), 450, QStringLiteral("BIR-01")),
        test::makeProduct(QStringLiteral("HON-002"),
                          {QStringLiteral("Ак бал"), QStringLiteral("Белый мёд"), QStringLiteral("White honey")},
                          QStringLiteral("honey-food"), 520, QStringLiteral("BIR-01")),
    };
    for (const Product& p : products) {
        auto saved = catalog.save(admin, p);
        QVERIFY2(saved.ok(), qPrintable(saved.message()));
    }
}

QStringList shownSkus(const ProductsPage& page)
{
    QStringList skus;
    for (int row = 0; row < page.proxy()->rowCount(); ++row)
        skus << page.proxy()->index(row, ProductTableModel::Sku).data().toString();
    skus.sort();
    return skus;
}

void setText(QWidget* field, const QString& text)
{
    auto* edit = qobject_cast<QLineEdit*>(field);
    QVERIFY(edit);
    edit->clear();
    test::typeText(edit, text);
}

} // namespace

class TestCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initUiTests(); }
    void init() { QSettings().clear(); }

    void modelPassesTheTester()
    {
        auto shop = test::makeShop();
        seedCatalog(*shop);
        ProductTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLanguage(QStringLiteral("ky"));
        model.setProducts(CatalogService(*shop->db).list().value());
        QCOMPARE(model.rowCount(), 4);
        model.setStock({}, true);
        model.setLanguage(QStringLiteral("en"));
        const int row = model.rowOfSku(QStringLiteral("HON-001"));
        QCOMPARE(model.index(row, ProductTableModel::Name).data().toString(), QStringLiteral("Morning honey"));
        QCOMPARE(model.index(row, ProductTableModel::Price).data().toString(), Money::fromSom(450).format("en"));
        QCOMPARE(model.index(row, ProductTableModel::Price).data(ProductTableModel::SortRole).toLongLong(), 45000);
        QCOMPARE(model.index(row, ProductTableModel::Village).data().toString(), QStringLiteral("Birlik"));
        model.setProducts({});
        QCOMPARE(model.rowCount(), 0);
    }

    void searchAsYouTypeIncludingKyrgyzLettersInAnotherCase()
    {
        auto shop = test::makeShop();
        seedCatalog(*shop);
        ProductsPage page(*shop->db, shop->manager());
        QAbstractItemModelTester tester(page.proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(page.proxy()->rowCount(), 4);

        // "өтүк" is stored in lower case; typed in capitals.
        test::typeText(page.searchField(), QStringLiteral("ӨТҮ"));
        QVERIFY(page.searchPending());
        page.runPendingSearch();
        QCOMPARE(shownSkus(page), QStringList{QStringLiteral("FLT-001")});

        // "ТАҢКЫ" is stored in capitals; typed in lower case.
        page.searchField()->clear();
        test::typeText(page.searchField(), QStringLiteral("таң"));
        page.runPendingSearch();
        QCOMPARE(shownSkus(page), QStringList{QStringLiteral("HON-001")});

        // By village, by producer code, by barcode.
        page.searchField()->clear();
        QTest::keyClicks(page.searchField(), QStringLiteral("bosteri"));
        page.runPendingSearch();
        QCOMPARE(shownSkus(page), (QStringList{QStringLiteral("FLT-001"), QStringLiteral("FLT-002")}));
        page.searchField()->clear();
        QTest::keyClicks(page.searchField(), QStringLiteral("4006381333931"));
        page.runPendingSearch();
        QCOMPARE(shownSkus(page), QStringList{QStringLiteral("FLT-001")});

        // Nothing found says so.
        page.searchField()->clear();
        QTest::keyClicks(page.searchField(), QStringLiteral("zzzz"));
        page.runPendingSearch();
        QCOMPARE(page.proxy()->rowCount(), 0);
        QVERIFY(page.statusLabel()->text().contains(QStringLiteral("zzzz")));
    }

    void failedCatalogueReadIsShownAndNotAnEmptyList()
    {
        auto shop = test::makeShop();
        seedCatalog(*shop);
        // The products table goes away behind the page's back: the catalogue cannot be read.
        QSqlQuery breaking(shop->db->sql());
        QVERIFY(breaking.exec(QStringLiteral("ALTER TABLE products RENAME TO products_gone")));
        ProductsPage page(*shop->db, shop->manager());
        QCOMPARE(page.proxy()->rowCount(), 0);
        const auto failed = CatalogService(*shop->db).list();
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().kind, ErrorKind::Storage);
        QVERIFY(!failed.message().isEmpty());
        QCOMPARE(page.messageLabel()->text(), failed.message());
        QCOMPARE(page.statusLabel()->text(), failed.message());
        QVERIFY(!page.statusLabel()->text().contains(QStringLiteral("0 products")));
    }

    void filtersNarrowAndAreRemembered()
    {
        auto shop = test::makeShop();
        seedCatalog(*shop);
        {
            ProductsPage page(*shop->db, shop->manager());
            QComboBox* category = page.categoryFilter();
            category->setCurrentIndex(category->findData(QStringLiteral("honey-food")));
            QCOMPARE(shownSkus(page), (QStringList{QStringLiteral("HON-001"), QStringLiteral("HON-002")}));
            QComboBox* oblast = page.oblastFilter();
            oblast->setCurrentIndex(oblast->findData(PlaceSeed::oblastId(QStringLiteral("issyk-kul"))));
            QCOMPARE(page.proxy()->rowCount(), 0);
            // The village list follows the oblast.
            QVERIFY(page.villageFilter()->findData(PlaceSeed::villageId(QStringLiteral("bosteri"))) > 0);
            QCOMPARE(page.villageFilter()->findData(PlaceSeed::villageId(QStringLiteral("birlik"))), -1);
            category->setCurrentIndex(0);
            QCOMPARE(shownSkus(page), (QStringList{QStringLiteral("FLT-001"), QStringLiteral("FLT-002")}));
        }
        ProductsPage again(*shop->db, shop->manager());
        QCOMPARE(again.oblastFilter()->currentData().toString(), PlaceSeed::oblastId(QStringLiteral("issyk-kul")));
        QCOMPARE(shownSkus(again), (QStringList{QStringLiteral("FLT-001"), QStringLiteral("FLT-002")}));
    }

    void cashierMayLookButNotChange()
    {
        auto shop = test::makeShop();
        seedCatalog(*shop);
        ProductsPage page(*shop->db, shop->cashier());
        QVERIFY(page.selectSku(QStringLiteral("FLT-001")));
        // A cashier opens a product to read it, and changes nothing.
        QVERIFY(page.editButton()->isEnabled());
        QCOMPARE(page.editButton()->text(), QStringLiteral("Open"));
        for (QPushButton* button : {page.newButton(), page.archiveButton(), page.importButton()}) {
            QVERIFY2(!button->isEnabled(), qPrintable(button->objectName()));
            QVERIFY(!button->toolTip().isEmpty());
        }
        QVERIFY(page.labelsButton()->isEnabled());
        ProductEditor editor(*shop->db, shop->cashier(), QStringLiteral("FLT-001"));
        QVERIFY(editor.isReadOnly());
        QVERIFY(!editor.saveButton()->isEnabled());
        QVERIFY(!editor.save());
    }

    void badPriceIsShownBesideThePriceAndNothingIsSaved()
    {
        auto shop = test::makeShop();
        seedCatalog(*shop);
        ProductEditor editor(*shop->db, shop->manager());
        editor.show();
        setText(editor.field(ProductField::Sku), QStringLiteral("FLT-009"));
        setText(editor.field(ProductField::NameRu), QStringLiteral("Шырдак"));
        auto* category = qobject_cast<QComboBox*>(editor.field(ProductField::Category));
        category->setCurrentIndex(category->findData(QStringLiteral("felt")));
        auto* producer = qobject_cast<QComboBox*>(editor.field(ProductField::Producer));
        producer->setCurrentIndex(producer->findText(QStringLiteral("BOS-01"), Qt::MatchContains));
        setText(editor.field(ProductField::Price), QStringLiteral("12,345"));

        QTest::mouseClick(editor.saveButton(), Qt::LeftButton);
        FieldError* priceError = editor.fieldError(ProductField::Price);
        QVERIFY(priceError->isVisible());
        QVERIFY(!priceError->text().isEmpty());
        QVERIFY(editor.field(ProductField::Price)->property("invalid").toBool());
        QVERIFY(!editor.fieldError(ProductField::Sku)->hasError());
        QVERIFY(!editor.fieldError(ProductField::NameRu)->hasError());
        QCOMPARE(editor.result(), int(QDialog::Rejected));
        QVERIFY(!CatalogService(*shop->db).findBySku(QStringLiteral("FLT-009")).value());

        // A negative price on an existing product leaves its price as it was.
        ProductEditor existing(*shop->db, shop->manager(), QStringLiteral("FLT-001"));
        setText(existing.field(ProductField::Price), QStringLiteral("-5"));
        QVERIFY(!existing.save());
        QVERIFY(existing.fieldError(ProductField::Price)->hasError());
        QCOMPARE(CatalogService(*shop->db).findBySku(QStringLiteral("FLT-001")).value()->price, Money::fromSom(1200));

        // Corrected, it saves.
        setText(editor.field(ProductField::Price), QStringLiteral("12 345,50"));
        QVERIFY(editor.save());
        QVERIFY(!priceError->hasError());
        QCOMPARE(CatalogService(*shop->db).findBySku(QStringLiteral("FLT-009")).value()->price,
                 Money::fromTyiyn(1234550));
    }

    void eachProblemBesideItsField()
    {
        auto shop = test::makeShop();
        seedCatalog(*shop);
        ProductEditor editor(*shop->db, shop->manager());
        setText(editor.field(ProductField::Sku), QStringLiteral("FLT-001")); // taken
        setText(editor.field(ProductField::Barcodes), QStringLiteral("4006381333932")); // bad check digit
        setText(editor.field(ProductField::Price), QStringLiteral("100"));
        QVERIFY(!editor.save());
        for (const QString& key : {ProductField::Sku, ProductField::Barcodes, ProductField::Name, ProductField::Category,
                                   ProductField::Producer})
            QVERIFY2(editor.fieldError(key)->hasError(), qPrintable(key));
        QVERIFY(!editor.fieldError(ProductField::Price)->hasError());
        QVERIFY(!editor.messageLabel()->text().isEmpty());
        QCOMPARE(CatalogService(*shop->db).list({}).value().size(), 4);
    }

    void aCorrectedBarcodeLosesItsError()
    {
        auto shop = test::makeShop();
        seedCatalog(*shop);
        ProductEditor editor(*shop->db, shop->manager());
        setText(editor.field(ProductField::Barcodes), QStringLiteral("4006381333932")); // bad check digit
        QVERIFY(!editor.save());
        FieldError* error = editor.fieldError(ProductField::Barcodes);
        QVERIFY(error->hasError());
        QVERIFY(editor.field(ProductField::Barcodes)->property("invalid").toBool());
        // Corrected (the right check digit), the message goes at once, before any save.
        auto* edit = qobject_cast<QLineEdit*>(editor.field(ProductField::Barcodes));
        edit->setCursorPosition(edit->text().size());
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, QStringLiteral("1"));
        QCOMPARE(edit->text(), QStringLiteral("4006381333931"));
        QVERIFY2(!error->hasError(), qPrintable(error->text()));
        QVERIFY(!editor.field(ProductField::Barcodes)->property("invalid").toBool());
        // Other fields' errors stay until the next save.
        QVERIFY(editor.fieldError(ProductField::Sku)->hasError() || editor.fieldError(ProductField::Name)->hasError());
    }

    void inStoreBarcodeIsProposed()
    {
        auto shop = test::makeShop();
        ProductEditor editor(*shop->db, shop->manager());
        QTest::mouseClick(editor.assignBarcodeButton(), Qt::LeftButton);
        const QString code = qobject_cast<QLineEdit*>(editor.field(ProductField::Barcodes))->text();
        QCOMPARE(code.size(), 13);
        QVERIFY(code.startsWith(QStringLiteral("2")));
    }

    void archiveAndRestore()
    {
        auto shop = test::makeShop();
        seedCatalog(*shop);
        ProductsPage page(*shop->db, shop->manager());
        QVERIFY(page.selectSku(QStringLiteral("FLT-002")));
        QCOMPARE(page.archiveButton()->text(), QStringLiteral("Archive"));
        test::answerModal(QStringLiteral("confirmButton")); // archiving asks first
        page.toggleArchived();
        QVERIFY(!CatalogService(*shop->db).findBySku(QStringLiteral("FLT-002")).value()->active);
        QVERIFY(!shownSkus(page).contains(QStringLiteral("FLT-002"))); // the page lists products on sale
        page.stateFilter()->setCurrentIndex(page.stateFilter()->findData(QStringLiteral("archived")));
        QCOMPARE(shownSkus(page), QStringList{QStringLiteral("FLT-002")});
        QVERIFY(page.selectSku(QStringLiteral("FLT-002")));
        QCOMPARE(page.archiveButton()->text(), QStringLiteral("Restore"));
        page.toggleArchived();
        QVERIFY(CatalogService(*shop->db).findBySku(QStringLiteral("FLT-002")).value()->active);
    }

    void exportWritesEveryProduct()
    {
        auto shop = test::makeShop();
        seedCatalog(*shop);
        ProductsPage page(*shop->db, shop->manager());
        const QString path = shop->dir.filePath(QStringLiteral("export.csv"));
        auto written = page.exportTo(path, QLatin1Char(';'));
        QVERIFY2(written.ok(), qPrintable(written.message()));
        QCOMPARE(written.value(), 4);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY(text.contains(QStringLiteral("ТАҢКЫ бал")));
        QVERIFY(text.contains(QLatin1Char(';')));
    }

    void pageAndEditorFollowTheLanguage()
    {
        auto shop = test::makeShop();
        seedCatalog(*shop);
        ProductsPage page(*shop->db, shop->manager());
        ProductEditor editor(*shop->db, shop->manager(), QStringLiteral("HON-001"));
        const QString englishButton = page.newButton()->text();
        const QString englishHeader = page.proxy()->headerData(ProductTableModel::Name, Qt::Horizontal).toString();
        const int row = page.model()->rowOfSku(QStringLiteral("HON-001"));
        QCOMPARE(page.model()->index(row, ProductTableModel::Name).data().toString(), QStringLiteral("Morning honey"));

        QVERIFY(Language::install(QStringLiteral("ky")));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        QVERIFY(page.newButton()->text() != englishButton);
        QVERIFY(page.proxy()->headerData(ProductTableModel::Name, Qt::Horizontal).toString() != englishHeader);
        const int kyRow = page.model()->rowOfSku(QStringLiteral("HON-001"));
        QCOMPARE(page.model()->index(kyRow, ProductTableModel::Name).data().toString(), QStringLiteral("ТАҢКЫ бал"));
        QCOMPARE(page.model()->index(kyRow, ProductTableModel::Price).data().toString(),
                 Money::fromSom(450).format(QStringLiteral("ky")));
        QVERIFY(editor.saveButton()->text() != QStringLiteral("Save"));

        QVERIFY(Language::install(QStringLiteral("en")));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        QCOMPARE(page.newButton()->text(), englishButton);
        QCOMPARE(editor.saveButton()->text(), QStringLiteral("Save"));
    }

    void labelsLeaveOutProductsWithoutBarcode()
    {
        auto shop = test::makeShop();
        seedCatalog(*shop);
        LabelDialog dialog(*shop->db, shop->manager(), {QStringLiteral("FLT-001"), QStringLiteral("FLT-002")});
        dialog.setLabelLanguage(QStringLiteral("ky"));
        QCOMPARE(dialog.withoutBarcode(), QStringList{QStringLiteral("FLT-002")});
        QCOMPARE(dialog.labels().size(), 1);
        QCOMPARE(dialog.labels().first().name, QStringLiteral("Кийиз өтүк"));
        QVERIFY(!dialog.previewLabel()->pixmap().isNull());
        const QString path = shop->dir.filePath(QStringLiteral("labels.pdf"));
        auto saved = dialog.savePdf(path);
        QVERIFY2(saved.ok(), qPrintable(saved.message()));
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5).startsWith("%PDF"));

        // A manager gives the other one an in-store barcode; then both are printed.
        QVERIFY(dialog.assignButton()->isEnabled());
        QVERIFY(dialog.assignBarcodes().ok());
        QVERIFY(dialog.withoutBarcode().isEmpty());
        dialog.setFormat(LabelFormat::Single);
        QCOMPARE(dialog.labels().size(), 2);
        // The file exists: replaced only when the user confirmed it in the file dialog.
        QCOMPARE(dialog.savePdf(path).error().kind, ErrorKind::Conflict);
        QVERIFY(dialog.savePdf(path, Overwrite::Allow).ok());
    }
};

QTEST_MAIN(TestCatalog)
#include "test_catalog.moc"
