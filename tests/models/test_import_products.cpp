// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include <catch2/catch.hpp>

#include <QFile>

#include "test_import_support.h"
#include "models/catalog/CatalogService.h"
#include "models/exchange/CatalogExport.h"
#include "models/exchange/ProductImport.h"

using namespace ovop;
using namespace ovop::test;

namespace {

ProductImportPlan planOf(ImportShop& s, const char* fixtureName, const ImportProgress& progress = {})
{
    auto plan = ProductImport(s.db()).parseFile(s.admin, csvFixture(fixtureName), progress);
    INFO(plan.message().toStdString());
    REQUIRE(plan.ok());
    return plan.value();
}

ImportSummary applied(ImportShop& s, const ProductImportPlan& plan)
{
    auto summary = ProductImport(s.db()).apply(s.admin, plan);
    INFO(summary.message().toStdString());
    REQUIRE(summary.ok());
    return summary.value();
}

Product bySku(ImportShop& s, const char* sku)
{
    auto p = CatalogService(s.db()).findBySku(QString::fromUtf8(sku)).value();
    REQUIRE(p.has_value());
    return *p;
}

} // namespace

TEST_CASE("Product import: a good file is planned, applied, and importing it again changes nothing", "[import]")
{
    ImportShop s;
    const auto plan = planOf(s, "products-good.csv");
    INFO(problemsText(plan.problems));
    CHECK(plan.problems.isEmpty());
    CHECK(plan.encoding == QStringLiteral("UTF-8 (BOM)"));
    CHECK(plan.fileName == QStringLiteral("products-good.csv"));
    CHECK(plan.sha256.size() == 64);
    CHECK(plan.ignoredColumns == QStringList{QStringLiteral("notes")});
    CHECK(plan.notes.size() == 1);
    REQUIRE(plan.rows.size() == 3);
    CHECK(plan.count(ImportAction::New) == 3);
    // Physical lines: the first record's quoted stories span lines 2 to 4.
    CHECK(plan.rows[0].line == 2);
    CHECK(plan.rows[1].line == 5);
    CHECK(plan.rows[2].line == 6);

    const auto summary = applied(s, plan);
    CHECK(summary.added == 3);

    const Product felt = bySku(s, "FELT-001");
    CHECK(felt.barcodes == QStringList{QStringLiteral("4600000000015"), QStringLiteral("2000000000015")});
    CHECK(felt.name.ky == QStringLiteral("Кийиз тапочка"));
    CHECK(felt.name.ru == QStringLiteral("Войлочные тапочки"));
    CHECK(felt.name.en == QStringLiteral("Felt slippers"));
    CHECK(felt.price.tyiyn() == 125050);
    CHECK(felt.category == QStringLiteral("felt"));
    CHECK(felt.producerCode == QStringLiteral("BOS-01"));
    CHECK(felt.materials == QStringLiteral("sheep wool, natural dyes"));
    CHECK(felt.story.ky == QStringLiteral("Бостери айылынын\nаялдары жасаган"));
    CHECK(felt.story.en == QStringLiteral("Made by the women of Bosteri, \"Issyk-Kul\""));
    CHECK(bySku(s, "HONEY-250").unit == Unit::Piece);
    const Product ormok = bySku(s, "ORMOK-M");
    CHECK(ormok.unit == Unit::Metre);
    CHECK(ormok.price.tyiyn() == 80000);
    CHECK(ormok.name.ky == QStringLiteral("Ормок тасма (Ң Ө Ү)"));
    CHECK(ormok.barcodes.isEmpty());

    // The same file again: every row unchanged, nothing written, nothing audited.
    const QString productsBefore = tableDump(s.db(), QStringLiteral("products"));
    const qint64 auditBefore = rowCount(s.db(), QStringLiteral("audit_log"));
    const auto again = planOf(s, "products-good.csv");
    CHECK(again.problems.isEmpty());
    CHECK(again.count(ImportAction::Unchanged) == 3);
    CHECK_FALSE(again.hasChanges());
    const auto second = applied(s, again);
    CHECK(second.added == 0);
    CHECK(second.changed == 0);
    CHECK(second.unchanged == 3);
    CHECK(tableDump(s.db(), QStringLiteral("products")) == productsBefore);
    CHECK(rowCount(s.db(), QStringLiteral("audit_log")) == auditBefore);
}

