// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// ovop-bench, the till: a million past sales of another till written straight into the catalogue's
// database; then this till's sales committed by the application (Till::addCode, SaleService::commit)
// against the same rows written on the sqlite3 C API by a second connection to the same file
// (BEGIN IMMEDIATE ... COMMIT per sale, synchronous=FULL, WAL), taking turns; then the X report,
// finding receipts among the million, and the sale screen's scan (bench_till_screen.cpp).
#include <memory>

#include <sqlite3.h>

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "BareSql.h"
#include "BenchSupport.h"
#include "models/audit/AuditLog.h"
#include "models/reports/SalesRollup.h"
#include "models/core/Clock.h"
#include "models/demo/DemoShop.h"
#include "models/people/Session.h"
#include "models/people/UserService.h"
#include "models/sales/Cart.h"
#include "models/sales/SaleService.h"
#include "models/sales/ShiftService.h"
#include "models/sales/Till.h"
#include "models/settings/ShopSettings.h"
#include "models/store/Database.h"

using namespace ovop;

namespace bench {

namespace {

constexpr int Seed = 20250316;
constexpr int CommitRounds = 300;
constexpr int WarmUpRounds = 10;
constexpr int LinesPerSale = 3;
const QString PastDevice = QStringLiteral("T9");

// A product as a sale line records it.
struct Item
{
    QString productId, sku, barcode, nameKy, nameRu, nameEn, unit, taxGroup, producerId, producerName, villageKy,
        villageRu, villageEn;
    qint64 price = 0;
};

using Connection = std::unique_ptr<sqlite3, int (*)(sqlite3*)>;

// A second connection to the shop's file, set up as the application sets up its own.
Connection openBare(const QString& path)
{
    sqlite3* handle = nullptr;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &handle, SQLITE_OPEN_READWRITE, nullptr);
    Connection db(handle, sqlite3_close);
    if (rc != SQLITE_OK) {
        std::fprintf(stderr, "cannot open the database with sqlite3\n");
        return Connection(nullptr, sqlite3_close);
    }
    sqlite3_busy_timeout(handle, 5000);
    for (const char* pragma :
         {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON", "PRAGMA cache_size=-32768"})
        if (!execSql(handle, pragma))
            return Connection(nullptr, sqlite3_close);
    return db;
}

QList<Item> loadItems(sqlite3* db)
{
    Statement q(db, "SELECT p.id, p.sku, b.barcode, p.name_ky, p.name_ru, p.name_en, p.unit, p.tax_group, "
                    "coalesce(p.producer_id, ''), coalesce(pr.name, ''), coalesce(v.name_ky, ''), "
                    "coalesce(v.name_ru, ''), coalesce(v.name_en, ''), p.price FROM products p "
                    "JOIN product_barcodes b ON b.product_id = p.id AND b.position = 0 "
                    "LEFT JOIN producers pr ON pr.id = p.producer_id LEFT JOIN villages v ON v.id = pr.village_id "
                    "WHERE p.active = 1 ORDER BY p.seq");
    QList<Item> items;
    while (q.step() == SQLITE_ROW) {
        Item i{q.column(0), q.column(1), q.column(2), q.column(3),  q.column(4),  q.column(5),  q.column(6),
               q.column(7), q.column(8), q.column(9), q.column(10), q.column(11), q.column(12), q.columnInt(13)};
        items << i;
    }
    q.reset();
    return items;
}

QString receiptText(const QString& shop, const QString& device, qint64 number)
{
    return QStringLiteral("%1-%2-%3").arg(shop, device).arg(number, 6, 10, QLatin1Char('0'));
}

// What a customer hands over in cash: the total rounded up to 100 som.
qint64 cashFor(qint64 total)
{
    return (total + 9999) / 10000 * 10000;
}

// Binds an item's copy of the product to a sale_lines statement from parameter 3 on, as the past
// sales and the bare till both write it.
void bindLine(Statement& line, const Item& item)
{
    line.text(3, item.productId).text(4, item.sku).text(5, item.barcode).text(6, item.nameKy);
    line.text(7, item.nameRu).text(8, item.nameEn).text(9, item.unit).text(14, item.taxGroup);
    if (item.producerId.isEmpty())
        line.null(15);
    else
        line.text(15, item.producerId);
    line.text(16, item.producerName).text(17, item.villageKy).text(18, item.villageRu).text(19, item.villageEn);
}

const char* const InsertLine =
    "INSERT INTO sale_lines (sale_id, line_no, product_id, sku, barcode, name_ky, name_ru, name_en, unit, quantity, "
    "unit_price, catalog_price, line_discount, cart_discount, amount, tax_group, producer_id, producer_name, "
    "village_ky, village_ru, village_en) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?11, 0, ?12, ?13, "
    "?14, ?15, ?16, ?17, ?18, ?19)";
const char* const InsertSale =
    "INSERT INTO sales (id, receipt, receipt_seq, shift_id, at, user_id, language, gross, discount, total, paid, "
    "change, vat, vat_rate, sales_tax, sales_tax_rate, created_at, origin_shop, origin_device) VALUES (?1, ?2, ?3, "
    "?4, ?5, ?6, 'ru', ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?5, ?16, ?17)";
const char* const InsertNumber = "INSERT INTO receipt_numbers (origin_shop, origin_device, number, document_type, "
                                 "document_id) VALUES (?1, ?2, ?3, 'sale', ?4)";

void bindTotals(Statement& sale, qint64 gross, qint64 discount, qint64 paid, const TaxContained& tax)
{
    const qint64 total = gross - discount;
    sale.integer(7, gross).integer(8, discount).integer(9, total).integer(10, paid).integer(11, paid - total);
    sale.integer(12, tax.vat.tyiyn()).integer(13, tax.vatRateBp).integer(14, tax.salesTax.tyiyn());
    sale.integer(15, tax.salesTaxRateBp);
}

// The past: count sales of the till PastDevice over the last year, one shift a day, 1 to 3 lines
// each, every tenth with a cart discount, cash or card; one transaction of prepared statements.
bool writePastSales(sqlite3* db, const QList<Item>& items, const QString& shop, const QString& cashierId,
                    const TaxProfile& taxProfile, int count)
{
    std::mt19937_64 random(Seed);
    const int perShift = std::max(1, count / 365);
    const qint64 start = QDateTime::currentMSecsSinceEpoch() - qint64(400) * 86400 * 1000;
    const qint64 step = qint64(365) * 86400 * 1000 / std::max(1, count);
    if (!execSql(db, "PRAGMA cache_size=-262144") || !execSql(db, "BEGIN IMMEDIATE"))
        return false;
    {
        Statement shift(db, "INSERT INTO shifts (id, number, opened_at, opened_by, opening_float, created_at, "
                            "origin_shop, origin_device) VALUES (?1, ?2, ?3, ?4, 100000, ?3, ?5, ?6)");
        Statement number(db, InsertNumber);
        Statement sale(db, InsertSale);
        Statement line(db, InsertLine);
        Statement pay(db, "INSERT INTO sale_payments (sale_id, line_no, method, amount, card_scheme) VALUES (?1, 1, "
                          "?2, ?3, ?4)");
        const QString cash = QStringLiteral("cash"), card = QStringLiteral("card"), elcart = QStringLiteral("elcart");
        QString shiftId;
        QList<Money> amounts;
        QList<QString> groups;
        for (int n = 1; n <= count; ++n) {
            const qint64 ms = start + qint64(n) * step;
            const QString at = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
            if ((n - 1) % perShift == 0) {
                shiftId = IdGenerator::uuidV7(quint64(ms), 0, random());
                if (!shift.text(1, shiftId)
                         .integer(2, (n - 1) / perShift + 1)
                         .text(3, at)
                         .text(4, cashierId)
                         .text(5, shop)
                         .text(6, PastDevice)
                         .run())
                    return false;
            }
            const QString id = IdGenerator::uuidV7(quint64(ms), 1, random());
            if (!number.text(1, shop).text(2, PastDevice).integer(3, n).text(4, id).run())
                return false;
            const int lines = 1 + int(random() % 3);
            const qint64 discount = n % 10 == 0 ? 1000 : 0; // 10 som off the first line
            const Item* picked[3] = {};
            amounts.clear();
            groups.clear();
            qint64 gross = 0;
            for (int l = 0; l < lines; ++l) {
                picked[l] = &items.at(int(random() % items.size()));
                const qint64 lineGross = picked[l]->price * (l == 0 && n % 7 == 0 ? 2 : 1);
                gross += lineGross;
                amounts << Money::fromTyiyn(lineGross - (l == 0 ? discount : 0));
                groups << picked[l]->taxGroup;
            }
            const qint64 total = gross - discount;
            const bool byCard = random() % 10 < 3;
            const qint64 paid = byCard ? total : cashFor(total);
            sale.text(1, id).text(2, receiptText(shop, PastDevice, n)).integer(3, n).text(4, shiftId).text(5, at);
            sale.text(6, cashierId).text(16, shop).text(17, PastDevice);
            bindTotals(sale, gross, discount, paid, Cart::taxContained(taxProfile, amounts, groups));
            if (!sale.run())
                return false;
            for (int l = 0; l < lines; ++l) {
                const Item& item = *picked[l];
                const qint64 quantity = l == 0 && n % 7 == 0 ? 2 : 1;
                const qint64 cartShare = l == 0 ? discount : 0;
                line.text(1, id).integer(2, l + 1).integer(10, quantity * 1000).integer(11, item.price);
                line.integer(12, cartShare).integer(13, item.price * quantity - cartShare);
                bindLine(line, item);
                if (!line.run())
                    return false;
            }
            if (!pay.text(1, id)
                     .text(2, byCard ? card : cash)
                     .integer(3, paid)
                     .text(4, byCard ? elcart : QString())
                     .run())
                return false;
        }
    }
    return execSql(db, "COMMIT") && execSql(db, "PRAGMA cache_size=-32768");
}

QString sha256Hex(const QJsonArray& fields)
{
    const QByteArray canonical = QJsonDocument(fields).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex());
}

// The rows of one sale, as SaleService::commit writes them, straight on the sqlite3 C API: the open
// shift and the till's last receipt number read in the transaction, the number taken, the sale, its
// lines with a stock movement each (the product read in the transaction, as the ledger does), the
// payment, and an audit entry chained to the one before with the same canonical text and SHA-256.
class BareTill
{
public:
    BareTill(sqlite3* db, QString shop, QString device, Session cashier, TaxProfile tax)
        : m_db(db), m_shop(std::move(shop)), m_device(std::move(device)), m_cashier(std::move(cashier)), m_tax(tax),
          m_openShift(db, "SELECT s.id, z.id IS NULL FROM shifts s LEFT JOIN z_reports z ON z.shift_id = "
                          "s.id WHERE s.origin_shop = ?1 AND s.origin_device = ?2 ORDER BY s.number DESC "
                          "LIMIT 1"),
          m_lastNumber(db, "SELECT coalesce(max(number), 0) FROM receipt_numbers WHERE origin_shop = ?1 AND "
                           "origin_device = ?2"),
          m_takeNumber(db, InsertNumber), m_sale(db, InsertSale), m_line(db, InsertLine),
          m_product(db, "SELECT unit, producer_id FROM products WHERE id = ?1"),
          m_movement(db, "INSERT INTO stock_movements (id, product_id, quantity, kind, document_type, document_id, "
                         "document_line, batch, expires_on, unit_cost, producer_id, reason, at, user_id, created_at, "
                         "origin_shop, origin_device) VALUES (?1, ?2, ?3, 'sale', 'sale', ?4, ?5, '', NULL, NULL, ?6, "
                         "'', ?7, ?8, ?7, ?9, ?10)"),
          m_pay(db, "INSERT INTO sale_payments (sale_id, line_no, method, amount) VALUES (?1, 1, 'cash', ?2)"),
          m_lastAudit(db, "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"),
          m_audit(db, "INSERT INTO audit_log (seq, id, at, user_id, user_name, action, details, origin_shop, "
                      "origin_device, prev_hash, hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"),
          m_rollupKeys(db, SalesRollup::saleStatements().value(0).toUtf8().constData()),
          m_rollupRows(db, SalesRollup::saleStatements().value(1).toUtf8().constData()),
          m_producerRows(db, SalesRollup::saleStatements().value(2).toUtf8().constData())
    {
    }

