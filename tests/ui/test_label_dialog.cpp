// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// The label dialog at 1024×768 in every language: its choices whole, its spin boxes with arrows, a
// message that moves nothing, the whole label in the preview, a used sheet started part-way, and
// labels printed on a printer as well as saved.
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPrinter>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTest>

#include "ShopFixture.h"
#include "models/catalog/CatalogService.h"
#include "models/catalog/ProducerService.h"
#include "models/core/Language.h"
#include "models/places/PlaceSeed.h"
#include "ui/catalog/LabelDialog.h"
#include "ui/documents/LabelRenderer.h"

using namespace ovop;
using namespace ovop::ui;

namespace {

// One producer and two products with barcodes, named with Ө Ү Ң.
void seed(test::Shop& shop)
{
    Producer felt;
    felt.code = QStringLiteral("BOS-01");
    felt.name = QStringLiteral("Айгүл Асанова");
    felt.villageId = PlaceSeed::villageId(QStringLiteral("bosteri"));
    QVERIFY(ProducerService(*shop.db).save(shop.admin(), felt).ok());
    CatalogService catalog(*shop.db);
    int n = 0;
    for (const auto& [sku, ky, barcode] :
         {std::tuple{"FLT-001", "Кийиз өтүк", "4006381333931"}, std::tuple{"FLT-002", "Жүн шарф", "96385074"}}) {
        Product p;
        p.sku = QString::fromLatin1(sku);
        p.name = {QString::fromUtf8(ky), QStringLiteral("Войлочное изделие %1").arg(++n),
                  QStringLiteral("Felt %1").arg(n)};
        p.category = QStringLiteral("felt");
        p.price = Money::fromSom(1200);
        p.producerCode = felt.code;
        p.barcodes << QString::fromLatin1(barcode);
        const auto saved = catalog.save(shop.admin(), p);
        QVERIFY2(saved.ok(), qPrintable(saved.message()));
    }
}

const QStringList Skus{QStringLiteral("FLT-001"), QStringLiteral("FLT-002")};

// Whether the right-hand edge of a spin box, where its buttons are, has dark arrow pixels in it.
bool drawsArrows(QSpinBox* spin)
{
    const QImage image = spin->grab().toImage();
    int dark = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = image.width() - 28; x < image.width(); ++x)
            dark += qGray(image.pixel(x, y)) < 100 ? 1 : 0;
    return dark >= 10;
}

} // namespace

class TestLabelDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initUiTests(); }
    void cleanup() { Language::install(QStringLiteral("en")); }

    void fitsTheScreenWithEveryChoiceWhole_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("ky") << QStringLiteral("ky");
        QTest::newRow("ru") << QStringLiteral("ru");
        QTest::newRow("en") << QStringLiteral("en");
    }
    void fitsTheScreenWithEveryChoiceWhole()
    {
        QFETCH(QString, language);
        QVERIFY(Language::install(language));
        auto shop = test::makeShop();
        seed(*shop);
        LabelDialog dialog(*shop->db, shop->manager(), Skus);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY2(dialog.width() <= 1024 && dialog.height() <= 768,
                 qPrintable(QStringLiteral("%1×%2").arg(dialog.width()).arg(dialog.height())));
        for (QRadioButton* choice : {dialog.sheetChoice(), dialog.singleChoice()})
            QVERIFY2(choice->width() >= choice->sizeHint().width(), qPrintable(choice->text()));
        for (QPushButton* button : dialog.findChildren<QPushButton*>())
            if (button->isVisible())
                QVERIFY2(button->width() >= button->sizeHint().width(), qPrintable(button->text()));
        QVERIFY(drawsArrows(dialog.findChild<QSpinBox*>(QStringLiteral("labelCopies"))));
        QVERIFY(drawsArrows(dialog.skipBox()));
    }

    void aMessageMovesNothingAndTheSavedFileCanBeOpened()
    {
        auto shop = test::makeShop();
        seed(*shop);
        LabelDialog dialog(*shop->db, shop->manager(), Skus);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* list = dialog.findChild<QListWidget*>(QStringLiteral("labelProducts"));
        const QRect listBefore = list->geometry();
        const QSize sizeBefore = dialog.size();
        QVERIFY(!dialog.openButton()->isEnabled());

        const QString path = shop->dir.filePath(QStringLiteral("labels.pdf"));
        QVERIFY(dialog.savePdf(path).ok());
        QTest::qWait(0);
        QVERIFY(dialog.messageLabel()->text().contains(QStringLiteral("labels.pdf")));
        QCOMPARE(list->geometry(), listBefore);
        QCOMPARE(dialog.size(), sizeBefore);
        QVERIFY(dialog.openButton()->isEnabled());
        QCOMPARE(dialog.savedPath(), path);
    }

    void thePreviewShowsTheWholeLabel()
    {
        auto shop = test::makeShop();
        seed(*shop);
        LabelDialog dialog(*shop->db, shop->manager(), Skus);
        dialog.resize(1000, 700);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        for (LabelFormat format : {LabelFormat::Sheet, LabelFormat::Single}) {
            dialog.setFormat(format);
            QTest::qWait(0);
            const QPixmap shown = dialog.previewLabel()->pixmap();
            QVERIFY(!shown.isNull());
            const QSizeF label = LabelRenderer::labelSize(format);
            QVERIFY(qAbs(shown.width() / double(shown.height()) - label.width() / label.height()) < 0.05);
            QVERIFY(dialog.previewLabel()->contentsRect().width() >= shown.width());
            QVERIFY(dialog.previewLabel()->contentsRect().height() >= shown.height());
        }
    }

    void aUsedSheetIsStartedPartWayAndLabelsPrintOnAPrinter()
    {
        auto shop = test::makeShop();
        seed(*shop);
        LabelDialog dialog(*shop->db, shop->manager(), Skus);
        dialog.show();
        QVERIFY(dialog.skipBox()->isEnabled());
        QCOMPARE(dialog.skipBox()->maximum(), 23);
        dialog.skipBox()->setValue(23); // one cell left: the second label goes to a new sheet
        QCOMPARE(dialog.options().skipCells, 23);

        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        const QString pdf = shop->dir.filePath(QStringLiteral("printed.pdf"));
        printer.setOutputFileName(pdf);
        QVERIFY(dialog.print(printer).ok());
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("%PDF"));
        QCOMPARE(bytes.count("/Type /Page\n") + bytes.count("/Type /Page\r") + bytes.count("/Type /Page "), 2);

        dialog.setFormat(LabelFormat::Single);
        QVERIFY(!dialog.skipBox()->isEnabled());
        QCOMPARE(dialog.options().skipCells, 0);
        QVERIFY(!dialog.printButton()->toolTip().isEmpty());
        QVERIFY(!dialog.printButton()->shortcut().isEmpty());
    }
};

QTEST_MAIN(TestLabelDialog)
#include "test_label_dialog.moc"
