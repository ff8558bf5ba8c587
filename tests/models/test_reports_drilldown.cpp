// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// The sales behind a group of the sales report, against the fixture's history (reports_fixtures.h)
// worked out by hand, and against the breakdown's own figures.
#include <catch2/catch.hpp>

#include <QRegularExpression>
#include <QSqlQuery>

#include "models/reports/GroupSales.h"
#include "models/reports/ReportSql.h"
#include "models/reports/SalesReport.h"
#include "reports_fixtures.h"

using namespace ovop;
using namespace ovop::test;

namespace {

using G = SalesReport::Grouping;

// The fixture's history and, on the 13th, E: the cashier sells 1 soap COS-001 (220) for 500 in
// cash, giving 280 back.
struct DrillShop : ReportsShop
{
    Sale e;

    DrillShop()
    {
        goTo(shop, 13);
        Till till = shop.till(shop.cashier);
        REQUIRE(till.addCode(Soap).ok());
        auto sold = SaleService(shop.db()).commit(till, {Payment{PaymentMethod::Cash, som(500)}}, QStringLiteral("en"));
        INFO(sold.message().toStdString());
        REQUIRE(sold.ok());
        e = sold.value();
        REQUIRE(e.change == som(280));
        goTo(shop, 20);
    }

    GroupSales group(G grouping, const QString& key, int limit = GroupSalesReport::DefaultLimit)
    {
        auto g = GroupSalesReport(shop.db()).build(shop.manager, period(), grouping, key, limit);
        INFO(g.message().toStdString());
        REQUIRE(g.ok());
        return g.value();
    }
};

// The rows as receipt -> signed amount, newest first.
QList<std::pair<QString, Money>> receipts(const GroupSales& g)
{
    QList<std::pair<QString, Money>> out;
    for (const GroupSaleRow& r : g.rows)
        out << std::pair{r.receipt, r.signedAmount()};
    return out;
}

// What the rows add up to: (sales counted, amount, returns).
std::tuple<int, Money, Money> summed(const GroupSales& g)
{
    int sales = 0;
    Money amount;
    Money returns;
    for (const GroupSaleRow& r : g.rows) {
        if (r.isReturn()) {
            returns += r.amount;
        } else {
            sales += 1;
            amount += r.amount;
        }
        if (!r.lines.isEmpty()) {
            Money lines;
            for (const GroupSaleLine& l : r.lines)
                lines += l.amount;
            CHECK(lines == r.amount);
        }
    }
    return {sales, amount, returns};
}

} // namespace

TEST_CASE("The sales behind a category: the lines of the category, the return of one", "[reports]")
{
    DrillShop f;
    const GroupSales felt = f.group(G::Category, QStringLiteral("felt"));
    CHECK(felt.count == 3);
    CHECK(felt.amount == som(1700 + 1980 + 650));
    CHECK(felt.returnsCount == 1);
    CHECK(felt.returns == som(650));
    CHECK(felt.net() == som(3680));
    CHECK(felt.documents == 4);
    CHECK(felt.more() == 0);
    REQUIRE(felt.rows.size() == 4);
    // Newest first: the camel back on the 12th, C, then B and A (the same minute, the later receipt first).
    QSqlQuery back(f.shop.db().sql());
    REQUIRE(back.exec(QStringLiteral("SELECT receipt FROM returns")));
    REQUIRE(back.next());
    CHECK(receipts(felt) == QList<std::pair<QString, Money>>{{back.value(0).toString(), Money() - som(650)},
                                                             {f.c.receipt, som(650)},
                                                             {f.b.receipt, som(1980)},
                                                             {f.a.receipt, som(1700)}});
    const GroupSaleRow& ret = felt.rows.at(0);
    CHECK(ret.isReturn());
    CHECK(ret.saleReceipt == f.c.receipt);
    CHECK(ret.at.date() == day(12));
    CHECK(ret.cashierLogin == QStringLiteral("manager"));
    REQUIRE(ret.lines.size() == 1);
    CHECK(ret.lines.at(0).sku == Camel);
    CHECK(ret.lines.at(0).quantity == Quantity::fromUnits(1));
    const GroupSaleRow& a = felt.rows.at(3);
    CHECK_FALSE(a.isReturn());
    CHECK(a.id == f.a.id);
    CHECK(a.shop == f.shop.db().origin().shopCode);
    CHECK(a.cashierLogin == QStringLiteral("cashier"));
    CHECK_FALSE(a.cashierName.isEmpty());
    CHECK(a.at == f.a.at);
    // Of A only the leopards are felt, not the soap.
    REQUIRE(a.lines.size() == 1);
    CHECK(a.lines.at(0).sku == Leopard);
    CHECK(a.lines.at(0).quantity == Quantity::fromUnits(2));
    CHECK(a.lines.at(0).amount == som(1700));
    CHECK_FALSE(a.lines.at(0).name.isEmpty());
    CHECK(summed(felt) == std::tuple{3, som(4330), som(650)});

    const GroupSales cosmetics = f.group(G::Category, QStringLiteral("cosmetics"));
    CHECK(receipts(cosmetics) ==
          QList<std::pair<QString, Money>>{{f.e.receipt, som(220)}, {f.c.receipt, som(500)}, {f.a.receipt, som(220)}});
    CHECK(cosmetics.returns == Money());
    REQUIRE(cosmetics.rows.at(1).lines.size() == 1);
    CHECK(cosmetics.rows.at(1).lines.at(0).sku == Soap2);
    CHECK(cosmetics.rows.at(1).lines.at(0).quantity == Quantity::fromUnits(2));
}

