// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// ovopctl catalog import|export, product list, producer list|import|export, run as a process.
#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include "cli/CliSupport.h"

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

QString fixture(const char* name)
{
    return QStringLiteral(OVOP_TEST_DATA_DIR "/csv/") + QString::fromUtf8(name);
}

// A new, empty shop (no demo catalogue) with the administrator admin, PIN 1111.
class CliShop
{
public:
    CliShop()
    {
        REQUIRE(m_dir.isValid());
        clitest::seedPlainShop(file(QStringLiteral("shop.sqlite")), QStringLiteral("TST"), QStringLiteral("Test shop"));
    }

    QString file(const QString& name) const { return m_dir.filePath(name); }

    Run run(const QStringList& arguments) const
    {
        QProcess process;
        process.setProcessEnvironment(clitest::environment({{QStringLiteral("OVOP_PIN"), QStringLiteral("1111")}}));
        process.start(QStringLiteral(OVOPCTL_PATH),
                      QStringList{QStringLiteral("--db"), m_dir.filePath(QStringLiteral("shop.sqlite"))} + arguments);
        process.closeWriteChannel();
        Run result;
        if (!process.waitForStarted() || !process.waitForFinished(120000))
            return result;
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    // Runs as admin and requires the exit code.
    Run admin(QStringList arguments, int expectedExit = 0) const
    {
        const Run r = run(QStringList{QStringLiteral("--as"), QStringLiteral("admin")} + arguments);
        INFO(r.out.toStdString() << r.err.toStdString());
        REQUIRE(r.exitCode == expectedExit);
        return r;
    }

    QJsonArray products() const
    {
        const Run r = admin({QStringLiteral("product"), QStringLiteral("list"), QStringLiteral("--all"),
                             QStringLiteral("--json")});
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    }

    void importProducers() const
    {
        admin({QStringLiteral("producer"), QStringLiteral("import"), fixture("producers.csv")});
    }

private:
    QTemporaryDir m_dir;
};

QJsonObject bySku(const QJsonArray& products, const QString& sku)
{
    for (const QJsonValue& v : products)
        if (v.toObject().value(QStringLiteral("sku")).toString() == sku)
            return v.toObject();
    FAIL("no product " << sku.toStdString());
    return {};
}

} // namespace

TEST_CASE("catalog import: dry run changes nothing, import adds, the same file again changes nothing", "[cli][catalog]")
{
    CliShop shop;
    shop.importProducers();

    const Run dry = shop.admin({QStringLiteral("catalog"), QStringLiteral("import"), fixture("products-good.csv"),
                                QStringLiteral("--dry-run")});
    CHECK(dry.out.contains(QStringLiteral("New: 3, changed: 0, unchanged: 0.")));
    CHECK(dry.out.contains(QStringLiteral("Dry run: nothing was changed.")));
    CHECK(shop.products().isEmpty());

    const Run done = shop.admin({QStringLiteral("catalog"), QStringLiteral("import"), fixture("products-good.csv")});
    CHECK(done.out.contains(QStringLiteral("Imported: 3 new, 0 changed, 0 unchanged.")));
    CHECK(shop.products().size() == 3);

    const Run again = shop.admin({QStringLiteral("catalog"), QStringLiteral("import"), fixture("products-good.csv")});
    CHECK(again.out.contains(QStringLiteral("New: 0, changed: 0, unchanged: 3.")));
    CHECK(again.out.contains(QStringLiteral("nothing was changed")));

    // The Windows-1251 file holds the same values: unchanged.
    const Run cp1251 = shop.admin({QStringLiteral("catalog"), QStringLiteral("import"),
                                   fixture("products-cp1251-semicolon.csv")});
    CHECK(cp1251.out.contains(QStringLiteral("Windows-1251")));
    CHECK(cp1251.out.contains(QStringLiteral("unchanged: 3")));
}

