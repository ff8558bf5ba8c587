// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// ovopctl shift open|cash-in|cash-out|x|close and fiscal list|retry, run as a process.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>

#include "CliSupport.h"
#include "models/reports/SalesRollup.h"

using namespace clitest;
using ovop::SalesRollup;
using ovop::Status;

namespace {

const QString Cashier = QStringLiteral("cashier");
const QString CashierPin = QStringLiteral("3333");

QStringList args(const char* text)
{
    return QString::fromUtf8(text).split(QLatin1Char(' '));
}

void rawExec(const Shop& shop, const char* sql)
{
    sqlite3* handle = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(shop.db()).constData(), &handle) == SQLITE_OK);
    sqlite3_busy_timeout(handle, 5000);
    char* error = nullptr;
    const int rc = sqlite3_exec(handle, sql, nullptr, nullptr, &error);
    INFO((error ? error : ""));
    sqlite3_free(error);
    sqlite3_close(handle);
    REQUIRE(rc == SQLITE_OK);
}

// A sale of the open shift as the till writes it (its receipt number, one line and its stock movement):
// id, receipt number, total and cash handed over.
void addCashSale(const Shop& shop, int number, qint64 total, qint64 paid)
{
    const QString sql =
        QStringLiteral(
            "INSERT INTO sales (id, receipt, receipt_seq, shift_id, at, user_id, language, gross, discount, "
            "total, paid, change, vat, vat_rate, sales_tax, sales_tax_rate, created_at, origin_shop, "
            "origin_device) SELECT 'sale-%1', origin_shop || '-' || origin_device || '-%1', %1, id, "
            "opened_at, opened_by, 'ru', %2, 0, %2, %3, %3 - %2, 0, 0, 0, 0, opened_at, origin_shop, "
            "origin_device FROM shifts WHERE id NOT IN (SELECT shift_id FROM z_reports); "
            "INSERT INTO sale_payments (sale_id, line_no, method, amount) VALUES ('sale-%1', 1, 'cash', %3); "
            "INSERT INTO receipt_numbers SELECT origin_shop, origin_device, %1, 'sale', id FROM sales WHERE id = "
            "'sale-%1'; "
            "INSERT INTO sale_lines (sale_id, line_no, product_id, sku, barcode, name_ky, name_ru, name_en, unit, "
            "quantity, unit_price, catalog_price, line_discount, cart_discount, amount, tax_group, producer_id, "
            "producer_name, village_ky, village_ru, village_en) SELECT 'sale-%1', 1, id, sku, '', name_ky, name_ru, "
            "name_en, unit, 1000, %2, %2, 0, 0, %2, tax_group, producer_id, '', '', '', '' FROM products "
            "WHERE sku = 'FLT-001'; "
            "INSERT INTO stock_movements (id, product_id, quantity, kind, document_type, document_id, document_line, "
            "at, created_at, origin_shop, origin_device) SELECT 'move-%1', product_id, -1000, 'sale', 'sale', sale_id, "
            "1, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', 'BIS-1', 'T1' FROM sale_lines WHERE "
            "sale_id = 'sale-%1';")
            .arg(number)
            .arg(total)
            .arg(paid);
    rawExec(shop, sql.toUtf8().constData());
    // The till adds a sale to the reports' daily figures as it records it: so does the test.
    const QString connection = QStringLiteral("daily-figures");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(shop.db());
        REQUIRE(db.open());
        const Status added = SalesRollup(db).addSale(QStringLiteral("sale-%1").arg(number));
        INFO(added.message().toStdString());
        CHECK(added.ok());
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
}

QJsonObject jsonObject(const Run& r)
{
    INFO("stdout: " << r.out.toStdString() << "\nstderr: " << r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8());
    REQUIRE(doc.isObject());
    return doc.object();
}

QJsonArray jsonArray(const Run& r)
{
    INFO("stdout: " << r.out.toStdString() << "\nstderr: " << r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8());
    REQUIRE(doc.isArray());
    return doc.array();
}

} // namespace

