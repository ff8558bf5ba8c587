// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// Goods kept by batch at the till: first expiring first, expired batches only with a manager's
// approval, returns back into the batch they were sold from.
#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "models/audit/IntegrityCheck.h"
#include "models/catalog/CatalogService.h"
#include "models/sales/ReturnService.h"
#include "models/stock/BatchPicking.h"
#include "models/stock/StockLedger.h"
#include "models/store/Sql.h"
#include "sales_fixtures.h"

using namespace ovop;
using namespace ovop::test;

namespace {

const QString Honey = QStringLiteral("HON-001");      // kept by batch; 30 received without a batch
const QString WhiteHoney = QStringLiteral("HON-002"); // kept by batch; 24 received without a batch

QString productId(SalesShop& shop, const QString& sku)
{
    auto found = CatalogService(shop.db()).findBySku(sku);
    REQUIRE(found.ok());
    REQUIRE(found->has_value());
    return (**found).id;
}

void receiveBatch(SalesShop& shop, const QString& sku, qint64 units, const QString& batch, int daysFromToday)
{
    StockLedger::Receiving details;
    details.batch = batch;
    details.expiresOn = shop.db().now().date().addDays(daysFromToday);
    auto received = StockLedger(shop.db()).receive(shop.manager, productId(shop, sku), Quantity::fromUnits(units),
                                                   QStringLiteral("delivery"), details);
    INFO(received.message().toStdString());
    REQUIRE(received.ok());
}

qint64 level(SalesShop& shop, const QString& sku, const QString& batch)
{
    SqlQuery q(shop.db().sql(),
               QStringLiteral("SELECT quantity FROM stock_levels WHERE product_id = :p AND batch = :b"));
    q.bind(QStringLiteral(":p"), productId(shop, sku)).bind(QStringLiteral(":b"), SqlQuery::text(batch));
    REQUIRE(q.exec().ok());
    return q.next() ? q.value(0).toLongLong() / 1000 : 0;
}

// The batches a sale's movements took, "batch:units" in the order written.
QStringList takenBy(SalesShop& shop, const Sale& sale)
{
    SqlQuery q(shop.db().sql(), QStringLiteral("SELECT batch, -quantity FROM stock_movements WHERE document_type = "
                                               "'sale' AND document_id = :id ORDER BY seq"));
    q.bind(QStringLiteral(":id"), sale.id);
    REQUIRE(q.exec().ok());
    QStringList out;
    while (q.next())
        out << QStringLiteral("%1:%2").arg(q.value(0).toString()).arg(q.value(1).toLongLong() / 1000);
    return out;
}

} // namespace

TEST_CASE("The till sells the first expiring batch first and skips expired ones", "[sales][batches]")
{
    SalesShop shop;
    shop.openShift();
    receiveBatch(shop, Honey, 5, QStringLiteral("B-OLD"), -10);
    receiveBatch(shop, Honey, 4, QStringLiteral("B-LATE"), 200);
    receiveBatch(shop, Honey, 3, QStringLiteral("B-SOON"), 20);

    CHECK(takenBy(shop, shop.sell({{Honey, 2}}, shop.cashier)) == QStringList{QStringLiteral("B-SOON:2")});
    CHECK(takenBy(shop, shop.sell({{Honey, 5}}, shop.cashier)) ==
          QStringList({QStringLiteral("B-SOON:1"), QStringLiteral("B-LATE:4")}));
    // The fresh batches are empty: what is left comes from the stock received without a batch.
    CHECK(takenBy(shop, shop.sell({{Honey, 3}}, shop.cashier)) == QStringList{QStringLiteral(":3")});
    CHECK(level(shop, Honey, QStringLiteral("B-OLD")) == 5);
    CHECK(level(shop, Honey, QStringLiteral("")) == 27);
    CHECK(checkIntegrity(shop.db()).isEmpty());
}

TEST_CASE("Expired batches are sold only with a manager's approval", "[sales][batches]")
{
    SalesShop shop;
    shop.openShift();
    shop.sell({{WhiteHoney, 24}}, shop.cashier); // the unbatched stock is gone
    receiveBatch(shop, WhiteHoney, 2, QStringLiteral("W-EXP"), -1);

    Till till = shop.till(shop.cashier);
    auto refused = till.addCode(WhiteHoney);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::NeedsApproval);
    CHECK(refused.message().contains(QStringLiteral("W-EXP")));
    CHECK(till.cart().isEmpty());

    auto approval = till.approve(QStringLiteral("manager"), QStringLiteral("2222"), QStringLiteral("checked the jar"));
    REQUIRE(approval.ok());
    auto added = till.addCode(WhiteHoney, Quantity::fromUnits(1), &*approval);
    INFO(added.message().toStdString());
    REQUIRE(added.ok());
    // One more of the same line needs no second approval.
    REQUIRE(till.addCode(WhiteHoney).ok());
    auto sold =
        SaleService(shop.db()).commit(till, {Payment{PaymentMethod::Cash, till.totals().total}}, QStringLiteral("ru"));
    INFO(sold.message().toStdString());
    REQUIRE(sold.ok());
    CHECK(takenBy(shop, sold.value()) == QStringList{QStringLiteral("W-EXP:2")});
    CHECK(shop.auditDetails(QStringLiteral("till.approval")).last().value(QStringLiteral("action")).toString() ==
          QStringLiteral("expired_batch"));

    // A manager selling approves it themself.
    receiveBatch(shop, WhiteHoney, 1, QStringLiteral("W-EXP2"), -3);
    Till managers = shop.till(shop.manager);
    CHECK(managers.addCode(WhiteHoney).ok());
}

TEST_CASE("Goods returned go back into the batch they were sold from", "[sales][batches]")
{
    SalesShop shop;
    shop.openShift();
    receiveBatch(shop, Honey, 1, QStringLiteral("A-1"), 10);
    receiveBatch(shop, Honey, 2, QStringLiteral("A-2"), 30);
    const Sale sale = shop.sell({{Honey, 3}}, shop.cashier);
    CHECK(takenBy(shop, sale) == QStringList({QStringLiteral("A-1:1"), QStringLiteral("A-2:2")}));

    ReturnRequest request;
    request.receipt = sale.receipt;
    request.lines = {{1, Quantity::fromUnits(2)}};
    auto back = ReturnService(shop.db()).refund(shop.cashier, request);
    INFO(back.message().toStdString());
    REQUIRE(back.ok());
    CHECK(level(shop, Honey, QStringLiteral("A-1")) == 1);
    CHECK(level(shop, Honey, QStringLiteral("A-2")) == 1);
    request.lines = {{1, Quantity::fromUnits(1)}};
    REQUIRE(ReturnService(shop.db()).refund(shop.cashier, request).ok());
    CHECK(level(shop, Honey, QStringLiteral("A-2")) == 2);
    CHECK(checkIntegrity(shop.db()).isEmpty());
}
