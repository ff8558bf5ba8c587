// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// The min_level column of the catalogue file: imported inside the import's transaction and counted
// as a change, refused as a problem of its row when it is not a quantity, exported back.
#include <catch2/catch.hpp>

#include "models/exchange/CatalogExport.h"
#include "models/exchange/ProductImport.h"
#include "models/stock/MinLevels.h"
#include "models/stock/ReorderList.h"
#include "stock_fixtures.h"

using namespace ovop;
using namespace ovop::test;

namespace {

ProductImportPlan plan(StockShop& shop, const QByteArray& bytes)
{
    auto parsed = ProductImport(shop.db()).parse(shop.manager, bytes, QStringLiteral("products.csv"));
    INFO(parsed.message().toStdString());
    REQUIRE(parsed.ok());
    return parsed.value();
}

QString problems(const ProductImportPlan& p)
{
    QStringList out;
    for (const ImportProblem& problem : p.problems)
        out << QStringLiteral("%1 %2: %3").arg(problem.line).arg(problem.column, problem.message);
    return out.join(QLatin1Char('\n'));
}

Quantity level(StockShop& shop, const Product& p)
{
    const auto got = MinLevels(shop.db()).get(p.id);
    REQUIRE(got.ok());
    return got.value();
}

} // namespace

TEST_CASE("Import: min_level sets minimum levels and the reorder list uses them", "[stock][import]")
{
    StockShop shop;
    const auto p = plan(shop, "sku,name_ru,price,producer_code,min_level,category\n"
                              "FLT-001,Тапочки,1200,BOS-01,4,felt\n"
                              "WOL-001,Шерсть,\"1000,01\",BOS-01,\"2,5\",felt\n"
                              "HON-001,Мёд,450,BRL-01,,felt\n"
                              "NEW-001,Новый,100,BOS-01,3,felt\n");
    INFO(problems(p).toStdString());
    REQUIRE(p.problems.isEmpty());
    CHECK(p.rows[0].action == ImportAction::Changed);
    CHECK(p.rows[0].changedFields == QStringList{ProductField::MinLevel});
    CHECK(p.rows[2].action == ImportAction::Unchanged); // empty: left as it is

    const auto before = shop.footprint();
    auto done = ProductImport(shop.db()).apply(shop.manager, p);
    INFO(done.message().toStdString());
    REQUIRE(done.ok());
    CHECK(done->added == 1);
    CHECK(done->changed == 2); // only their levels changed
    CHECK(level(shop, shop.slippers) == Quantity::fromUnits(4));
    CHECK(level(shop, shop.wool) == Quantity::fromMilli(2500));
    CHECK(level(shop, shop.honey) == Quantity());
    CHECK(shop.footprint()[4] == before[4] + 3);

    // Nothing on hand: each is below its minimum and ordered back to it.
    const auto groups = ReorderList::build(shop.db());
    REQUIRE(groups.ok());
    REQUIRE(groups->size() == 1);
    REQUIRE(groups->at(0).lines.size() == 3);
    QHash<QString, Quantity> suggested;
    for (const ReorderLine& l : groups->at(0).lines)
        suggested.insert(l.sku, l.suggested);
    CHECK(suggested.value(QStringLiteral("FLT-001")) == Quantity::fromUnits(4));
    CHECK(suggested.value(QStringLiteral("WOL-001")) == Quantity::fromMilli(2500));
    CHECK(suggested.value(QStringLiteral("NEW-001")) == Quantity::fromUnits(3));

    // The same file again changes nothing; the export writes the levels back.
    const auto again = plan(shop, "sku,name_ru,price,producer_code,min_level\n"
                                  "FLT-001,Тапочки,1200,BOS-01,4\n");
    CHECK(again.rows[0].action == ImportAction::Unchanged);
    const auto exported = CatalogExport(shop.db()).products(CatalogExport::allProducts());
    REQUIRE(exported.ok());
    const QString text = QString::fromUtf8(exported->toBytes());
    CHECK(text.section(QLatin1Char('\n'), 0, 0).trimmed().endsWith(QStringLiteral(",min_level")));
    QString wool;
    for (const QString& line : text.split(QLatin1Char('\n')))
        if (line.startsWith(QLatin1String("WOL-001,")))
            wool = line.trimmed();
    INFO(wool.toStdString());
    CHECK(wool.endsWith(QStringLiteral(",2.5")));
}

TEST_CASE("Import: a bad min_level is a problem of its row and nothing is imported", "[stock][import]")
{
    StockShop shop;
    const auto p = plan(shop, "sku,name_ru,price,producer_code,min_level\n"
                              "FLT-001,Тапочки,1300,BOS-01,four\n"
                              "WOL-001,Шерсть,1000,BOS-01,-2\n"
                              "HON-001,Мёд,450,BRL-01,1.5\n"
                              "NEW-001,Новый,100,BOS-01,3\n");
    INFO(problems(p).toStdString());
    REQUIRE(p.problems.size() == 4); // and the new product without its category
    for (int i = 0; i < 3; ++i) {
        CHECK(p.problems[i].line == i + 2);
        CHECK(p.problems[i].column == ProductField::MinLevel);
    }
    CHECK(p.problems[0].message.contains(QStringLiteral("\"four\"")));
    CHECK(p.problems[2].message.contains(QStringLiteral("whole")));

    const auto before = shop.footprint();
    auto done = ProductImport(shop.db()).apply(shop.manager, p);
    CHECK_FALSE(done.ok());
    CHECK(shop.footprint() == before);
    CHECK(level(shop, shop.slippers) == Quantity());
}
