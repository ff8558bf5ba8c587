// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "CliSupport.h"

using namespace clitest;

namespace {

QJsonObject lineOf(const QJsonObject& show, const QString& sku)
{
    for (const QJsonValue& v : show.value(QStringLiteral("lines")).toArray())
        if (v.toObject().value(QStringLiteral("sku")).toString() == sku)
            return v.toObject();
    return {};
}

QJsonObject json(const Run& r)
{
    Shop::require(r);
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

} // namespace

TEST_CASE("a stocktake counted from two processes with a sale during the count", "[cli][stocktake]")
{
    Shop shop(Shop::DemoWithoutTill);
    const QString manager = QStringLiteral("manager");
    const QString cashier = QStringLiteral("cashier");
    Shop::require(
        shop.as(manager, QStringLiteral("2222"),
                {QStringLiteral("shift"), QStringLiteral("open"), QStringLiteral("--float"), QStringLiteral("1000")}));
    Shop::require(shop.as(manager, QStringLiteral("2222"),
                          {QStringLiteral("stocktake"), QStringLiteral("start"), QStringLiteral("--producer"),
                           QStringLiteral("BOS-01")}));
    const Run second = shop.as(manager, QStringLiteral("2222"), {QStringLiteral("stocktake"), QStringLiteral("start")});
    CHECK(second.exitCode == 1);
    CHECK(second.err.contains(QStringLiteral("still open")));

    // Two counters at once, each counting part of the shelf.
    const Env pin{{QStringLiteral("OVOP_PIN"), QStringLiteral("3333")}};
    std::unique_ptr<QProcess> one(shop.start({QStringLiteral("--as"), cashier, QStringLiteral("stocktake"),
                                              QStringLiteral("count"), QStringLiteral("FLT-001"), QStringLiteral("5")},
                                             pin));
    std::unique_ptr<QProcess> two(shop.start({QStringLiteral("--as"), manager, QStringLiteral("stocktake"),
                                              QStringLiteral("count"), QStringLiteral("FLT-001"), QStringLiteral("3")},
                                             {{QStringLiteral("OVOP_PIN"), QStringLiteral("2222")}}));
    Shop::require(finish(*one));
    Shop::require(finish(*two));

    // A sale after the count: not a loss.
    Shop::require(shop.as(cashier, QStringLiteral("3333"),
                          {QStringLiteral("sale"), QStringLiteral("--item"), QStringLiteral("FLT-001:1"),
                           QStringLiteral("--pay"), QStringLiteral("cash:850")}));
    Shop::require(shop.as(
        cashier, QStringLiteral("3333"),
        {QStringLiteral("stocktake"), QStringLiteral("count"), QStringLiteral("FLT-013"), QStringLiteral("4")}));
    const Run outside =
        shop.as(cashier, QStringLiteral("3333"),
                {QStringLiteral("stocktake"), QStringLiteral("count"), QStringLiteral("FLT-010"), QStringLiteral("1")});
    CHECK(outside.exitCode == 1);
    CHECK(outside.err.contains(QStringLiteral("not part of this stocktake")));
    const Run miscount = shop.as(
        cashier, QStringLiteral("3333"),
        {QStringLiteral("stocktake"), QStringLiteral("count"), QStringLiteral("FLT-013"), QStringLiteral("-5")});
    CHECK(miscount.exitCode == 1);

    const QJsonObject show =
        json(shop.as(cashier, QStringLiteral("3333"),
                     {QStringLiteral("stocktake"), QStringLiteral("show"), QStringLiteral("--json")}));
    const QJsonObject flt1 = lineOf(show, QStringLiteral("FLT-001"));
    CHECK(flt1.value(QStringLiteral("counted")).toInteger() == 8000);
    CHECK(flt1.value(QStringLiteral("expected")).toInteger() == 7000);
    CHECK(flt1.value(QStringLiteral("since_count")).toInteger() == -1000);
    CHECK(flt1.value(QStringLiteral("difference")).toInteger() == 0);
    CHECK(lineOf(show, QStringLiteral("FLT-013")).value(QStringLiteral("difference")).toInteger() == -1000);
    CHECK(lineOf(show, QStringLiteral("FLT-013")).value(QStringLiteral("value")).toInteger() == -195000);
    CHECK(show.value(QStringLiteral("uncounted")).toInt() > 0);
    const Run text = shop.as(cashier, QStringLiteral("3333"), {QStringLiteral("stocktake"), QStringLiteral("show")});
    Shop::require(text);
    CHECK(text.out.contains(QStringLiteral("posting counts them as zero")));

    const QString before = shop.scalar("SELECT count(*) FROM stock_movements");
    const Run refused = shop.as(cashier, QStringLiteral("3333"), {QStringLiteral("stocktake"), QStringLiteral("post")});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("approval")));
    CHECK(shop.scalar("SELECT count(*) FROM stock_movements") == before);
    CHECK(shop.scalar("SELECT count(*) FROM stocktake_closures") == QStringLiteral("0"));

    Shop::require(shop.as(manager, QStringLiteral("2222"), {QStringLiteral("stocktake"), QStringLiteral("post")}));
    CHECK(shop.scalar("SELECT sum(quantity) FROM stock_levels WHERE product_id = (SELECT id FROM products WHERE sku "
                      "= 'FLT-001')") == QStringLiteral("7000"));
    CHECK(shop.scalar("SELECT sum(quantity) FROM stock_levels WHERE product_id = (SELECT id FROM products WHERE sku "
                      "= 'FLT-013')") == QStringLiteral("4000"));
    CHECK(shop.scalar("SELECT outcome FROM stocktake_closures") == QStringLiteral("posted"));
    const Run late =
        shop.as(cashier, QStringLiteral("3333"),
                {QStringLiteral("stocktake"), QStringLiteral("count"), QStringLiteral("FLT-001"), QStringLiteral("1")});
    CHECK(late.exitCode == 1);
    Shop::require(shop.run({QStringLiteral("check")}));
}

TEST_CASE("a cancelled stocktake posts nothing", "[cli][stocktake]")
{
    Shop shop(Shop::DemoWithoutTill);
    const QString pin = QStringLiteral("2222");
    const QString manager = QStringLiteral("manager");
    Shop::require(shop.as(manager, pin,
                          {QStringLiteral("stocktake"), QStringLiteral("start"), QStringLiteral("--category"),
                           QStringLiteral("honey-food")}));
    Shop::require(shop.as(
        manager, pin,
        {QStringLiteral("stocktake"), QStringLiteral("count"), QStringLiteral("HON-001"), QStringLiteral("2")}));
    const QString before = shop.scalar("SELECT count(*) FROM stock_movements");
    Shop::require(shop.as(manager, pin, {QStringLiteral("stocktake"), QStringLiteral("cancel")}));
    CHECK(shop.scalar("SELECT count(*) FROM stock_movements") == before);
    CHECK(shop.scalar("SELECT outcome FROM stocktake_closures") == QStringLiteral("cancelled"));
    const Run show = shop.as(manager, pin, {QStringLiteral("stocktake"), QStringLiteral("show")});
    CHECK(show.exitCode == 1);
    const Run usage =
        shop.as(manager, pin, {QStringLiteral("stocktake"), QStringLiteral("count"), QStringLiteral("X")});
    CHECK(usage.exitCode == 2);
}
