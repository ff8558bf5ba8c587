// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include <catch2/catch.hpp>

#include "models/catalog/CatalogService.h"
#include "models/catalog/ProducerService.h"
#include "models/core/Language.h"
#include "models/exchange/ProducerImport.h"
#include "models/exchange/ProductImport.h"
#include "test_import_support.h"

using namespace ovop;
using namespace ovop::test;

namespace {

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

// Installs a language for the length of a test, then English again (what the tests run in).
struct LanguageScope
{
    explicit LanguageScope(const char* code) { REQUIRE(Language::install(QString::fromLatin1(code))); }
    ~LanguageScope() { Language::install(QStringLiteral("en")); }
};

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
    const auto felt = CatalogService(s.db()).findBySku(QStringLiteral("FELT-001")).value();
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

TEST_CASE("Import: categories, units and yes/no are read in Kyrgyz, Russian and English", "[import]")
{
    ImportShop s;
    const auto plan = productPlan(s, "sku,name_en,category,unit,price,producer_code,tracks_batches,active\n"
                                     "L-01,a,honey,даана,100,BOS-01,ооба,жок\n"
                                     "L-02,b,Мёд,килограмм,100,BOS-01,Д,н\n"
                                     "L-03,c,бал,КГ,100,BOS-01,true,y\n"
                                     "L-04,d,войлок,метр,100,BOS-01,no,1\n"
                                     "L-05,e,КИЙИЗ,шт,100,BOS-01,0,да\n"
                                     "L-06,f,textile,m,100,BOS-01,нет,false\n"
                                     "L-07,g,Текстиль,pcs,100,BOS-01,n,Yes\n"
                                     "L-08,h,мед,кг,100,BOS-01,,\n"
                                     "L-09,i,Изделия из войлока,м,100,BOS-01,,\n"
                                     "L-10,j,таш,штука,100,BOS-01,,\n"
                                     "L-11,k,камень,pieces,100,BOS-01,,\n"
                                     "L-12,l,cosmetic,kilogram,100,BOS-01,,\n"
                                     "L-13,m,жыгач,metres,100,BOS-01,,\n"
                                     "L-14,n,Honey food,kg,100,BOS-01,,\n"
                                     "L-15,o,другое,м,100,BOS-01,,\n");
    INFO(problemsText(plan.problems));
    CHECK(plan.problems.isEmpty());
    REQUIRE(plan.rows.size() == 15);
    const auto& r = plan.rows;
    const QStringList categories = {
        QStringLiteral("honey-food"), QStringLiteral("honey-food"), QStringLiteral("honey-food"),
        QStringLiteral("felt"),       QStringLiteral("felt"),       QStringLiteral("textiles"),
        QStringLiteral("textiles"),   QStringLiteral("honey-food"), QStringLiteral("felt"),
        QStringLiteral("stone"),      QStringLiteral("stone"),      QStringLiteral("cosmetics"),
        QStringLiteral("wood"),       QStringLiteral("honey-food"), QStringLiteral("other")};
    for (int i = 0; i < r.size(); ++i) {
        INFO("line " << r[i].line);
        CHECK(r[i].value.category == categories.at(i));
    }
    const QList<Unit> units = {Unit::Piece, Unit::Kilogram, Unit::Kilogram, Unit::Metre,    Unit::Piece,
                               Unit::Metre, Unit::Piece,    Unit::Kilogram, Unit::Metre,    Unit::Piece,
                               Unit::Piece, Unit::Kilogram, Unit::Metre,    Unit::Kilogram, Unit::Metre};
    for (int i = 0; i < r.size(); ++i) {
        INFO("line " << r[i].line);
        CHECK(r[i].value.unit == units.at(i));
    }
    CHECK(r[0].value.tracksBatches);
    CHECK_FALSE(r[0].value.active);
    CHECK(r[1].value.tracksBatches);
    CHECK_FALSE(r[1].value.active);
    CHECK(r[2].value.tracksBatches);
    CHECK(r[2].value.active);
    CHECK_FALSE(r[3].value.tracksBatches);
    CHECK(r[3].value.active);
    CHECK_FALSE(r[4].value.tracksBatches);
    CHECK(r[4].value.active);
    CHECK_FALSE(r[5].value.tracksBatches);
    CHECK_FALSE(r[5].value.active);
    CHECK_FALSE(r[6].value.tracksBatches);
    CHECK(r[6].value.active);

    const auto producers = producerPlan(s, "code,name,women_led,active\nBOS-01,Bosteri,ооба,Да\n");
    INFO(problemsText(producers.problems));
    CHECK(producers.problems.isEmpty());
    CHECK(producers.rows[0].value.womenLed);
}

TEST_CASE("Import: an unknown category or unit lists the choices in the user's language", "[import]")
{
    ImportShop s;
    const QByteArray bytes = "sku,name_en,category,unit,price,producer_code,active\n"
                             "U-1,a,jewellery,litre,100,BOS-01,maybe\n";
    SECTION("English")
    {
        const auto plan = productPlan(s, bytes);
        INFO(problemsText(plan.problems));
        CHECK(hasProblem(plan, 2, QStringLiteral("category"), QStringLiteral("Honey and food")));
        CHECK(hasProblem(plan, 2, QStringLiteral("unit"), QStringLiteral("pcs, kg, m")));
        CHECK(hasProblem(plan, 2, QStringLiteral("active"), QStringLiteral("yes")));
    }
    SECTION("Russian")
    {
        LanguageScope ru("ru");
        const auto plan = productPlan(s, bytes);
        INFO(problemsText(plan.problems));
        CHECK(hasProblem(plan, 2, QStringLiteral("category"), QStringLiteral("Изделия из войлока (felt)")));
        CHECK_FALSE(hasProblem(plan, 2, QStringLiteral("category"), QStringLiteral("Кийиз буюмдар")));
        CHECK(hasProblem(plan, 2, QStringLiteral("unit"), QStringLiteral("шт.")));
    }
    SECTION("Kyrgyz")
    {
        LanguageScope ky("ky");
        const auto plan = productPlan(s, bytes);
        INFO(problemsText(plan.problems));
        CHECK(hasProblem(plan, 2, QStringLiteral("category"), QStringLiteral("Кийиз буюмдар (felt)")));
        CHECK(hasProblem(plan, 2, QStringLiteral("unit"), QStringLiteral("даана")));
    }
}
