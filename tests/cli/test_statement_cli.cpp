// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// ovopctl statement, payout, producer return and producer commission, run as a process.
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

QJsonDocument jsonOf(const Run& r)
{
    INFO("stdout: " << r.out.toStdString() << "\nstderr: " << r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8());
    REQUIRE((doc.isObject() || doc.isArray()));
    return doc;
}

QString today()
{
    return QDate::currentDate().toString(Qt::ISODate);
}

QString pdfText(const QString& path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(60000));
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}

} // namespace

TEST_CASE("ovopctl statement adds up a period and payout pays it once", "[cli][statements]")
{
    Shop shop(Shop::Demo); // the demo has an open shift with the cashier's sales of today
    Shop::require(shop.as(QStringLiteral("cashier"), QStringLiteral("3333"),
                          args(QStringLiteral("sale --item FLT-001:2 --pay cash:1700"))));
    const QString period = QStringLiteral("statement BOS-01 --from 2025-01-01 --to %1 --json").arg(today());
    const QJsonObject s = jsonOf(shop.as(Manager, ManagerPin, args(period))).object();
    CHECK(s.value(QStringLiteral("number")).toString().contains(QStringLiteral("-STM-")));
    CHECK(s.value(QStringLiteral("producer")).toString() == QStringLiteral("BOS-01"));
    const QJsonArray lines = s.value(QStringLiteral("lines")).toArray();
    REQUIRE_FALSE(lines.isEmpty());
    qint64 gross = 0, returns = 0, commission = 0;
    bool leopards = false;
    for (const QJsonValue& v : lines) {
        const QJsonObject l = v.toObject();
        const bool sale = l.value(QStringLiteral("kind")).toString() == QStringLiteral("sale");
        (sale ? gross : returns) += l.value(QStringLiteral("amount")).toInteger();
        commission += (sale ? 1 : -1) * l.value(QStringLiteral("commission")).toInteger();
        leopards |= l.value(QStringLiteral("sku")).toString() == QStringLiteral("FLT-001") &&
                    l.value(QStringLiteral("quantity")).toDouble() == 2 &&
                    l.value(QStringLiteral("amount")).toInteger() == 170000 &&
                    l.value(QStringLiteral("commission")).toInteger() == 42500;
    }
    CHECK(leopards);
    CHECK(s.value(QStringLiteral("gross")).toInteger() == gross);
    CHECK(s.value(QStringLiteral("returns")).toInteger() == returns);
    CHECK(s.value(QStringLiteral("commission")).toInteger() == commission);
    const qint64 owed = gross - returns - commission;
    CHECK(s.value(QStringLiteral("owed")).toInteger() == owed);
    CHECK(s.value(QStringLiteral("paid")).toInteger() == 0);
    CHECK(s.value(QStringLiteral("due")).toInteger() == owed);

    // The same period again shows the same statement rather than refusing.
    const QJsonObject again = jsonOf(shop.as(Manager, ManagerPin, args(period))).object();
    CHECK(again.value(QStringLiteral("number")) == s.value(QStringLiteral("number")));

    // Paid in cash: the shift's expected cash falls by the amount (enough is put in the drawer first).
    Shop::require(shop.as(Manager, ManagerPin,
                          {QStringLiteral("shift"), QStringLiteral("cash-in"), QString::number(owed / 100 + 1),
                           QStringLiteral("--reason"), QStringLiteral("for the producer")}));
    const qint64 expected = jsonOf(shop.as(Manager, ManagerPin, args(QStringLiteral("shift x --json"))))
                                .object()
                                .value(QStringLiteral("expected_cash"))
                                .toInteger();
    const QString number = s.value(QStringLiteral("number")).toString();
    const QJsonObject paid =
        jsonOf(shop.as(Manager, ManagerPin,
                       args(QStringLiteral("payout BOS-01 --statement %1 --method cash --json").arg(number))))
            .object();
    CHECK(paid.value(QStringLiteral("amount")).toInteger() == owed);
    CHECK(jsonOf(shop.as(Manager, ManagerPin, args(QStringLiteral("shift x --json"))))
              .object()
              .value(QStringLiteral("expected_cash"))
              .toInteger() == expected - owed);
    const Run twice =
        shop.as(Manager, ManagerPin,
                args(QStringLiteral("payout BOS-01 --statement %1 --method bank --reference X").arg(number)));
    CHECK(twice.exitCode == 1);
    CHECK(twice.err.contains(paid.value(QStringLiteral("number")).toString()));
    // Paid once (the demo's history has paid other producers' statements, not this one).
    CHECK(shop.scalar("SELECT count(*) FROM payouts p JOIN producers pr ON pr.id = p.producer_id WHERE pr.code = "
                      "'BOS-01'") == QStringLiteral("1"));

    const QJsonArray list =
        jsonOf(shop.as(Manager, ManagerPin, args(QStringLiteral("statement list BOS-01 --json")))).array();
    // The demo's own statement of BOS-01 is there too, unpaid.
    QJsonObject listed;
    for (const QJsonValue& v : list)
        if (v.toObject().value(QStringLiteral("number")).toString() == number)
            listed = v.toObject();
    REQUIRE_FALSE(listed.isEmpty());
    CHECK(listed.value(QStringLiteral("paid")).toInteger() == owed);
    CHECK(listed.value(QStringLiteral("due")).toInteger() == 0);
    const Run text = shop.as(Manager, ManagerPin, args(QStringLiteral("statement list")));
    Shop::require(text);
    CHECK(text.out.contains(number));
}

