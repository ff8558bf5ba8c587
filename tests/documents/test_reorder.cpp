// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// The reorder list on paper: the PDF read back with poppler shows each producer, their village and
// what to order, Kyrgyz letters included; on a printer it is the same document.
#include <QFile>
#include <QPrinter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "scan_helpers.h"
#include "ui/documents/ReorderDocument.h"

using namespace ovop;
using namespace ovop::ui;

namespace {

QList<ReorderGroup> groups()
{
    ReorderGroup felt;
    felt.producerCode = QStringLiteral("BOS-01");
    felt.producerName = QStringLiteral("Айгүл Асанова");
    felt.phone = QStringLiteral("+996 555 123 456");
    felt.villageName = {QStringLiteral("Бостери"), QStringLiteral("Бостери"), QStringLiteral("Bosteri")};
    felt.lines << ReorderLine{{},
                              QStringLiteral("FLT-001"),
                              {QStringLiteral("Кийиз өтүк"), QStringLiteral("Войлочные тапочки"), {}},
                              Unit::Piece,
                              Quantity::fromUnits(1),
                              Quantity::fromUnits(4),
                              Quantity::fromUnits(3)};
    ReorderGroup honey;
    honey.producerCode = QStringLiteral("BIR-01");
    honey.producerName = QStringLiteral("Бирлик бал");
    honey.villageName = {QStringLiteral("Бирлик"), QStringLiteral("Бирлик"), QStringLiteral("Birlik")};
    honey.lines << ReorderLine{{},
                               QStringLiteral("HON-001"),
                               {QStringLiteral("Таңкы бал"), QStringLiteral("Утренний мёд"), {}},
                               Unit::Kilogram,
                               Quantity::fromMilli(500),
                               Quantity::fromUnits(2),
                               Quantity::fromMilli(1500)};
    return {felt, honey};
}

QString normalised(QString text)
{
    text.replace(QChar(0x00A0), QLatin1Char(' '));
    return text.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
}

} // namespace

class TestReorder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QString missing;
        QVERIFY2(test::scanToolsAvailable(missing), qPrintable(missing));
    }

    void pdfNamesProducersAndGoodsInKyrgyz()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("reorder.pdf"));
        const Status written = ReorderDocument::writePdf(path, groups(), QStringLiteral("ky"));
        QVERIFY2(written.ok(), qPrintable(written.message()));
        QString error;
        const QString text = normalised(test::pdfText(path, error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (const QString& expected :
             {QStringLiteral("Айгүл Асанова (BOS-01)"), QStringLiteral("Бостери"), QStringLiteral("+996 555 123 456"),
              QStringLiteral("Бирлик бал (BIR-01)"), QStringLiteral("Кийиз өтүк"), QStringLiteral("Таңкы бал"),
              QStringLiteral("FLT-001"), QStringLiteral("HON-001")})
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in: ") + text));
        // Quantities as the language writes them: a decimal comma in Kyrgyz.
        QVERIFY2(text.contains(QStringLiteral("1,5")), qPrintable(text));
    }

    void anEmptyListSaysSo()
    {
        const auto pdf = ReorderDocument::renderPdf({}, QStringLiteral("en"));
        QVERIFY(pdf.ok());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("empty.pdf"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(pdf.value());
        file.close();
        QString error;
        QVERIFY(normalised(test::pdfText(path, error)).contains(QStringLiteral("No product is below its minimum")));
    }

    void printsToAPrinter()
    {
        QTemporaryDir dir;
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        const QString path = dir.filePath(QStringLiteral("printed.pdf"));
        printer.setOutputFileName(path);
        const Status printed = ReorderDocument::print(printer, groups(), QStringLiteral("ru"));
        QVERIFY2(printed.ok(), qPrintable(printed.message()));
        QString error;
        const QString text = normalised(test::pdfText(path, error));
        QVERIFY2(text.contains(QStringLiteral("Войлочные тапочки")), qPrintable(text));
    }
};

QTEST_MAIN(TestReorder)
#include "test_reorder.moc"
