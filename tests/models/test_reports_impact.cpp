// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// Producers' money, the impact report and the stock report against the fixture (reports_fixtures.h),
// with the impact's shares worked out again from the producers' records and the sales.
#include <catch2/catch.hpp>

#include "models/reports/ImpactReport.h"
#include "models/reports/SalesReport.h"
#include "models/reports/StockReport.h"
#include "models/stock/StockQuery.h"
#include "reports_fixtures.h"

using namespace ovop;
using namespace ovop::test;

namespace {

const ProducerMoneyRow& rowOf(const ProducerMoney& m, const QString& code)
{
    for (const ProducerMoneyRow& r : m.rows)
        if (r.code == code)
            return r;
    FAIL("no row for " << code.toStdString());
    return m.rows.first();
}

} // namespace

TEST_CASE("Producers' money: sold, returned, commission, earned, owed and paid", "[reports]")
{
    ReportsShop f;
    auto built = ProducerMoneyReport(f.shop.db()).build(f.shop.manager, f.period());
    INFO(built.message().toStdString());
    REQUIRE(built.ok());
    const ProducerMoney& m = built.value();
    REQUIRE(m.rows.size() == 3);

    // BOS-01 at 25%: leopards 1700 and camel 650 sold, the camel back. Both sales are on the paid
    // statement; the return is on none, so the producer owes back the camel's share (650 - 162.50).
    const ProducerMoneyRow& bos = rowOf(m, QStringLiteral("BOS-01"));
    CHECK(bos.sold == som(2350));
    CHECK(bos.returned == som(650));
    CHECK(bos.commission == som(425)); // 425 + 162.50 - 162.50
    CHECK(bos.earned() == som(1275));
    CHECK(bos.paid == som(1762, 50));
    CHECK(bos.owed == -som(487, 50));
    CHECK(bos.womenLed);
    CHECK(bos.villageName.en == QStringLiteral("Bosteri"));
    CHECK(bos.oblastCode == QStringLiteral("issyk-kul"));

    // TAS-01 at 20% of 220 and 500; nothing stated.
    const ProducerMoneyRow& tas = rowOf(m, QStringLiteral("TAS-01"));
    CHECK(tas.sold == som(720));
    CHECK(tas.commission == som(44 + 100));
    CHECK(tas.earned() == som(576));
    CHECK(tas.owed == som(576));
    CHECK(tas.paid == Money());

    // KCH-01 at 30% of the discounted 1980.
    const ProducerMoneyRow& kch = rowOf(m, QStringLiteral("KCH-01"));
    CHECK(kch.sold == som(1980));
    CHECK(kch.commission == som(594));
    CHECK(kch.owed == som(1386));
    CHECK(kch.oblastCode == QStringLiteral("naryn"));

    CHECK(m.sold == som(5050));
    CHECK(m.returned == som(650));
    CHECK(m.paid == som(1762, 50));
    CHECK(m.owed == som(1474, 50));
    CHECK(m.earned == som(1275 + 576 + 1386));
    CHECK(m.purchased == Money());

    // The same commission rule as a statement of the period.
    auto preview = StatementService(f.shop.db())
                       .preview(f.shop.manager, producerId(f.shop, QStringLiteral("TAS-01")), day(1), day(15));
    REQUIRE(preview.ok());
    CHECK(preview->commission == tas.commission);
    CHECK(preview->owed == tas.earned());

    CHECK(ProducerMoneyReport(f.shop.db()).build(f.shop.cashier, f.period()).error().kind == ErrorKind::Permission);
}

