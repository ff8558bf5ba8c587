// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// ovop-bench, reports: a database of the demo catalogue with a year of sales of ten shops written
// straight (1,000,000 sale lines by default), then every report through its service against the
// same SQL (taken from the service) stepped through by bare sqlite3 on a second connection, for
// one shop and for all ten, as head office would ask.
#include <algorithm>
#include <functional>
#include <memory>
#include <random>

#include <sqlite3.h>

#include <QApplication>
#include <QDateTime>
#include <QTemporaryDir>

#include "BareSql.h"
#include "BenchSupport.h"
#include "models/demo/DemoShop.h"
#include "models/payouts/StatementService.h"
#include "models/reports/GroupSales.h"
#include "models/reports/ImpactReport.h"
#include "models/reports/ProducerMoneyReport.h"
#include "models/reports/ProducerRollup.h"
#include "models/reports/ProductRollup.h"
#include "models/reports/ProductSalesReport.h"
#include "models/reports/ReportSql.h"
#include "models/reports/SalesReport.h"
#include "models/reports/SalesRollup.h"
#include "models/reports/SalesSeries.h"
#include "models/reports/StockReport.h"
#include "models/stock/StockQuery.h"
#include "models/people/Session.h"
#include "models/store/Database.h"
#include "models/store/Origin.h"
#include "ui/reports/DashboardPage.h"

using namespace ovop;

