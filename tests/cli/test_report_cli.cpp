// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// ovopctl report sales|stock|producers|impact, run as a process on the demo shop's history.
#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "CliSupport.h"

using namespace clitest;

namespace {

const QString Manager = QStringLiteral("manager");
const QString ManagerPin = QStringLiteral("2222");

QStringList args(const QString& text)
{
    return text.split(QLatin1Char(' '));
}

QJsonObject jsonOf(const Run& r)
{
    INFO("stdout: " << r.out.toStdString() << "\nstderr: " << r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8());
    REQUIRE(doc.isObject());
    return doc.object();
}

QString period()
{
    return QStringLiteral("--from 2020-01-01 --to %1").arg(QDate::currentDate().addDays(1).toString(Qt::ISODate));
}

} // namespace

TEST_CASE("ovopctl report sales: every grouping adds up to the same total", "[cli][reports]")
{
    Shop shop(Shop::Demo);
    Shop::require(shop.as(QStringLiteral("cashier"), QStringLiteral("3333"),
                          args(QStringLiteral("sale --item FLT-001:1 --pay cash:1000"))));
    qint64 total = -1;
    int count = -1;
    for (const char* by : {"day", "category", "oblast", "village", "producer", "payment", "cashier"}) {
        INFO(by);
        const QJsonObject r = jsonOf(shop.as(
            Manager, ManagerPin,
            args(QStringLiteral("report sales %1 --by %2 --json --lang ru").arg(period(), QString::fromLatin1(by)))));
        for (const char* key : {"from", "to", "total", "count", "rows"})
            CHECK(r.contains(QLatin1String(key)));
        qint64 sum = 0;
        for (const QJsonValue& v : r.value(QStringLiteral("rows")).toArray()) {
            const QJsonObject row = v.toObject();
            for (const char* key : {"key", "label", "count", "amount"})
                CHECK(row.contains(QLatin1String(key)));
            CHECK_FALSE(row.value(QStringLiteral("label")).toString().isEmpty());
            sum += row.value(QStringLiteral("amount")).toInteger();
        }
        CHECK(sum == r.value(QStringLiteral("total")).toInteger());
        if (total < 0) {
            total = sum;
            count = r.value(QStringLiteral("count")).toInt();
        }
        CHECK(sum == total);
        CHECK(r.value(QStringLiteral("count")).toInt() == count);
    }
    CHECK(total >= 85000); // at least the leopard sold here
    CHECK(count >= 1);

    // The shop's own code keeps everything, another shop's nothing.
    const QString code = shop.scalar("SELECT value FROM settings WHERE key = 'shop_code'");
    const QJsonObject own = jsonOf(shop.as(
        Manager, ManagerPin, args(QStringLiteral("report sales %1 --by day --shop %2 --json").arg(period(), code))));
    CHECK(own.value(QStringLiteral("total")).toInteger() == total);
    const QJsonObject other = jsonOf(shop.as(
        Manager, ManagerPin, args(QStringLiteral("report sales %1 --by day --shop NOWHERE --json").arg(period()))));
    CHECK(other.value(QStringLiteral("total")).toInteger() == 0);

    const QString csv = shop.file(QStringLiteral("sales.csv"));
    Shop::require(shop.as(Manager, ManagerPin,
                          args(QStringLiteral("report sales %1 --by producer --csv %2").arg(period(), csv))));
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(file.readAll()).contains(QStringLiteral("BOS-01")));

    const Run refused = shop.as(QStringLiteral("cashier"), QStringLiteral("3333"),
                                args(QStringLiteral("report sales %1 --by day --json").arg(period())));
    CHECK(refused.exitCode == 1);
    CHECK(shop.as(Manager, ManagerPin, args(QStringLiteral("report sales %1 --by colour").arg(period()))).exitCode ==
          2);
}

TEST_CASE("ovopctl report impact, producers and stock give their keys", "[cli][reports]")
{
    Shop shop(Shop::Demo);
    const QJsonObject impact =
        jsonOf(shop.as(Manager, ManagerPin, args(QStringLiteral("report impact %1 --json").arg(period()))));
    for (const char* key :
         {"sales_total", "paid_to_producers", "owed_to_producers", "producers_reached", "villages_reached",
          "oblasts_reached", "women_led_share", "current_check_share", "overdue_producers", "by_oblast"})
        CHECK(impact.contains(QLatin1String(key)));
    for (const char* key : {"women_led_share", "current_check_share"}) {
        CHECK(impact.value(QLatin1String(key)).toDouble() >= 0);
        CHECK(impact.value(QLatin1String(key)).toDouble() <= 1);
    }
    qint64 byOblast = 0;
    for (const QJsonValue& v : impact.value(QStringLiteral("by_oblast")).toArray())
        byOblast += v.toObject().value(QStringLiteral("amount")).toInteger();
    CHECK(byOblast <= impact.value(QStringLiteral("sales_total")).toInteger());
    for (const QJsonValue& v : impact.value(QStringLiteral("overdue_producers")).toArray())
        for (const char* key : {"code", "name", "last_visit", "sales"})
            CHECK(v.toObject().contains(QLatin1String(key)));

    const QJsonObject producers =
        jsonOf(shop.as(Manager, ManagerPin, args(QStringLiteral("report producers %1 --json").arg(period()))));
    CHECK(producers.contains(QStringLiteral("rows")));
    CHECK(producers.contains(QStringLiteral("owed")));

    const QJsonObject stock = jsonOf(shop.as(Manager, ManagerPin, args(QStringLiteral("report stock --json"))));
    CHECK(stock.value(QStringLiteral("value")).toInteger() > 0);
    qint64 categories = 0;
    for (const QJsonValue& v : stock.value(QStringLiteral("by_category")).toArray())
        categories += v.toObject().value(QStringLiteral("value")).toInteger();
    CHECK(categories == stock.value(QStringLiteral("value")).toInteger());

    const Run list = shop.as(Manager, ManagerPin, args(QStringLiteral("producer list --json")));
    Shop::require(list);
    const QJsonArray all = QJsonDocument::fromJson(list.out.toUtf8()).array();
    REQUIRE_FALSE(all.isEmpty());
    for (const char* key : {"women_led", "members", "women_members", "last_visit", "overdue"})
        CHECK(all.first().toObject().contains(QLatin1String(key)));
}