    // One sale of the items, one of each, paid in cash; true when committed.
    bool sell(const QList<const Item*>& items)
    {
        if (!execSql(m_db, "BEGIN IMMEDIATE"))
            return false;
        if (write(items))
            return execSql(m_db, "COMMIT");
        execSql(m_db, "ROLLBACK");
        return false;
    }

private:
    bool write(const QList<const Item*>& items)
    {
        const QString id = IdGenerator::uuid().newId();
        const QString at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        if (m_openShift.text(1, m_shop).text(2, m_device).step() != SQLITE_ROW || m_openShift.columnInt(1) == 0)
            return false;
        const QString shiftId = m_openShift.column(0);
        m_openShift.reset();
        if (m_lastNumber.text(1, m_shop).text(2, m_device).step() != SQLITE_ROW)
            return false;
        const qint64 number = m_lastNumber.columnInt(0) + 1;
        m_lastNumber.reset();
        if (!m_takeNumber.text(1, m_shop).text(2, m_device).integer(3, number).text(4, id).run())
            return false;

        QList<Money> amounts;
        QList<QString> groups;
        qint64 gross = 0;
        for (const Item* item : items) {
            gross += item->price;
            amounts << Money::fromTyiyn(item->price);
            groups << item->taxGroup;
        }
        const qint64 paid = cashFor(gross);
        const QString receipt = receiptText(m_shop, m_device, number);
        m_sale.text(1, id).text(2, receipt).integer(3, number).text(4, shiftId).text(5, at);
        m_sale.text(6, m_cashier.userId).text(16, m_shop).text(17, m_device);
        bindTotals(m_sale, gross, 0, paid, Cart::taxContained(m_tax, amounts, groups));
        if (!m_sale.run())
            return false;

        QJsonArray lines;
        for (int l = 0; l < items.size(); ++l) {
            const Item& item = *items.at(l);
            m_line.text(1, id).integer(2, l + 1).integer(10, 1000).integer(11, item.price).integer(12, 0);
            m_line.integer(13, item.price);
            bindLine(m_line, item);
            if (!m_line.run())
                return false;
            if (m_product.text(1, item.productId).step() != SQLITE_ROW)
                return false;
            const QString producer = m_product.column(1);
            m_product.reset();
            m_movement.text(1, IdGenerator::uuid().newId()).text(2, item.productId).integer(3, -1000).text(4, id);
            m_movement.integer(5, l + 1).text(7, at).text(8, m_cashier.userId).text(9, m_shop).text(10, m_device);
            if (producer.isEmpty())
                m_movement.null(6);
            else
                m_movement.text(6, producer);
            if (!m_movement.run())
                return false;
            lines.append(QJsonObject{{QStringLiteral("sku"), item.sku},
                                     {QStringLiteral("quantity_milli"), 1000},
                                     {QStringLiteral("amount"), item.price}});
        }
        if (!m_pay.text(1, id).integer(2, paid).run())
            return false;
        // The reports' daily figures, with the statements the application runs.
        if (!m_rollupKeys.text(1, id).run() || !m_rollupRows.text(1, id).run() || !m_producerRows.text(1, id).run())
            return false;

        const QJsonObject details{
            {QStringLiteral("receipt"), receipt},
            {QStringLiteral("sale_id"), id},
            {QStringLiteral("total"), gross},
            {QStringLiteral("discount"), 0},
            {QStringLiteral("change"), paid - gross},
            {QStringLiteral("lines"), lines},
            {QStringLiteral("payments"), QJsonArray{QJsonObject{{QStringLiteral("method"), QStringLiteral("cash")},
                                                                {QStringLiteral("amount"), paid}}}}};
        qint64 seq = 1;
        QString prevHash(64, QLatin1Char('0'));
        if (m_lastAudit.step() == SQLITE_ROW) {
            seq = m_lastAudit.columnInt(0) + 1;
            prevHash = m_lastAudit.column(1);
        }
        m_lastAudit.reset();
        const QString auditId = IdGenerator::uuid().newId();
        const QString text = QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact));
        const QString action = QStringLiteral("sale");
        const QString hash = sha256Hex({QString::number(seq), auditId, at, m_cashier.userId, m_cashier.userName, action,
                                        text, m_shop, m_device, prevHash});
        m_audit.integer(1, seq).text(2, auditId).text(3, at).text(4, m_cashier.userId).text(5, m_cashier.userName);
        m_audit.text(6, action).text(7, text).text(8, m_shop).text(9, m_device).text(10, prevHash).text(11, hash);
        return m_audit.run();
    }