namespace bench {

namespace {

constexpr double RatioTarget = 1.5;
constexpr double MillisTarget = 300;
const char* const Shops[] = {"BIS-1", "KAR-1", "OSH-1", "NAR-1", "TAL-1", "JAL-1", "BAT-1", "ISS-1", "CHO-1", "TOK-1"};

struct Line
{
    QString productId, sku, nameKy, nameRu, nameEn, unit, taxGroup, producerId, producerName, villageKy, villageRu,
        villageEn;
    qint64 price = 0;
};

QList<Line> loadLines(sqlite3* db)
{
    Statement q(db, "SELECT p.id, p.sku, p.name_ky, p.name_ru, p.name_en, p.unit, p.tax_group, p.producer_id, "
                    "pr.name, coalesce(v.name_ky, ''), coalesce(v.name_ru, ''), coalesce(v.name_en, ''), p.price "
                    "FROM products p JOIN producers pr ON pr.id = p.producer_id "
                    "LEFT JOIN villages v ON v.id = pr.village_id WHERE p.active = 1 ORDER BY p.seq");
    QList<Line> out;
    while (q.step() == SQLITE_ROW)
        out << Line{q.column(0), q.column(1), q.column(2), q.column(3),  q.column(4),  q.column(5),    q.column(6),
                    q.column(7), q.column(8), q.column(9), q.column(10), q.column(11), q.columnInt(12)};
    q.reset();
    return out;
}

QString userId(sqlite3* db, const char* name)
{
    Statement q(db, "SELECT id FROM users WHERE name = ?1");
    const QString login = QString::fromLatin1(name);
    q.text(1, login);
    const QString id = q.step() == SQLITE_ROW ? q.column(0) : QString();
    q.reset();
    return id;
}

// A year of sales of the ten shops, taking turns, until lineCount lines: 1 to 3 lines each, cash,
// card or QR, one shift a day per shop, every hundredth sale's first line brought back.
bool writeSales(sqlite3* db, const QList<Line>& lines, const QString& cashierId, int lineCount)
{
    std::mt19937_64 random(20261202);
    const qint64 end = QDateTime::currentMSecsSinceEpoch() - qint64(86400) * 1000;
    const qint64 step = qint64(365) * 86400 * 1000 * 2 / lineCount; // about two lines a sale
    if (!execSql(db, "PRAGMA cache_size=-262144") || !execSql(db, "BEGIN IMMEDIATE"))
        return false;
    {
        Statement shift(db, "INSERT INTO shifts (id, number, opened_at, opened_by, opening_float, created_at, "
                            "origin_shop, origin_device) VALUES (?1, ?2, ?3, ?4, 200000, ?3, ?5, 'T1')");
        Statement number(db, "INSERT INTO receipt_numbers (origin_shop, origin_device, number, document_type, "
                             "document_id) VALUES (?1, 'T1', ?2, ?3, ?4)");
        Statement sale(db, "INSERT INTO sales (id, receipt, receipt_seq, shift_id, at, user_id, language, gross, "
                           "discount, total, paid, change, vat, vat_rate, sales_tax, sales_tax_rate, created_at, "
                           "origin_shop, origin_device) VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'ru', ?7, 0, ?7, ?8, ?9, 0, "
                           "0, ?10, 100, ?5, ?11, 'T1')");
        Statement line(db, "INSERT INTO sale_lines (sale_id, line_no, product_id, sku, barcode, name_ky, name_ru, "
                           "name_en, unit, quantity, unit_price, catalog_price, line_discount, cart_discount, amount, "
                           "tax_group, producer_id, producer_name, village_ky, village_ru, village_en) VALUES (?1, "
                           "?2, ?3, ?4, '', ?5, ?6, ?7, ?8, 1000, ?9, ?9, 0, 0, ?9, ?10, ?11, ?12, ?13, ?14, ?15)");
        Statement pay(db, "INSERT INTO sale_payments (sale_id, line_no, method, amount, card_scheme) VALUES (?1, 1, "
                          "?2, ?3, ?4)");
        Statement back(db, "INSERT INTO returns (id, receipt, receipt_seq, sale_id, shift_id, at, user_id, language, "
                           "total, vat, sales_tax, created_at, origin_shop, origin_device) VALUES (?1, ?2, ?3, ?4, "
                           "?5, ?6, ?7, 'ru', ?8, 0, ?9, ?6, ?10, 'T1')");
        Statement backLine(db, "INSERT INTO return_lines (return_id, line_no, sale_id, sale_line_no, product_id, "
                               "quantity, amount, damaged) VALUES (?1, 1, ?2, 1, ?3, 1000, ?4, 0)");
        Statement backPay(db, "INSERT INTO return_payments (return_id, line_no, method, amount) VALUES (?1, 1, "
                              "'cash', ?2)");
        const QString methods[] = {QStringLiteral("cash"), QStringLiteral("card"), QStringLiteral("qr")};
        const QString elcart = QStringLiteral("elcart"), saleKind = QStringLiteral("sale"), none;
        QString shiftOf[10], dayOf[10], shops[10];
        qint64 receiptOf[10] = {}, shiftNumber[10] = {};
        for (int s = 0; s < 10; ++s)
            shops[s] = QString::fromLatin1(Shops[s]);
        qint64 ms = end - qint64(365) * 86400 * 1000;
        for (int written = 0, n = 0; written < lineCount; ++n) {
            ms += step;
            const int s = n % 10;
            const QString at = storedTime(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC));
            if (dayOf[s] != at.left(10)) {
                dayOf[s] = at.left(10);
                shiftOf[s] = IdGenerator::uuidV7(quint64(ms), 0, random());
                if (!shift.text(1, shiftOf[s])
                         .integer(2, ++shiftNumber[s])
                         .text(3, at)
                         .text(4, cashierId)
                         .text(5, shops[s])
                         .run())
                    return false;
            }
            const QString id = IdGenerator::uuidV7(quint64(ms), 1, random());
            const qint64 receipt = ++receiptOf[s];
            if (!number.text(1, shops[s]).integer(2, receipt).text(3, saleKind).text(4, id).run())
                return false;
            const int count = std::min(1 + int(random() % 3), lineCount - written);
            const Line* picked[3] = {};
            qint64 total = 0;
            for (int l = 0; l < count; ++l) {
                picked[l] = &lines.at(int(random() % quint64(lines.size())));
                total += picked[l]->price;
            }
            const QString& method = methods[random() % 3];
            const qint64 paid = method == methods[0] ? (total + 9999) / 10000 * 10000 : total;
            sale.text(1, id).text(2, QStringLiteral("%1-T1-%2").arg(shops[s]).arg(receipt, 6, 10, QLatin1Char('0')));
            sale.integer(3, receipt).text(4, shiftOf[s]).text(5, at).text(6, cashierId).integer(7, total);
            sale.integer(8, paid).integer(9, paid - total).integer(10, total - total * 100 / 101).text(11, shops[s]);
            if (!sale.run())
                return false;
            for (int l = 0; l < count; ++l) {
                const Line& p = *picked[l];
                line.text(1, id).integer(2, l + 1).text(3, p.productId).text(4, p.sku).text(5, p.nameKy);
                line.text(6, p.nameRu).text(7, p.nameEn).text(8, p.unit).integer(9, p.price).text(10, p.taxGroup);
                line.text(11, p.producerId).text(12, p.producerName).text(13, p.villageKy).text(14, p.villageRu);
                if (!line.text(15, p.villageEn).run())
                    return false;
            }
            written += count;
            if (!pay.text(1, id).text(2, method).integer(3, paid).text(4, method == methods[1] ? elcart : none).run())
                return false;
            if (n % 100 != 99)
                continue;
            const QString returnId = IdGenerator::uuidV7(quint64(ms) + 600000, 2, random());
            const qint64 returnReceipt = ++receiptOf[s];
            const qint64 amount = picked[0]->price;
            const QString later = storedTime(QDateTime::fromMSecsSinceEpoch(ms + 600000, Qt::UTC));
            if (!number.text(1, shops[s])
                     .integer(2, returnReceipt)
                     .text(3, QStringLiteral("return"))
                     .text(4, returnId)
                     .run())
                return false;
            back.text(1, returnId)
                .text(2, QStringLiteral("%1-T1-%2").arg(shops[s]).arg(returnReceipt, 6, 10, QLatin1Char('0')));
            back.integer(3, returnReceipt).text(4, id).text(5, shiftOf[s]).text(6, later).text(7, cashierId);
            if (!back.integer(8, amount).integer(9, amount - amount * 100 / 101).text(10, shops[s]).run() ||
                !backLine.text(1, returnId).text(2, id).text(3, picked[0]->productId).integer(4, amount).run() ||
                !backPay.text(1, returnId).integer(2, amount).run())
                return false;
        }
    }
    return execSql(db, "COMMIT") && execSql(db, "PRAGMA cache_size=-32768");
}

// Prepares sql on the bare connection, binds the scope's parameters by name (and :k, :limit, for
// the sales behind a group), steps through every row reading every column (as the service reads
// them) and finalises.
bool runBare(sqlite3* db, const QString& sql, const ReportScope& scope, const QString& key = {})
{
    sqlite3_stmt* stmt = nullptr;
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v2(db, text.constData(), int(text.size()), &stmt, nullptr) != SQLITE_OK) {
        std::fprintf(stderr, "prepare: %s\n", sqlite3_errmsg(db));
        return false;
    }
    const auto [begin, end] = StatementService::storedBounds(scope.from, scope.to);
    const QString fromDay = scope.from.toString(Qt::ISODate), toDay = scope.to.toString(Qt::ISODate);
    auto bindNumber = [stmt](const char* name, qint64 value) {
        if (const int i = sqlite3_bind_parameter_index(stmt, name); i > 0)
            sqlite3_bind_int64(stmt, i, value);
    };
    bindNumber(":first_day", reportsql::dayNumber(scope.from));
    bindNumber(":last_day", reportsql::dayNumber(scope.to));
    bindNumber(":limit", GroupSalesReport::DefaultLimit);
    auto bind = [stmt](const char* name, const QString& value) {
        if (const int i = sqlite3_bind_parameter_index(stmt, name); i > 0)
            sqlite3_bind_text16(stmt, i, value.utf16(), int(value.size() * 2), SQLITE_STATIC);
    };
    bind(":begin", begin);
    bind(":end", end);
    bind(":from_day", fromDay);
    bind(":to_day", toDay);
    bind(":k", key);
    for (int i = 0; i < scope.shops.size(); ++i)
        bind(QStringLiteral(":shop%1").arg(i).toLatin1().constData(), scope.shops.at(i));
    int rc;
    const int columns = sqlite3_column_count(stmt);
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
        for (int c = 0; c < columns; ++c)
            if (sqlite3_column_type(stmt, c) == SQLITE_TEXT)
                sqlite3_column_text16(stmt, c);
            else
                sqlite3_column_int64(stmt, c);
    sqlite3_finalize(stmt);
    return rc == SQLITE_DONE;
}

