// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "CliSupport.h"

using namespace clitest;

namespace {

const QString Manager = QStringLiteral("manager");
const QString Pin = QStringLiteral("2222");

QJsonObject json(const Run& r)
{
    Shop::require(r);
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

QString onHand(const Shop& shop, const char* sku)
{
    const QString sql = QStringLiteral("SELECT coalesce(sum(quantity), 0) FROM stock_levels WHERE product_id = "
                                       "(SELECT id FROM products WHERE sku = '%1')")
                            .arg(QString::fromLatin1(sku));
    return shop.scalar(sql.toUtf8().constData());
}

QString everything(const Shop& shop)
{
    return shop.scalar(
        "SELECT (SELECT count(*) FROM stock_movements) || '/' || (SELECT count(*) FROM transfers) || "
        "'/' || (SELECT count(*) FROM transfer_receipts) || '/' || (SELECT count(*) FROM transfer_lines)");
}

} // namespace

TEST_CASE("goods travel between two shops with a transfer file and its confirmation", "[cli][transfer]")
{
    Shop bishkek(Shop::DemoWithoutTill);
    Shop karakol(Shop::DemoWithoutTill);
    Shop::require(karakol.as(
        QStringLiteral("admin"), QStringLiteral("1111"),
        {QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("shop_code"), QStringLiteral("KAR-1")}));
    const QString file = bishkek.file(QStringLiteral("to-karakol.json"));

    const Run cashier =
        bishkek.as(QStringLiteral("cashier"), QStringLiteral("3333"),
                   {QStringLiteral("transfer"), QStringLiteral("out"), QStringLiteral("--to"), QStringLiteral("KAR-1"),
                    QStringLiteral("--item"), QStringLiteral("FLT-001:1"), QStringLiteral("--out"), file});
    CHECK(cashier.exitCode == 1);
    const Run tooMany =
        bishkek.as(Manager, Pin,
                   {QStringLiteral("transfer"), QStringLiteral("out"), QStringLiteral("--to"), QStringLiteral("KAR-1"),
                    QStringLiteral("--item"), QStringLiteral("FLT-001:99"), QStringLiteral("--out"), file});
    CHECK(tooMany.exitCode == 1);
    CHECK_FALSE(QFile::exists(file));

    const QJsonObject sent = json(
        bishkek.as(Manager, Pin,
                   {QStringLiteral("transfer"), QStringLiteral("out"), QStringLiteral("--to"), QStringLiteral("KAR-1"),
                    QStringLiteral("--item"), QStringLiteral("FLT-001:3"), QStringLiteral("--item"),
                    QStringLiteral("FLT-002:2"), QStringLiteral("--out"), file, QStringLiteral("--json")}));
    CHECK(sent.value(QStringLiteral("state")).toString() == QStringLiteral("sent"));
    CHECK(sent.value(QStringLiteral("number")).toString().contains(QStringLiteral("TRF-000001")));
    CHECK(onHand(bishkek, "FLT-001") == QStringLiteral("5000"));

    // Damaged copies are refused and change nothing.
    QFile original(file);
    REQUIRE(original.open(QIODevice::ReadOnly));
    const QByteArray bytes = original.readAll();
    original.close();
    const QString before = everything(karakol);
    const QString damaged = karakol.file(QStringLiteral("damaged.json"));
    QByteArray changed = bytes;
    changed.replace("\"quantity\": 3000", "\"quantity\": 4000");
    REQUIRE(changed != bytes);
    QFile out(damaged);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(changed);
    out.close();
    const Run refused = karakol.as(Manager, Pin, {QStringLiteral("transfer"), QStringLiteral("in"), damaged});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("check sum")));
    REQUIRE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    out.write(bytes.left(bytes.size() - 40));
    out.close();
    CHECK(karakol.as(Manager, Pin, {QStringLiteral("transfer"), QStringLiteral("in"), damaged}).exitCode == 1);
    CHECK(everything(karakol) == before);
    // The sender cannot open it as received.
    CHECK(bishkek.as(Manager, Pin, {QStringLiteral("transfer"), QStringLiteral("in"), file}).exitCode == 1);

    const QString confirmation = karakol.file(QStringLiteral("confirmation.json"));
    const QJsonObject received = json(karakol.as(
        Manager, Pin,
        {QStringLiteral("transfer"), QStringLiteral("in"), file, QStringLiteral("--received"),
         QStringLiteral("FLT-002:1"), QStringLiteral("--confirmation"), confirmation, QStringLiteral("--json")}));
    CHECK(received.value(QStringLiteral("outcome")).toString() == QStringLiteral("received"));
    CHECK(received.value(QStringLiteral("state")).toString() == QStringLiteral("received_with_differences"));
    CHECK(received.value(QStringLiteral("differences")).toInt() == 1);
    CHECK(onHand(karakol, "FLT-001") == QStringLiteral("11000"));
    CHECK(onHand(karakol, "FLT-002") == QStringLiteral("11000"));
    CHECK(QFile::exists(confirmation));

    const QString afterFirst = everything(karakol);
    const QJsonObject again = json(
        karakol.as(Manager, Pin, {QStringLiteral("transfer"), QStringLiteral("in"), file, QStringLiteral("--json")}));
    CHECK(again.value(QStringLiteral("outcome")).toString() == QStringLiteral("already_received"));
    CHECK(everything(karakol) == afterFirst);

    const QJsonObject confirmed = json(bishkek.as(
        Manager, Pin, {QStringLiteral("transfer"), QStringLiteral("in"), confirmation, QStringLiteral("--json")}));
    CHECK(confirmed.value(QStringLiteral("outcome")).toString() == QStringLiteral("confirmed"));
    CHECK(confirmed.value(QStringLiteral("state")).toString() == QStringLiteral("received_with_differences"));
    const QString afterConfirmation = everything(bishkek);
    const QJsonObject twice = json(bishkek.as(
        Manager, Pin, {QStringLiteral("transfer"), QStringLiteral("in"), confirmation, QStringLiteral("--json")}));
    CHECK(twice.value(QStringLiteral("outcome")).toString() == QStringLiteral("already_confirmed"));
    CHECK(everything(bishkek) == afterConfirmation);

    const Run list =
        bishkek.as(Manager, Pin, {QStringLiteral("transfer"), QStringLiteral("list"), QStringLiteral("--json")});
    Shop::require(list);
    const QJsonArray transfers = QJsonDocument::fromJson(list.out.toUtf8()).array();
    REQUIRE(transfers.size() == 1);
    CHECK(transfers.at(0).toObject().value(QStringLiteral("direction")).toString() == QStringLiteral("out"));
    CHECK(transfers.at(0).toObject().value(QStringLiteral("received")).toInteger() == 4000);
    Shop::require(karakol.as(Manager, Pin, {QStringLiteral("transfer"), QStringLiteral("list")}));
    Shop::require(bishkek.run({QStringLiteral("check")}));
    Shop::require(karakol.run({QStringLiteral("check")}));
}

TEST_CASE("a transfer file for another shop is refused", "[cli][transfer]")
{
    Shop bishkek(Shop::DemoWithoutTill);
    Shop karakol(Shop::DemoWithoutTill);
    Shop::require(karakol.as(
        QStringLiteral("admin"), QStringLiteral("1111"),
        {QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("shop_code"), QStringLiteral("KAR-1")}));
    const QString file = bishkek.file(QStringLiteral("to-osh.json"));
    Shop::require(
        bishkek.as(Manager, Pin,
                   {QStringLiteral("transfer"), QStringLiteral("out"), QStringLiteral("--to"), QStringLiteral("OSH-1"),
                    QStringLiteral("--item"), QStringLiteral("HON-001:2"), QStringLiteral("--out"), file}));
    const QString before = everything(karakol);
    const Run refused = karakol.as(Manager, Pin, {QStringLiteral("transfer"), QStringLiteral("in"), file});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("OSH-1")));
    CHECK(everything(karakol) == before);
}