TEST_CASE("ovopctl statement refuses bad dates cashiers and purchase producers", "[cli][statements]")
{
    Shop shop(Shop::Demo);
    const QString before = shop.scalar("SELECT count(*) FROM audit_log");
    const QString statementsBefore = shop.scalar("SELECT count(*) FROM statements");
    const QString auditedBefore =
        shop.scalar("SELECT count(*) FROM audit_log WHERE action IN ('producer.statement', 'producer.payout')");
    CHECK(shop.as(Manager, ManagerPin, args(QStringLiteral("statement BOS-01 --from 2025-02-30 --to 2025-03-01")))
              .exitCode == 2);
    CHECK(shop.as(Manager, ManagerPin, args(QStringLiteral("statement BOS-01 --from yesterday --to 2025-03-01")))
              .exitCode == 2);
    CHECK(shop.as(Manager, ManagerPin, args(QStringLiteral("statement BOS-01 --from 2025-03-01"))).exitCode == 2);
    const Run backwards =
        shop.as(Manager, ManagerPin, args(QStringLiteral("statement BOS-01 --from 2025-03-10 --to 2025-03-01")));
    CHECK(backwards.exitCode == 1);
    CHECK(backwards.err.contains(QStringLiteral("cannot begin")));
    const Run purchase =
        shop.as(Manager, ManagerPin, args(QStringLiteral("statement BOS-02 --from 2025-01-01 --to %1").arg(today())));
    CHECK(purchase.exitCode == 1);
    CHECK(purchase.err.contains(QStringLiteral("purchase producers")));
    const Run cashier = shop.as(QStringLiteral("cashier"), QStringLiteral("3333"),
                                args(QStringLiteral("statement BOS-01 --from 2025-01-01 --to %1").arg(today())));
    CHECK(cashier.exitCode == 1);
    CHECK(shop.as(Manager, ManagerPin, args(QStringLiteral("statement NOBODY --from 2025-01-01 --to 2025-01-02")))
              .exitCode == 1);
    CHECK(shop.as(Manager, ManagerPin, args(QStringLiteral("payout BOS-01 --statement X --method cheque"))).exitCode ==
          2);
    CHECK(shop.scalar("SELECT count(*) FROM statements") == statementsBefore);
    // Only the logins were audited.
    CHECK(shop.scalar("SELECT count(*) FROM audit_log WHERE action IN ('producer.statement', 'producer.payout')") ==
          auditedBefore);
    CHECK_FALSE(before.isEmpty());
}

