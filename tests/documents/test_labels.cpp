// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// Price labels: rendered to PDF, rasterised at 300 dpi and read back with a real barcode reader.
#include <algorithm>

#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPrinter>
#include <QTemporaryDir>
#include <QTest>

#include "models/core/Money.h"
#include "ui/documents/LabelRenderer.h"
#include "ui/documents/LinearBarcode.h"
#include "ui/documents/QrSymbol.h"
#include "scan_helpers.h"

using namespace ovop;
using namespace ovop::ui;

namespace {

LabelData label(const QString& name, qint64 som, const QString& village, const QString& producer,
                const QString& barcode, const QString& sku, const QString& language = QStringLiteral("ky"))
{
    return {name, Money::fromSom(som).format(language), village, producer, barcode, qrPayloadForSku(sku)};
}

// Kyrgyz and Russian names with Ң Ө Ү, every kind of barcode a label prints.
QList<LabelData> products()
{
    return {
        label(QStringLiteral("Жаңы кийиз баштык"), 1850, QStringLiteral("Бөкөнбаев"),
              QStringLiteral("Айгүл Токтосунова"), QStringLiteral("2000000000015"), QStringLiteral("FELT-BAG-01")),
        label(QStringLiteral("Түлкү оюнчук (кийиз)"), 650, QStringLiteral("Кочкор"), QStringLiteral("«Алтын Көл»"),
              QStringLiteral("4006381333931"), QStringLiteral("FELT-FOX-07")),
        label(QStringLiteral("Өрмөк кур, 1 м"), 900, QStringLiteral("Ак-Муз"), QStringLiteral("Нурзада Өмүрбекова"),
              QStringLiteral("96385074"), QStringLiteral("TEX-ORMOK-1M")),
        label(QStringLiteral("Мёд горный, 250 г"), 450, QStringLiteral("Казыбек"), QStringLiteral("Пасека «Нарын»"),
              QStringLiteral("036000291452"), QStringLiteral("HONEY-250"), QStringLiteral("ru")),
        label(QStringLiteral("Мыло на козьем молоке"), 220, QStringLiteral("Тасма"), QStringLiteral("Группа «Тасма»"),
              QStringLiteral("KG-SOAP-12"), QStringLiteral("SOAP-GOAT-12"), QStringLiteral("ru")),
    };
}

// An in-store EAN-13: "20", ten digits of sequence, the check digit.
QString inStoreCode(int sequence)
{
    QString code = QStringLiteral("20%1").arg(sequence, 10, 10, QLatin1Char('0'));
    int sum = 0;
    for (qsizetype i = 0; i < code.size(); ++i)
        sum += code.at(i).digitValue() * (i % 2 ? 3 : 1);
    return code + QString::number((10 - sum % 10) % 10);
}

// More labels than a sheet holds, all different (a reader reports equal barcodes on one image once).
QList<LabelData> manyProducts()
{
    QList<LabelData> labels = products();
    const QStringList names = {QStringLiteral("Ширдак, кичине"),           QStringLiteral("Калпак ак кийизден"),
                               QStringLiteral("Облепиховое масло, 50 мл"), QStringLiteral("Жаңгак кутуча"),
                               QStringLiteral("Тапочки войлочные"),        QStringLiteral("Таш айкел «Үкү»"),
                               QStringLiteral("Кара жаңгак варенье")};
    for (int i = 0; labels.size() < 26; ++i)
        labels << label(names.at(i % names.size()), 300 + 150 * i, QStringLiteral("Ак-Сай"),
                        QStringLiteral("Гүлнара Өмүрова"), inStoreCode(100 + i),
                        QStringLiteral("OVOP-%1").arg(i, 3, 10, QLatin1Char('0')));
    return labels;
}

// The barcode and the QR payload of each label, each `copies` times, sorted as scanImage sorts.
QStringList expectedCodes(const QList<LabelData>& labels, int copies = 1)
{
    QStringList codes;
    for (const LabelData& l : labels)
        for (int i = 0; i < copies; ++i)
            codes << l.barcode << l.qrPayload;
    std::sort(codes.begin(), codes.end());
    return codes;
}

// Whether an image is white all over (every pixel looked at).
bool isBlank(const QImage& image)
{
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    for (int y = 0; y < grey.height(); ++y) {
        const uchar* line = grey.constScanLine(y);
        for (int x = 0; x < grey.width(); ++x)
            if (line[x] != 255)
                return false;
    }
    return true;
}

// Reads each label of a sheet image on its own, as a cashier scans one label at a time (zbarimg
// also misses some of the QR codes when two dozen are in one picture): the codes per cell.
QList<QStringList> scanCells(const QString& pagePath, int cells, QString& error)
{
    const QImage page(pagePath);
    const qreal dotsPerMm = page.width() / LabelRenderer::pageSize(LabelFormat::Sheet).width();
    QTemporaryDir dir;
    QStringList paths;
    QList<int> printed; // the cells with any ink: a blank cell reads nothing, the reader is spared it
    for (int cell = 0; cell < cells; ++cell) {
        const QRectF mm = LabelRenderer::cellRect(LabelFormat::Sheet, cell);
        const QImage image = page.copy(QRectF(mm.topLeft() * dotsPerMm, mm.size() * dotsPerMm).toAlignedRect());
        if (isBlank(image))
            continue;
        printed << cell;
        paths << dir.filePath(QStringLiteral("cell-%1.pgm").arg(cell));
        if (!image.save(paths.last())) {
            error = QStringLiteral("could not save %1").arg(paths.last());
            return {};
        }
    }
    const QList<QStringList> read = paths.isEmpty() ? QList<QStringList>() : test::scanImages(paths, error);
    if (!error.isEmpty())
        return {};
    QList<QStringList> codes(cells);
    for (qsizetype i = 0; i < printed.size(); ++i)
        codes[printed.at(i)] = read.value(i);
    return codes;
}

} // namespace

