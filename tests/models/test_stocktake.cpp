// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include <catch2/catch.hpp>

#include "models/stock/StockLedger.h"
#include "models/stock/StockLookup.h"
#include "models/stock/StocktakeService.h"
#include "models/store/Sql.h"
#include "sales_fixtures.h"

using namespace ovop;
using namespace ovop::test;

namespace {

Quantity units(qint64 n)
{
    return Quantity::fromUnits(n);
}

Quantity onHand(Database& db, const QString& sku)
{
    auto product = StockLookup::byCode(db, sku);
    REQUIRE(product.ok());
    auto q = StockLedger(db).onHand(product->id);
    REQUIRE(q.ok());
    return q.value();
}

const StocktakeLine& lineOf(const StocktakeView& view, const QString& sku)
{
    const auto found =
        std::find_if(view.lines.cbegin(), view.lines.cend(), [&](const StocktakeLine& l) { return l.sku == sku; });
    REQUIRE(found != view.lines.cend());
    return *found;
}

void count(StocktakeService& stocktakes, const Session& who, const QString& code, qint64 n, const QString& batch = {})
{
    auto counted = stocktakes.count(who, code, units(n), batch);
    INFO(counted.message().toStdString());
    REQUIRE(counted.ok());
}

qint64 scalar(Database& db, const QString& sql)
{
    SqlQuery q(db.sql(), sql);
    REQUIRE(q.exec().ok());
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

void requireLevelsAgree(Database& db)
{
    auto problems = StockLedger(db).levelProblems();
    REQUIRE(problems.ok());
    CHECK(problems->isEmpty());
}

} // namespace

TEST_CASE("a sale during the count is not taken for a loss", "[stocktake]")
{
    SalesShop shop;
    shop.openShift();
    StocktakeService stocktakes(shop.db());
    auto started = stocktakes.start(shop.manager, Stocktake::Scope::Producer, QStringLiteral("BOS-01"));
    INFO(started.message().toStdString());
    REQUIRE(started.ok());
    CHECK(started->number.contains(QStringLiteral("-STK-000001")));

    // Counted, then one sold before posting.
    count(stocktakes, shop.cashier, QStringLiteral("FLT-001"), 5);
    count(stocktakes, shop.manager, QStringLiteral("FLT-001"), 3);
    shop.sell({{QStringLiteral("FLT-001"), 1}}, shop.cashier);
    // One sold, then counted.
    shop.sell({{QStringLiteral("FLT-002"), 1}}, shop.cashier);
    count(stocktakes, shop.cashier, QStringLiteral("FLT-002"), 9);
    // Really one missing.
    count(stocktakes, shop.cashier, QStringLiteral("FLT-013"), 4);
    // A miscount taken back.
    count(stocktakes, shop.cashier, QStringLiteral("FLT-031"), 13);
    count(stocktakes, shop.cashier, QStringLiteral("FLT-031"), -1);

    auto view = stocktakes.show(shop.cashier);
    REQUIRE(view.ok());
    const StocktakeLine& sold = lineOf(*view, QStringLiteral("FLT-001"));
    CHECK(sold.expected == units(7));
    CHECK(sold.counted == units(8));
    CHECK(sold.sinceCount == units(-1));
    CHECK(sold.difference().isZero());
    CHECK(lineOf(*view, QStringLiteral("FLT-002")).difference().isZero());
    CHECK(lineOf(*view, QStringLiteral("FLT-013")).difference() == units(-1));
    CHECK(lineOf(*view, QStringLiteral("FLT-013")).value() == Money::fromSom(-1950));
    CHECK(lineOf(*view, QStringLiteral("FLT-031")).difference().isZero());
    // Only the producer's goods, and the uncounted listed: they count as zero.
    for (const StocktakeLine& l : view->lines)
        CHECK(l.sku.startsWith(QStringLiteral("FLT-")));
    CHECK(view->uncounted == int(view->lines.size()) - 4);
    CHECK_FALSE(lineOf(*view, QStringLiteral("FLT-060")).wasCounted);
    CHECK(lineOf(*view, QStringLiteral("FLT-060")).difference() == -lineOf(*view, QStringLiteral("FLT-060")).expected);

    auto posted = stocktakes.post(shop.manager);
    INFO(posted.message().toStdString());
    REQUIRE(posted.ok());
    CHECK(onHand(shop.db(), QStringLiteral("FLT-001")) == units(7));
    CHECK(onHand(shop.db(), QStringLiteral("FLT-002")) == units(9));
    CHECK(onHand(shop.db(), QStringLiteral("FLT-013")) == units(4));
    CHECK(onHand(shop.db(), QStringLiteral("FLT-031")) == units(12));
    CHECK(onHand(shop.db(), QStringLiteral("FLT-010")) == units(14)); // another producer's: not in the count
    CHECK(scalar(shop.db(), QStringLiteral("SELECT count(*) FROM stock_movements WHERE kind = 'stocktake' AND "
                                           "document_type = 'stocktake' AND reason = 'stocktake'")) ==
          posted->movements);
    CHECK(scalar(shop.db(), QStringLiteral("SELECT count(*) FROM stocktake_closures WHERE outcome = 'posted'")) == 1);
    CHECK(shop.auditDetails(QStringLiteral("stocktake.post")).size() == 1);
    CHECK(shop.auditDetails(QStringLiteral("stocktake.start")).size() == 1);
    requireLevelsAgree(shop.db());

    // Posted: no more counts.
    auto late = stocktakes.count(shop.cashier, QStringLiteral("FLT-001"), units(1));
    CHECK_FALSE(late.ok());
    CHECK(late.error().kind == ErrorKind::NotFound);
}

TEST_CASE("one stocktake is open at a time and a cancelled one posts nothing", "[stocktake]")
{
    SalesShop shop;
    StocktakeService stocktakes(shop.db());
    REQUIRE(stocktakes.start(shop.manager, Stocktake::Scope::Category, QStringLiteral("honey-food")).ok());
    auto second = stocktakes.start(shop.admin, Stocktake::Scope::Shop);
    REQUIRE_FALSE(second.ok());
    CHECK(second.error().kind == ErrorKind::Conflict);
    CHECK(second.message().contains(QStringLiteral("STK-000001")));
    CHECK(scalar(shop.db(), QStringLiteral("SELECT count(*) FROM stocktakes")) == 1);

    count(stocktakes, shop.cashier, QStringLiteral("HON-001"), 2);
    auto outside = stocktakes.count(shop.cashier, QStringLiteral("FLT-001"), units(1));
    REQUIRE_FALSE(outside.ok());
    CHECK(outside.message().contains(QStringLiteral("not part of this stocktake")));
    auto unknown = stocktakes.count(shop.cashier, QStringLiteral("NOPE-999"), units(1));
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().kind == ErrorKind::NotFound);
    auto below = stocktakes.count(shop.cashier, QStringLiteral("HON-001"), units(-3));
    REQUIRE_FALSE(below.ok());
    CHECK(below.error().firstField() == QStringLiteral("quantity"));
    auto fraction = stocktakes.count(shop.cashier, QStringLiteral("HON-001"), Quantity::fromMilli(500));
    CHECK_FALSE(fraction.ok());
    CHECK(scalar(shop.db(), QStringLiteral("SELECT count(*) FROM stocktake_counts")) == 1);

