// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include "CliSupport.h"

using namespace clitest;

TEST_CASE("check proves the stock levels equal the ledger", "[cli][stock]")
{
    Shop shop(Shop::Demo);
    CHECK(shop.scalar("SELECT count(*) FROM stock_levels").toInt() > 0);
    Shop::require(shop.run({QStringLiteral("check")}));

    // A level changed behind the ledger's back (the ledger itself refuses changes).
    sqlite3* handle = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(shop.db()).constData(), &handle) == SQLITE_OK);
    REQUIRE(sqlite3_exec(handle,
                         "UPDATE stock_levels SET quantity = quantity + 1000 WHERE product_id = "
                         "(SELECT id FROM products WHERE sku = 'FLT-001')",
                         nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(handle);

    const Run check = shop.run({QStringLiteral("check")});
    INFO("stdout: " << check.out.toStdString() << "\nstderr: " << check.err.toStdString());
    CHECK(check.exitCode == 1);
    CHECK((check.out + check.err).contains(QStringLiteral("FLT-001")));
}

namespace {

QJsonArray jsonArray(const Run& r)
{
    return QJsonDocument::fromJson(r.out.toUtf8()).array();
}

QJsonObject rowOf(const QJsonArray& rows, const QString& sku)
{
    for (const QJsonValue& v : rows)
        if (v.toObject().value(QStringLiteral("sku")).toString() == sku)
            return v.toObject();
    return {};
}

// What a refused command must leave as it was.
QString footprint(const Shop& shop)
{
    return shop.scalar("SELECT (SELECT count(*) FROM stock_movements) || '/' || (SELECT count(*) FROM receivings) || "
                       "'/' || (SELECT count(*) FROM adjustments) || '/' || (SELECT count(*) FROM min_levels) || '/' "
                       "|| (SELECT count(*) FROM document_numbers)");
}

const QString Manager = QStringLiteral("manager");
const QString ManagerPin = QStringLiteral("2222");

} // namespace

TEST_CASE("stock receive adds a numbered delivery that stock list shows", "[cli][stock]")
{
    Shop shop(Shop::DemoWithoutTill);
    const double before =
        rowOf(jsonArray(shop.run({QStringLiteral("stock"), QStringLiteral("list"), QStringLiteral("--json")})),
              QStringLiteral("FLT-001"))
            .value(QStringLiteral("on_hand"))
            .toDouble();
    const Run received = shop.as(Manager, ManagerPin,
                                 {QStringLiteral("stock"), QStringLiteral("receive"), QStringLiteral("--producer"),
                                  QStringLiteral("BOS-01"), QStringLiteral("--purchase"), QStringLiteral("--item"),
                                  QStringLiteral("FLT-001:4:450,50"), QStringLiteral("--document"),
                                  QStringLiteral("ДП-1"), QStringLiteral("--json")});
    Shop::require(received);
    const QJsonObject doc = QJsonDocument::fromJson(received.out.toUtf8()).object();
    // Numbered in the shop's receiving series (the demo's own deliveries came first).
    const QRegularExpression numbered(QStringLiteral("^BIS-1-T1-RCV-(\\d{6})$"));
    const QRegularExpressionMatch first = numbered.match(doc.value(QStringLiteral("number")).toString());
    REQUIRE(first.hasMatch());
    CHECK(doc.value(QStringLiteral("cost_total")).toInteger() == 4 * 45050);
    CHECK(doc.value(QStringLiteral("terms")).toString() == QStringLiteral("purchase"));

    const QJsonObject row =
        rowOf(jsonArray(shop.run({QStringLiteral("stock"), QStringLiteral("list"), QStringLiteral("--json")})),
              QStringLiteral("FLT-001"));
    CHECK(row.value(QStringLiteral("on_hand")).toDouble() == before + 4);
    CHECK(row.value(QStringLiteral("value")).toInteger() == qint64(before + 4) * 85000);

    const Run batch = shop.as(Manager, ManagerPin,
                              {QStringLiteral("stock"), QStringLiteral("receive"), QStringLiteral("--producer"),
                               QStringLiteral("BRL-01"), QStringLiteral("--consignment"), QStringLiteral("--item"),
                               QStringLiteral("HON-001:6@JUL-25:2026-07-31")});
    Shop::require(batch);
    const QRegularExpressionMatch second = numbered.match(batch.out.trimmed());
    REQUIRE(second.hasMatch());
    CHECK(second.captured(1).toInt() == first.captured(1).toInt() + 1);
    const QJsonObject honey =
        rowOf(jsonArray(shop.run({QStringLiteral("stock"), QStringLiteral("list"), QStringLiteral("--producer"),
                                  QStringLiteral("BRL-01"), QStringLiteral("--json")})),
              QStringLiteral("HON-001"));
    bool found = false;
    for (const QJsonValue& b : honey.value(QStringLiteral("batches")).toArray())
        if (b.toObject().value(QStringLiteral("batch")).toString() == QStringLiteral("JUL-25")) {
            found = true;
            CHECK(b.toObject().value(QStringLiteral("expiry")).toString() == QStringLiteral("2026-07-31"));
            CHECK(b.toObject().value(QStringLiteral("on_hand")).toDouble() == 6);
        }
    CHECK(found);

    const Run history = shop.run(
        {QStringLiteral("stock"), QStringLiteral("history"), QStringLiteral("FLT-001"), QStringLiteral("--json")});
    Shop::require(history);
    const QJsonObject newest = jsonArray(history).at(0).toObject();
    CHECK(newest.value(QStringLiteral("kind")).toString() == QStringLiteral("receive"));
    CHECK(newest.value(QStringLiteral("number")).toString() == doc.value(QStringLiteral("number")).toString());
}

TEST_CASE("stock receive refuses bad input and changes nothing", "[cli][stock]")
{
    Shop shop(Shop::DemoWithoutTill);
    const QString before = footprint(shop);
    auto receive = [&](const QString& user, const QString& pin, const QStringList& rest) {
        return shop.as(user, pin,
                       QStringList{QStringLiteral("stock"), QStringLiteral("receive"), QStringLiteral("--producer")} +
                           rest);
    };
    const QString item = QStringLiteral("--item");
    const QString cons = QStringLiteral("--consignment");
    CHECK(receive(Manager, ManagerPin, {QStringLiteral("NOPE"), cons, item, QStringLiteral("FLT-001:1")}).exitCode ==
          1);
    CHECK(receive(Manager, ManagerPin, {QStringLiteral("BOS-01"), cons, item, QStringLiteral("NO-SUCH:1")}).exitCode ==
          1);
    CHECK(
        receive(Manager, ManagerPin, {QStringLiteral("BOS-01"), cons, item, QStringLiteral("FLT-001:abc")}).exitCode ==
        2);
    CHECK(
        receive(Manager, ManagerPin, {QStringLiteral("BOS-01"), cons, item, QStringLiteral("FLT-001:1,5")}).exitCode ==
        1);
    CHECK(receive(Manager, ManagerPin, {QStringLiteral("BRL-01"), cons, item, QStringLiteral("HON-001:2")}).exitCode ==
          1); // no batch
    const Run noCost =
        receive(Manager, ManagerPin,
                {QStringLiteral("BOS-01"), QStringLiteral("--purchase"), item, QStringLiteral("FLT-001:2")});
    CHECK(noCost.exitCode == 1);
    CHECK(noCost.err.contains(QStringLiteral("cost")));
    const Run cashier = receive(QStringLiteral("cashier"), QStringLiteral("3333"),
                                {QStringLiteral("BOS-01"), cons, item, QStringLiteral("FLT-001:1")});
    CHECK(cashier.exitCode == 1);
    CHECK(footprint(shop) == before);
}

TEST_CASE("stock adjust and stock min change stock and the reorder list", "[cli][stock]")
{
    Shop shop(Shop::DemoWithoutTill);
    const QString before = footprint(shop);
    auto run = [&](const QString& user, const QString& pin, const QStringList& args) {
        return shop.as(user, pin, args);
    };
    const QString stock = QStringLiteral("stock");
    const QString adjust = QStringLiteral("adjust");
    CHECK(run(Manager, ManagerPin,
              {stock, adjust, QStringLiteral("FLT-001"), QStringLiteral("2"), QStringLiteral("--reason"),
               QStringLiteral("damage")})
              .exitCode == 1); // damage takes goods out
    CHECK(run(Manager, ManagerPin,
              {stock, adjust, QStringLiteral("FLT-001"), QStringLiteral("-1"), QStringLiteral("--reason"),
               QStringLiteral("stolen")})
              .exitCode == 2);
    CHECK(run(Manager, ManagerPin,
              {stock, adjust, QStringLiteral("FLT-001"), QStringLiteral("-9999"), QStringLiteral("--reason"),
               QStringLiteral("loss")})
              .exitCode == 1);
    CHECK(run(QStringLiteral("cashier"), QStringLiteral("3333"),
              {stock, adjust, QStringLiteral("FLT-001"), QStringLiteral("-1"), QStringLiteral("--reason"),
               QStringLiteral("loss")})
              .exitCode == 1);
    CHECK(run(QStringLiteral("cashier"), QStringLiteral("3333"),
              {stock, QStringLiteral("min"), QStringLiteral("FLT-001"), QStringLiteral("3")})
              .exitCode == 1);
    CHECK(footprint(shop) == before);

    const Run damaged = run(Manager, ManagerPin,
                            {stock, adjust, QStringLiteral("FLT-001"), QStringLiteral("-1"), QStringLiteral("--reason"),
                             QStringLiteral("damage"), QStringLiteral("--note"), QStringLiteral("torn")});
    Shop::require(damaged);
    CHECK(damaged.out.contains(QStringLiteral("-ADJ-000001")));

    const double onHand =
        rowOf(jsonArray(shop.run({stock, QStringLiteral("list"), QStringLiteral("--json")})), QStringLiteral("FLT-001"))
            .value(QStringLiteral("on_hand"))
            .toDouble();
    Shop::require(run(Manager, ManagerPin,
                      {stock, QStringLiteral("min"), QStringLiteral("FLT-001"), QString::number(onHand + 5)}));
    const QJsonArray low =
        jsonArray(shop.run({stock, QStringLiteral("list"), QStringLiteral("--low"), QStringLiteral("--json")}));
    REQUIRE(low.size() == 1);
    CHECK(low.at(0).toObject().value(QStringLiteral("low")).toBool());
    CHECK(low.at(0).toObject().value(QStringLiteral("min_level")).toDouble() == onHand + 5);

    const Run reorder = shop.run({QStringLiteral("reorder"), QStringLiteral("--json")});
    Shop::require(reorder);
    const QJsonArray groups = jsonArray(reorder);
    REQUIRE(groups.size() == 1);
    CHECK(groups.at(0).toObject().value(QStringLiteral("producer_code")).toString() == QStringLiteral("BOS-01"));
    CHECK(groups.at(0)
              .toObject()
              .value(QStringLiteral("lines"))
              .toArray()
              .at(0)
              .toObject()
              .value(QStringLiteral("suggested"))
              .toDouble() == 5);

    Shop::require(shop.run({QStringLiteral("reorder"), QStringLiteral("--csv"), shop.file(QStringLiteral("r.csv"))}));
    QFile csv(shop.file(QStringLiteral("r.csv")));
    REQUIRE(csv.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(csv.readAll()).contains(QStringLiteral("FLT-001")));
    Shop::require(shop.run({QStringLiteral("check")}));
}