class TestLabels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QString missing;
        QVERIFY2(test::scanToolsAvailable(missing), qPrintable(missing));
    }

    // 26 different labels: a full A4 sheet of 24 and two labels on a second sheet.
    void sheetIsReadBackByAScanner()
    {
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("sheet.pdf"));
        const QList<LabelData> labels = manyProducts();
        const auto written = LabelRenderer::writePdf(pdf, labels, {});
        QVERIFY2(written.ok(), qPrintable(written.message()));

        QString error;
        const QStringList pages = test::renderPages(pdf, dir.path(), 300, error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(pages.size(), 2);
        const QImage first(pages.at(0));
        QVERIFY(qAbs(first.width() - 2480) <= 1 && qAbs(first.height() - 3508) <= 1); // A4 at 300 dpi

        // Each label in its place on the sheet, row by row, its barcode and QR code read exactly.
        const QList<QStringList> cells = scanCells(pages.at(0), 24, error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(cells.size(), 24);
        for (int cell = 0; cell < 24; ++cell)
            QCOMPARE(cells.at(cell), expectedCodes({labels.at(cell)}));
        // The whole page read at once finds every barcode and nothing that is not on the labels.
        const QStringList whole = test::scanImage(pages.at(0), error);
        const QStringList expected = expectedCodes(labels.mid(0, 24));
        for (const LabelData& l : labels.mid(0, 24))
            QVERIFY2(whole.contains(l.barcode), qPrintable(l.barcode));
        for (const QString& code : whole)
            QVERIFY2(expected.contains(code), qPrintable(code));
        // The second sheet: the last two labels in its first cells, the rest of it blank.
        const QList<QStringList> next = scanCells(pages.at(1), 24, error);
        QCOMPARE(next.size(), 24);
        for (int cell = 0; cell < 24; ++cell)
            QCOMPARE(next.at(cell), cell < 2 ? expectedCodes({labels.at(24 + cell)}) : QStringList());
    }

    // Copies follow one another: 5 products x 5 copies fill a sheet and one label of the next.
    void sheetPrintsCopies()
    {
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("copies.pdf"));
        LabelOptions options;
        options.copies = 5;
        QVERIFY(LabelRenderer::writePdf(pdf, products(), options).ok());
        QString error;
        const QStringList pages = test::renderPages(pdf, dir.path(), 300, error);
        QCOMPARE(pages.size(), 2);
        const QList<QStringList> cells = scanCells(pages.at(0), 24, error);
        QCOMPARE(cells.size(), 24);
        for (int cell = 0; cell < 24; ++cell)
            QCOMPARE(cells.at(cell), expectedCodes({products().at(cell / 5)}));
        const QList<QStringList> next = scanCells(pages.at(1), 24, error);
        QCOMPARE(next.size(), 24);
        for (int cell = 0; cell < 24; ++cell)
            QCOMPARE(next.at(cell), cell == 0 ? expectedCodes(products().mid(4)) : QStringList());
    }

    // Labels skipped at the start of a used sheet leave their cells empty.
    void sheetSkipsUsedCells()
    {
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("skip.pdf"));
        LabelOptions options;
        options.skipCells = 22;
        const auto written = LabelRenderer::writePdf(pdf, products().mid(0, 3), options);
        QVERIFY2(written.ok(), qPrintable(written.message()));
        QString error;
        const QStringList pages = test::renderPages(pdf, dir.path(), 300, error);
        QCOMPARE(pages.size(), 2); // cells 23 and 24, then one label on the next sheet
        const QImage first(pages.at(0));
        // The top-left label's cell is blank: nothing but white in it.
        const QRect cell(QPoint(int(8 / 25.4 * 300), int(14 / 25.4 * 300)), QSize(700, 350));
        for (int y = cell.top(); y <= cell.bottom(); y += 3)
            for (int x = cell.left(); x <= cell.right(); x += 3)
                QCOMPARE(first.pixelColor(x, y), QColor(Qt::white));
        const QList<QStringList> cells = scanCells(pages.at(0), 24, error);
        QCOMPARE(cells.size(), 24);
        for (int cell = 0; cell < 22; ++cell)
            QVERIFY(cells.at(cell).isEmpty());
        QCOMPARE(cells.at(22), expectedCodes(products().mid(0, 1)));
        QCOMPARE(cells.at(23), expectedCodes(products().mid(1, 1)));
        const QList<QStringList> next = scanCells(pages.at(1), 24, error);
        QCOMPARE(next.size(), 24);
        for (int cell = 0; cell < 24; ++cell)
            QCOMPARE(next.at(cell), cell == 0 ? expectedCodes(products().mid(2, 1)) : QStringList());
    }

    // One 58 x 40 mm page per label, each one read back alone.
    void singleLabelsAreReadBackByAScanner()
    {
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("single.pdf"));
        LabelOptions options;
        options.format = LabelFormat::Single;
        const auto written = LabelRenderer::writePdf(pdf, products(), options);
        QVERIFY2(written.ok(), qPrintable(written.message()));

        QString error;
        const QStringList pages = test::renderPages(pdf, dir.path(), 300, error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(pages.size(), products().size());
        for (qsizetype i = 0; i < pages.size(); ++i) {
            const QImage page(pages.at(i));
            QVERIFY(qAbs(page.width() - 685) <= 1 && qAbs(page.height() - 472) <= 1); // 58 x 40 mm at 300 dpi
            QCOMPARE(test::scanImage(pages.at(i), error), expectedCodes({products().at(i)}));
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
    }

    // The words are real text in a font that has the Kyrgyz letters, not boxes or pictures.
    void cyrillicNamesAreText()
    {
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("text.pdf"));
        LabelOptions options;
        options.format = LabelFormat::Single;
        QVERIFY(LabelRenderer::writePdf(pdf, products(), options).ok());
        QString error;
        const QString text = test::pdfText(pdf, error).simplified(); // a wrapped name is on two lines
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (const LabelData& l : products()) {
            QVERIFY2(text.contains(l.name), qPrintable(l.name));
            QVERIFY2(text.contains(l.village), qPrintable(l.village));
            QVERIFY2(text.contains(l.producer), qPrintable(l.producer));
            QVERIFY2(text.contains(l.price.simplified()), qPrintable(l.price)); // U+00A0 read as a space
        }
        for (const QString& letter :
             {QStringLiteral("ң"), QStringLiteral("Ө"), QStringLiteral("ө"), QStringLiteral("ү")})
            QVERIFY2(text.contains(letter), qPrintable(letter));
    }

    // Very long words stay inside the label, and the codes beside them still scan.
    void longTextStaysInsideTheLabel_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<bool>("oneWord");
        QTest::newRow("sheet, words") << int(LabelFormat::Sheet) << false;
        QTest::newRow("sheet, one long word") << int(LabelFormat::Sheet) << true;
        QTest::newRow("single, words") << int(LabelFormat::Single) << false;
        QTest::newRow("single, one long word") << int(LabelFormat::Single) << true;
    }
    void longTextStaysInsideTheLabel()
    {
        QFETCH(int, format);
        QFETCH(bool, oneWord);
        const auto labelFormat = LabelFormat(format);
        LabelData l = label(QStringLiteral("Кол менен жасалган жүндөн токулган өтө узун аталыштагы Нарын облусунун "
                                           "Кочкор айылындагы чеберлердин ширдагы, кызыл-көк оюу менен"),
                            123456789, QStringLiteral("Кызыл-Туу айылы, Түп району, Ысык-Көл облусу, Кыргызстан"),
                            QStringLiteral("Жамаат «Өнөрчү аялдар» кооперативи жана алардын үй-бүлөлөрү"),
                            QStringLiteral("2000000012346"), QStringLiteral("SHYRDAK-KOCHKOR-2M"));
        if (oneWord)
            l.name.replace(QStringLiteral(" "), QString());
        const int dpi = 300;
        const QSizeF size = LabelRenderer::labelSize(labelFormat) * (dpi / 25.4);
        const int border = 60;
        QImage image(size.toSize() + QSize(2 * border, 2 * border), QImage::Format_RGB32);
        image.setDotsPerMeterX(qRound(dpi / 0.0254));
        image.setDotsPerMeterY(qRound(dpi / 0.0254));
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            const QRectF rect(QPointF(border, border), size);
            const auto painted = LabelRenderer::paint(painter, rect, l, labelFormat);
            QVERIFY2(painted.ok(), qPrintable(painted.message()));
        }
        const QRect inside(QPoint(border, border), size.toSize());
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                if (!inside.adjusted(-1, -1, 1, 1).contains(x, y))
                    QVERIFY2(image.pixelColor(x, y) == QColor(Qt::white),
                             qPrintable(QStringLiteral("ink outside the label at %1,%2").arg(x).arg(y)));
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("long.png"));
        QVERIFY(image.save(png));
        QString error;
        QCOMPARE(test::scanImage(png, error), expectedCodes({l}));
    }

    // Printing through QPrinter (as the GUI does) lays the labels out the same way.
    void printsThroughQPrinter()
    {
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("printer.pdf"));
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(pdf);
        LabelOptions options;
        options.format = LabelFormat::Single;
        const auto printed = LabelRenderer::print(printer, products().mid(0, 2), options);
        QVERIFY2(printed.ok(), qPrintable(printed.message()));
        QString error;
        const QStringList pages = test::renderPages(pdf, dir.path(), 300, error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(pages.size(), 2);
        for (int i = 0; i < 2; ++i) {
            const QImage page(pages.at(i));
            QVERIFY(qAbs(page.width() - 685) <= 1 && qAbs(page.height() - 472) <= 1);
            QCOMPARE(test::scanImage(pages.at(i), error), expectedCodes({products().at(i)}));
        }
    }

    // A preview image for the screen reads back too.
    void previewIsReadable()
    {
        const auto image = LabelRenderer::preview(products().at(1), LabelFormat::Single, 300);
        QVERIFY2(image.ok(), qPrintable(image.message()));
        QCOMPARE(image->size(), QSize(685, 472));
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("preview.png"));
        QVERIFY(image->save(png));
        QString error;
        QCOMPARE(test::scanImage(png, error), expectedCodes({products().at(1)}));
    }

    void invalidBarcodeIsRefused_data()
    {
        QTest::addColumn<QString>("barcode");
        QTest::addColumn<QString>("says");
        QTest::newRow("EAN-13 check digit") << QStringLiteral("4006381333932") << QStringLiteral("check digit");
        QTest::newRow("in-store check digit") << QStringLiteral("2000000000016") << QStringLiteral("check digit");
        QTest::newRow("EAN-8 check digit") << QStringLiteral("96385075") << QStringLiteral("check digit");
        QTest::newRow("UPC-A check digit") << QStringLiteral("036000291453") << QStringLiteral("check digit");
        QTest::newRow("too few digits") << QStringLiteral("12345") << QStringLiteral("5 digits");
        QTest::newRow("too many digits") << QStringLiteral("40063813339310") << QStringLiteral("14 digits");
        QTest::newRow("empty") << QString() << QStringLiteral("no barcode");
        QTest::newRow("space") << QStringLiteral("4006 3813") << QStringLiteral("without spaces");
        QTest::newRow("Cyrillic") << QStringLiteral("КОД-1") << QStringLiteral("only digits, Latin");
        QTest::newRow("too long") << QStringLiteral("A-VERY-LONG-CODE-OF-ANOTHER-SYSTEM") << QStringLiteral("too long");
    }
    void invalidBarcodeIsRefused()
    {
        QFETCH(QString, barcode);
        QFETCH(QString, says);
        QList<LabelData> labels = products();
        labels[2].barcode = barcode;
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("refused.pdf"));
        for (const LabelFormat format : {LabelFormat::Sheet, LabelFormat::Single}) {
            LabelOptions options;
            options.format = format;
            const auto written = LabelRenderer::writePdf(pdf, labels, options);
            QVERIFY(!written.ok());
            // Names the label, its barcode and what is wrong with it.
            QVERIFY2(written.message().startsWith(QStringLiteral("Label 3 (Өрмөк кур, 1 м): ")),
                     qPrintable(written.message()));
            QVERIFY2(written.message().contains(says), qPrintable(written.message()));
            if (!barcode.isEmpty())
                QVERIFY2(written.message().contains(barcode), qPrintable(written.message()));
            QVERIFY(!QFile::exists(pdf));
            QVERIFY(!LabelRenderer::check(labels, options).ok());
        }
        QVERIFY(!LinearBarcode::check(barcode).ok());
    }

    void otherBadInputIsRefused()
    {
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("refused.pdf"));
        auto refused = [&](const QList<LabelData>& labels, const LabelOptions& options, const QString& says) {
            const auto written = LabelRenderer::writePdf(pdf, labels, options);
            return !written.ok() && written.message().contains(says) && !QFile::exists(pdf);
        };
        QVERIFY(refused({}, {}, QStringLiteral("no labels")));
        QList<LabelData> labels = products();
        labels[0].name = QStringLiteral("  ");
        QVERIFY(refused(labels, {}, QStringLiteral("Label 1: The product has no name")));
        labels = products();
        labels[1].qrPayload.clear();
        QVERIFY(refused(labels, {}, QStringLiteral("QR code is empty")));
        labels[1].qrPayload = QStringLiteral("OVOP:") + QString(300, QLatin1Char('x'));
        QVERIFY(refused(labels, {}, QStringLiteral("too long for the QR code")));
        LabelOptions options;
        options.copies = 0;
        QVERIFY(refused(products(), options, QStringLiteral("copies")));
        options = {};
        options.skipCells = 24;
        QVERIFY(refused(products(), options, QStringLiteral("between 0 and 23")));
        options.format = LabelFormat::Single;
        options.skipCells = 1;
        QVERIFY(refused(products(), options, QStringLiteral("between 0 and 0")));
    }

    void unwritableFileIsRefused()
    {
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("no-such-folder/labels.pdf"));
        const auto written = LabelRenderer::writePdf(pdf, products());
        QVERIFY(!written.ok());
        QVERIFY2(written.message().contains(QStringLiteral("does not exist")),
                 qPrintable(written.message()));
        QVERIFY(!QFile::exists(pdf));
    }

    void qrSymbolHasQuietZone()
    {
        const auto qr = QrSymbol::encode(QStringLiteral("OVOP:FELT-001"));
        QVERIFY(qr.ok());
        QCOMPARE(qr->modules(), 21); // version 1
        QCOMPARE(qr->modulesWithQuietZone(), 29);
        QImage image(290, 290, QImage::Format_RGB32);
        image.fill(Qt::gray);
        {
            QPainter painter(&image);
            qr->paint(painter, QRectF(0, 0, 290, 290));
        }
        for (int i = 0; i < 290; ++i) { // the four-module border is white all round
            QCOMPARE(image.pixelColor(i, 20), QColor(Qt::white));
            QCOMPARE(image.pixelColor(20, i), QColor(Qt::white));
            QCOMPARE(image.pixelColor(i, 270), QColor(Qt::white));
            QCOMPARE(image.pixelColor(270, i), QColor(Qt::white));
        }
        QCOMPARE(image.pixelColor(45, 45), QColor(Qt::black)); // finder pattern corner
    }
};

QTEST_MAIN(TestLabels)
#include "test_labels.moc"