    auto refused = stocktakes.cancel(shop.cashier);
    CHECK(refused.error().kind == ErrorKind::Permission);
    const qint64 movements = scalar(shop.db(), QStringLiteral("SELECT count(*) FROM stock_movements"));
    auto cancelled = stocktakes.cancel(shop.manager);
    REQUIRE(cancelled.ok());
    CHECK(cancelled->state == Stocktake::State::Cancelled);
    CHECK(scalar(shop.db(), QStringLiteral("SELECT count(*) FROM stock_movements")) == movements);
    CHECK(scalar(shop.db(), QStringLiteral("SELECT count(*) FROM stocktake_closures WHERE outcome = 'cancelled'")) ==
          1);
    CHECK_FALSE(stocktakes.count(shop.cashier, QStringLiteral("HON-001"), units(1)).ok());
    CHECK_FALSE(stocktakes.post(shop.manager).ok());
    // A new one may start now.
    auto next = stocktakes.start(shop.manager, Stocktake::Scope::Shop);
    REQUIRE(next.ok());
    CHECK(next->number.contains(QStringLiteral("STK-000002")));
}

TEST_CASE("a cashier posts a stocktake only with a manager's approval", "[stocktake]")
{
    SalesShop shop;
    StocktakeService stocktakes(shop.db());
    CHECK(stocktakes.start(shop.cashier, Stocktake::Scope::Shop).error().kind == ErrorKind::Permission);
    REQUIRE(stocktakes.start(shop.manager, Stocktake::Scope::Producer, QStringLiteral("BRL-01")).ok());
    count(stocktakes, shop.cashier, QStringLiteral("HON-001"), 29);

    auto alone = stocktakes.post(shop.cashier);
    REQUIRE_FALSE(alone.ok());
    CHECK(alone.error().kind == ErrorKind::NeedsApproval);
    auto byCashier = stocktakes.post(shop.cashier, &shop.cashier);
    REQUIRE_FALSE(byCashier.ok());
    CHECK(byCashier.error().kind == ErrorKind::Permission);
    CHECK(scalar(shop.db(), QStringLiteral("SELECT count(*) FROM stocktake_closures")) == 0);
    CHECK(scalar(shop.db(), QStringLiteral("SELECT count(*) FROM stock_movements WHERE kind = 'stocktake'")) == 0);

    auto approved = stocktakes.post(shop.cashier, &shop.manager);
    INFO(approved.message().toStdString());
    REQUIRE(approved.ok());
    CHECK(approved->stocktake.approvedBy == QStringLiteral("manager"));
    CHECK(onHand(shop.db(), QStringLiteral("HON-001")) == units(29));
    CHECK(onHand(shop.db(), QStringLiteral("HON-002")).isZero()); // not counted: counts as zero
    requireLevelsAgree(shop.db());
}