TEST_CASE("The sales behind a producer, by the producer of each line", "[reports]")
{
    DrillShop f;
    const GroupSales bos = f.group(G::Producer, QStringLiteral("BOS-01"));
    CHECK(bos.count == 2);
    CHECK(bos.amount == som(2350));
    CHECK(bos.returns == som(650));
    REQUIRE(bos.rows.size() == 3);
    CHECK(bos.rows.at(0).isReturn());
    CHECK(bos.rows.at(1).receipt == f.c.receipt);
    REQUIRE(bos.rows.at(1).lines.size() == 1);
    CHECK(bos.rows.at(1).lines.at(0).sku == Camel);

    const GroupSales tas = f.group(G::Producer, QStringLiteral("tas-01")); // codes are case-blind
    CHECK(receipts(tas) ==
          QList<std::pair<QString, Money>>{{f.e.receipt, som(220)}, {f.c.receipt, som(500)}, {f.a.receipt, som(220)}});
    CHECK(tas.count == 3);

    const GroupSales kch = f.group(G::Producer, QStringLiteral("KCH-01"));
    CHECK(receipts(kch) == QList<std::pair<QString, Money>>{{f.b.receipt, som(1980)}});
    REQUIRE(kch.rows.at(0).lines.size() == 1);
    CHECK(kch.rows.at(0).lines.at(0).sku == Shyrdak);
    CHECK(kch.rows.at(0).lines.at(0).amount == som(1980)); // after the cart discount
}

TEST_CASE("The sales behind a payment method: cash less the change given", "[reports]")
{
    DrillShop f;
    const GroupSales cash = f.group(G::Payment, QStringLiteral("cash"));
    CHECK(cash.count == 2);
    CHECK(cash.amount == som(1920 + 220));
    CHECK(cash.returns == Money());
    CHECK(receipts(cash) == QList<std::pair<QString, Money>>{{f.e.receipt, som(220)}, {f.a.receipt, som(1920)}});
    CHECK(cash.rows.at(0).lines.isEmpty()); // the whole sale

    const GroupSales qr = f.group(G::Payment, QStringLiteral("qr"));
    CHECK(qr.count == 1);
    CHECK(qr.amount == som(1150));
    CHECK(qr.returnsCount == 1);
    CHECK(qr.returns == som(650)); // refunded as paid
    REQUIRE(qr.rows.size() == 2);
    CHECK(qr.rows.at(0).isReturn());

    const GroupSales card = f.group(G::Payment, QStringLiteral("card"));
    CHECK(receipts(card) == QList<std::pair<QString, Money>>{{f.b.receipt, som(1980)}});
}

