// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// A small shop history for the reports, every figure of which the tests work out by hand.
#pragma once

#include <catch2/catch.hpp>

#include <QSqlError>
#include <QSqlQuery>

#include "models/catalog/ProducerService.h"
#include "models/payouts/PayoutService.h"
#include "models/payouts/StatementService.h"
#include "models/reports/ReportScope.h"
#include "models/sales/SaleService.h"
#include "payouts_fixtures.h"

namespace ovop::test {

// Three producers in three villages of two oblasts:
//   BOS-01, Bosteri (Issyk-Kul): consignment 25%, women-led, 9 members of whom 9 women, visited
//           2024-10-01 (current);
//   TAS-01, Tasma (Issyk-Kul): consignment 20%, women-led, 7 members, 6 women, visited 2023-05-01
//           (overdue);
//   KCH-01, Kochkor (Naryn): consignment 30% here, not women-led, 15 members, 13 women, visited
//           2024-12-01 (current).
// March 2025 (clock at noon UTC):
//   10th  cashier: A = 2 leopards (1700, BOS-01) + 1 soap COS-001 (220, TAS-01) = 1920, cash
//   10th  manager: B = 1 shyrdak FLT-030 (2200, KCH-01) less 10% = 1980, card
//   11th  cashier: C = 1 camel (650, BOS-01) + 2 soaps COS-002 (500, TAS-01) = 1150, QR
//   12th  manager: the camel of C comes back (650); statement of BOS-01 for the 1st to the 11th
//         (leopards and camel, owed 1762.50) paid by bank transfer
//   20th  cashier: D = 1 leopard (850), after the period of the tests (1st to 15th)
// The clock stays on the 20th.
inline const QString Shyrdak = QStringLiteral("FLT-030");
inline const QString Soap2 = QStringLiteral("COS-002");

struct ReportsShop
{
    SalesShop shop;
    Sale a;
    Sale b;
    Sale c;
    Sale d;
    QString statementNumber;

    ReportsShop()
    {
        record(QStringLiteral("BOS-01"), QDate(2024, 10, 1), std::nullopt, std::nullopt);
        record(QStringLiteral("TAS-01"), QDate(2023, 5, 1), std::nullopt, std::nullopt);
        record(QStringLiteral("KCH-01"), QDate(2024, 12, 1), 3000, false);
        goTo(shop, 10);
        shop.openShift();
        a = shop.sell({{Leopard, 2}, {Soap, 1}}, shop.cashier);
        {
            Till till = shop.till(shop.manager);
            REQUIRE(till.addCode(Shyrdak).ok());
            const Status discounted = till.setCartDiscount(Discount::percent(1000));
            INFO(discounted.message().toStdString());
            REQUIRE(discounted.ok());
            auto sold = SaleService(shop.db()).commit(
                till, {Payment{PaymentMethod::Card, till.totals().total, CardScheme::Elcart}}, QStringLiteral("ru"));
            INFO(sold.message().toStdString());
            REQUIRE(sold.ok());
            b = sold.value();
        }
        goTo(shop, 11);
        {
            Till till = shop.till(shop.cashier);
            REQUIRE(till.addCode(Camel).ok());
            REQUIRE(till.addCode(Soap2, Quantity::fromUnits(2)).ok());
            auto sold = SaleService(shop.db()).commit(till, {Payment{PaymentMethod::Qr, till.totals().total}},
                                                      QStringLiteral("ru"));
            INFO(sold.message().toStdString());
            REQUIRE(sold.ok());
            c = sold.value();
        }
        goTo(shop, 12);
        giveBack(shop, c, 1, 1);
        auto statement =
            StatementService(shop.db()).make(shop.manager, producerId(shop, QStringLiteral("BOS-01")), day(1), day(11));
        INFO(statement.message().toStdString());
        REQUIRE(statement.ok());
        statementNumber = statement->number;
        auto paid = PayoutService(shop.db()).pay(shop.manager, statementNumber, Payout::Method::Bank,
                                                 QStringLiteral("KICB 12.03 #7"));
        INFO(paid.message().toStdString());
        REQUIRE(paid.ok());
        goTo(shop, 20);
        d = shop.sell({{Leopard, 1}}, shop.cashier);
    }

    ReportScope period(const QString& language = QStringLiteral("en")) const
    {
        return ReportScope{day(1), day(15), {}, language};
    }

private:
    void record(const QString& code, const QDate& visit, std::optional<int> commissionBp, std::optional<bool> womenLed)
    {
        ProducerService producers(shop.db());
        auto p = producers.get(shop.admin, code);
        REQUIRE(p.ok());
        Producer changed = p.value();
        changed.lastVisitDate = visit;
        if (commissionBp)
            changed.commissionBasisPoints = *commissionBp;
        if (womenLed)
            changed.womenLed = *womenLed;
        auto saved = producers.save(shop.admin, changed);
        INFO(saved.message().toStdString());
        REQUIRE(saved.ok());
    }
};

// SQL that takes away what the schema steps keeping figures for the reports made, from step
// `first` on (7: the sales' daily figures, 8: the producers' daily money, 9: the products' daily
// sales), to go back to the version before it.
inline QString undoRollupSteps(int first)
{
    QString sql = QStringLiteral("DROP TABLE product_rollup; ");
    if (first <= 8)
        sql += QStringLiteral("DROP TABLE producer_rollup; DROP INDEX sale_lines_producer; DROP TRIGGER "
                              "producer_rollup_statement; DROP TRIGGER producer_rollup_rate; DROP TRIGGER "
                              "producer_rollup_override_added; DROP TRIGGER producer_rollup_override_changed; DROP "
                              "TRIGGER producer_rollup_override_removed; DROP TRIGGER producer_rollup_category; ");
    if (first <= 7)
        sql += QStringLiteral("DROP TRIGGER sales_rollup_category; DROP TRIGGER sales_rollup_village; DROP TRIGGER "
                              "sales_rollup_oblast; DROP TABLE sales_rollup; DROP TABLE report_keys; ");
    return sql;
}

// Runs a statement behind the services' back (to edit what they keep, say).
inline void exec(Database& db, const QString& sql)
{
    QSqlQuery q(db.sql());
    INFO(sql.toStdString());
    const bool done = q.exec(sql);
    INFO(q.lastError().text().toStdString());
    REQUIRE(done);
}

inline Money som(qint64 whole, qint64 tyiyn = 0)
{
    return Money::fromTyiyn(whole * 100 + tyiyn);
}

} // namespace ovop::test
