// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// Receipts on paper: the thermal printer's ESC/POS bytes against golden files and parsed back, the
// raster's barcode read with a real reader, the PDF's text read back with poppler.
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPageSize>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "models/sales/ReceiptLayout.h"
#include "models/receipt_fixture.h"
#include "scan_helpers.h"
#include "ui/documents/ReceiptRenderer.h"

using namespace ovop;
using namespace ovop::ui;
using Style = ReceiptRow::Style;

namespace {

// A receipt of fixed rows, every style once or more, independent of any translation: the golden
// files test the renderer alone.
PrintedReceipt goldenReceipt()
{
    PrintedReceipt r;
    r.number = QStringLiteral("BIS-1-T1-000042");
    r.language = QStringLiteral("ky");
    r.rows = {
        {QStringLiteral("OVOP+1 Бишкек"), {}, Style::Centered},
        {QStringLiteral("Фискалдык чек эмес"), {}, Style::Centered},
        {{}, {}, Style::Rule},
        {QStringLiteral("Чек №"), QStringLiteral("BIS-1-T1-000042"), Style::Normal},
        {QStringLiteral("Күнү"), QStringLiteral("14.03.2025 15:07"), Style::Normal},
        {{}, {}, Style::Rule},
        {QStringLiteral("Жаңы кийиз баштык, кол менен жасалган, Ысык-Көл облусунун Бөкөнбаев айылынан"),
         {},
         Style::Normal},
        {QStringLiteral("  2 × 1 850,00 сом"), QStringLiteral("3 700,00 сом"), Style::Normal},
        {QStringLiteral("  Бөкөнбаев · Айгүл Жаңыбаева"), {}, Style::Small},
        {QStringLiteral("Жеңилдик"), QStringLiteral("-370,00 сом"), Style::Bold},
        {QStringLiteral("ЖАЛПЫ"), QStringLiteral("3 330,00 сом"), Style::Large},
        {QStringLiteral("ҮНөө"), QStringLiteral("1 234 567,89 сом"), Style::Large},
        {{}, {}, Style::Rule},
        {QStringLiteral("https://ovop.kg/r/BIS-1-T1-000042"), {}, Style::QrCode},
        {QStringLiteral("BIS-1-T1-000042"), {}, Style::Barcode},
    };
    return r;
}

QString dataPath(const QString& name)
{
    return QStringLiteral(OVOP_TEST_DATA_DIR "/receipts/") + name;
}

// The first offset where two byte arrays differ (the shorter one's size when one starts the other).
qsizetype firstDifference(const QByteArray& a, const QByteArray& b)
{
    const qsizetype n = qMin(a.size(), b.size());
    for (qsizetype i = 0; i < n; ++i)
        if (a.at(i) != b.at(i))
            return i;
    return n;
}

quint8 byteAt(const QByteArray& bytes, qsizetype i)
{
    return quint8(bytes.at(i));
}

// Reads an ESC/POS stream as ReceiptRenderer writes it back into an image, checking each command:
// an empty image and `error` set when the stream is not what it should be.
QImage parseEscPos(const QByteArray& bytes, int expectedBytesPerRow, QString& error)
{
    if (!bytes.startsWith(QByteArray("\x1b\x40", 2))) {
        error = QStringLiteral("does not start with ESC @");
        return {};
    }
    qsizetype at = 2;
    QList<QByteArray> rows;
    int bands = 0;
    while (bytes.mid(at, 4) == QByteArray("\x1d\x76\x30\x00", 4)) {
        if (at + 8 > bytes.size()) {
            error = QStringLiteral("GS v 0 header cut short at %1").arg(at);
            return {};
        }
        const int bytesPerRow = byteAt(bytes, at + 4) | byteAt(bytes, at + 5) << 8;
        const int height = byteAt(bytes, at + 6) | byteAt(bytes, at + 7) << 8;
        if (bytesPerRow != expectedBytesPerRow || height < 1 || height > ReceiptRenderer::MaxBandRows) {
            error = QStringLiteral("band %1: %2 bytes per row, %3 rows").arg(bands).arg(bytesPerRow).arg(height);
            return {};
        }
        at += 8;
        if (at + qsizetype(bytesPerRow) * height > bytes.size()) {
            error = QStringLiteral("band %1 runs past the end of the stream").arg(bands);
            return {};
        }
        for (int y = 0; y < height; ++y, at += bytesPerRow)
            rows << bytes.mid(at, bytesPerRow);
        ++bands;
    }
    if (bands == 0) {
        error = QStringLiteral("no GS v 0 band");
        return {};
    }
    if (bytes.mid(at) != QByteArray("\x1b\x64\x03\x1d\x56\x42\x00", 7)) {
        error = QStringLiteral("does not end with ESC d 3, GS V 66 0 after the bands (at %1 of %2)")
                    .arg(at)
                    .arg(bytes.size());
        return {};
    }
    QImage image(expectedBytesPerRow * 8, int(rows.size()), QImage::Format_Mono);
    image.setColorTable({qRgb(255, 255, 255), qRgb(0, 0, 0)});
    for (int y = 0; y < image.height(); ++y)
        memcpy(image.scanLine(y), rows.at(y).constData(), size_t(expectedBytesPerRow));
    return image;
}

qsizetype blackDots(const QImage& mono)
{
    qsizetype n = 0;
    for (int y = 0; y < mono.height(); ++y)
        for (int x = 0; x < mono.width(); ++x)
            n += mono.pixelIndex(x, y) == 1;
    return n;
}

// pdftotext's words with every kind of space made one plain space.
QString normalised(QString text)
{
    text.replace(QChar(0x00A0), QLatin1Char(' '));
    return text.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
}

} // namespace

