// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include <catch2/catch.hpp>

#include "catalog/CatalogService.h"
#include "catalog/ProducerService.h"
#include "exchange/ProducerImport.h"
#include "exchange/ProductImport.h"
#include "test_import_support.h"

using namespace ovop;
using namespace ovop::test;

namespace {

std::string problemsText(const QList<ImportProblem>& problems)
{
    QString text;
    for (const auto& p : problems)
        text += QStringLiteral("line %1, %2: %3\n").arg(p.line).arg(p.column, p.message);
    return text.toStdString();
}

template <typename Plan> bool hasProblem(const Plan& plan, int line, const QString& column, const QString& words = {})
{
    for (const auto& p : plan.problems)
        if (p.line == line && p.column == column && p.message.contains(words, Qt::CaseInsensitive))
            return true;
    return false;
}

ProductImportPlan productPlan(ImportShop& s, const QByteArray& bytes)
{
    auto plan = ProductImport(s.db()).parse(s.admin, bytes, QStringLiteral("products.csv"));
    INFO(plan.message().toStdString());
    REQUIRE(plan.ok());
    return plan.value();
}

ProducerImportPlan producerPlan(ImportShop& s, const QByteArray& bytes)
{
    auto plan = ProducerImport(s.db()).parse(s.admin, bytes, QStringLiteral("producers.csv"));
    INFO(plan.message().toStdString());
    REQUIRE(plan.ok());
    return plan.value();
}

template <typename Import, typename Plan> void apply(ImportShop& s, const Plan& plan)
{
    INFO(problemsText(plan.problems));
    auto summary = Import(s.db()).apply(s.admin, plan);
    INFO(summary.message().toStdString());
    REQUIRE(summary.ok());
}

} // namespace

TEST_CASE("Import: a row with more fields than the header is a problem on its line", "[import]")
{
    ImportShop s;
    const auto plan = productPlan(s, "sku,price,category,producer_code,name_en\n"
                                     "R-1,100,felt,BOS-01,Felt rug, red\n"
                                     "R-2,100,felt,BOS-01,\"Felt rug, blue\"\n"
                                     "R-3,100,felt,BOS-01,Felt rug,,\n");
    INFO(problemsText(plan.problems));
    CHECK(hasProblem(plan, 2, QString(), QStringLiteral("6 values")));
    CHECK(plan.problemsOn(3).isEmpty());
    CHECK(plan.problemsOn(4).isEmpty()); // empty cells after the last column carry nothing
    REQUIRE(plan.rows.size() == 3);
    CHECK(plan.rows[1].value.name.en == QStringLiteral("Felt rug, blue"));

    ImportShop t(false);
    const auto producers = producerPlan(t, "code,name\nP-1,Felt group; Karakol, Issyk-Kul\n");
    INFO(problemsText(producers.problems));
    CHECK(hasProblem(producers, 2, QString(), QStringLiteral("3 values")));
}

TEST_CASE("Import: control characters in a cell are a problem on their line", "[import]")
{
    ImportShop s;
    QByteArray bytes = "sku,price,category,producer_code,name_en,story_en\n";
    bytes += "C-1,100,felt,BOS-01,Felt\x01rug,\n";
    bytes += QByteArray("C-2,100,felt,BOS-01,Felt", 24) + '\0' + "rug,\n";
    bytes += "C-3,100,felt,BOS-01,Felt rug,\"first line\nsecond\x7fline\"\n";
    bytes += "C-4,100,felt,BOS-01,Felt\trug,\"a tab\tand a line\nbreak are fine\"\n";
    const auto plan = productPlan(s, bytes);
    INFO(problemsText(plan.problems));
    CHECK(hasProblem(plan, 2, QStringLiteral("name_en"), QStringLiteral("control character")));
    CHECK(hasProblem(plan, 3, QStringLiteral("name_en"), QStringLiteral("control character")));
    CHECK(hasProblem(plan, 5, QStringLiteral("story_en"), QStringLiteral("control character")));
    CHECK(plan.problemsOn(4).isEmpty());
    CHECK(plan.problemsOn(6).isEmpty());
    CHECK(plan.problemsOn(7).isEmpty());
    CHECK(plan.problems.size() == 3);

    ImportShop t(false);
    const auto producers = producerPlan(t, "code,name,phone\nP-1,Felt group,+996\x1b\n");
    INFO(problemsText(producers.problems));
    CHECK(hasProblem(producers, 2, QStringLiteral("phone"), QStringLiteral("control character")));
}

TEST_CASE("Import: a SKU or producer code that differs only in case updates the record and keeps its spelling",
          "[import]")
{
    ImportShop s;
    apply<ProductImport>(s, productPlan(s, "sku,name_en,category,price,producer_code\n"
                                           "FELT-001,Felt slippers,felt,100,BOS-01\n"));
    const auto plan = productPlan(s, "sku,name_en,price\nfelt-001,Felt slippers,120\n");
    INFO(problemsText(plan.problems));
    REQUIRE(plan.rows.size() == 1);
    CHECK(plan.rows[0].action == ImportAction::Changed);
    CHECK(plan.rows[0].changedFields == QStringList{QStringLiteral("price")});
    apply<ProductImport>(s, plan);
    const auto felt = CatalogService(s.db()).findBySku(QStringLiteral("FELT-001"));
    REQUIRE(felt.has_value());
    CHECK(felt->sku == QStringLiteral("FELT-001"));
    CHECK(felt->price.tyiyn() == 12000);

    const auto producers = producerPlan(s, "code,name\nbos-01,Bosteri felt group\n");
    INFO(problemsText(producers.problems));
    REQUIRE(producers.rows.size() == 1);
    CHECK(producers.rows[0].changedFields == QStringList{QStringLiteral("name")});
    apply<ProducerImport>(s, producers);
    const auto bos = ProducerService(s.db()).get(s.admin, QStringLiteral("BOS-01"));
    REQUIRE(bos.ok());
    CHECK(bos->code == QStringLiteral("BOS-01"));
    CHECK(bos->name == QStringLiteral("Bosteri felt group"));
}
