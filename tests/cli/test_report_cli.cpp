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
    Shop shop(Shop::DemoWithHistory);
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

TEST_CASE("ovopctl report sales --key: the sales behind a group, adding up to its row", "[cli][reports]")
{
    Shop shop(Shop::DemoWithHistory);
    for (const char* by : {"producer", "payment", "day"}) {
        INFO(by);
        const QString grouping = QString::fromLatin1(by);
        const QJsonObject breakdown = jsonOf(shop.as(
            Manager, ManagerPin, args(QStringLiteral("report sales %1 --by %2 --json").arg(period(), grouping))));
        const QJsonArray groups = breakdown.value(QStringLiteral("rows")).toArray();
        REQUIRE_FALSE(groups.isEmpty());
        const QJsonObject row = groups.last().toObject(); // the smallest group, or the last day
        const QString key = row.value(QStringLiteral("key")).toString();
        REQUIRE_FALSE(key.isEmpty());
        const QJsonObject g = jsonOf(shop.as(
            Manager, ManagerPin,
            args(QStringLiteral("report sales %1 --by %2 --key %3 --json --limit 1000").arg(period(), grouping, key))));
        CHECK(g.value(QStringLiteral("key")).toString() == key);
        for (const char* figure : {"count", "amount", "returns"})
            CHECK(g.value(QLatin1String(figure)).toInteger() == row.value(QLatin1String(figure)).toInteger());
        const QJsonArray rows = g.value(QStringLiteral("rows")).toArray();
        CHECK(rows.size() + g.value(QStringLiteral("more")).toInt() == g.value(QStringLiteral("documents")).toInt());
        if (g.value(QStringLiteral("more")).toInt() == 0) {
            qint64 net = 0;
            for (const QJsonValue& v : rows)
                net += v.toObject().value(QStringLiteral("amount")).toInteger();
            CHECK(net == g.value(QStringLiteral("net")).toInteger());
        }
        REQUIRE_FALSE(rows.isEmpty());
        for (const char* field : {"kind", "at", "receipt", "shop", "cashier", "amount", "lines"})
            CHECK(rows.first().toObject().contains(QLatin1String(field)));
        CHECK(rows.first().toObject().value(QStringLiteral("lines")).toArray().isEmpty() ==
              (grouping != QLatin1String("producer")));
    }

    // As text, a CSV file, limited; refused to cashiers and with a PDF.
    const Run text = shop.as(Manager, ManagerPin,
                             args(QStringLiteral("report sales %1 --by payment --key cash --limit 2").arg(period())));
    Shop::require(text);
    CHECK(text.out.contains(QStringLiteral("more not shown")));
    const QString csv = shop.file(QStringLiteral("cash.csv"));
    Shop::require(
        shop.as(Manager, ManagerPin,
                args(QStringLiteral("report sales %1 --by category --key felt --csv %2").arg(period(), csv))));
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString written = QString::fromUtf8(file.readAll());
    CHECK(written.startsWith(QStringLiteral("kind,at,receipt,sale_receipt,shop,cashier,sku,name,quantity,amount")));
    CHECK(written.contains(QStringLiteral("FLT-")));
    CHECK(shop.as(QStringLiteral("cashier"), QStringLiteral("3333"),
                  args(QStringLiteral("report sales %1 --by payment --key cash --json").arg(period())))
              .exitCode == 1);
    CHECK(shop.as(Manager, ManagerPin, args(QStringLiteral("report sales %1 --by day --limit 5").arg(period())))
              .exitCode == 2);
    CHECK(shop.as(Manager, ManagerPin,
                  args(QStringLiteral("report sales %1 --by day --key 2020-01-01 --pdf %2")
                           .arg(period(), shop.file(QStringLiteral("x.pdf")))))
              .exitCode == 2);
}

TEST_CASE("ovopctl report impact, producers and stock give their keys", "[cli][reports]")
{
    Shop shop(Shop::DemoWithHistory);
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

namespace {

QString pdfText(const QString& path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(60000));
    return QString::fromUtf8(p.readAllStandardOutput()).replace(QChar(0x00A0), QLatin1Char(' ')).simplified();
}

} // namespace

TEST_CASE("ovopctl report impact --pdf writes the report in the language, once unless forced", "[cli][reports]")
{
    Shop shop(Shop::DemoWithHistory);
    const QString ky = shop.file(QStringLiteral("impact-ky.pdf"));
    const QString impactKy = QStringLiteral("report impact %1 --pdf %2 --lang ky").arg(period(), ky);
    const Run made = shop.as(Manager, ManagerPin, args(impactKy));
    Shop::require(made);
    CHECK(made.out.contains(ky));
    const QString text = pdfText(ky);
    CHECK(text.contains(QStringLiteral("Ысык-Көл облусу")));
    CHECK(text.contains(QStringLiteral("Миң-Булак")));
    CHECK(text.contains(QStringLiteral(",00 сом")));

    const Run twice = shop.as(Manager, ManagerPin, args(impactKy));
    CHECK(twice.exitCode == 1);
    CHECK(twice.err.contains(QStringLiteral("--force")));
    Shop::require(shop.as(Manager, ManagerPin, args(impactKy + QStringLiteral(" --force"))));

    const QString ru = shop.file(QStringLiteral("impact-ru.pdf"));
    Shop::require(
        shop.as(Manager, ManagerPin, args(QStringLiteral("report impact %1 --pdf %2 --lang ru").arg(period(), ru))));
    CHECK(pdfText(ru).contains(QStringLiteral("Иссык-Кульская область")));

    const QString cashiers = shop.file(QStringLiteral("cashier.pdf"));
    const Run refused = shop.as(QStringLiteral("cashier"), QStringLiteral("3333"),
                                args(QStringLiteral("report impact %1 --pdf %2").arg(period(), cashiers)));
    CHECK(refused.exitCode == 1);
    CHECK_FALSE(QFile::exists(cashiers));
    CHECK(shop.as(Manager, ManagerPin, args(QStringLiteral("report impact %1 --json --pdf %2").arg(period(), cashiers)))
              .exitCode == 2);
}

TEST_CASE("ovopctl report sales, stock and producers --pdf", "[cli][reports]")
{
    Shop shop(Shop::DemoWithHistory);
    const QString sales = shop.file(QStringLiteral("sales.pdf"));
    Shop::require(
        shop.as(Manager, ManagerPin,
                args(QStringLiteral("report sales %1 --by payment --pdf %2 --lang ru").arg(period(), sales))));
    const QString text = pdfText(sales);
    CHECK(text.contains(QStringLiteral(" сом")));
    CHECK(text.contains(QStringLiteral("%")));
    for (const QString& report : {QStringLiteral("stock"), QStringLiteral("producers")}) {
        INFO(report.toStdString());
        const QString path = shop.file(report + QStringLiteral(".pdf"));
        const QString extra = report == QLatin1String("stock") ? QString() : period() + QLatin1Char(' ');
        Shop::require(shop.as(Manager, ManagerPin,
                              args(QStringLiteral("report %1 %2--pdf %3 --lang ky").arg(report, extra, path))));
        CHECK(pdfText(path).contains(QStringLiteral("Бостери")));
    }
}
