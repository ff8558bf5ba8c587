// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include <catch2/catch.hpp>

#include <algorithm>

#include <sqlite3.h>

#include "ShiftFixtures.h"
#include "models/audit/AuditLog.h"
#include "models/audit/AuditText.h"
#include "models/sales/ShiftService.h"
#include "models/store/Sql.h"

using namespace ovop;
using namespace ovop::test;

namespace {

constexpr qint64 som(qint64 amount)
{
    return amount * 100;
}

QList<AuditEntry> auditOf(TillShop& till, const QString& action)
{
    auto entries = AuditLog(till.db()).entries(till.admin, AuditFilter{action, {}, 100});
    REQUIRE(entries.ok());
    return entries.value();
}

QString dumpTill(TillShop& till)
{
    return tableDump(till.db(), QStringLiteral("shifts")) + tableDump(till.db(), QStringLiteral("z_reports")) +
           tableDump(till.db(), QStringLiteral("cash_movements")) + tableDump(till.db(), QStringLiteral("audit_log"));
}

} // namespace

TEST_CASE("A till opens one shift at a time and numbers its shifts", "[sales][shifts]")
{
    TillShop till;
    ShiftService shifts(till.db());
    CHECK_FALSE(shifts.current().value().has_value());
    CHECK(shifts.totals().error().kind == ErrorKind::NotFound);

    const auto first = shifts.open(till.cashier, Money::fromSom(1000));
    REQUIRE(first.ok());
    CHECK(first->number == 1);
    CHECK(first->open);
    CHECK(first->openedBy == QStringLiteral("cashier"));
    CHECK(first->openedAt == till.shop().clock().now());
    CHECK(first->originDevice == till.db().origin().deviceId);
    const auto current = shifts.current().value();
    REQUIRE(current.has_value());
    CHECK(current->id == first->id);
    CHECK(current->openingFloat == Money::fromSom(1000));

    const QString before = dumpTill(till);
    const auto again = shifts.open(till.manager, Money::fromSom(500));
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().kind == ErrorKind::Validation);
    CHECK(again.message().contains(QStringLiteral("1")));
    CHECK(dumpTill(till) == before);
    CHECK_FALSE(shifts.open(till.cashier, Money::fromTyiyn(-1)).ok());

    REQUIRE(shifts.close(till.cashier, {{som(500), 2}}).ok());
    CHECK_FALSE(shifts.current().value().has_value());
    const auto second = shifts.open(till.manager, Money());
    REQUIRE(second.ok());
    CHECK(second->number == 2);

    const auto all = shifts.list().value();
    REQUIRE(all.size() == 2);
    CHECK(all[0].number == 2);
    CHECK(all[0].open);
    CHECK(all[1].number == 1);
    CHECK_FALSE(all[1].open);

    const auto opened = auditOf(till, QStringLiteral("shift.open"));
    REQUIRE(opened.size() == 2);
    const AuditEntry& entry = opened.last(); // newest first
    CHECK(entry.userName == QStringLiteral("cashier"));
    CHECK(entry.details.value(QStringLiteral("opening_float_tyiyn")).toInteger() == som(1000));
    CHECK(entry.details.value(QStringLiteral("shift_number")).toInt() == 1);
    CHECK(AuditLog::actionTitle(QStringLiteral("shift.open")) != QStringLiteral("shift.open"));
    CHECK(AuditText::describe(entry, AuditNames(&till.db()), QStringLiteral("en")) ==
          QStringLiteral("Shift 1 opened with a float of 1,000.00 som."));
}