    sqlite3* m_db;
    QString m_shop, m_device;
    Session m_cashier;
    TaxProfile m_tax;
    Statement m_openShift, m_lastNumber, m_takeNumber, m_sale, m_line, m_product, m_movement, m_pay, m_lastAudit,
        m_audit, m_rollupKeys, m_rollupRows, m_producerRows;
};

template <typename T> bool succeeded(const Result<T>& result, const char* what)
{
    return check(result ? Status() : Status(result.error()), what);
}

void printRow(const char* name, const Samples& samples, const char* unit, const char* target)
{
    const Stats w = stats(samples.wall), c = stats(samples.cpu);
    std::printf("  %-44s %6zu %8.2f %s %8.2f %s %8.2f %s (CPU median %.2f %s) %s\n", name, samples.wall.size(),
                w.median, unit, w.p99, unit, w.max, unit, c.median, unit, target);
}

} // namespace

bool runTillBench(Database& db, const QStringList& barcodes, int pastSales)
{
    std::printf("\nTill (load average %s)\n", qPrintable(loadAverage()));
    if (!check(seedDemoShop(db), "demo shop"))
        return false;
    auto cashier = UserService(db).login(QStringLiteral("cashier"), QStringLiteral("3333"));
    auto settings = SettingsService(db).load();
    if (!cashier || !settings) {
        std::fprintf(stderr, "%s\n", qPrintable(cashier ? settings.message() : cashier.message()));
        return false;
    }
    const QString shop = db.origin().shopCode;
    Connection bare = openBare(db.path());
    if (!bare)
        return false;
    const QList<Item> items = loadItems(bare.get());
    if (items.size() < LinesPerSale) {
        std::fprintf(stderr, "the catalogue has too few products for the till\n");
        return false;
    }

    Stopwatch watch;
    watch.start();
    if (!writePastSales(bare.get(), items, shop, cashier->userId, settings->tax, pastSales))
        return false;
    const double pastSeconds = watch.wallMicros() / 1e6;
    std::printf("  %d past sales of till %s (1 to 3 lines each) written in %.1f s\n", pastSales, qPrintable(PastDevice),
                pastSeconds);
    record(QStringLiteral("till_past_sales_written_s"), pastSeconds);

    ShiftService shifts(db);
    if (auto open = shifts.open(*cashier, Money::fromSom(1000)); !open) {
        std::fprintf(stderr, "%s\n", qPrintable(open.message()));
        return false;
    }

    // Sales of this till: the application and the bare writer take turns, each in turn first, with
    // the same three products and one cash payment; the cart is filled before the timer starts.
    Till till(db, *cashier, *settings);
    SaleService sales(db);
    BareTill bareTill(bare.get(), shop, db.origin().deviceId, *cashier, settings->tax);
    std::mt19937 random(Seed);
    Samples app, direct;
    for (int round = 0; round < WarmUpRounds + CommitRounds; ++round) {
        QList<const Item*> cart;
        while (cart.size() < LinesPerSale) {
            const Item* item = &items.at(int(random() % items.size()));
            if (!cart.contains(item))
                cart << item;
        }
        const auto sellByApplication = [&]() {
            for (const Item* item : cart)
                if (!succeeded(till.addCode(item->barcode), "scan"))
                    return false;
            const Payment cash{PaymentMethod::Cash, Money::fromTyiyn(cashFor(till.totals().total.tyiyn()))};
            watch.start();
            const auto sale = sales.commit(till, {cash});
            if (round >= WarmUpRounds)
                app.add(watch, 1000);
            return succeeded(sale, "sale");
        };
        const auto sellBare = [&]() {
            watch.start();
            const bool sold = bareTill.sell(cart);
            if (round >= WarmUpRounds)
                direct.add(watch, 1000);
            if (!sold)
                std::fprintf(stderr, "the bare sale failed: %s\n", sqlite3_errmsg(bare.get()));
            return sold;
        };
        const bool sold = round % 2 == 0 ? sellByApplication() && sellBare() : sellBare() && sellByApplication();
        if (!sold)
            return false;
    }
    const Stats a = stats(app.wall), b = stats(direct.wall);
    const double ratio = a.median / b.median;
    const double cpuRatio = median(app.cpu) / median(direct.cpu);
    std::printf("  %-44s %6s %11s %11s %11s\n", "", "runs", "median", "p99", "max");
    printRow("sale committed by the application", app, "ms", "");
    printRow("same rows by bare sqlite3", direct, "ms", "");
    std::printf("  %-44s %6s %8.2f (CPU %.2f) target <= 2.0\n", "ratio of the medians", "", ratio, cpuRatio);
    recordStats(QStringLiteral("sale_commit_app"), app.wall, "ms");
    recordStats(QStringLiteral("sale_commit_bare"), direct.wall, "ms");
    record(QStringLiteral("sale_commit_app_cpu_median_ms"), median(app.cpu));
    record(QStringLiteral("sale_commit_bare_cpu_median_ms"), median(direct.cpu));
    record(QStringLiteral("sale_commit_ratio"), ratio);
    record(QStringLiteral("sale_commit_cpu_ratio"), cpuRatio);

    // The X report of the open shift, which holds only the sales above.
    const int shiftSales = 2 * (WarmUpRounds + CommitRounds);
    Samples x;
    for (int i = 0; i < 50; ++i) {
        watch.start();
        const auto totals = shifts.totals();
        x.add(watch, 1000);
        if (!totals || totals->salesCount != shiftSales) {
            std::fprintf(stderr, "the X report counts %d sales, not %d\n", totals ? totals->salesCount : -1,
                         shiftSales);
            return false;
        }
    }
    printRow("X report of the open shift", x, "ms", "target < 50 ms");
    recordStats(QStringLiteral("x_report"), x.wall, "ms");

    // Receipts of the past year, as a return starts: by the number printed on them.
    Samples find;
    for (int i = 0; i < 300; ++i) {
        const QString receipt = receiptText(shop, PastDevice, 1 + qint64(random() % pastSales));
        watch.start();
        const auto sale = sales.find(receipt);
        find.add(watch, 1000);
        if (!sale || sale->lines.isEmpty() || sale->payments.isEmpty()) {
            std::fprintf(stderr, "receipt %s: %s\n", qPrintable(receipt), qPrintable(sale.message()));
            return false;
        }
    }
    printRow("receipt found among the past sales (find)", find, "ms", "target < 50 ms");
    recordStats(QStringLiteral("receipt_find"), find.wall, "ms");

    const auto verified = AuditLog(db).verify();
    if (!verified.ok()) {
        std::fprintf(stderr, "audit chain broken: %s\n", qPrintable(verified.problems.value(0)));
        return false;
    }
    bare.reset();
    const bool scanOk = runScanBench(db, *cashier, barcodes, 500);
    std::printf("  (load average %s)\n", qPrintable(loadAverage()));
    return ratio <= 2.0 && stats(x.wall).p99 < 50 && stats(find.wall).p99 < 50 && scanOk;
}

} // namespace bench