TEST_CASE("catalog import: bad rows are listed with line and column, exit 1, nothing imported", "[cli][catalog]")
{
    CliShop shop;
    shop.importProducers();
    const Run bad = shop.admin({QStringLiteral("catalog"), QStringLiteral("import"), fixture("products-bad-rows.csv")},
                               1);
    CHECK(bad.err.contains(QStringLiteral("line 4, barcode: ")));
    CHECK(bad.err.contains(QStringLiteral("line 7, producer_code: ")));
    CHECK(bad.err.contains(QStringLiteral("line 8, price: ")));
    CHECK(bad.err.contains(QStringLiteral("line 13, unit: ")));
    CHECK(bad.err.contains(QStringLiteral("line 20, barcode: ")));
    CHECK(bad.err.contains(QStringLiteral("Nothing was imported.")));
    CHECK(shop.products().isEmpty());

    // The dry run of a bad file fails the same way.
    shop.admin({QStringLiteral("catalog"), QStringLiteral("import"), fixture("products-bad-rows.csv"),
                QStringLiteral("--dry-run")},
               1);

    // With --json: the problems as objects.
    const Run json = shop.admin({QStringLiteral("--json"), QStringLiteral("catalog"), QStringLiteral("import"),
                                 fixture("products-bad-rows.csv"), QStringLiteral("--dry-run")},
                                1);
    const QJsonObject report = QJsonDocument::fromJson(json.out.toUtf8()).object();
    const QJsonArray problems = report.value(QStringLiteral("problems")).toArray();
    CHECK(problems.size() >= 17);
    CHECK(problems.first().toObject().value(QStringLiteral("line")).toInt() == 4);
    CHECK(problems.first().toObject().value(QStringLiteral("column")).toString() == QStringLiteral("barcode"));
    CHECK_FALSE(report.value(QStringLiteral("applied")).toBool());

    // A file without a required column: refused whole.
    const Run noPrice = shop.admin({QStringLiteral("catalog"), QStringLiteral("import"),
                                    fixture("products-no-price.csv")},
                                   1);
    CHECK(noPrice.err.contains(QStringLiteral("price")));
    CHECK(shop.products().isEmpty());
}

TEST_CASE("catalog import and export: usage errors exit 2, no user or a missing file exits 1", "[cli][catalog]")
{
    CliShop shop;
    CHECK(shop.run({QStringLiteral("catalog")}).exitCode == 2);
    CHECK(shop.run({QStringLiteral("catalog"), QStringLiteral("import")}).exitCode == 2);
    CHECK(shop.run({QStringLiteral("catalog"), QStringLiteral("export")}).exitCode == 2);
    CHECK(shop.run({QStringLiteral("catalog"), QStringLiteral("import"), QStringLiteral("a.csv"),
                    QStringLiteral("b.csv")})
              .exitCode == 2);
    const Run noUser = shop.run({QStringLiteral("catalog"), QStringLiteral("import"), fixture("products-good.csv")});
    CHECK(noUser.exitCode == 1);
    CHECK(noUser.err.contains(QStringLiteral("--as")));
    const Run missing = shop.admin({QStringLiteral("catalog"), QStringLiteral("import"),
                                    shop.file(QStringLiteral("missing.csv"))},
                                   1);
    CHECK(missing.err.contains(QStringLiteral("missing.csv")));
}

TEST_CASE("product list --json carries the documented fields", "[cli][catalog]")
{
    CliShop shop;
    shop.importProducers();
    shop.admin({QStringLiteral("catalog"), QStringLiteral("import"), fixture("products-good.csv")});
    const QJsonObject felt = bySku(shop.products(), QStringLiteral("FELT-001"));
    for (const char* key : {"sku", "barcodes", "name_ky", "name_ru", "name_en", "category", "unit", "price",
                            "producer_code", "village", "oblast", "active"})
        CHECK(felt.contains(QString::fromUtf8(key)));
    CHECK(felt.value(QStringLiteral("barcodes")).toArray().size() == 2);
    CHECK(felt.value(QStringLiteral("barcodes")).toArray().first().toString() == QStringLiteral("4600000000015"));
    CHECK(felt.value(QStringLiteral("name_ky")).toString() == QStringLiteral("Кийиз тапочка"));
    CHECK(felt.value(QStringLiteral("price")).toInteger() == 125050);
    CHECK(felt.value(QStringLiteral("unit")).toString() == QStringLiteral("pcs"));
    CHECK(felt.value(QStringLiteral("producer_code")).toString() == QStringLiteral("BOS-01"));
    CHECK(felt.value(QStringLiteral("village")).toString() == QStringLiteral("Bosteri"));
    CHECK(felt.value(QStringLiteral("oblast")).toString().contains(QStringLiteral("Issyk-Kul")));
    CHECK(felt.value(QStringLiteral("active")).toBool());

    const Run search = shop.run({QStringLiteral("--json"), QStringLiteral("product"), QStringLiteral("list"),
                                 QStringLiteral("--search"), QStringLiteral("мёд")});
    REQUIRE(search.exitCode == 0);
    const QJsonArray found = QJsonDocument::fromJson(search.out.toUtf8()).array();
    REQUIRE(found.size() == 1);
    CHECK(found.first().toObject().value(QStringLiteral("sku")).toString() == QStringLiteral("HONEY-250"));

    // Text: names in the --lang language, prices formatted.
    const Run text = shop.run({QStringLiteral("--lang"), QStringLiteral("ru"), QStringLiteral("product"),
                               QStringLiteral("list")});
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("Войлочные тапочки")));
    CHECK(text.out.contains(QStringLiteral("1\u00A0250,50\u00A0сом")));
}