TEST_CASE("a loss counted without batches is taken from the first-expiring batch", "[stocktake]")
{
    SalesShop shop;
    auto product = StockLookup::byCode(shop.db(), QStringLiteral("HON-003"));
    REQUIRE(product.ok());
    StockLedger ledger(shop.db());
    REQUIRE(ledger
                .receive(shop.admin, product->id, units(5), QStringLiteral("late"),
                         {QStringLiteral("LATE"), QDate(2026, 9, 1), {}})
                .ok());
    REQUIRE(ledger
                .receive(shop.admin, product->id, units(5), QStringLiteral("early"),
                         {QStringLiteral("EARLY"), QDate(2025, 6, 1), {}})
                .ok());
    StocktakeService stocktakes(shop.db());
    REQUIRE(stocktakes.start(shop.manager, Stocktake::Scope::Category, QStringLiteral("honey-food")).ok());
    count(stocktakes, shop.cashier, QStringLiteral("HON-003"), 28); // 30 on hand
    REQUIRE(stocktakes.post(shop.manager).ok());
    auto levels = ledger.levels(product->id);
    REQUIRE(levels.ok());
    for (const StockLevel& l : levels.value()) {
        if (l.batch == QStringLiteral("EARLY"))
            CHECK(l.quantity == units(3));
        if (l.batch == QStringLiteral("LATE"))
            CHECK(l.quantity == units(5));
    }
    CHECK(onHand(shop.db(), QStringLiteral("HON-003")) == units(28));
    requireLevelsAgree(shop.db());
}

TEST_CASE("counts by batch correct each batch", "[stocktake]")
{
    SalesShop shop;
    auto product = StockLookup::byCode(shop.db(), QStringLiteral("HON-004"));
    REQUIRE(product.ok());
    StockLedger ledger(shop.db());
    REQUIRE(
        ledger.receive(shop.admin, product->id, units(4), QStringLiteral("b"), {QStringLiteral("B2"), {}, {}}).ok());
    StocktakeService stocktakes(shop.db());
    REQUIRE(stocktakes.start(shop.manager, Stocktake::Scope::Shop).ok());
    CHECK_FALSE(stocktakes.count(shop.cashier, QStringLiteral("FLT-001"), units(1), QStringLiteral("B1")).ok());
    count(stocktakes, shop.cashier, QStringLiteral("HON-004"), 12);
    count(stocktakes, shop.cashier, QStringLiteral("HON-004"), 2, QStringLiteral("B2"));
    REQUIRE(stocktakes.post(shop.manager).ok());
    auto levels = ledger.levels(product->id);
    REQUIRE(levels.ok());
    for (const StockLevel& l : levels.value())
        CHECK(l.quantity == (l.batch.isEmpty() ? units(12) : units(2)));
    requireLevelsAgree(shop.db());
}