TEST_CASE("The sales behind a cashier and behind a day, a month", "[reports]")
{
    DrillShop f;
    const GroupSales cashier = f.group(G::Cashier, QStringLiteral("cashier"));
    CHECK(receipts(cashier) == QList<std::pair<QString, Money>>{
                                   {f.e.receipt, som(220)}, {f.c.receipt, som(1150)}, {f.a.receipt, som(1920)}});
    CHECK(cashier.count == 3);
    CHECK(cashier.returns == Money());
    const GroupSales manager = f.group(G::Cashier, QStringLiteral("manager"));
    CHECK(manager.count == 1);
    CHECK(manager.amount == som(1980));
    CHECK(manager.returns == som(650));
    CHECK(manager.rows.size() == 2);

    const GroupSales returnDay = f.group(G::Day, QStringLiteral("2025-03-12"));
    CHECK(returnDay.count == 0);
    CHECK(returnDay.amount == Money());
    CHECK(returnDay.returns == som(650));
    REQUIRE(returnDay.rows.size() == 1);
    CHECK(returnDay.rows.at(0).isReturn());
    CHECK(returnDay.rows.at(0).saleReceipt == f.c.receipt);
    CHECK(returnDay.rows.at(0).signedAmount() == Money() - som(650));
    const GroupSales tenth = f.group(G::Day, QStringLiteral("2025-03-10"));
    CHECK(receipts(tenth) == QList<std::pair<QString, Money>>{{f.b.receipt, som(1980)}, {f.a.receipt, som(1920)}});
    CHECK(tenth.count == 2);

    // A month of the sales by month: its days within the period (D, on the 20th, is after it).
    const GroupSales march = f.group(G::Day, QStringLiteral("2025-03"));
    CHECK(march.count == 4);
    CHECK(march.amount == som(5050 + 220));
    CHECK(march.returns == som(650));
    CHECK(march.documents == 5);
}

TEST_CASE("Every group's sales add up to its row of the breakdown", "[reports]")
{
    DrillShop f;
    for (G g : SalesReport::groupings()) {
        INFO(SalesReport::groupingKey(g).toStdString());
        auto b = SalesReport(f.shop.db()).breakdown(f.shop.manager, f.period(), g);
        REQUIRE(b.ok());
        REQUIRE_FALSE(b->rows.isEmpty());
        int documents = 0;
        for (const SalesGroupRow& row : b->rows) {
            INFO(row.key.toStdString());
            const GroupSales group = f.group(g, row.key);
            CHECK(group.count == row.count);
            CHECK(group.amount == row.amount);
            CHECK(group.returns == row.returns);
            CHECK(group.more() == 0);
            CHECK(summed(group) == std::tuple{row.count, row.amount, row.returns});
            documents += group.documents;
        }
        if (g == G::Day || g == G::Cashier)
            CHECK(documents == 5); // each sale and return in one group
    }
}

TEST_CASE("A limited list keeps the group's whole figures", "[reports]")
{
    DrillShop f;
    const GroupSales two = f.group(G::Cashier, QStringLiteral("cashier"), 2);
    REQUIRE(two.rows.size() == 2);
    CHECK(two.rows.at(0).receipt == f.e.receipt);
    CHECK(two.rows.at(1).receipt == f.c.receipt);
    CHECK(two.documents == 3);
    CHECK(two.more() == 1);
    CHECK(two.count == 3);
    CHECK(two.amount == som(3290));
    const GroupSales one = f.group(G::Category, QStringLiteral("felt"), 1);
    REQUIRE(one.rows.size() == 1);
    CHECK(one.rows.at(0).lines.size() == 1);
    CHECK(one.more() == 3);
    CHECK(one.amount == som(4330));
}

TEST_CASE("Sales at the same moment: each listed sale of goods has its lines, whatever the limit", "[reports]")
{
    DrillShop f;
    // Three more sales of felt at the same moment of the 14th, beside one of soap.
    goTo(f.shop, 14);
    for (int i = 0; i < 3; ++i)
        f.shop.sell({{Leopard, 1}}, f.shop.cashier);
    f.shop.sell({{Soap, 1}}, f.shop.cashier);
    for (int limit = 1; limit <= 5; ++limit) {
        INFO("limit " << limit);
        const GroupSales felt = f.group(G::Category, QStringLiteral("felt"), limit);
        REQUIRE(felt.rows.size() == limit);
        for (const GroupSaleRow& row : felt.rows)
            CHECK(row.lines.size() == 1);
        CHECK(felt.more() == 7 - limit);
    }
}