class TestReceipts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QString missing;
        QVERIFY2(test::scanToolsAvailable(missing), qPrintable(missing));
    }

    void escPosMatchesGolden_data()
    {
        QTest::addColumn<int>("paper");
        QTest::newRow("58 mm") << 58;
        QTest::newRow("80 mm") << 80;
    }

    // The bytes of a fixed receipt, byte for byte. After a deliberate change of the drawing, write
    // new golden files with OVOP_UPDATE_GOLDEN=1 and look at them (the structural test below
    // decodes them) before committing them. The glyphs come from the system's DejaVu Sans and
    // FreeType: another version of either (another distribution) may move dots and need new files.
    void escPosMatchesGolden()
    {
        QFETCH(int, paper);
        const QByteArray actual = ReceiptRenderer::escPos(goldenReceipt(), paper);
        const QString name = QStringLiteral("sale-ky-%1mm.bin").arg(paper);
        const QString golden = dataPath(name);
        if (qEnvironmentVariableIntValue("OVOP_UPDATE_GOLDEN") == 1) {
            QDir().mkpath(QFileInfo(golden).path());
            QFile out(golden);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            QCOMPARE(out.write(actual), actual.size());
            qInfo("wrote %s", qPrintable(golden));
            return;
        }
        QFile in(golden);
        QVERIFY2(in.open(QIODevice::ReadOnly),
                 qPrintable(QStringLiteral("no golden file %1: run the test with OVOP_UPDATE_GOLDEN=1").arg(golden)));
        const QByteArray expected = in.readAll();
        if (actual != expected) {
            const QString written =
                QDir(QCoreApplication::applicationDirPath()).filePath(name + QStringLiteral(".actual"));
            QFile out(written);
            const bool saved =
                out.open(QIODevice::WriteOnly | QIODevice::Truncate) && out.write(actual) == actual.size();
            QFAIL(qPrintable(QStringLiteral("the ESC/POS bytes for %1 mm differ from %2: %3 bytes, expected %4, first "
                                            "difference at byte %5. The bytes made are in %6. If the change is meant, "
                                            "run the test with OVOP_UPDATE_GOLDEN=1.")
                                 .arg(paper)
                                 .arg(golden)
                                 .arg(actual.size())
                                 .arg(expected.size())
                                 .arg(firstDifference(actual, expected))
                                 .arg(saved ? written : QStringLiteral("(could not be written)"))));
        }
    }

    void escPosParsesBack_data()
    {
        QTest::addColumn<int>("paper");
        QTest::addColumn<int>("dots");
        QTest::newRow("58 mm") << 58 << 384;
        QTest::newRow("80 mm") << 80 << 576;
    }

    // The stream is init, raster bands of the paper's width, feed and cut; its bands put together
    // are the raster image, and the image has ink on it.
    void escPosParsesBack()
    {
        QFETCH(int, paper);
        QFETCH(int, dots);
        QCOMPARE(ReceiptRenderer::dotsWide(paper), dots);
        for (const PrintedReceipt& receipt :
             {goldenReceipt(),
              ReceiptLayout::sale(test::receiptSale(), test::receiptShop(), QStringLiteral("ky"), true)}) {
            const QByteArray bytes = ReceiptRenderer::escPos(receipt, paper);
            QString error;
            const QImage decoded = parseEscPos(bytes, dots / 8, error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QCOMPARE(decoded.width(), dots);
            const QImage raster = ReceiptRenderer::raster(receipt, dots);
            QCOMPARE(raster.format(), QImage::Format_Mono);
            QCOMPARE(decoded.height(), raster.height());
            QVERIFY(raster.height() > ReceiptRenderer::MaxBandRows); // more than one band
            for (int y = 0; y < raster.height(); ++y)
                QVERIFY(memcmp(decoded.constScanLine(y), raster.constScanLine(y), size_t(dots / 8)) == 0);
            const qsizetype black = blackDots(decoded);
            QVERIFY(black > 1000);
            QVERIFY(black < qsizetype(dots) * decoded.height() / 2);
        }
        QVERIFY(ReceiptRenderer::escPos(goldenReceipt(), 57).isEmpty());
    }

    // The receipt number under the raster's barcode is what a scanner reads, on both papers; the QR
    // code says what its row says.
    void rasterBarcodeIsRead()
    {
        QTemporaryDir dir;
        for (int dots : {384, 576}) {
            const PrintedReceipt sale =
                ReceiptLayout::sale(test::receiptSale(), test::receiptShop(), QStringLiteral("ky"), false);
            const QString path = dir.filePath(QStringLiteral("sale-%1.png").arg(dots));
            QVERIFY(ReceiptRenderer::raster(sale, dots).save(path));
            QString error;
            QCOMPARE(test::scanImage(path, error), QStringList{QStringLiteral("BIS-1-T1-000042")});
            QVERIFY2(error.isEmpty(), qPrintable(error));

            const QString golden = dir.filePath(QStringLiteral("golden-%1.png").arg(dots));
            QVERIFY(ReceiptRenderer::raster(goldenReceipt(), dots).save(golden));
            QCOMPARE(
                test::scanImage(golden, error),
                (QStringList{QStringLiteral("BIS-1-T1-000042"), QStringLiteral("https://ovop.kg/r/BIS-1-T1-000042")}));
        }
    }

    // Long rows wrap onto more lines and never run off the paper.
    void rasterWrapsLongRows()
    {
        PrintedReceipt shortRow;
        shortRow.rows = {{QStringLiteral("Ширдак"), QStringLiteral("12 000,00 сом"), Style::Normal}};
        PrintedReceipt longRow;
        longRow.rows = {{QStringLiteral("Ширдак, кол менен жасалган, Нарын облусунун Кочкор айылынан, Өмүрбекова "
                                        "Нурзаданын үй-бүлөсү, Жаңыкийизбаштыкжанакалпакжанаширдакжанаөрмөк"),
                         QStringLiteral("12 000,00 сом"), Style::Large}};
        const QImage a = ReceiptRenderer::raster(shortRow, 384);
        const QImage b = ReceiptRenderer::raster(longRow, 384);
        QVERIFY(b.height() > 4 * a.height());
        QVERIFY(ReceiptRenderer::raster(shortRow, 100).isNull());
    }

    void pdfHasRealText_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("total");
        QTest::addColumn<QString>("name");
        QTest::newRow("ky") << QStringLiteral("ky") << QStringLiteral("5 430,50 сом")
                            << QStringLiteral("Жаңы кийиз баштык");
        QTest::newRow("ru") << QStringLiteral("ru") << QStringLiteral("5 430,50 сом")
                            << QStringLiteral("Новая войлочная сумка");
    }

    // The PDF's words are text in a font (Kyrgyz letters included), on a page 80 mm wide.
    void pdfHasRealText()
    {
        QFETCH(QString, language);
        QFETCH(QString, total);
        QFETCH(QString, name);
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("receipt.pdf"));
        const PrintedReceipt receipt =
            ReceiptLayout::sale(test::receiptSale(language), test::receiptShop(), language, false);
        const Status written = ReceiptRenderer::writePdf(pdf, receipt);
        QVERIFY2(written.ok(), qPrintable(written.message()));
        QVERIFY(!ReceiptRenderer::writePdf(pdf, receipt).ok()); // no silent overwrite
        QString error;
        const QString text = normalised(test::pdfText(pdf, error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(text.contains(QStringLiteral("BIS-1-T1-000042")), qPrintable(text));
        QVERIFY2(text.contains(total), qPrintable(text));
        QVERIFY2(text.contains(name), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Айгүл Жаңыбаева")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Нурзада Өмүрбекова")), qPrintable(text));
        const QString upper = text.toUpper();
        for (const QChar letter : {QChar(0x04A2), QChar(0x04E8), QChar(0x04AE)}) // Ң Ө Ү
            QVERIFY2(upper.contains(letter), qPrintable(QString(letter)));

        if (!QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty()) {
            QProcess info;
            info.start(QStringLiteral("pdfinfo"), {pdf});
            QVERIFY(info.waitForFinished(60000));
            const QString out = QString::fromUtf8(info.readAllStandardOutput());
            const auto match = QRegularExpression(QStringLiteral("Page size:\\s+([0-9.]+) x ([0-9.]+) pts")).match(out);
            QVERIFY2(match.hasMatch(), qPrintable(out));
            QVERIFY(qAbs(match.captured(1).toDouble() - 80 / 25.4 * 72) < 1.5);
            QVERIFY(match.captured(2).toDouble() > 300); // as long as the receipt, far more than a label
            QVERIFY2(QRegularExpression(QStringLiteral("\\nPages:\\s+1\\n")).match(out).hasMatch(), qPrintable(out));
        }
    }

    // A system printer gets the same receipt, here a printer that writes PDF on short pages.
    void printsOnAPrinter()
    {
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("printed.pdf"));
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(pdf);
        printer.setPageSize(QPageSize(QSizeF(80, 120), QPageSize::Millimeter, QString(), QPageSize::ExactMatch));
        printer.setPageMargins(QMarginsF(4, 4, 4, 4), QPageLayout::Millimeter);
        const PrintedReceipt receipt =
            ReceiptLayout::sale(test::receiptSale(), test::receiptShop(), QStringLiteral("ky"), false);
        const Status printed = ReceiptRenderer::print(&printer, receipt);
        QVERIFY2(printed.ok(), qPrintable(printed.message()));
        QVERIFY(!ReceiptRenderer::print(nullptr, receipt).ok());
        QString error;
        const QString text = normalised(test::pdfText(pdf, error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(text.contains(QStringLiteral("Жаңы кийиз баштык")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("BIS-1-T1-000042")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("5 430,50 сом")), qPrintable(text));
        QVERIFY(test::renderPages(pdf, dir.path(), 50, error).size() >= 2); // 120 mm pages: the receipt needs more
    }
};

QTEST_MAIN(TestReceipts)
#include "test_receipts.moc"