TEST_CASE("Product import: Windows-1251 with semicolons gives the same products", "[import]")
{
    ImportShop s;
    const auto plan = planOf(s, "products-cp1251-semicolon.csv");
    INFO(problemsText(plan.problems));
    CHECK(plan.problems.isEmpty());
    CHECK(plan.encoding == QStringLiteral("Windows-1251"));
    CHECK(plan.delimiter == QLatin1Char(';'));
    CHECK(plan.count(ImportAction::New) == 3);
    applied(s, plan);
    CHECK(bySku(s, "HONEY-250").name.ru == QStringLiteral("Белый мёд 250 г"));
    CHECK(bySku(s, "FELT-001").barcodes.size() == 2);
    CHECK(bySku(s, "ORMOK-M").unit == Unit::Metre);

    // Loaded from UTF-8 first, the Windows-1251 file (fewer columns, the same values) is unchanged:
    // columns a file does not carry keep their stored values.
    ImportShop t;
    applied(t, planOf(t, "products-good.csv"));
    const auto same = planOf(t, "products-cp1251-semicolon.csv");
    INFO(problemsText(same.problems));
    CHECK(same.count(ImportAction::Unchanged) == 3);
    applied(t, same);
    CHECK(bySku(t, "FELT-001").name.ky == QStringLiteral("Кийиз тапочка"));
}

TEST_CASE("Product import: a changed row updates the product with the same SKU", "[import]")
{
    ImportShop s;
    applied(s, planOf(s, "products-good.csv"));
    const QByteArray changed = QStringLiteral("sku;name_ru;name_en;price\r\n"
                                              "honey-250;Белый мёд 250 г;White mountain honey 250 g;475,00\r\n"
                                              "FELT-001;Войлочные тапочки;Felt slippers;1250,50\r\n")
                                   .toUtf8();
    auto plan = ProductImport(s.db()).parse(s.admin, changed, QStringLiteral("prices.csv"));
    REQUIRE(plan.ok());
    INFO(problemsText(plan->problems));
    CHECK(plan->problems.isEmpty());
    REQUIRE(plan->rows.size() == 2);
    CHECK(plan->rows[0].action == ImportAction::Changed);
    // Matched case-insensitively; the product keeps the spelling of its SKU.
    CHECK(plan->rows[0].changedFields.join(QLatin1Char(' ')) == QStringLiteral("name_en price"));
    CHECK(plan->rows[1].action == ImportAction::Unchanged);

    const qint64 auditBefore = rowCount(s.db(), QStringLiteral("audit_log"));
    const auto summary = applied(s, plan.value());
    CHECK(summary.changed == 1);
    CHECK(summary.unchanged == 1);
    const Product honey = bySku(s, "HONEY-250");
    CHECK(honey.sku == QStringLiteral("HONEY-250"));
    CHECK(honey.price.tyiyn() == 47500);
    CHECK(honey.name.en == QStringLiteral("White mountain honey 250 g"));
    CHECK(honey.name.ky == QStringLiteral("Ак бал 250 г")); // not in the file: kept
    CHECK(rowCount(s.db(), QStringLiteral("audit_log")) > auditBefore);
    CHECK(CatalogService(s.db()).count(QString(), CatalogExport::allProducts()).value() == 3);
}

