// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// A mixed day of stock work in two shops: afterwards every kept level is the sum of its movements.
#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "models/audit/IntegrityCheck.h"
#include "models/catalog/CatalogService.h"
#include "models/sales/ReturnService.h"
#include "models/settings/ShopSettings.h"
#include "models/stock/AdjustmentService.h"
#include "models/stock/ReceivingService.h"
#include "models/stock/StocktakeService.h"
#include "models/stock/TransferService.h"
#include "models/store/Sql.h"
#include "sales_fixtures.h"

using namespace ovop;
using namespace ovop::test;

namespace {

QString idOf(SalesShop& shop, const QString& sku)
{
    auto found = CatalogService(shop.db()).findBySku(sku);
    REQUIRE(found.ok());
    REQUIRE(found->has_value());
    return (**found).id;
}

// Per product and batch: the kept level against the sum of the ledger; empty when all agree.
QStringList levelsAgainstLedger(Database& db)
{
    SqlQuery q(db.sql(), QStringLiteral("WITH ledger AS (SELECT product_id, batch, sum(quantity) AS total FROM "
                                        "stock_movements GROUP BY product_id, batch) "
                                        "SELECT coalesce(l.product_id, g.product_id), l.quantity, g.total FROM "
                                        "stock_levels l FULL JOIN ledger g ON g.product_id = l.product_id AND "
                                        "g.batch = l.batch WHERE l.quantity IS NOT g.total"));
    REQUIRE(q.exec().ok());
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

qint64 onHandUnits(SalesShop& shop, const QString& sku)
{
    SqlQuery q(shop.db().sql(), QStringLiteral("SELECT coalesce(sum(quantity), 0) FROM stock_movements WHERE "
                                               "product_id = :p"));
    q.bind(QStringLiteral(":p"), idOf(shop, sku));
    REQUIRE(q.exec().ok());
    REQUIRE(q.next());
    return q.value(0).toLongLong() / 1000;
}

} // namespace

TEST_CASE("On hand equals the sum of movements after a mixed day of stock work", "[stock][ledger]")
{
    SalesShop bishkek;
    SalesShop karakol;
    REQUIRE(SettingsService(karakol.db()).set(karakol.admin, QStringLiteral("shop_code"), QStringLiteral("KAR-1")).ok());
    bishkek.openShift();
    const QString leopard = QStringLiteral("FLT-001"); // 8 on hand in the demo catalogue
    const qint64 start = onHandUnits(bishkek, leopard);

    // Receiving: 5 more leopards from their producer.
    ReceivingRequest delivery;
    delivery.producerCode = QStringLiteral("BOS-01");
    delivery.lines << ReceivingLine{idOf(bishkek, leopard), Quantity::fromUnits(5), std::nullopt, {}, {}};
    auto received = ReceivingService(bishkek.db()).receive(bishkek.manager, delivery);
    INFO(received.message().toStdString());
    REQUIRE(received.ok());

    // Sales and a return.
    const Sale sale = bishkek.sell({{leopard, 3}}, bishkek.cashier);
    ReturnRequest back;
    back.receipt = sale.receipt;
    back.lines = {{1, Quantity::fromUnits(1)}};
    REQUIRE(ReturnService(bishkek.db()).refund(bishkek.cashier, back).ok());

    // An adjustment: one damaged.
    AdjustmentRequest damaged;
    damaged.productId = idOf(bishkek, leopard);
    damaged.quantity = Quantity::fromUnits(-1);
    damaged.reason = AdjustmentReason::Damage;
    auto adjusted = AdjustmentService(bishkek.db()).adjust(bishkek.manager, damaged);
    INFO(adjusted.message().toStdString());
    REQUIRE(adjusted.ok());

    // A stocktake of the producer's goods: one leopard fewer on the shelf than the ledger says.
    StocktakeService counts(bishkek.db());
    REQUIRE(counts.start(bishkek.manager, Stocktake::Scope::Producer, QStringLiteral("BOS-01")).ok());
    const qint64 expected = onHandUnits(bishkek, leopard);
    REQUIRE(counts.count(bishkek.cashier, leopard, Quantity::fromUnits(expected - 1)).ok());
    auto posted = counts.post(bishkek.manager);
    INFO(posted.message().toStdString());
    REQUIRE(posted.ok());

    // A transfer of two to Karakol, which finds one of them missing.
    const QString file = bishkek.shop().file(QStringLiteral("to-karakol.json"));
    auto sent = TransferService(bishkek.db()).send(bishkek.manager, QStringLiteral("KAR-1"),
                                                   {{leopard, {}, Quantity::fromUnits(2)}}, file);
    INFO(sent.message().toStdString());
    REQUIRE(sent.ok());
    const qint64 karakolBefore = onHandUnits(karakol, leopard);
    auto arrived = TransferService(karakol.db()).receive(karakol.manager, file, {{1, Quantity::fromUnits(1)}});
    INFO(arrived.message().toStdString());
    REQUIRE(arrived.ok());

    // 8 + 5 − 3 + 1 − 1 − 1 (stocktake) − 2 = 7 in Bishkek; one more in Karakol.
    CHECK(onHandUnits(bishkek, leopard) == start + 5 - 3 + 1 - 1 - 1 - 2);
    CHECK(onHandUnits(karakol, leopard) == karakolBefore + 1);
    for (SalesShop* shop : {&bishkek, &karakol}) {
        CHECK(levelsAgainstLedger(shop->db()).isEmpty());
        CHECK(checkIntegrity(shop->db()).isEmpty());
    }
}
