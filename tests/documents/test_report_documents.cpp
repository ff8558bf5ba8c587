// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// The reports on paper, read back with poppler: the figures as the language writes money, the
// names with Kyrgyz letters, the charts' own labels as real text (vector charts), long tables over
// several pages with their header on each, files refused unless replacing is allowed, printers.
#include <QApplication>
#include <QFile>
#include <QPrinter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "scan_helpers.h"
#include "ui/reportdocs/ReportDocuments.h"
#include "ui/reportdocs/ReportPages.h"

using namespace ovop;
using namespace ovop::ui;

namespace {

QString normalised(QString text)
{
    text.replace(QChar(0x00A0), QLatin1Char(' '));
    text.replace(QChar(0x202F), QLatin1Char(' '));
    return text.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
}

ReportScope scope(const QString& language)
{
    ReportScope s;
    s.from = QDate(2026, 6, 1);
    s.to = QDate(2026, 11, 30);
    s.language = language;
    return s;
}

ProducerMoneyRow producer(const QString& code, const QString& name, qint64 soldSom, bool womenLed)
{
    ProducerMoneyRow r;
    r.code = code;
    r.name = name;
    r.sold = Money::fromSom(soldSom);
    r.womenLed = womenLed;
    r.members = 10;
    r.women = womenLed ? 8 : 2;
    r.lastVisit = QDate(2026, 3, 1);
    r.materialsAndDyes = QStringLiteral("Жүн, табигый боёктор");
    r.villageName = {QStringLiteral("Бостери"), QStringLiteral("Бостери"), QStringLiteral("Bosteri")};
    return r;
}

Impact impact(const QString& language)
{
    Impact i;
    i.scope = scope(language);
    i.asOf = QDate(2026, 12, 1);
    i.salesTotal = Money::fromTyiyn(123456750);
    i.paidToProducers = Money::fromSom(400000);
    i.owedToProducers = Money::fromTyiyn(9876550);
    i.producersReached = 2;
    i.villagesReached = 2;
    i.oblastsReached = 2;
    i.womenLedSales = Money::fromSom(524691);
    i.womenLedShare = 0.425;
    i.womenMembersShare = 0.5;
    i.currentCheckSales = Money::fromSom(987654);
    i.currentCheckShare = 0.8;
    i.overdueProducers << OverdueProducer{QStringLiteral("MNB-01"), QStringLiteral("Миң-Булак кийиз тапочка"),
                                          QDate(2024, 8, 2), Money::fromSom(45100)};
    i.byOblast << OblastImpact{QStringLiteral("IK"),
                               {QStringLiteral("Ысык-Көл облусу"), QStringLiteral("Иссык-Кульская область"),
                                QStringLiteral("Issyk-Kul Region")},
                               Money::fromSom(800000),
                               1,
                               1};
    i.byOblast << OblastImpact{
        QStringLiteral("NR"),
        {QStringLiteral("Нарын облусу"), QStringLiteral("Нарынская область"), QStringLiteral("Naryn Region")},
        Money::fromTyiyn(43456750),
        1,
        1};
    i.materialsRecorded = 2;
    i.materialsRecordedShare = 1.0;
    i.producers << producer(QStringLiteral("BOS-01"), QStringLiteral("Бостери кийиз тобу"), 800000, true)
                << producer(QStringLiteral("MNB-01"), QStringLiteral("Миң-Булак кийиз тапочка"), 434567, false);
    return i;
}

// A summary and a breakdown by day of the summer: long enough to run over pages.
SalesSummary summary(const QString& language)
{
    SalesSummary s;
    s.scope = scope(language);
    s.salesCount = 1038;
    s.gross = Money::fromSom(1759770);
    s.total = Money::fromSom(1759770);
    s.returnsCount = 27;
    s.returns = Money::fromSom(61190);
    TaxRow tax;
    tax.salesTaxRateBp = 100;
    tax.salesCount = 1038;
    tax.sales = s.total;
    tax.salesTax = Money::fromTyiyn(1742347);
    s.taxes << tax;
    return s;
}

SalesBreakdown byDay(const QString& language)
{
    SalesBreakdown b;
    b.scope = scope(language);
    b.grouping = int(SalesReport::Grouping::Day);
    for (QDate d = b.scope.from; d <= b.scope.to; d = d.addDays(1)) {
        const QString key = d.toString(Qt::ISODate);
        b.rows << SalesGroupRow{key, key, 5, Money::fromSom(1000 + d.day()), {}};
        b.count += 5;
        b.total = b.total + b.rows.last().amount;
    }
    return b;
}

SalesBreakdown byPayment(const QString& language)
{
    SalesBreakdown b;
    b.scope = scope(language);
    b.grouping = int(SalesReport::Grouping::Payment);
    b.rows << SalesGroupRow{QStringLiteral("cash"), QStringLiteral("Накталай"), 600, Money::fromSom(1000000), {}}
           << SalesGroupRow{QStringLiteral("qr"), QStringLiteral("QR-төлөм"), 438, Money::fromSom(759770), {}};
    b.count = 1038;
    b.total = Money::fromSom(1759770);
    return b;
}

QString textOf(const QString& path)
{
    QString error;
    const QString text = normalised(test::pdfText(path, error));
    if (!error.isEmpty())
        qWarning() << error;
    return text;
}

QString write(const QTemporaryDir& dir, const QString& name, const Result<QByteArray>& pdf)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (pdf.ok() && file.open(QIODevice::WriteOnly))
        file.write(pdf.value());
    return path;
}

} // namespace