TEST_CASE("Product import: every kind of bad row is reported with its line, and nothing is imported", "[import]")
{
    ImportShop s;
    const auto plan = planOf(s, "products-bad-rows.csv");
    INFO(problemsText(plan.problems));
    CHECK(plan.problemsOn(2).isEmpty()); // the good row, lines 2-3
    CHECK(hasProblem(plan, 4, QStringLiteral("barcode")));                         // bad check digit
    CHECK(hasProblem(plan, 5, QStringLiteral("sku"), QStringLiteral("line 2")));   // duplicate SKU in the file
    CHECK(hasProblem(plan, 6, QStringLiteral("barcode"), QStringLiteral("line 2"))); // duplicate barcode in file
    CHECK(hasProblem(plan, 7, QStringLiteral("producer_code"), QStringLiteral("XXX-99")));
    CHECK(hasProblem(plan, 8, QStringLiteral("price"), QStringLiteral("not an amount")));
    CHECK(hasProblem(plan, 9, QStringLiteral("price"), QStringLiteral("negative")));
    CHECK(hasProblem(plan, 10, QStringLiteral("price"), QStringLiteral("more than zero")));
    CHECK(hasProblem(plan, 11, QStringLiteral("price"), QStringLiteral("two decimals")));
    CHECK(hasProblem(plan, 12, QStringLiteral("name")));
    CHECK(hasProblem(plan, 13, QStringLiteral("unit"), QStringLiteral("litre")));
    CHECK(hasProblem(plan, 14, QStringLiteral("category"), QStringLiteral("jewellery")));
    CHECK(hasProblem(plan, 15, QStringLiteral("certificate_date"), QStringLiteral("31.02.2024")));
    CHECK(hasProblem(plan, 16, QStringLiteral("barcode"), QStringLiteral("text")));
    CHECK(hasProblem(plan, 17, QStringLiteral("sku")));
    CHECK(hasProblem(plan, 18, QStringLiteral("tracks_batches"), QStringLiteral("maybe")));
    CHECK(hasProblem(plan, 19, QStringLiteral("sku")));
    CHECK(hasProblem(plan, 20, QStringLiteral("barcode")));
    // A cell that cannot be read is reported once, not again by the catalogue's own checks.
    CHECK(plan.problemsOn(8).size() == 1);
    CHECK(plan.problemsOn(13).size() == 1);
    // The good row and the bad ones are counted apart: 17 lines with problems (4 to 20), one good row.
    CHECK(plan.rowsWithProblems() == 17);
    CHECK(plan.count(ImportAction::New) == 1);

    const QString before = tableDump(s.db(), QStringLiteral("products"));
    auto result = ProductImport(s.db()).apply(s.admin, plan);
    REQUIRE_FALSE(result.ok());
    CHECK(result.message().contains(QStringLiteral("nothing was imported")));
    CHECK(tableDump(s.db(), QStringLiteral("products")) == before);
    CHECK(rowCount(s.db(), QStringLiteral("products")) == 0);
}

TEST_CASE("Product import: a barcode of another product in the catalogue is a problem", "[import]")
{
    ImportShop s;
    applied(s, planOf(s, "products-good.csv"));
    const QByteArray bytes = "sku,barcode,name_en,category,price,producer_code\n"
                             "NEW-1,4600000000015,New felt,felt,100,BOS-01\n";
    auto plan = ProductImport(s.db()).parse(s.admin, bytes, QStringLiteral("new.csv"));
    REQUIRE(plan.ok());
    INFO(problemsText(plan->problems));
    CHECK(hasProblem(plan.value(), 2, QStringLiteral("barcode"), QStringLiteral("FELT-001")));
}