TEST_CASE("The impact report by hand", "[reports]")
{
    ReportsShop f;
    auto built = ImpactReport(f.shop.db()).build(f.shop.manager, f.period());
    INFO(built.message().toStdString());
    REQUIRE(built.ok());
    const Impact& i = built.value();
    CHECK(i.asOf == day(20));
    CHECK(i.salesTotal == som(4400)); // 5050 sold less 650 returned
    CHECK(i.paidToProducers == som(1762, 50));
    CHECK(i.owedToProducers == som(1474, 50));
    CHECK(i.producersReached == 3);
    CHECK(i.villagesReached == 3);
    CHECK(i.oblastsReached == 2);
    // Women-led: BOS-01 (1700 net) and TAS-01 (720).
    CHECK(i.womenLedSales == som(2420));
    CHECK(i.womenLedShare == Approx(2420.0 / 4400));
    // Women members: 1700 x 9/9 + 720 x 6/7 + 1980 x 13/15.
    CHECK(i.womenMembersShare == Approx((1700.0 + 720.0 * 6 / 7 + 1980.0 * 13 / 15) / 4400));
    // TAS-01's visit (2023-05-01) is more than twelve months before the 20th of March 2025.
    CHECK(i.currentCheckSales == som(1700 + 1980));
    CHECK(i.currentCheckShare == Approx(3680.0 / 4400));
    REQUIRE(i.overdueProducers.size() == 1);
    CHECK(i.overdueProducers.first().code == QStringLiteral("TAS-01"));
    CHECK(i.overdueProducers.first().lastVisit == QDate(2023, 5, 1));
    CHECK(i.overdueProducers.first().sales == som(720));
    REQUIRE(i.byOblast.size() == 2);
    CHECK(i.byOblast.at(0).oblastCode == QStringLiteral("issyk-kul"));
    CHECK(i.byOblast.at(0).amount == som(2420));
    CHECK(i.byOblast.at(0).producers == 2);
    CHECK(i.byOblast.at(0).villages == 2);
    CHECK(i.byOblast.at(1).oblastCode == QStringLiteral("naryn"));
    CHECK(i.byOblast.at(1).amount == som(1980));
    CHECK(i.byOblast.at(1).producers == 1);
    CHECK(i.byOblast.at(1).villages == 1);
    CHECK(i.materialsRecorded == 3);
    CHECK(i.producers.size() == 3);
}

TEST_CASE("The impact's shares recomputed from the producers' register and the sales", "[reports]")
{
    ReportsShop f;
    auto impact = ImpactReport(f.shop.db()).build(f.shop.manager, f.period());
    REQUIRE(impact.ok());
    auto byProducer = SalesReport(f.shop.db()).breakdown(f.shop.manager, f.period(), SalesReport::Grouping::Producer);
    REQUIRE(byProducer.ok());
    auto producers = ProducerService(f.shop.db()).list(f.shop.admin, {});
    REQUIRE(producers.ok());
    const QDate today = f.shop.db().now().date();
    double womenLed = 0;
    double women = 0;
    double current = 0;
    QStringList overdue;
    for (const SalesGroupRow& row : byProducer->rows) {
        const auto p = std::find_if(producers->begin(), producers->end(),
                                    [&](const Producer& candidate) { return candidate.code == row.key; });
        REQUIRE(p != producers->end());
        const double net = double(row.net().tyiyn());
        womenLed += p->womenLed ? net : 0;
        women += net * p->women / p->members;
        if (p->visitOverdue(today))
            overdue << p->code;
        else
            current += net;
    }
    const double total = double(byProducer->net().tyiyn());
    CHECK(impact->salesTotal == byProducer->net());
    CHECK(impact->womenLedShare == Approx(womenLed / total));
    CHECK(impact->womenMembersShare == Approx(women / total));
    CHECK(impact->currentCheckShare == Approx(current / total));
    REQUIRE(impact->overdueProducers.size() == overdue.size());
    CHECK(impact->overdueProducers.first().code == overdue.first());
    CHECK(impact->womenLedShare >= 0);
    CHECK(impact->womenLedShare <= 1);
}

TEST_CASE("Stock on hand and its value by category and producer", "[reports]")
{
    ReportsShop f;
    auto stock = StockReport(f.shop.db()).build(f.shop.manager, QStringLiteral("en"));
    INFO(stock.message().toStdString());
    REQUIRE(stock.ok());
    auto list = StockQuery(f.shop.db()).list();
    REQUIRE(list.ok());
    CHECK(stock->value == list->totalValue); // valued as the stock list values it
    Money categories;
    for (const StockGroupRow& r : stock->byCategory)
        categories += r.value;
    Money producers;
    int products = 0;
    for (const StockGroupRow& r : stock->byProducer) {
        producers += r.value;
        products += r.products;
    }
    CHECK(categories == stock->value);
    CHECK(producers == stock->value);
    CHECK(products == stock->products);
    CHECK(stock->consignmentValue <= stock->value);
    // The leopards: the demo's 8 less the 2 of A and the 1 of D, at 850 each, are BOS-01's.
    const auto bos = std::find_if(stock->byProducer.begin(), stock->byProducer.end(),
                                  [](const StockGroupRow& r) { return r.key == QStringLiteral("BOS-01"); });
    REQUIRE(bos != stock->byProducer.end());
    CHECK(bos->value >= som(5 * 850));
    CHECK_FALSE(StockReport(f.shop.db()).build(f.shop.cashier, QStringLiteral("en")).ok());
}