TEST_CASE("ovopctl shift opens counts cash in and out and closes with a Z report", "[cli][shifts]")
{
    Shop shop(Shop::DemoWithoutTill);
    CHECK(shop.as(Cashier, CashierPin, args("shift x")).exitCode == 1); // no shift open
    Shop::require(shop.as(Cashier, CashierPin, args("shift open --float 1250,50")));
    CHECK(shop.as(Cashier, CashierPin, args("shift open --float 10")).exitCode == 1);
    CHECK(shop.as(Cashier, CashierPin, args("shift open --float lots")).exitCode == 2);
    CHECK(shop.run(args("shift open --float 10")).exitCode == 1); // no --as

    Shop::require(shop.as(Cashier, CashierPin,
                          {QStringLiteral("shift"), QStringLiteral("cash-in"), QStringLiteral("100"),
                           QStringLiteral("--reason"), QStringLiteral("coins from the bank")}));
    const Run beyond = shop.as(Cashier, CashierPin, args("shift cash-out 5000 --reason bank"));
    CHECK(beyond.exitCode == 1);
    CHECK(beyond.err.contains(QStringLiteral("1,350.50 som")));
    CHECK(shop.as(Cashier, CashierPin, args("shift cash-out 50")).exitCode == 1); // no reason
    Shop::require(shop.as(Cashier, CashierPin, args("shift cash-out 50.50 --reason water")));

    addCashSale(shop, 1, 123400, 130000); // 1234 som paid with 1300: 66 change
    const QJsonObject x = jsonObject(shop.as(Cashier, CashierPin, args("shift x --json")));
    CHECK(x.value(QStringLiteral("shift")).toInt() == 1);
    CHECK(x.value(QStringLiteral("float")).toInteger() == 125050);
    CHECK(x.value(QStringLiteral("cash_sales")).toInteger() == 123400);
    CHECK(x.value(QStringLiteral("cash_refunds")).toInteger() == 0);
    CHECK(x.value(QStringLiteral("cash_in")).toInteger() == 10000);
    CHECK(x.value(QStringLiteral("cash_out")).toInteger() == 5050);
    CHECK(x.value(QStringLiteral("expected_cash")).toInteger() == 125050 + 123400 + 10000 - 5050);
    CHECK(x.value(QStringLiteral("sales_count")).toInt() == 1);
    CHECK(x.value(QStringLiteral("sales_total")).toInteger() == 123400);
    CHECK(x.value(QStringLiteral("by_method")).toObject().value(QStringLiteral("cash")).toInteger() == 123400);
    CHECK(x.contains(QStringLiteral("opened_at")));
    const Run text = shop.as(Cashier, CashierPin, args("shift x"));
    Shop::require(text);
    CHECK(text.out.contains(QStringLiteral("2,534.00 som"))); // expected in the drawer

    // 2534 som expected; an unknown denomination is refused and changes nothing.
    const Run unknown = shop.as(Cashier, CashierPin, args("shift close --count 1000:2,25:1"));
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(QStringLiteral("25.00 som")));
    CHECK(shop.as(Cashier, CashierPin, args("shift close --count 1000:two")).exitCode == 2);
    CHECK(shop.scalar("SELECT count(*) FROM z_reports") == QStringLiteral("0"));
    CHECK(shop.scalar("SELECT count(*) FROM audit_log WHERE action = 'shift.close'") == QStringLiteral("0"));

    const QJsonObject z =
        jsonObject(shop.as(Cashier, CashierPin, args("shift close --count 1000:2,500:1,20:1,10:1,0,50:3 --json")));
    CHECK(z.value(QStringLiteral("z_number")).toInt() == 1);
    CHECK(z.value(QStringLiteral("counted_cash")).toInteger() == 253150);
    CHECK(z.value(QStringLiteral("difference")).toInteger() == 253150 - 253400);
    CHECK(z.value(QStringLiteral("expected_cash")).toInteger() == 253400);
    CHECK(shop.scalar("SELECT counts FROM z_reports") ==
          QStringLiteral("{\"1000\":1,\"100000\":2,\"2000\":1,\"50\":3,\"50000\":1}"));
    CHECK(shop.as(Cashier, CashierPin, args("shift x")).exitCode == 1); // closed

    Shop::require(shop.as(Cashier, CashierPin, args("shift open --float 0")));
    const QJsonObject second = jsonObject(shop.as(Cashier, CashierPin, args("shift close --count 5000:0 --json")));
    CHECK(second.value(QStringLiteral("z_number")).toInt() == 2);
    CHECK(second.value(QStringLiteral("shift")).toInt() == 2);
    Shop::require(shop.run(args("check")));
}