class TestReportDocuments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QString missing;
        QVERIFY2(test::scanToolsAvailable(missing), qPrintable(missing));
    }

    void impactInKyrgyzHasItsFiguresChartsAndOverdueProducers()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("impact.pdf"));
        const Status written =
            ReportDocuments::writeImpactPdf(path, impact(QStringLiteral("ky")), QStringLiteral("ky"));
        QVERIFY2(written.ok(), qPrintable(written.message()));
        const QString text = textOf(path);
        const QString ky = QStringLiteral("ky");
        for (const QString& expected :
             {QStringLiteral("1 234 567,50 сом"), QStringLiteral("98 765,50 сом"), QStringLiteral("42,5%"),
              QStringLiteral("80,0%"), QStringLiteral("Миң-Булак кийиз тапочка"), QStringLiteral("MNB-01"),
              QStringLiteral("02.08.2024"), QStringLiteral("Жүн, табигый боёктор"),
              QStringLiteral("01.06.2026 – 30.11.2026"), reportpaper::word(ky, "Impact report"),
              reportpaper::word(ky, "Working-conditions visit overdue")})
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in: ") + text));
        // The oblast chart's labels are text on the page (a vector chart), besides the table's.
        QVERIFY2(text.count(QStringLiteral("Ысык-Көл облусу")) >= 2, qPrintable(text));
        QVERIFY(text.count(QStringLiteral("Нарын облусу")) >= 2);
    }

    void impactInRussianNamesOblastsInRussian()
    {
        QTemporaryDir dir;
        const QString path = write(dir, QStringLiteral("impact-ru.pdf"),
                                   ReportDocuments::impactPdf(impact(QStringLiteral("ru")), QStringLiteral("ru")));
        const QString text = textOf(path);
        QVERIFY2(text.contains(QStringLiteral("Иссык-Кульская область")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("1 234 567,50 сом")));
        QVERIFY(!text.contains(QStringLiteral("Ысык-Көл облусу")));
    }

    void salesRunOverPagesWithTheHeaderOnEach()
    {
        QTemporaryDir dir;
        const QString ru = QStringLiteral("ru");
        const SalesBreakdown days = byDay(ru);
        const QString path =
            write(dir, QStringLiteral("sales.pdf"),
                  ReportDocuments::salesPdf(summary(ru), {days, byPayment(ru)}, SalesSeries::of(days), ru));
        const QString text = textOf(path);
        for (const QString& expected :
             {QStringLiteral("1 759 770,00 сом"), QStringLiteral("61 190,00 сом"), QStringLiteral("17 423,47 сом"),
              QStringLiteral("Накталай"), QStringLiteral("QR-төлөм"), QStringLiteral("2026-11-30"),
              reportpaper::word(ru, "Sales report")})
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in: ") + text));
        // 183 days: the day table takes pages, its header repeated on each.
        const QString page3 = reportpaper::word(ru, "Page %1").arg(3);
        QVERIFY2(text.contains(page3), qPrintable(text));
        QVERIFY2(text.count(reportpaper::word(ru, "Amount")) >= 3, qPrintable(text));
        // The pie of payment methods names its slices with their shares.
        QVERIFY2(text.contains(QStringLiteral("Накталай 56,8%")), qPrintable(text));
    }

    void stockAndProducersRender()
    {
        QTemporaryDir dir;
        StockValue stock;
        stock.language = QStringLiteral("ky");
        stock.products = 2;
        stock.value = Money::fromSom(12345);
        stock.byCategory << StockGroupRow{QStringLiteral("felt"), QStringLiteral("Кийиз буюмдар"), 2, stock.value};
        stock.byProducer << StockGroupRow{QStringLiteral("BOS-01"), QStringLiteral("Бостери кийиз тобу"), 2,
                                          stock.value};
        const QString stockText =
            textOf(write(dir, QStringLiteral("stock.pdf"), ReportDocuments::stockPdf(stock, QStringLiteral("ky"))));
        QVERIFY2(stockText.contains(QStringLiteral("12 345,00 сом")), qPrintable(stockText));
        QVERIFY(stockText.contains(QStringLiteral("Бостери кийиз тобу")));

        ProducerMoney money;
        money.scope = scope(QStringLiteral("ru"));
        money.rows = impact(QStringLiteral("ru")).producers;
        money.rows[0].owed = Money::fromTyiyn(7812350);
        money.owed = money.rows[0].owed;
        const QString moneyText = textOf(
            write(dir, QStringLiteral("producers.pdf"), ReportDocuments::producersPdf(money, QStringLiteral("ru"))));
        QVERIFY2(moneyText.contains(QStringLiteral("78 123,50 сом")), qPrintable(moneyText));
        QVERIFY(moneyText.contains(QStringLiteral("Миң-Булак кийиз тапочка (MNB-01)")));
    }

    void anExistingFileIsReplacedOnlyWhenAllowed()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("impact.pdf"));
        QVERIFY(ReportDocuments::writeImpactPdf(path, impact(QStringLiteral("en")), QStringLiteral("en")).ok());
        const Status again = ReportDocuments::writeImpactPdf(path, impact(QStringLiteral("en")), QStringLiteral("en"));
        QVERIFY(!again.ok());
        QCOMPARE(again.error().kind, ErrorKind::Conflict);
        QVERIFY(
            ReportDocuments::writeImpactPdf(path, impact(QStringLiteral("en")), QStringLiteral("en"), Overwrite::Allow)
                .ok());
    }

    void printsToAPrinter()
    {
        QTemporaryDir dir;
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        const QString path = dir.filePath(QStringLiteral("printed.pdf"));
        printer.setOutputFileName(path);
        const Status printed =
            ReportDocuments::printImpact(&printer, impact(QStringLiteral("ky")), QStringLiteral("ky"));
        QVERIFY2(printed.ok(), qPrintable(printed.message()));
        const QString text = textOf(path);
        QVERIFY2(text.contains(QStringLiteral("Миң-Булак кийиз тапочка")), qPrintable(text));
        QVERIFY(text.count(QStringLiteral("Ысык-Көл облусу")) >= 2);
        QVERIFY(!ReportDocuments::printImpact(nullptr, impact(QStringLiteral("ky")), QStringLiteral("ky")).ok());
    }
};

QTEST_MAIN(TestReportDocuments)
#include "test_report_documents.moc"