TEST_CASE("Cash goes in and out of the drawer with a reason and never beyond what it holds", "[sales][shifts]")
{
    TillShop till;
    ShiftService shifts(till.db());
    CHECK_FALSE(shifts.cashIn(till.cashier, Money::fromSom(100), QStringLiteral("change coins")).ok()); // no shift
    REQUIRE(shifts.open(till.cashier, Money::fromSom(1000)).ok());

    REQUIRE(shifts.cashIn(till.cashier, Money::fromSom(500), QStringLiteral("  change coins ")).ok());
    const QString before = dumpTill(till);
    const auto beyond = shifts.cashOut(till.cashier, Money::fromTyiyn(som(1500) + 1), QStringLiteral("bank"));
    REQUIRE_FALSE(beyond.ok());
    CHECK(beyond.error().firstField() == QStringLiteral("amount"));
    CHECK(beyond.message().contains(QStringLiteral("1,500.00 som")));
    CHECK_FALSE(shifts.cashOut(till.cashier, Money::fromSom(10), QStringLiteral("   ")).ok());
    CHECK_FALSE(shifts.cashOut(till.cashier, Money(), QStringLiteral("bank")).ok());
    CHECK_FALSE(shifts.cashIn(till.cashier, Money::fromSom(-5), QStringLiteral("bank")).ok());
    CHECK_FALSE(
        shifts.cashIn(till.cashier, Money::fromSom(5), QString(ShiftService::MaxReasonLength + 1, QLatin1Char('x')))
            .ok());
    CHECK(dumpTill(till) == before);

    REQUIRE(shifts.cashOut(till.cashier, Money::fromSom(1500), QStringLiteral("to the bank")).ok());
    const auto totals = shifts.totals().value();
    CHECK(totals.cashIn == Money::fromSom(500));
    CHECK(totals.cashOut == Money::fromSom(1500));
    CHECK(totals.expectedCash.isZero());
    CHECK_FALSE(shifts.cashOut(till.cashier, Money::fromTyiyn(1), QStringLiteral("bank")).ok());

    const auto out = auditOf(till, QStringLiteral("shift.cash_out"));
    REQUIRE(out.size() == 1);
    CHECK(out[0].details.value(QStringLiteral("amount_tyiyn")).toInteger() == som(1500));
    CHECK(out[0].details.value(QStringLiteral("reason")).toString() == QStringLiteral("to the bank"));
    const auto in = auditOf(till, QStringLiteral("shift.cash_in"));
    REQUIRE(in.size() == 1);
    CHECK(in[0].details.value(QStringLiteral("reason")).toString() == QStringLiteral("change coins"));
    CHECK(AuditText::describe(out[0], AuditNames(&till.db()), QStringLiteral("en")) ==
          QStringLiteral("1,500.00 som taken out of the drawer in shift 1: to the bank."));
}

TEST_CASE("The X report adds up the shift's sales returns and cash movements", "[sales][shifts]")
{
    TillShop till;
    ShiftService shifts(till.db());
    const QString old = shifts.open(till.cashier, Money::fromSom(200)).value().id;
    till.addSale(old, som(5000), 0, {{QStringLiteral("cash"), som(5000)}});
    REQUIRE(shifts.close(till.cashier, {{som(1000), 5}, {som(200), 1}}).ok());

    const QString shift = shifts.open(till.cashier, Money::fromSom(1000)).value().id;
    // 1500 less 300 off, paid 2000 in cash: 800 change.
    const QString a = till.addSale(shift, som(1500), som(300), {{QStringLiteral("cash"), som(2000)}});
    till.addSale(shift, som(900), 0, {{QStringLiteral("card"), som(900)}});
    till.addSale(shift, som(1000), 0, {{QStringLiteral("cash"), som(500)}, {QStringLiteral("qr"), som(500)}});
    till.addReturn(shift, a, {{QStringLiteral("cash"), som(400)}});
    till.addReturn(shift, a, {{QStringLiteral("card"), som(200)}});
    REQUIRE(shifts.cashIn(till.cashier, Money::fromSom(300), QStringLiteral("coins")).ok());
    REQUIRE(shifts.cashOut(till.cashier, Money::fromSom(100), QStringLiteral("water")).ok());

    const ShiftTotals t = shifts.totals().value();
    CHECK(t.shiftId == shift);
    CHECK(t.shiftNumber == 2);
    CHECK(t.openedBy == QStringLiteral("cashier"));
    CHECK(t.openingFloat == Money::fromSom(1000));
    CHECK(t.cashSales == Money::fromSom(2000 + 500 - 800));
    CHECK(t.cashRefunds == Money::fromSom(400));
    CHECK(t.cashIn == Money::fromSom(300));
    CHECK(t.cashOut == Money::fromSom(100));
    CHECK(t.expectedCash == Money::fromSom(1000 + 1700 - 400 + 300 - 100));
    CHECK(t.salesCount == 3);
    CHECK(t.salesTotal == Money::fromSom(1200 + 900 + 1000));
    CHECK(t.returnsCount == 2);
    CHECK(t.returnsTotal == Money::fromSom(600));
    CHECK(t.discountsTotal == Money::fromSom(300));
    CHECK(t.byMethod.value(QStringLiteral("cash")) == Money::fromSom(1700 - 400));
    CHECK(t.byMethod.value(QStringLiteral("card")) == Money::fromSom(900 - 200));
    CHECK(t.byMethod.value(QStringLiteral("qr")) == Money::fromSom(500));
    CHECK(t.byMethod.size() == 3);

    // The earlier shift, by id, is its own.
    const ShiftTotals first = shifts.totals(old).value();
    CHECK(first.salesCount == 1);
    CHECK(first.expectedCash == Money::fromSom(5200));
    CHECK(shifts.totals(QStringLiteral("no-such")).error().kind == ErrorKind::NotFound);
}