struct Measure
{
    QString key;
    std::function<bool()> app;
    QStringList bare; // the statements the service runs
};

// The category with the most products.
QString largestCategory(sqlite3* db)
{
    Statement q(db, "SELECT category FROM products GROUP BY category ORDER BY count(*) DESC, category LIMIT 1");
    const QString key = q.step() == SQLITE_ROW ? q.column(0) : QString();
    q.reset();
    return key;
}

// The dashboard as a manager opens it (all shops, the last 30 days): made, shown and painted;
// then the last 12 months chosen and painted again, as head office would look at the year.
bool timeDashboardPage(Database& db, const Session& manager)
{
    constexpr double OpenTarget = 1000;
    std::vector<double> opened, year;
    for (int run = 0; run <= 5; ++run) { // the first run warms the cache, not counted
        Stopwatch w;
        w.start();
        ovop::ui::DashboardPage page(db, manager);
        page.resize(1024, 700);
        page.show();
        QCoreApplication::processEvents();
        page.grab();
        const double openMs = w.wallMicros() / 1e3;
        w.start();
        page.setPeriod(ovop::ui::DashboardPage::Period::Last12Months);
        QCoreApplication::processEvents();
        page.grab();
        const double yearMs = w.wallMicros() / 1e3;
        if (page.breakdown(ovop::ui::DashboardPage::Chart::Category).rows.isEmpty())
            return check(Status(Error{QStringLiteral("the dashboard drew no categories")}), "dashboard page");
        if (run > 0) {
            opened.push_back(openMs);
            year.push_back(yearMs);
        }
    }
    const double a = median(opened), b = median(year);
    const bool ok = a < OpenTarget && b < OpenTarget;
    std::printf("Dashboard page, all shops (median of 5; target under %.0f ms):\n", OpenTarget);
    std::printf("  opened, last 30 days       %10.1f ms\n", a);
    std::printf("  last 12 months chosen      %10.1f ms%s\n", b, ok ? "" : "  MISSED");
    record(QStringLiteral("reports_dashboard_page_opened_ms"), a);
    record(QStringLiteral("reports_dashboard_page_year_ms"), b);
    return ok;
}

} // namespace

