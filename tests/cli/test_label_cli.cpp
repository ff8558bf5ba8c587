// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// ovopctl label: labels of catalogue products as PDF, read back with a real barcode reader.
#include <catch2/catch.hpp>

#include <algorithm>

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include "cli/CliSupport.h"

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runTool(const QString& program, const QStringList& arguments)
{
    QProcess process;
    // Messages in English unless --lang says otherwise.
    process.setProcessEnvironment(clitest::environment({{QStringLiteral("OVOP_PIN"), QStringLiteral("1111")}}));
    process.start(program, arguments);
    process.closeWriteChannel();
    Run run;
    if (!process.waitForStarted() || !process.waitForFinished(300000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

// Products of every barcode kind a label prints, names with Ң Ө Ү; one sold by the kilogram and
// one without a barcode. Producers BOS-01 and BIR-01 come from the producers fixture.
const char* const ProductsCsv =
    "sku,barcode,name_ky,name_ru,name_en,category,unit,price,producer_code\n"
    "LBL-SLIPPERS,2000000000015,Кийиз тапочка,Войлочные тапочки,Felt slippers,felt,pcs,1250.50,BOS-01\n"
    "LBL-FOX,4006381333931,Түлкү оюнчук,Игрушка «Лиса»,Felt fox,felt,pcs,650,BOS-01\n"
    "LBL-ORMOK,96385074,Өрмөк кур,Лента ормок,Ormok band,textiles,m,800,BIR-01\n"
    "LBL-HONEY,036000291452,Жаңы бал,Свежий мёд,Fresh honey,honey-food,kg,900,BIR-01\n"
    "LBL-SHYRDAK,,Ширдак,Ширдак,Shyrdak,felt,pcs,15000,BOS-01\n";

struct Item
{
    QString sku;
    QString barcode;
    QString nameKy;
    QString nameRu;
};

const QList<Item>& items()
{
    static const QList<Item> list = {
        {QStringLiteral("LBL-SLIPPERS"), QStringLiteral("2000000000015"), QStringLiteral("Кийиз тапочка"),
         QStringLiteral("Войлочные тапочки")},
        {QStringLiteral("LBL-FOX"), QStringLiteral("4006381333931"), QStringLiteral("Түлкү оюнчук"),
         QStringLiteral("Игрушка «Лиса»")},
        {QStringLiteral("LBL-ORMOK"), QStringLiteral("96385074"), QStringLiteral("Өрмөк кур"),
         QStringLiteral("Лента ормок")},
        {QStringLiteral("LBL-HONEY"), QStringLiteral("036000291452"), QStringLiteral("Жаңы бал"),
         QStringLiteral("Свежий мёд")},
    };
    return list;
}

// One shop for every section (the label command only reads it): created with ovopctl init, its
// producers and products imported with ovopctl.
class LabelShop
{
public:
    LabelShop()
    {
        REQUIRE(m_dir.isValid());
        clitest::seedPlainShop(file(QStringLiteral("shop.sqlite")), QStringLiteral("LBL"),
                               QStringLiteral("Label shop"));
        const Run producers = run({QStringLiteral("--as"), QStringLiteral("admin"), QStringLiteral("producer"),
                                   QStringLiteral("import"), QStringLiteral(OVOP_TEST_DATA_DIR "/csv/producers.csv")});
        INFO(producers.err.toStdString());
        REQUIRE(producers.exitCode == 0);
        QFile csv(file(QStringLiteral("products.csv")));
        REQUIRE(csv.open(QIODevice::WriteOnly));
        csv.write(ProductsCsv);
        csv.close();
        const Run products = run({QStringLiteral("--as"), QStringLiteral("admin"), QStringLiteral("catalog"),
                                  QStringLiteral("import"), csv.fileName()});
        INFO(products.out.toStdString() + products.err.toStdString());
        REQUIRE(products.exitCode == 0);
    }

    QString file(const QString& name) const { return m_dir.filePath(name); }

    Run run(const QStringList& arguments) const
    {
        return runTool(QStringLiteral(OVOPCTL_PATH),
                       QStringList{QStringLiteral("--db"), file(QStringLiteral("shop.sqlite"))} + arguments);
    }

private:
    QTemporaryDir m_dir;
};

const LabelShop& shop()
{
    static const LabelShop instance;
    return instance;
}

// Every code zbarimg reads on each page of the PDF rendered at 300 dpi, per page, sorted.
QList<QStringList> scanPdf(const QString& pdf)
{
    QTemporaryDir dir;
    const QString prefix = dir.filePath(QStringLiteral("page"));
    // Grey PGM: no compression, a third of the bytes of colour.
    const Run render = runTool(QStringLiteral("pdftoppm"),
                               {QStringLiteral("-gray"), QStringLiteral("-r"), QStringLiteral("300"), pdf, prefix});
    REQUIRE(render.exitCode == 0);
    QList<QStringList> pages;
    for (const QString& name : QDir(dir.path()).entryList({QStringLiteral("page-*.pgm")}, QDir::Files, QDir::Name)) {
        const Run scan = runTool(QStringLiteral("zbarimg"), {QStringLiteral("--raw"), QStringLiteral("-q"),
                                                             QStringLiteral("-Supca.enable"), dir.filePath(name)});
        REQUIRE((scan.exitCode == 0 || scan.exitCode == 4)); // 4: nothing found
        QStringList codes = scan.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        std::sort(codes.begin(), codes.end());
        pages << codes;
    }
    return pages;
}

// The codes zbarimg reads in one label of an A4 sheet, rendered alone at 300 dpi (a cashier scans
// one label at a time; zbarimg also misses QR codes when several are in one picture). The sheet:
// 3 x 8 labels of 63.5 x 33.9 mm, the first at 7.25 mm from the left and 12.9 mm from the top,
// 66 mm apart across.
QStringList scanSheetCell(const QString& pdf, int page, int cell)
{
    auto dots = [](double mm) { return QString::number(qRound(mm / 25.4 * 300)); };
    QTemporaryDir dir;
    const QString prefix = dir.filePath(QStringLiteral("cell"));
    const Run render = runTool(QStringLiteral("pdftoppm"),
                               {QStringLiteral("-gray"), QStringLiteral("-r"), QStringLiteral("300"),
                                QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                                QString::number(page), QStringLiteral("-x"), dots(7.25 + (cell % 3) * 66.0),
                                QStringLiteral("-y"), dots(12.9 + (cell / 3) * 33.9), QStringLiteral("-W"), dots(63.5),
                                QStringLiteral("-H"), dots(33.9), QStringLiteral("-singlefile"), pdf, prefix});
    REQUIRE(render.exitCode == 0);
    const Run scan =
        runTool(QStringLiteral("zbarimg"), {QStringLiteral("--raw"), QStringLiteral("-q"),
                                            QStringLiteral("-Supca.enable"), prefix + QStringLiteral(".pgm")});
    REQUIRE((scan.exitCode == 0 || scan.exitCode == 4)); // 4: nothing found
    QStringList codes = scan.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    std::sort(codes.begin(), codes.end());
    return codes;
}

// The number of pages of a PDF, as poppler reads it.
int pageCount(const QString& pdf)
{
    const Run info = runTool(QStringLiteral("pdfinfo"), {pdf});
    REQUIRE(info.exitCode == 0);
    for (const QString& line : info.out.split(QLatin1Char('\n')))
        if (line.startsWith(QStringLiteral("Pages:")))
            return line.mid(6).trimmed().toInt();
    return -1;
}

QString joined(const QStringList& codes)
{
    return codes.join(QLatin1Char(' '));
}

QString pdfText(const QString& pdf)
{
    const Run text = runTool(QStringLiteral("pdftotext"),
                             {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    REQUIRE(text.exitCode == 0);
    return text.out.simplified();
}

QStringList expectedCodes(const QList<Item>& list)
{
    QStringList codes;
    for (const Item& item : list)
        codes << item.barcode << QStringLiteral("OVOP:") + item.sku;
    std::sort(codes.begin(), codes.end());
    return codes;
}

} // namespace

TEST_CASE("ovopctl label prints labels that a scanner reads", "[cli][label]")
{
    for (const char* tool : {"pdfinfo", "pdftoppm", "pdftotext", "zbarimg"})
        REQUIRE_FALSE(QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty());
    const LabelShop& s = shop();

    SECTION("single labels, several SKUs after one --sku, in Kyrgyz")
    {
        const QString pdf = s.file(QStringLiteral("single.pdf"));
        QStringList args{QStringLiteral("label"), QStringLiteral("--sku")};
        for (const Item& item : items())
            args << item.sku;
        args << QStringLiteral("--out") << pdf << QStringLiteral("--single") << QStringLiteral("--lang")
             << QStringLiteral("ky");
        const Run run = s.run(args);
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        CHECK(run.out.contains(pdf));
        const QList<QStringList> read = scanPdf(pdf);
        REQUIRE(read.size() == items().size());
        for (qsizetype i = 0; i < items().size(); ++i)
            CHECK(joined(read.at(i)).toStdString() == joined(expectedCodes({items().at(i)})).toStdString());
        const QString text = pdfText(pdf);
        for (const Item& item : items()) {
            INFO(item.nameKy.toStdString());
            CHECK(text.contains(item.nameKy));
        }
        CHECK(text.contains(QStringLiteral("1 250,50 сом"))); // U+00A0 comes back as a space
        CHECK(text.contains(QStringLiteral("900,00 сом / кг")));
    }

    SECTION("an A4 sheet, one --sku per product, in Russian, with JSON output")
    {
        const QString pdf = s.file(QStringLiteral("sheet.pdf"));
        QStringList args{QStringLiteral("--lang"),  QStringLiteral("ru"),    QStringLiteral("label"),
                         QStringLiteral("--sheet"), QStringLiteral("--out"), pdf,
                         QStringLiteral("--json")};
        for (const Item& item : items())
            args << QStringLiteral("--sku") << item.sku;
        const Run run = s.run(args);
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        const QJsonObject summary = QJsonDocument::fromJson(run.out.toUtf8()).object();
        CHECK(summary.value(QStringLiteral("labels")).toInt() == items().size());
        CHECK(summary.value(QStringLiteral("pages")).toInt() == 1);
        CHECK(summary.value(QStringLiteral("format")).toString() == QStringLiteral("sheet"));
        REQUIRE(pageCount(pdf) == 1);
        for (qsizetype i = 0; i < items().size(); ++i)
            CHECK(joined(scanSheetCell(pdf, 1, int(i))).toStdString() ==
                  joined(expectedCodes({items().at(i)})).toStdString());
        CHECK(scanSheetCell(pdf, 1, int(items().size())).isEmpty());
        const QString text = pdfText(pdf);
        for (const Item& item : items()) {
            INFO(item.nameRu.toStdString());
            CHECK(text.contains(item.nameRu));
        }
    }

    SECTION("copies fill a second sheet")
    {
        const QString pdf = s.file(QStringLiteral("copies.pdf"));
        const Run run = s.run({QStringLiteral("label"), QStringLiteral("--sku"), items().first().sku,
                               QStringLiteral("--out"), pdf, QStringLiteral("--copies"), QStringLiteral("20"),
                               QStringLiteral("--skip"), QStringLiteral("10"), QStringLiteral("--json")});
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        const QJsonObject summary = QJsonDocument::fromJson(run.out.toUtf8()).object();
        CHECK(summary.value(QStringLiteral("labels")).toInt() == 20);
        CHECK(summary.value(QStringLiteral("pages")).toInt() == 2);
        REQUIRE(pageCount(pdf) == 2);
        const QString one = joined(expectedCodes({items().first()}));
        CHECK(scanSheetCell(pdf, 1, 9).isEmpty()); // the ten used labels are left alone
        CHECK(joined(scanSheetCell(pdf, 1, 10)).toStdString() == one.toStdString());
        CHECK(joined(scanSheetCell(pdf, 1, 23)).toStdString() == one.toStdString());
        CHECK(joined(scanSheetCell(pdf, 2, 5)).toStdString() == one.toStdString()); // 14 + 6 = 20
        CHECK(scanSheetCell(pdf, 2, 6).isEmpty());
    }

    SECTION("an unknown SKU is refused and nothing is written")
    {
        const QString pdf = s.file(QStringLiteral("unknown.pdf"));
        const Run run = s.run({QStringLiteral("label"), QStringLiteral("--sku"), items().first().sku,
                               QStringLiteral("NO-SUCH-SKU"), QStringLiteral("--out"), pdf});
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QStringLiteral("NO-SUCH-SKU")));
        CHECK(run.err.contains(QStringLiteral("No labels were written")));
        CHECK_FALSE(QFile::exists(pdf));
    }

    SECTION("a product without a barcode is refused and nothing is written")
    {
        const QString pdf = s.file(QStringLiteral("nocode.pdf"));
        const Run run = s.run({QStringLiteral("label"), QStringLiteral("--sku"), items().first().sku,
                               QStringLiteral("LBL-SHYRDAK"), QStringLiteral("--out"), pdf});
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QStringLiteral("Label 2 (Shyrdak)")));
        CHECK(run.err.contains(QStringLiteral("no barcode")));
        CHECK_FALSE(QFile::exists(pdf));
    }

    SECTION("a bad option value is refused with the reason and nothing is written")
    {
        const QString pdf = s.file(QStringLiteral("skip.pdf"));
        const Run run = s.run({QStringLiteral("label"), QStringLiteral("--sku"), items().first().sku,
                               QStringLiteral("--out"), pdf, QStringLiteral("--skip"), QStringLiteral("30")});
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QStringLiteral("between 0 and 23")));
        CHECK_FALSE(QFile::exists(pdf));
    }

    SECTION("usage errors exit 2 and write nothing")
    {
        const QString pdf = s.file(QStringLiteral("usage.pdf"));
        const QString sku = items().first().sku;
        const QList<QStringList> bad = {
            {QStringLiteral("label"), QStringLiteral("--out"), pdf},      // no SKU
            {QStringLiteral("label"), QStringLiteral("--sku"), sku},      // no --out
            {QStringLiteral("label"), sku, QStringLiteral("--out"), pdf}, // SKU without --sku
            {QStringLiteral("label"), QStringLiteral("--sku"), sku, QStringLiteral("--out"), pdf,
             QStringLiteral("--sheet"), QStringLiteral("--single")},
            {QStringLiteral("label"), QStringLiteral("--sku"), sku, QStringLiteral("--out"), pdf,
             QStringLiteral("--copies"), QStringLiteral("many")},
            {QStringLiteral("label"), QStringLiteral("--sku"), sku, QStringLiteral("--out"), pdf,
             QStringLiteral("--colour")},
        };
        for (const QStringList& args : bad) {
            INFO(args.join(QLatin1Char(' ')).toStdString());
            CHECK(s.run(args).exitCode == 2);
            CHECK_FALSE(QFile::exists(pdf));
        }
    }
}