TEST_CASE("Product import: files that cannot be used at all are refused whole", "[import]")
{
    ImportShop s;
    ProductImport importer(s.db());
    SECTION("no price column")
    {
        auto plan = importer.parseFile(s.admin, csvFixture("products-no-price.csv"));
        REQUIRE_FALSE(plan.ok());
        CHECK(plan.message().contains(QStringLiteral("price")));
        CHECK(plan.message().contains(QStringLiteral("Nothing was imported")));
    }
    SECTION("no name column")
    {
        auto plan = importer.parseFile(s.admin, csvFixture("products-no-name.csv"));
        REQUIRE_FALSE(plan.ok());
        CHECK(plan.message().contains(QStringLiteral("name_ru")));
    }
    SECTION("a column named twice")
    {
        auto plan = importer.parse(s.admin, "sku,price,name_ru,Price\nA,1,B,2\n", QStringLiteral("x.csv"));
        REQUIRE_FALSE(plan.ok());
        CHECK(plan.message().contains(QStringLiteral("twice")));
    }
    SECTION("an unterminated quote")
    {
        auto plan = importer.parse(s.admin, "sku,price,name_ru\nA,1,\"B\nC,2,D\n", QStringLiteral("x.csv"));
        REQUIRE_FALSE(plan.ok());
        CHECK(plan.message().contains(QStringLiteral("Line 2")));
    }
    SECTION("a header and no rows")
    {
        auto plan = importer.parse(s.admin, "sku,price,name_ru\r\n\r\n", QStringLiteral("x.csv"));
        REQUIRE_FALSE(plan.ok());
    }
    SECTION("a missing file")
    {
        auto plan = importer.parseFile(s.admin, s.shop.file(QStringLiteral("missing.csv")));
        REQUIRE_FALSE(plan.ok());
        CHECK(plan.message().contains(QStringLiteral("missing.csv")));
    }
    CHECK(rowCount(s.db(), QStringLiteral("products")) == 0);
}

TEST_CASE("Product import: a cashier may not import", "[import]")
{
    ImportShop s;
    const Session cashier = s.shop.session(QStringLiteral("cashier"));
    CHECK_FALSE(ProductImport(s.db()).parseFile(cashier, csvFixture("products-good.csv")).ok());
    const auto plan = planOf(s, "products-good.csv");
    CHECK_FALSE(ProductImport(s.db()).apply(cashier, plan).ok());
    CHECK(rowCount(s.db(), QStringLiteral("products")) == 0);
}

TEST_CASE("Product import: progress is reported and cancel stops without changes", "[import]")
{
    ImportShop s;
    QByteArray bytes = "sku,name_en,category,price,producer_code\n";
    for (int i = 0; i < 1000; ++i)
        bytes += QStringLiteral("P-%1,Felt toy %1,felt,%2,BOS-01\n").arg(i).arg(100 + i).toUtf8();
    ProductImport importer(s.db());

    int calls = 0;
    int lastDone = -1;
    auto plan = importer.parse(s.admin, bytes, QStringLiteral("big.csv"), [&](int done, int total) {
        ++calls;
        CHECK(total == 1000);
        CHECK(done >= lastDone);
        lastDone = done;
        return true;
    });
    REQUIRE(plan.ok());
    CHECK(calls > 2);
    CHECK(lastDone == 1000);

    auto cancelled = importer.parse(s.admin, bytes, QStringLiteral("big.csv"),
                                    [](int done, int) { return done < 500; });
    REQUIRE_FALSE(cancelled.ok());
    CHECK(cancelled.message().contains(QStringLiteral("cancelled")));

    auto notApplied = importer.apply(s.admin, plan.value(), [](int, int) { return false; });
    REQUIRE_FALSE(notApplied.ok());
    CHECK(rowCount(s.db(), QStringLiteral("products")) == 0);
}