TEST_CASE("ovopctl statement and producer return write PDFs in Kyrgyz and Russian", "[cli][statements]")
{
    Shop shop(Shop::Demo);
    Shop::require(shop.as(QStringLiteral("cashier"), QStringLiteral("3333"),
                          args(QStringLiteral("sale --item FLT-013:1 --pay cash:1950"))));
    const QString ky = shop.file(QStringLiteral("statement-ky.pdf"));
    Shop::require(shop.as(
        Manager, ManagerPin,
        args(QStringLiteral("statement BOS-01 --from 2025-01-01 --to %1 --pdf %2 --lang ky").arg(today(), ky))));
    const QString text = pdfText(ky);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("BOS-01")));
    CHECK(text.contains(QStringLiteral("FLT-013")));
    CHECK(text.contains(QStringLiteral("Бийик тапочка (өтүк)"))); // the boots' Kyrgyz name: Ө and Ү
    CHECK(text.contains(QStringLiteral("-STM-")));

    const QString ru = shop.file(QStringLiteral("return-ru.pdf"));
    const Run back = shop.as(
        Manager, ManagerPin,
        args(
            QStringLiteral("producer return BOS-01 --item FLT-031:2 --note season --pdf %1 --lang ru --json").arg(ru)));
    const QJsonObject r = jsonOf(back).object();
    CHECK(r.value(QStringLiteral("number")).toString().contains(QStringLiteral("-PRT-")));
    const QString returned = pdfText(ru);
    INFO(returned.toStdString());
    CHECK(returned.contains(QStringLiteral("Маленький войлочный кошелёк")));
    CHECK(returned.contains(r.value(QStringLiteral("number")).toString()));
    CHECK(shop.as(Manager, ManagerPin, args(QStringLiteral("producer return BOS-01 --item FLT-031:999"))).exitCode ==
          1);
    CHECK(shop.as(Manager, ManagerPin, args(QStringLiteral("producer return BOS-01 --item FLT-031"))).exitCode == 2);
    CHECK(shop.as(Manager, ManagerPin, args(QStringLiteral("producer return BOS-01 --item COS-001:1"))).exitCode == 1);
    CHECK(shop.scalar("SELECT count(*) FROM producer_returns") == QStringLiteral("1"));
}

TEST_CASE("ovopctl producer commission sets and clears a category's rate", "[cli][statements]")
{
    Shop shop(Shop::DemoWithoutTill);
    const QJsonObject set = jsonOf(shop.as(Manager, ManagerPin,
                                           args(QStringLiteral("producer commission BOS-01 --category felt --rate "
                                                               "12.5 --json"))))
                                .object();
    CHECK(set.value(QStringLiteral("commission_bp")).toInt() == 2500);
    CHECK(set.value(QStringLiteral("categories")).toObject().value(QStringLiteral("felt")).toInt() == 1250);
    CHECK(shop.as(Manager, ManagerPin, args(QStringLiteral("producer commission BOS-01 --category felt --rate 101")))
              .exitCode == 2);
    CHECK(shop.as(Manager, ManagerPin, args(QStringLiteral("producer commission BOS-01 --category nothing --rate 5")))
              .exitCode == 1);
    CHECK(shop.as(QStringLiteral("cashier"), QStringLiteral("3333"),
                  args(QStringLiteral("producer commission BOS-01 --category felt --clear")))
              .exitCode == 1);
    const QJsonObject cleared = jsonOf(shop.as(Manager, ManagerPin,
                                               args(QStringLiteral("producer commission BOS-01 --category felt "
                                                                   "--clear --json"))))
                                    .object();
    CHECK(cleared.value(QStringLiteral("categories")).toObject().isEmpty());
    CHECK(shop.scalar("SELECT count(*) FROM audit_log WHERE action = 'producer.commission'") == QStringLiteral("2"));
}