TEST_CASE("catalog export then import into a new shop gives the same catalogue", "[cli][catalog]")
{
    CliShop shop;
    shop.importProducers();
    shop.admin({QStringLiteral("catalog"), QStringLiteral("import"), fixture("products-good.csv")});
    const QString exported = shop.file(QStringLiteral("catalogue.csv"));
    const Run out = shop.admin({QStringLiteral("catalog"), QStringLiteral("export"), exported});
    CHECK(out.out.contains(QStringLiteral("3")));
    QFile file(exported);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll().startsWith("\xEF\xBB\xBF"));

    const QString producers = shop.file(QStringLiteral("producers.csv"));
    shop.admin({QStringLiteral("producer"), QStringLiteral("export"), producers});

    CliShop other;
    other.admin({QStringLiteral("producer"), QStringLiteral("import"), producers});
    const Run imported = other.admin({QStringLiteral("catalog"), QStringLiteral("import"), exported});
    CHECK(imported.out.contains(QStringLiteral("Imported: 3 new")));
    CHECK(other.products() == shop.products());
}

TEST_CASE("producer list shows the overdue flag, and a producer import dry run changes nothing", "[cli][producers]")
{
    CliShop shop;
    const Run dry = shop.admin({QStringLiteral("producer"), QStringLiteral("import"), fixture("producers.csv"),
                                QStringLiteral("--dry-run")});
    CHECK(dry.out.contains(QStringLiteral("New: 2")));
    CHECK(shop.admin({QStringLiteral("producer"), QStringLiteral("list")}).out.contains(QStringLiteral("No producers")));

    shop.importProducers();
    const Run json = shop.admin({QStringLiteral("--json"), QStringLiteral("producer"), QStringLiteral("list")});
    const QJsonArray list = QJsonDocument::fromJson(json.out.toUtf8()).array();
    REQUIRE(list.size() == 2);
    for (const QJsonValue& v : list) {
        const QJsonObject p = v.toObject();
        CHECK(p.contains(QStringLiteral("overdue")));
        if (p.value(QStringLiteral("code")).toString() == QStringLiteral("BIR-01")) {
            CHECK(p.value(QStringLiteral("overdue")).toBool()); // last visit January 2023
            CHECK(p.value(QStringLiteral("village")).toString() == QStringLiteral("Birlik"));
            CHECK(p.value(QStringLiteral("last_visit_date")).toString() == QStringLiteral("2023-01-10"));
        }
    }
    const Run overdue = shop.admin({QStringLiteral("--json"), QStringLiteral("producer"), QStringLiteral("list"),
                                    QStringLiteral("--overdue")});
    for (const QJsonValue& v : QJsonDocument::fromJson(overdue.out.toUtf8()).array())
        CHECK(v.toObject().value(QStringLiteral("overdue")).toBool());
    const Run text = shop.admin({QStringLiteral("producer"), QStringLiteral("list")});
    CHECK(text.out.contains(QStringLiteral("OVERDUE")));

    CHECK(shop.run({QStringLiteral("producer"), QStringLiteral("list")}).exitCode == 1); // who is asking?
    CHECK(shop.run({QStringLiteral("producer"), QStringLiteral("frobnicate")}).exitCode == 2);
}