TEST_CASE("Product export then import gives back the same catalogue, in three languages", "[import][export]")
{
    const char* delimiters[] = {",", ";"};
    for (const char* delimiter : delimiters) {
        INFO("delimiter " << delimiter);
        ImportShop s;
        applied(s, planOf(s, "products-good.csv"));
        // An archived product with a certificate and batches, to carry every column.
        const QByteArray extra = "sku,name_ru,category,unit,price,producer_code,certificate_number,certificate_date,"
                                 "tracks_batches,active,tax_group\n"
                                 "SOAP-1,Мыло,cosmetics,kg,\"199,99\",BIR-01,BC-7,05.03.2024,yes,no,exempt\n";
        auto extraPlan = ProductImport(s.db()).parse(s.admin, extra, QStringLiteral("extra.csv"));
        REQUIRE(extraPlan.ok());
        INFO(problemsText(extraPlan->problems));
        applied(s, extraPlan.value());

        ExportOptions options;
        options.delimiter = QLatin1Char(delimiter[0]);
        const QString file = s.shop.file(QStringLiteral("export.csv"));
        auto written = CatalogExport(s.db()).saveProducts(file, CatalogExport::allProducts(), options);
        REQUIRE(written.ok());
        CHECK(written.value() == 4);
        CHECK(fileBytes(file).startsWith("\xEF\xBB\xBF"));

        // Into the same shop: nothing to change.
        const auto same = ProductImport(s.db()).parseFile(s.admin, file);
        REQUIRE(same.ok());
        INFO(problemsText(same->problems));
        CHECK(same->problems.isEmpty());
        CHECK(same->count(ImportAction::Unchanged) == 4);

        // Into a new shop with the same producers: the same catalogue.
        ImportShop t;
        const auto plan = ProductImport(t.db()).parseFile(t.admin, file);
        REQUIRE(plan.ok());
        INFO(problemsText(plan->problems));
        CHECK(plan->count(ImportAction::New) == 4);
        applied(t, plan.value());
        for (const char* sku : {"FELT-001", "HONEY-250", "ORMOK-M", "SOAP-1"}) {
            INFO(sku);
            const Product a = bySku(s, sku);
            const Product b = bySku(t, sku);
            CHECK(a.barcodes == b.barcodes);
            CHECK(a.name == b.name);
            CHECK(a.story == b.story);
            CHECK(a.category == b.category);
            CHECK(a.unit == b.unit);
            CHECK(a.price == b.price);
            CHECK(a.taxGroup == b.taxGroup);
            CHECK(a.producerCode == b.producerCode);
            CHECK(a.materials == b.materials);
            CHECK(a.certificateNumber == b.certificateNumber);
            CHECK(a.certificateDate == b.certificateDate);
            CHECK(a.tracksBatches == b.tracksBatches);
            CHECK(a.active == b.active);
        }
        CHECK(bySku(t, "SOAP-1").price.tyiyn() == 19999);
        CHECK_FALSE(bySku(t, "SOAP-1").active);
        CHECK(bySku(t, "ORMOK-M").name.ky == QStringLiteral("Ормок тасма (Ң Ө Ү)"));
    }
}

TEST_CASE("Product import: Kyrgyz letters lost to Windows-1251 are pointed out", "[import]")
{
    ImportShop s;
    // What Excel writes for "Төшөк" in a Russian locale: the letters 1251 lacks become "?".
    // Basic Cyrillic А..я is 0xC0..0xFF in Windows-1251.
    QByteArray cp1251;
    for (const QChar c : QStringLiteral("sku;name_ky;name_ru;category;price;producer_code\r\n"
                                        "T-1;Т?ш?к;Тюфяк;felt;900;BOS-01\r\n"))
        cp1251 += c.unicode() < 0x80 ? char(c.unicode()) : char(c.unicode() - 0x0410 + 0xC0);
    auto plan = ProductImport(s.db()).parse(s.admin, cp1251, QStringLiteral("excel.csv"));
    REQUIRE(plan.ok());
    CHECK(plan->encoding == QStringLiteral("Windows-1251"));
    CHECK(plan->rows.first().value.name.ru == QStringLiteral("Тюфяк"));
    REQUIRE(plan->notes.size() == 1);
    CHECK(plan->notes.first().contains(QStringLiteral("Ң, Ө, Ү")));
    CHECK(plan->notes.first().contains(QStringLiteral("2")));
    CHECK(plan->problems.isEmpty()); // a note, not a problem: the row may be right
}
