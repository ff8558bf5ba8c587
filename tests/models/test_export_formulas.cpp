// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include <catch2/catch.hpp>

#include "models/catalog/CatalogService.h"
#include "models/catalog/ProducerService.h"
#include "models/exchange/CatalogExport.h"
#include "models/exchange/ProducerImport.h"
#include "models/exchange/ProductImport.h"
#include "test_import_support.h"

using namespace ovop;
using namespace ovop::test;

namespace {

template <typename Import> void importBytes(ImportShop& s, const QByteArray& bytes)
{
    auto plan = Import(s.db()).parse(s.admin, bytes, QStringLiteral("in.csv"));
    INFO(plan.message().toStdString());
    REQUIRE(plan.ok());
    INFO(problemsText(plan->problems));
    REQUIRE_FALSE(plan->hasProblems());
    auto summary = Import(s.db()).apply(s.admin, plan.value());
    INFO(summary.message().toStdString());
    REQUIRE(summary.ok());
}

// The cells of the line of an exported file that starts with key, split at the delimiter (the
// values of these tests hold no delimiter, quote or line break, so no cell is quoted).
QList<QByteArray> exportedCells(const QByteArray& bytes, const QByteArray& key, char delimiter)
{
    for (const QByteArray& line : bytes.split('\n'))
        if (line.startsWith(key + delimiter))
            return line.trimmed().split(delimiter);
    FAIL("no line for " << key.toStdString());
    return {};
}

QList<QByteArray> header(const QByteArray& bytes, char delimiter)
{
    return bytes.sliced(3, bytes.indexOf('\r') - 3).split(delimiter);
}

const QByteArray Products = "sku,name_en,name_ru,category,price,producer_code,materials,story_en\n"
                            "F-1,+Felt,-5 % sale,felt,1250.50,FML-01,=1+2,@home\n";
const QByteArray Producers = "code,name,village,phone,terms,commission,follow_up\n"
                             "FML-01,=cmd|' /C calc'!A0,Bosteri,+996 555 123 456,purchase,12.5,-\n";

} // namespace

TEST_CASE("Exports put an apostrophe before cells a spreadsheet would run, and leave the numbers alone", "[export]")
{
    for (const char delimiter : {',', ';'}) {
        INFO("delimiter " << delimiter);
        ImportShop s(false);
        importBytes<ProducerImport>(s, Producers);
        importBytes<ProductImport>(s, Products);
        ExportOptions options;
        options.delimiter = QLatin1Char(delimiter);

        const QByteArray products =
            CatalogExport(s.db()).products(CatalogExport::allProducts(), options).value().toBytes();
        const QList<QByteArray> columns = header(products, delimiter);
        const QList<QByteArray> product = exportedCells(products, "F-1", delimiter);
        REQUIRE(product.size() == columns.size());
        auto productCell = [&](const char* column) { return product.value(columns.indexOf(column)); };
        CHECK(productCell("name_en") == "'+Felt");
        CHECK(productCell("name_ru") == "'-5 % sale");
        CHECK(productCell("materials") == "'=1+2");
        CHECK(productCell("story_en") == "'@home");
        CHECK(productCell("price") == (delimiter == ',' ? "1250.50" : "1250,50"));
        CHECK(productCell("sku") == "F-1");

        auto producerWriter = CatalogExport(s.db()).producers(s.admin, CatalogExport::allProducers(), options);
        REQUIRE(producerWriter.ok());
        const QByteArray producers = producerWriter->toBytes();
        const QList<QByteArray> producerColumns = header(producers, delimiter);
        const QList<QByteArray> producer = exportedCells(producers, "FML-01", delimiter);
        REQUIRE(producer.size() == producerColumns.size());
        auto producerCell = [&](const char* column) { return producer.value(producerColumns.indexOf(column)); };
        CHECK(producerCell("name") == "'=cmd|' /C calc'!A0");
        CHECK(producerCell("phone") == "'+996 555 123 456");
        CHECK(producerCell("follow_up") == "'-");
        CHECK(producerCell("commission") == (delimiter == ',' ? "12.5" : "12,5"));
        CHECK(producerCell("members") == "1");
    }
}

TEST_CASE("Exported cells with an apostrophe read back as the original text", "[export][import]")
{
    ImportShop s(false);
    importBytes<ProducerImport>(s, Producers);
    importBytes<ProductImport>(s, Products);
    const QString producersFile = s.shop.file(QStringLiteral("producers.csv"));
    const QString productsFile = s.shop.file(QStringLiteral("products.csv"));
    REQUIRE(CatalogExport(s.db()).saveProducers(s.admin, producersFile).ok());
    REQUIRE(CatalogExport(s.db()).saveProducts(productsFile).ok());

    // Into the same shop: nothing changes.
    auto same = ProductImport(s.db()).parseFile(s.admin, productsFile);
    REQUIRE(same.ok());
    INFO(problemsText(same->problems));
    CHECK(same->count(ImportAction::Unchanged) == 1);
    auto sameProducers = ProducerImport(s.db()).parseFile(s.admin, producersFile);
    REQUIRE(sameProducers.ok());
    INFO(problemsText(sameProducers->problems));
    CHECK(sameProducers->count(ImportAction::Unchanged) == 1);

    // Into a new shop: the same text.
    ImportShop t(false);
    importBytes<ProducerImport>(t, fileBytes(producersFile));
    importBytes<ProductImport>(t, fileBytes(productsFile));
    const auto product = CatalogService(t.db()).findBySku(QStringLiteral("F-1")).value();
    REQUIRE(product.has_value());
    CHECK(product->name.en == QStringLiteral("+Felt"));
    CHECK(product->name.ru == QStringLiteral("-5 % sale"));
    CHECK(product->materials == QStringLiteral("=1+2"));
    CHECK(product->story.en == QStringLiteral("@home"));
    CHECK(product->price.tyiyn() == 125050);
    const auto producer = ProducerService(t.db()).get(t.admin, QStringLiteral("FML-01"));
    REQUIRE(producer.ok());
    CHECK(producer->name == QStringLiteral("=cmd|' /C calc'!A0"));
    CHECK(producer->phone == QStringLiteral("+996 555 123 456"));
    CHECK(producer->followUp == QStringLiteral("-"));
    CHECK(producer->commissionBasisPoints == 1250);
}