TEST_CASE("ovopctl fiscal lists what the register has not taken and sends it again", "[cli][fiscal]")
{
    Shop shop(Shop::DemoWithoutTill);
    Shop::require(shop.as(Cashier, CashierPin, args("shift open --float 0")));
    addCashSale(shop, 1, 50000, 50000);
    addCashSale(shop, 2, 70000, 100000);

    QJsonArray all = jsonArray(shop.as(Cashier, CashierPin, args("fiscal list --json")));
    REQUIRE(all.size() == 2);
    CHECK(all[0].toObject().value(QStringLiteral("state")).toString() == QStringLiteral("not_sent"));
    CHECK(all[0].toObject().value(QStringLiteral("attempts")).toInt() == 0);

    const Env failing{{QStringLiteral("OVOP_FISCAL_SIMULATE"), QStringLiteral("fail")}};
    const Run refused = shop.as(Cashier, CashierPin, args("fiscal retry"), failing);
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("2 receipts still not sent")));
    const QJsonArray failed = jsonArray(shop.as(Cashier, CashierPin, args("fiscal list --failed --json")));
    REQUIRE(failed.size() == 2);
    CHECK(failed[1].toObject().value(QStringLiteral("state")).toString() == QStringLiteral("failed"));
    CHECK(failed[1].toObject().value(QStringLiteral("error")).toString().contains(QStringLiteral("did not answer")));

    const Run sent = shop.as(Cashier, CashierPin, args("fiscal retry"));
    Shop::require(sent);
    CHECK(sent.out.contains(QStringLiteral("2 receipts sent")));
    all = jsonArray(shop.as(Cashier, CashierPin, args("fiscal list --json")));
    REQUIRE(all.size() == 2);
    CHECK(all[0].toObject().value(QStringLiteral("state")).toString() == QStringLiteral("sent"));
    CHECK(all[0].toObject().value(QStringLiteral("fiscal_number")).toString() == QStringLiteral("1"));
    CHECK(all[1].toObject().value(QStringLiteral("fiscal_number")).toString() == QStringLiteral("2"));
    CHECK(all[1].toObject().value(QStringLiteral("attempts")).toInt() == 2);
    CHECK(all[1].toObject().value(QStringLiteral("qr_payload")).toString().contains(QStringLiteral("fn=2")));
    CHECK(jsonArray(shop.as(Cashier, CashierPin, args("fiscal list --failed --json"))).isEmpty());

    // The next receipt continues the register's numbers.
    addCashSale(shop, 3, 10000, 10000);
    Shop::require(shop.as(Cashier, CashierPin, args("fiscal retry")));
    CHECK(shop.scalar("SELECT fiscal_number FROM fiscal_attempts WHERE document_id = 'sale-3'") == QStringLiteral("3"));
    CHECK(shop.scalar("SELECT count(*) FROM fiscal_attempts") == QStringLiteral("5"));
    const Run table = shop.as(Cashier, CashierPin, args("fiscal list"));
    Shop::require(table);
    CHECK(table.out.contains(QStringLiteral("sent")));
}
