// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// ovopctl sale, refund and receipt, run as a process, with the till's rules.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "CliSupport.h"

using namespace clitest;

namespace {

const QString Cashier = QStringLiteral("cashier");
const QString CashierPin = QStringLiteral("3333");

QStringList args(const char* text)
{
    return QString::fromUtf8(text).split(QLatin1Char(' '));
}

QJsonObject jsonOf(const Run& r)
{
    INFO("stdout: " << r.out.toStdString() << "\nstderr: " << r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8());
    REQUIRE(doc.isObject());
    return doc.object();
}

} // namespace

TEST_CASE("ovopctl sale sells with card and cash and prints the receipt as JSON", "[cli][sales]")
{
    Shop shop(Shop::Demo); // the demo has an open shift
    const QJsonObject sale = jsonOf(shop.as(
        Cashier, CashierPin, args("sale --item FLT-001:2 --item TEX-001:1,5 --pay card:1000:visa --pay cash:2100 --json")));
    CHECK(sale.value(QStringLiteral("total")).toInteger() == 2 * 85000 + 135000);
    CHECK(sale.value(QStringLiteral("change")).toInteger() == 100000 + 210000 - 305000);
    CHECK(sale.value(QStringLiteral("paid")).toInteger() == 310000);
    const QJsonArray lines = sale.value(QStringLiteral("lines")).toArray();
    REQUIRE(lines.size() == 2);
    CHECK(lines[1].toObject().value(QStringLiteral("quantity")).toDouble() == 1.5);
    const QString receipt = sale.value(QStringLiteral("receipt")).toString();
    CHECK(receipt.startsWith(QStringLiteral("BIS-1-T1-")));
    // Sent to the (simulated) fiscal register after the commit.
    CHECK(shop.scalar(QStringLiteral("SELECT status FROM fiscal_attempts f JOIN sales s ON s.id = f.document_id WHERE "
                                     "s.receipt = '%1'")
                          .arg(receipt)
                          .toUtf8()
                          .constData()) == QStringLiteral("sent"));

    // A card beyond the total is refused; nothing is sold.
    const QString count = shop.scalar("SELECT count(*) FROM sales");
    CHECK(shop.as(Cashier, CashierPin, args("sale --item FLT-001 --pay card:900:visa")).exitCode == 1);
    CHECK(shop.as(Cashier, CashierPin, args("sale --item NO-SUCH --pay cash:900")).exitCode == 1);
    CHECK(shop.as(Cashier, CashierPin, args("sale --item FLT-001 --pay cheque:900")).exitCode == 2);
    CHECK(shop.scalar("SELECT count(*) FROM sales") == count);

    const Run shown = shop.as(Cashier, CashierPin, {QStringLiteral("sale"), QStringLiteral("show"), receipt});
    Shop::require(shown);
    CHECK(shown.out.contains(receipt));
    Shop::require(shop.run(args("check")));
}

TEST_CASE("ovopctl sale refuses a discount beyond the cashier's limit without a manager", "[cli][sales][approval]")
{
    Shop shop(Shop::Demo);
    const QString count = shop.scalar("SELECT count(*) FROM sales");
    const Run refused = shop.as(Cashier, CashierPin, args("sale --item FLT-001 --discount 20% --pay cash:1000"));
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("approval")));
    CHECK(shop.scalar("SELECT count(*) FROM sales") == count);
    // A wrong manager PIN: still refused.
    CHECK(shop.as(Cashier, CashierPin, args("sale --item FLT-001 --discount 20% --pay cash:1000 --approve-as manager"),
                  {{QStringLiteral("OVOP_APPROVER_PIN"), QStringLiteral("9999")}})
              .exitCode == 1);
    const QJsonObject sale =
        jsonOf(shop.as(Cashier, CashierPin,
                       args("sale --item FLT-001 --discount 20% --pay cash:1000 --approve-as manager --json"),
                       {{QStringLiteral("OVOP_APPROVER_PIN"), QStringLiteral("2222")}}));
    CHECK(sale.value(QStringLiteral("total")).toInteger() == 68000);
    CHECK(shop.scalar("SELECT count(*) FROM audit_log WHERE action = 'till.approval' AND "
                      "json_extract(details, '$.approver') = 'manager'") == QStringLiteral("1"));
}

TEST_CASE("ovopctl refund returns what was sold once and receipt prints copies", "[cli][returns]")
{
    Shop shop(Shop::Demo);
    const QString receipt =
        jsonOf(shop.as(Cashier, CashierPin, args("sale --item FLT-002:2 --pay cash:1300 --json")))
            .value(QStringLiteral("receipt"))
            .toString();
    const QStringList refundArgs{QStringLiteral("refund"), receipt, QStringLiteral("--item"),
                                 QStringLiteral("FLT-002:3")};
    const Run tooMany = shop.as(Cashier, CashierPin, refundArgs);
    CHECK(tooMany.exitCode == 1);
    CHECK(tooMany.err.contains(QStringLiteral("Only 2")));
    CHECK(shop.scalar("SELECT count(*) FROM returns r JOIN sales s ON s.id = r.sale_id WHERE s.receipt = '" +
                      receipt.toUtf8() + "'") == QStringLiteral("0"));
    const QJsonObject back = jsonOf(shop.as(
        Cashier, CashierPin,
        {QStringLiteral("refund"), receipt, QStringLiteral("--item"), QStringLiteral("FLT-002:1"), QStringLiteral("--json")}));
    CHECK(back.value(QStringLiteral("total")).toInteger() == 65000);
    const QString returnReceipt = back.value(QStringLiteral("receipt")).toString();

    const Run text = shop.as(Cashier, CashierPin,
                             {QStringLiteral("--lang"), QStringLiteral("ru"), QStringLiteral("receipt"), receipt,
                              QStringLiteral("--text")});
    Shop::require(text);
    CHECK(text.out.contains(receipt));
    CHECK(text.out.contains(QStringLiteral("650,00")));
    Shop::require(shop.as(Cashier, CashierPin, {QStringLiteral("receipt"), returnReceipt, QStringLiteral("--pdf"),
                                                shop.file(QStringLiteral("return.pdf"))}));
    CHECK(QFile(shop.file(QStringLiteral("return.pdf"))).size() > 1000);
    Shop::require(shop.as(Cashier, CashierPin, {QStringLiteral("receipt"), receipt, QStringLiteral("--escpos"),
                                                shop.file(QStringLiteral("r.bin")), QStringLiteral("--width"),
                                                QStringLiteral("58")}));
    QFile bytes(shop.file(QStringLiteral("r.bin")));
    REQUIRE(bytes.open(QIODevice::ReadOnly));
    const QByteArray escpos = bytes.readAll();
    CHECK(escpos.startsWith(QByteArray("\x1b\x40\x1d\x76\x30\x00", 6))); // ESC @, then GS v 0
    CHECK(escpos.endsWith(QByteArray("\x1d\x56\x42\x00", 4)));          // cut
    // An existing file is not written over without --force.
    CHECK(shop.as(Cashier, CashierPin, {QStringLiteral("receipt"), receipt, QStringLiteral("--escpos"),
                                        shop.file(QStringLiteral("r.bin"))})
              .exitCode == 1);
    Shop::require(shop.run(args("check")));
}