TEST_CASE("The sales behind a group refuse cashiers, bad periods and limits; an unknown key has none", "[reports]")
{
    DrillShop f;
    GroupSalesReport report(f.shop.db());
    auto refused = report.build(f.shop.cashier, f.period(), G::Category, QStringLiteral("felt"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::Permission);
    ReportScope backwards{day(15), day(1), {}, QStringLiteral("en")};
    CHECK(report.build(f.shop.manager, backwards, G::Category, QStringLiteral("felt")).error().kind ==
          ErrorKind::Validation);
    CHECK_FALSE(
        report.build(f.shop.manager, f.period(QStringLiteral("tlh")), G::Day, QStringLiteral("2025-03-10")).ok());
    CHECK(report.build(f.shop.manager, f.period(), G::Day, QStringLiteral("2025-03-10"), 0).error().kind ==
          ErrorKind::Validation);

    for (auto [g, key] : {std::pair{G::Producer, QStringLiteral("NOPE-99")},
                          {G::Category, QStringLiteral("nope")},
                          {G::Oblast, QStringLiteral("XX")},
                          {G::Cashier, QStringLiteral("nobody")},
                          {G::Payment, QStringLiteral("barter")},
                          {G::Day, QStringLiteral("2025-04-01")},
                          {G::Day, QStringLiteral("yesterday")},
                          {G::Producer, QString()}}) {
        INFO(key.toStdString());
        const GroupSales none = f.group(g, key);
        CHECK(none.rows.isEmpty());
        CHECK(none.documents == 0);
        CHECK(none.count == 0);
        CHECK(none.amount == Money());
        CHECK(none.returns == Money());
    }

    ReportScope elsewhere = f.period();
    elsewhere.shops = {QStringLiteral("OSH-1")};
    auto other = report.build(f.shop.manager, elsewhere, G::Category, QStringLiteral("felt"));
    REQUIRE(other.ok());
    CHECK(other->rows.isEmpty());
    elsewhere.shops = {f.shop.db().origin().shopCode};
    auto own = report.build(f.shop.manager, elsewhere, G::Category, QStringLiteral("felt"));
    REQUIRE(own.ok());
    CHECK(own->rows.size() == 4);
}

TEST_CASE("The sales behind a group are read through the period's time index, their figures from its days", "[reports]")
{
    DrillShop f;
    for (const bool oneShop : {false, true}) {
        ReportScope scope = f.period();
        if (oneShop)
            scope.shops = {f.shop.db().origin().shopCode};
        for (G g : SalesReport::groupings()) {
            for (const QString& key : {QStringLiteral("x"), QString()}) {
                for (const bool totals : {true, false}) {
                    const QString sql =
                        totals ? GroupSalesReport::totalsSql(g, scope, key) : GroupSalesReport::rowsSql(g, scope, key);
                    INFO(SalesReport::groupingKey(g).toStdString() << " " << sql.toStdString());
                    SqlQuery plan(f.shop.db().sql(), QStringLiteral("EXPLAIN QUERY PLAN ") + sql);
                    reportsql::bindScope(plan, scope);
                    reportsql::bindRollup(plan, scope);
                    plan.bind(QStringLiteral(":k"), SqlQuery::text(key)).bind(QStringLiteral(":limit"), 10);
                    REQUIRE(plan.exec().ok());
                    QStringList steps;
                    while (plan.next())
                        steps << plan.value(3).toString();
                    const QString text = steps.join(QLatin1Char('\n'));
                    INFO(text.toStdString());
                    // The figures from the period's days of the daily figures, the rows from the
                    // period's sales; the returns, few, from the period's.
                    if (totals)
                        CHECK(text.contains(QStringLiteral("SEARCH d USING PRIMARY KEY (grouping=? AND day>? AND "
                                                           "day<?)")));
                    else
                        CHECK(text.contains(QStringLiteral("INDEX sales_")));
                    CHECK(text.contains(QStringLiteral("INDEX returns_")));
                    CHECK_FALSE(text.contains(QRegularExpression(QStringLiteral("SCAN (s|r|d)( |$)"))));
                }
            }
        }
    }
}