bool runReportsBench(int saleLines, int runs)
{
    QTemporaryDir dir;
    OpenOptions options;
    options.create = true;
    options.pinHashCost = PinHashCost::Minimum;
    const QString path = dir.filePath(QStringLiteral("reports.sqlite"));
    auto opened = Database::open(path, options);
    if (!opened || !check(seedDemoData(*opened.value(), DemoTill::Empty), "demo shop"))
        return false;
    Database& db = *opened.value();
    sqlite3* bare = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &bare, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK)
        return false;
    const std::unique_ptr<sqlite3, int (*)(sqlite3*)> bareGuard(bare, sqlite3_close);
    sqlite3_busy_timeout(bare, 5000);
    if (!execSql(bare, "PRAGMA journal_mode=WAL") || !execSql(bare, "PRAGMA foreign_keys=ON") ||
        !execSql(bare, "PRAGMA cache_size=-32768"))
        return false;

    QElapsedTimer timer;
    timer.start();
    if (!writeSales(bare, loadLines(bare), userId(bare, "cashier"), saleLines))
        return false;
    const double writtenSeconds = double(timer.nsecsElapsed()) / 1e9;
    std::printf("Reports: %d sale lines of 10 shops over a year, written in %.1f s\n", saleLines, writtenSeconds);
    record(QStringLiteral("reports_sales_written_s"), writtenSeconds);
    // Written straight, the sales bypass the services: their daily figures are made afterwards.
    timer.restart();
    if (!check(SalesRollup(db.sql()).rebuild(), "daily figures") ||
        !check(ProducerRollup(db.sql()).rebuild(), "producers' daily money") ||
        !check(ProductRollup(db.sql()).rebuild(), "products' daily sales"))
        return false;
    const double rollupSeconds = double(timer.nsecsElapsed()) / 1e9;
    std::printf("Reports: their daily figures made from the ledger in %.1f s\n", rollupSeconds);
    record(QStringLiteral("reports_rollup_built_s"), rollupSeconds);

    Session manager;
    manager.userId = userId(bare, "manager");
    manager.userName = QStringLiteral("manager");
    manager.role = Role::Manager;
    const QDate today = QDate::currentDate();
    const QString category = largestCategory(bare);
    bool met = true;
    std::printf("%-26s %12s %12s %7s   (median of %d; targets: ratio <= %.1f, under %.0f ms)\n", "report", "app ms",
                "bare ms", "ratio", runs, RatioTarget, MillisTarget);
    for (const bool allShops : {false, true}) {
        ReportScope scope;
        scope.from = today.addYears(-1);
        scope.to = today;
        if (!allShops)
            scope.shops = QStringList{QString::fromLatin1(Shops[0])};
        const QString prefix = allShops ? QStringLiteral("reports_all") : QStringLiteral("reports_shop");
        std::printf("%s\n", allShops ? "Head office, all ten shops:" : "One shop (BIS-1):");
        QList<Measure> measures;
        for (const SalesReport::Grouping g : SalesReport::groupings())
            measures << Measure{QStringLiteral("breakdown_") + SalesReport::groupingKey(g),
                                [&, g] { return SalesReport(db).breakdown(manager, scope, g).ok(); },
                                {SalesReport::countSql(scope), SalesReport::breakdownSql(g, scope)}};
        measures << Measure{QStringLiteral("summary"),
                            [&] { return SalesReport(db).summary(manager, scope).ok(); },
                            {SalesReport::summarySql(scope)}};
        measures << Measure{QStringLiteral("producers"),
                            [&] { return ProducerMoneyReport(db).build(manager, scope).ok(); },
                            {ProducerMoneyReport::sql(scope)}};
        measures << Measure{QStringLiteral("impact"),
                            [&] { return ImpactReport(db).build(manager, scope).ok(); },
                            {SalesReport::summarySql(scope), ProducerMoneyReport::sql(scope)}};
        measures << Measure{QStringLiteral("stock"),
                            [&] { return StockReport(db).build(manager, QStringLiteral("ru")).ok(); },
                            {StockReport::sql()}};
        // A click on the largest category's bar: its sales and returns, newest first, with their
        // lines of the category.
        const auto byCategory = SalesReport::Grouping::Category;
        measures << Measure{
            QStringLiteral("group_sales"),
            [&, category] { return GroupSalesReport(db).build(manager, scope, byCategory, category).ok(); },
            {GroupSalesReport::totalsSql(byCategory, scope, category),
             GroupSalesReport::rowsSql(byCategory, scope, category),
             GroupSalesReport::linesSql(byCategory, scope, category)}};
        // The top and slow products: the period's sales by product, and the stock list they rank.
        measures << Measure{QStringLiteral("products"),
                            [&] { return ProductSalesReport(db).build(manager, scope).ok(); },
                            {ProductSalesReport::sql(scope), StockQuery::listSql()}};
        // What the dashboard runs on opening: the summary, five breakdowns (the line over time
        // from the one by day), the stock value and the top and slow products.
        const QList<SalesReport::Grouping> charts = {SalesReport::Grouping::Day, SalesReport::Grouping::Category,
                                                     SalesReport::Grouping::Oblast, SalesReport::Grouping::Producer,
                                                     SalesReport::Grouping::Payment};
        QStringList dashboardSql{SalesReport::summarySql(scope)};
        for (const SalesReport::Grouping g : charts)
            dashboardSql << SalesReport::countSql(scope) << SalesReport::breakdownSql(g, scope);
        dashboardSql << StockReport::sql() << ProductSalesReport::sql(scope) << StockQuery::listSql();
        measures << Measure{QStringLiteral("dashboard"),
                            [&, charts] {
                                SalesReport report(db);
                                if (!report.summary(manager, scope).ok())
                                    return false;
                                for (const SalesReport::Grouping g : charts) {
                                    auto b = report.breakdown(manager, scope, g);
                                    if (!b.ok())
                                        return false;
                                    if (g == SalesReport::Grouping::Day && SalesSeries::of(b.value()).points.isEmpty())
                                        return false;
                                }
                                return StockReport(db).build(manager, QStringLiteral("ru")).ok() &&
                                       ProductSalesReport(db).build(manager, scope).ok();
                            },
                            dashboardSql};
        for (const Measure& m : measures) {
            std::vector<double> app, raw;
            for (int run = 0; run <= runs; ++run) { // the first run of each warms the cache, not counted
                Stopwatch w;
                w.start();
                if (!m.app())
                    return check(Status(Error{QStringLiteral("report failed")}), qPrintable(m.key));
                const double appMs = w.wallMicros() / 1e3;
                w.start();
                for (const QString& sql : m.bare)
                    if (!runBare(bare, sql, scope, category))
                        return false;
                const double rawMs = w.wallMicros() / 1e3;
                if (run > 0) {
                    app.push_back(appMs);
                    raw.push_back(rawMs);
                }
            }
            const double a = median(app), b = median(raw), ratio = b > 0 ? a / b : 0;
            const bool ok = a < MillisTarget && ratio <= RatioTarget;
            met = met && ok;
            std::printf("  %-24s %12.1f %12.1f %7.2f %s\n", qPrintable(m.key), a, b, ratio, ok ? "" : "  MISSED");
            record(prefix + QLatin1Char('_') + m.key + QStringLiteral("_app_ms"), a);
            record(prefix + QLatin1Char('_') + m.key + QStringLiteral("_bare_ms"), b);
            record(prefix + QLatin1Char('_') + m.key + QStringLiteral("_ratio"), ratio);
        }
    }
    met = timeDashboardPage(db, manager) && met;
    std::printf("Load average: %s\n", qPrintable(loadAverage()));
    return met;
}

} // namespace bench
