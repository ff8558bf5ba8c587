// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include <catch2/catch.hpp>

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
