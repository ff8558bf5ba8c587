// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include <catch2/catch.hpp>

#include "models/io/Csv.h"
#include "models/stock/AdjustmentService.h"
#include "models/stock/MinLevels.h"
#include "models/stock/ReorderList.h"
#include "models/stock/StockQuery.h"
#include "sales_fixtures.h"
#include "stock_fixtures.h"

using namespace ovop;
using namespace ovop::test;

namespace {

const StockRow* rowOf(const StockList& list, const QString& sku)
{
    for (const StockRow& r : list.rows)
        if (r.sku == sku)
            return &r;
    return nullptr;
}

} // namespace

TEST_CASE("The stock list values stock at price and flags low and expired goods", "[stock][list]")
{
    StockShop shop;
    ReceivingService receiving(shop.db());
    const QDate today = shop.shop().clock().now().date();
    REQUIRE(receiving
                .receive(shop.manager, shop.request(QStringLiteral("BOS-01"), {StockShop::line(shop.slippers, 3000),
                                                                               StockShop::line(shop.wool, 500)}))
                .ok());
    REQUIRE(
        receiving
            .receive(shop.manager,
                     shop.request(QStringLiteral("BRL-01"),
                                  {StockShop::line(shop.honey, 2000, {}, QStringLiteral("OLD"), today.addDays(-1)),
                                   StockShop::line(shop.honey, 4000, {}, QStringLiteral("NEW"), today.addDays(20)),
                                   StockShop::line(shop.honey, 1000, {}, QStringLiteral("GONE"), today.addDays(90))}))
            .ok());
    AdjustmentRequest gone;
    gone.productId = shop.honey.id;
    gone.quantity = Quantity::fromUnits(-1);
    gone.reason = AdjustmentReason::Loss;
    gone.batch = QStringLiteral("GONE");
    REQUIRE(AdjustmentService(shop.db()).adjust(shop.manager, gone).ok());
    REQUIRE(MinLevels(shop.db()).set(shop.manager, shop.slippers.id, Quantity::fromUnits(5)).ok());

    const StockQuery query(shop.db());
    const auto list = query.list();
    REQUIRE(list.ok());
    REQUIRE(list->rows.size() == 3);
    const StockRow* wool = rowOf(*list, QStringLiteral("WOL-001"));
    REQUIRE(wool);
    CHECK(wool->value == Money::fromTyiyn(50001)); // 0,5 × 1000,01 = 500,005: half up
    const StockRow* slippers = rowOf(*list, QStringLiteral("FLT-001"));
    REQUIRE(slippers);
    CHECK(slippers->low);
    CHECK(slippers->minLevel == Quantity::fromUnits(5));
    CHECK(slippers->value == Money::fromSom(3600));
    CHECK(slippers->villageName.in(QStringLiteral("en")).size() > 0);
    const StockRow* honey = rowOf(*list, QStringLiteral("HON-001"));
    REQUIRE(honey);
    CHECK(honey->onHand == Quantity::fromUnits(6));
    REQUIRE(honey->batches.size() == 2); // the empty batch GONE is left out
    CHECK(honey->batches[0].batch == QStringLiteral("OLD"));
    CHECK(honey->expired);
    CHECK(honey->expiringSoon);
    CHECK_FALSE(honey->low);
    CHECK(list->totalValue == Money::fromSom(3600) + Money::fromTyiyn(50001) + Money::fromSom(6 * 450));

    StockFilter low;
    low.lowOnly = true;
    CHECK(query.list(low)->rows.size() == 1);
    StockFilter expired;
    expired.expiredOnly = true;
    REQUIRE(query.list(expired)->rows.size() == 1);
    CHECK(query.list(expired)->rows[0].sku == QStringLiteral("HON-001"));
    StockFilter byProducer;
    byProducer.producerCode = QStringLiteral("BOS-01");
    CHECK(query.list(byProducer)->rows.size() == 2);
    StockFilter text;
    text.text = QStringLiteral("шерс");
    REQUIRE(query.list(text)->rows.size() == 1);
    CHECK(query.list(text)->totalValue == Money::fromTyiyn(50001));

    const auto history = query.history(shop.honey.id);
    REQUIRE(history.ok());
    REQUIRE(history->size() == 4);
    CHECK(history->at(0).kind == StockMovement::Kind::Adjust);
    CHECK(history->at(0).reason == QStringLiteral("loss"));
    CHECK(history->at(0).documentNumber.endsWith(QStringLiteral("-ADJ-000001")));
    CHECK(history->at(3).documentNumber.endsWith(QStringLiteral("-RCV-000002")));
    CHECK(history->at(3).userName == QStringLiteral("manager"));

    CHECK(query.productIdFor(QStringLiteral("flt-001")).value() == shop.slippers.id);
    CHECK(query.productIdFor(QStringLiteral("2000000000015")).value() == shop.slippers.id);
    CHECK(query.productIdFor(QStringLiteral("nothing")).error().kind == ErrorKind::NotFound);
}