TEST_CASE("The X report reads only its shift through the indexes", "[sales][shifts]")
{
    TillShop till;
    ShiftService shifts(till.db());
    const QString old = shifts.open(till.cashier, Money()).value().id;
    REQUIRE(shifts.close(till.cashier, {}).ok());
    const QString shift = shifts.open(till.cashier, Money::fromSom(100)).value().id;
    till.addSale(shift, som(300), 0, {{QStringLiteral("cash"), som(500)}});

    // 100,000 past sales of another shift, each paid in cash. (ovop-bench times a million.)
    const QString series =
        QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000) ");
    till.exec(QStringLiteral("BEGIN"));
    till.exec(series + QStringLiteral("INSERT INTO sales (id, receipt, receipt_seq, shift_id, at, user_id, language, "
                                      "gross, discount, total, paid, change, vat, vat_rate, sales_tax, "
                                      "sales_tax_rate, created_at, origin_shop, origin_device) SELECT 'old-' || i, "
                                      "'OLD-' || i, i, '%1', '2024-01-01T00:00:00.000Z', '%2', 'ru', 1000, 0, "
                                      "1000, 1000, 0, 0, 0, 0, 0, '2024-01-01T00:00:00.000Z', 'X', 'Y' FROM n")
                           .arg(old, till.cashier.userId));
    till.exec(series + QStringLiteral("INSERT INTO sale_payments (sale_id, line_no, method, amount) "
                                      "SELECT 'old-' || i, 1, 'cash', 1000 FROM n"));
    till.exec(QStringLiteral("COMMIT"));

    // The work SQLite does, in virtual-machine steps: a scan of the past sales would take hundreds of thousands.
    static qint64 steps = 0;
    steps = 0;
    sqlite3_progress_handler(
        till.db().handle(), 1, [](void*) { return ++steps, 0; }, nullptr);
    const auto t = shifts.totals();
    sqlite3_progress_handler(till.db().handle(), 0, nullptr, nullptr);
    REQUIRE(t.ok());
    CHECK(t->salesCount == 1);
    CHECK(t->expectedCash == Money::fromSom(400));
    INFO("virtual-machine steps: " << steps);
    CHECK(steps > 0);
    CHECK(steps < 20000);
}

TEST_CASE("Closing counts the drawer into a numbered Z report that never changes", "[sales][shifts]")
{
    TillShop till;
    ShiftService shifts(till.db());
    CHECK_FALSE(shifts.close(till.cashier, {}).ok()); // no shift
    const QString shift = shifts.open(till.cashier, Money::fromSom(1000)).value().id;
    till.addSale(shift, som(2350), som(100), {{QStringLiteral("cash"), som(2500)}});

    const QString before = dumpTill(till);
    const auto unknown = shifts.close(till.cashier, {{som(1000), 3}, {som(25), 1}});
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().kind == ErrorKind::Validation);
    CHECK(unknown.message().contains(QStringLiteral("25.00 som")));
    const auto negative = shifts.close(till.cashier, {{som(1000), -1}});
    REQUIRE_FALSE(negative.ok());
    CHECK(negative.error().firstField() == QStringLiteral("counted"));
    CHECK(dumpTill(till) == before);
    CHECK(shifts.current().value().has_value());

    // Expected: 1000 + 2500 - 250 = 3250; counted 2 x 1000, 2 x 500, 2 x 100, 1 x 20, 1 x 3, 3 x 0.50.
    till.shop().clock().advanceSeconds(8 * 3600);
    const QMap<qint64, int> counted{{som(1000), 2}, {som(500), 2}, {som(100), 2}, {som(20), 1},
                                    {som(3), 1},    {50, 3},       {som(5000), 0}};
    const auto z = shifts.close(till.manager, counted);
    REQUIRE(z.ok());
    CHECK(z->zNumber == 1);
    CHECK(z->totals.expectedCash == Money::fromSom(3250));
    CHECK(z->countedCash == Money::fromTyiyn(som(3223) + 150));
    CHECK(z->difference == Money::fromTyiyn(-som(27) + 150));
    CHECK(z->closedBy == QStringLiteral("manager"));
    CHECK(z->closedAt == till.shop().clock().now());

    const auto again = shifts.zReport(1);
    REQUIRE(again.ok());
    CHECK(again->id == z->id);
    CHECK(again->counted == counted);
    CHECK(again->countedCash == z->countedCash);
    CHECK(again->difference == z->difference);
    CHECK(again->closedBy == QStringLiteral("manager"));
    CHECK(again->closedAt == z->closedAt);
    CHECK(again->totals.shiftId == shift);
    CHECK(again->totals.salesTotal == Money::fromSom(2250));
    CHECK(again->totals.discountsTotal == Money::fromSom(100));
    CHECK(again->totals.byMethod == z->totals.byMethod);
    CHECK(again->totals.openedAt == z->totals.openedAt);
    CHECK(shifts.zReport(2).error().kind == ErrorKind::NotFound);

    const auto closed = auditOf(till, QStringLiteral("shift.close"));
    REQUIRE(closed.size() == 1);
    CHECK(closed[0].details.value(QStringLiteral("difference_tyiyn")).toInteger() == z->difference.tyiyn());
    CHECK(AuditText::describe(closed[0], AuditNames(&till.db()), QStringLiteral("en"))
              .startsWith(QStringLiteral("Shift 1 closed with Z report 1: 3,224.50 som counted")));

    CHECK(till.refused(QStringLiteral("UPDATE z_reports SET counted_cash = 325000, difference = 0")));
    CHECK(till.refused(QStringLiteral("DELETE FROM z_reports")));
    CHECK(till.refused(QStringLiteral("UPDATE shifts SET opening_float = 0")));
    CHECK(till.refused(QStringLiteral("DELETE FROM sales")));
    CHECK(shifts.zReport(1)->countedCash == z->countedCash);

    REQUIRE(shifts.open(till.cashier, Money()).ok());
    CHECK(shifts.close(till.cashier, {}).value().zNumber == 2);
}

