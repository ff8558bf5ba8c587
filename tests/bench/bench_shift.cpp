// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// The X report of an open shift on a till with a million past sales in other shifts.
#include <cstdio>

#include <QTemporaryDir>

#include "BenchSupport.h"
#include "models/demo/DemoShop.h"
#include "models/people/UserService.h"
#include "models/sales/ShiftService.h"
#include "models/store/Database.h"
#include "models/store/Sql.h"

using namespace ovop;

namespace bench {

bool runShiftBench(int pastSales)
{
    QTemporaryDir dir;
    OpenOptions options;
    options.create = true;
    options.pinHashCost = PinHashCost::Minimum;
    auto opened = Database::open(dir.filePath(QStringLiteral("till.sqlite")), options);
    if (!opened || !check(seedDemoShop(*opened.value()), "demo shop"))
        return false;
    Database& db = *opened.value();
    auto cashier = UserService(db).login(QStringLiteral("cashier"), QStringLiteral("3333"));
    if (!cashier) {
        std::fprintf(stderr, "%s\n", qPrintable(cashier.message()));
        return false;
    }
    ShiftService shifts(db);
    const auto past = shifts.open(*cashier, Money());
    const auto closed = past ? shifts.close(*cashier, {}) : Result<ZReport>(past.error());
    const auto open = closed ? shifts.open(*cashier, Money::fromSom(1000)) : Result<Shift>(closed.error());
    if (!open) {
        std::fprintf(stderr, "%s\n", qPrintable(open.message()));
        return false;
    }

    QElapsedTimer timer;
    timer.start();
    // The past sales, and 300 sales of the open shift, each paid in cash with some change.
    const QString insert = QStringLiteral(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
        "INSERT INTO sales (id, receipt, receipt_seq, shift_id, at, user_id, language, gross, discount, total, paid, "
        "change, vat, vat_rate, sales_tax, sales_tax_rate, created_at, origin_shop, origin_device) SELECT "
        "'%2-' || i, '%2-' || i, i, '%3', '2025-01-01T00:00:00.000Z', '%4', 'ru', 1000, 0, 1000, 1500, 500, 0, 0, 0, "
        "0, '2025-01-01T00:00:00.000Z', 'B', 'T' FROM n");
    const QString pay = QStringLiteral(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
        "INSERT INTO sale_payments (sale_id, line_no, method, amount) SELECT '%2-' || i, 1, 'cash', 1500 FROM n");
    const QStringList statements = {
        QStringLiteral("BEGIN"),
        insert.arg(pastSales).arg(QStringLiteral("old"), past->id, cashier->userId),
        pay.arg(pastSales).arg(QStringLiteral("old")),
        insert.arg(300).arg(QStringLiteral("now"), open->id, cashier->userId),
        pay.arg(300).arg(QStringLiteral("now")),
        QStringLiteral("COMMIT"),
    };
    if (!check(SqlQuery::execAll(db.sql(), statements), "past sales"))
        return false;
    std::printf("\nTill: %d past sales written in %.1f s\n", pastSales, double(timer.nsecsElapsed()) / 1e9);

    Samples x;
    Stopwatch watch;
    for (int i = 0; i < 50; ++i) {
        watch.start();
        const auto totals = shifts.totals();
        x.add(watch, 1000);
        if (!totals || totals->salesCount != 300)
            return false;
    }
    const Stats w = stats(x.wall), c = stats(x.cpu);
    std::printf("%-40s %6zu %7.2f ms %7.2f ms %7.2f ms (CPU median %.2f ms) target < 50 ms\n",
                "X report of the open shift", x.wall.size(), w.median, w.p99, w.max, c.median);
    recordStats(QStringLiteral("shift_x_report"), x.wall, "ms");
    return w.p99 < 50;
}

} // namespace bench