TEST_CASE("The reorder list asks each producer for what brings products back to their minimum", "[stock][reorder]")
{
    StockShop shop;
    REQUIRE(ReceivingService(shop.db())
                .receive(shop.manager, shop.request(QStringLiteral("BOS-01"), {StockShop::line(shop.slippers, 2000)}))
                .ok());
    MinLevels levels(shop.db());
    REQUIRE(levels.set(shop.manager, shop.slippers.id, Quantity::fromUnits(5)).ok());
    REQUIRE(levels.set(shop.manager, shop.wool.id, Quantity::fromMilli(1500)).ok());
    REQUIRE(levels.set(shop.manager, shop.honey.id, Quantity::fromUnits(3)).ok());

    const auto groups = ReorderList::build(shop.db());
    REQUIRE(groups.ok());
    REQUIRE(groups->size() == 2);
    const ReorderGroup& bos = groups->at(0).producerCode == QStringLiteral("BOS-01") ? groups->at(0) : groups->at(1);
    REQUIRE(bos.lines.size() == 2);
    CHECK(bos.lines[0].sku == QStringLiteral("FLT-001"));
    CHECK(bos.lines[0].suggested == Quantity::fromUnits(3));
    CHECK(bos.lines[1].suggested == Quantity::fromMilli(1500));

    const CsvWriter csv = ReorderList::toCsv(groups.value(), QStringLiteral("en"));
    const auto table = Csv::parse(csv.toBytes());
    REQUIRE(table.ok());
    CHECK(table->header == ReorderList::csvHeader());
    REQUIRE(table->records.size() == 3);
    const int sku = table->column(QStringLiteral("sku"));
    const int suggested = table->column(QStringLiteral("suggested"));
    bool sawWool = false;
    for (const CsvRecord& r : table->records)
        if (r.field(sku) == QStringLiteral("WOL-001")) {
            sawWool = true;
            CHECK(r.field(suggested) == QStringLiteral("1.5"));
        }
    CHECK(sawWool);
}

TEST_CASE("On hand is the sum of the movements after deliveries corrections and sales", "[stock][ledger]")
{
    SalesShop shop;
    shop.openShift();
    const StockQuery query(shop.db());
    const QString slippers = query.productIdFor(QStringLiteral("FLT-001")).value();
    const auto before = query.list()->rows;
    Quantity start;
    for (const StockRow& r : before)
        if (r.productId == slippers)
            start = r.onHand;

    ReceivingRequest delivery;
    delivery.producerCode = QStringLiteral("BOS-01");
    delivery.lines = {ReceivingLine{slippers, Quantity::fromUnits(6), {}, {}, {}}};
    REQUIRE(ReceivingService(shop.db()).receive(shop.manager, delivery).ok());
    AdjustmentRequest damage;
    damage.productId = slippers;
    damage.quantity = Quantity::fromUnits(-2);
    damage.reason = AdjustmentReason::Damage;
    REQUIRE(AdjustmentService(shop.db()).adjust(shop.manager, damage).ok());
    shop.sell({{QStringLiteral("FLT-001"), 3}}, shop.cashier);

    Quantity fromLedger;
    const QList<StockMovement> moves = StockLedger(shop.db()).movements(slippers).value();
    for (const StockMovement& m : moves)
        fromLedger = fromLedger + m.quantity;
    Quantity listed;
    const QList<StockRow> after = query.list()->rows;
    for (const StockRow& r : after)
        if (r.productId == slippers)
            listed = r.onHand;
    CHECK(listed == start + Quantity::fromUnits(6 - 2 - 3));
    CHECK(listed == fromLedger);
    CHECK(StockLedger(shop.db()).levelProblems().value().isEmpty());
}