TEST_CASE("The shift check finds Z reports that disagree with their shifts", "[sales][shifts]")
{
    TillShop till;
    ShiftService shifts(till.db());
    const QString shift = shifts.open(till.cashier, Money::fromSom(1000)).value().id;
    till.addSale(shift, som(700), 0, {{QStringLiteral("cash"), som(1000)}});
    REQUIRE(shifts.cashOut(till.cashier, Money::fromSom(200), QStringLiteral("bank")).ok());
    REQUIRE(shifts.close(till.cashier, {{som(1000), 1}, {som(500), 1}}).ok());
    CHECK(shifts.problems().value().isEmpty());

    // A cash movement slipped into the closed shift: its totals no longer match the report.
    till.exec(QStringLiteral("INSERT INTO cash_movements (id, shift_id, kind, amount, reason, at, user_id, "
                             "created_at, origin_shop, origin_device) SELECT 'late', id, 'out', 5000, 'late', "
                             "opened_at, opened_by, opened_at, origin_shop, origin_device FROM shifts"));
    auto problems = shifts.problems().value();
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    CHECK(problems.size() == 3); // the expected cash (column and totals) and the cash taken out
    CHECK(problems.join(QLatin1Char('\n')).contains(QStringLiteral("Z report 1")));
    CHECK(problems.join(QLatin1Char('\n')).contains(QStringLiteral("the cash taken out")));

    // A report whose stored totals and counts disagree with its (empty) shift and with each other.
    const QString device = till.db().origin().deviceId;
    const QString shopCode = till.db().origin().shopCode;
    till.exec(QStringLiteral("INSERT INTO shifts (id, number, opened_at, opened_by, opening_float, created_at, "
                             "origin_shop, origin_device) VALUES ('s9', 9, '2025-03-14T10:00:00.000Z', '%1', 0, "
                             "'2025-03-14T10:00:00.000Z', '%2', '%3')")
                  .arg(till.cashier.userId, shopCode, device));
    till.exec(QStringLiteral("INSERT INTO z_reports (id, shift_id, z_number, closed_at, closed_by, expected_cash, "
                             "counted_cash, difference, counts, totals, created_at, origin_shop, origin_device) "
                             "VALUES ('z9', 's9', 9, '2025-03-14T18:00:00.000Z', '%1', 0, 100, 100, "
                             "'{\"10000\": 1}', '{\"cash_sales\": 99900, \"sales_count\": 4}', "
                             "'2025-03-14T18:00:00.000Z', '%2', '%3')")
                  .arg(till.cashier.userId, shopCode, device));
    problems = shifts.problems().value();
    const QString text = problems.join(QLatin1Char('\n'));
    INFO(text.toStdString());
    CHECK(problems.size() == 3 + 3);
    CHECK(text.contains(QStringLiteral("Z report 9")));
    CHECK(text.contains(QStringLiteral("999.00 som")));
    CHECK(text.contains(QStringLiteral("the number of sales is kept as 4, but the records count 0")));
    CHECK(text.contains(QStringLiteral("counted cash is kept as 1.00 som")));
}

TEST_CASE("Only the denominations of the som are counted", "[sales][shifts]")
{
    const QList<qint64> d = cashDenominations();
    CHECK(d.size() == 13);
    CHECK(d.first() == 500000);
    CHECK(d.last() == 50);
    CHECK(d.contains(300));
    CHECK_FALSE(d.contains(2500));
    CHECK(std::is_sorted(d.rbegin(), d.rend()));
}
