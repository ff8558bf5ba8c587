// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// ovopctl elqr verify|parse|build and the shop's elqr_link setting, run as a process.
#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include "cli/CliSupport.h"

using clitest::Run;
using clitest::Shop;

namespace {

const QString Prefix = QStringLiteral("https://qr.example.kg/pay#");

// A static ELQR link written field by field (id, length in characters, value), its checksum the
// last four hex digits of SHA-256 over the other fields; the provider name percent-encoded.
QString elqrLink()
{
    const QString fields = QStringLiteral("000201") + QStringLiteral("010211") + QStringLiteral("3220") +
                           QStringLiteral("0004kicb") + QStringLiteral("100899670012") + QStringLiteral("5303417") +
                           QStringLiteral("5910") + QStringLiteral("Өнөр Үңкүр");
    const QByteArray hash = QCryptographicHash::hash(fields.toUtf8(), QCryptographicHash::Sha256);
    return Prefix + QString::fromLatin1(QUrl::toPercentEncoding(fields)) + QStringLiteral("6304") +
           QString::fromLatin1(hash.toHex().right(4));
}

QString changed(QString link)
{
    return link.replace(QStringLiteral("kicb"), QStringLiteral("kicc"));
}

void requireExit(const Run& r, int code)
{
    INFO("stdout: " << r.out.toStdString() << "\nstderr: " << r.err.toStdString());
    REQUIRE(r.exitCode == code);
}

QJsonObject jsonOf(const Run& r)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    INFO(r.out.toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    return doc.object();
}

// The field with id in a JSON array of fields.
QJsonObject fieldOf(const QJsonArray& fields, const char* id)
{
    for (const QJsonValue& f : fields)
        if (f[QStringLiteral("id")].toString() == QLatin1String(id))
            return f.toObject();
    return {};
}

} // namespace

TEST_CASE("ovopctl elqr verify says valid or why not", "[cli][elqr]")
{
    const Shop shop(Shop::Empty);
    const Run good = shop.run({QStringLiteral("elqr"), QStringLiteral("verify"), elqrLink()});
    requireExit(good, 0);
    CHECK(good.out.trimmed() == QStringLiteral("valid"));

    const Run bad = shop.run({QStringLiteral("elqr"), QStringLiteral("verify"), changed(elqrLink())});
    requireExit(bad, 1);
    CHECK(bad.err.contains(QStringLiteral("checksum")));
    const Run cut = shop.run({QStringLiteral("elqr"), QStringLiteral("verify"), elqrLink().chopped(3)});
    requireExit(cut, 1);
    CHECK(cut.err.contains(QStringLiteral("63 (checksum)")));
    // No database was needed, none was made.
    CHECK_FALSE(QFile::exists(shop.db()));
}

TEST_CASE("ovopctl elqr parse names every field", "[cli][elqr]")
{
    const Shop shop(Shop::Empty);
    const Run text = shop.run({QStringLiteral("elqr"), QStringLiteral("parse"), elqrLink()});
    requireExit(text, 0);
    CHECK(text.out.contains(QStringLiteral("provider name")));
    CHECK(text.out.contains(QStringLiteral("Өнөр Үңкүр")));
    CHECK(text.out.contains(QStringLiteral("recipient id")));
    CHECK(text.out.contains(QStringLiteral("99670012")));

    const Run json = shop.run({QStringLiteral("elqr"), QStringLiteral("parse"), elqrLink(), QStringLiteral("--json")});
    requireExit(json, 0);
    const QJsonObject object = jsonOf(json);
    CHECK(object[QStringLiteral("valid")].toBool());
    CHECK(object[QStringLiteral("prefix")].toString() == Prefix);
    const QJsonArray fields = object[QStringLiteral("fields")].toArray();
    CHECK(fields.size() == 6);
    const QJsonObject name = fieldOf(fields, "59");
    CHECK(name[QStringLiteral("name")].toString() == QStringLiteral("provider name"));
    CHECK(name[QStringLiteral("value")].toString() == QStringLiteral("Өнөр Үңкүр"));
    const QJsonArray service = fieldOf(fields, "32")[QStringLiteral("fields")].toArray();
    REQUIRE(service.size() == 2);
    CHECK(service.at(1)[QStringLiteral("id")].toString() == QStringLiteral("10"));
    CHECK(service.at(1)[QStringLiteral("name")].toString() == QStringLiteral("recipient id"));

    // A link that does not verify is still shown, and refused.
    const Run bad =
        shop.run({QStringLiteral("elqr"), QStringLiteral("parse"), changed(elqrLink()), QStringLiteral("--json")});
    requireExit(bad, 1);
    CHECK_FALSE(jsonOf(bad)[QStringLiteral("valid")].toBool());
    CHECK(bad.err.contains(QStringLiteral("checksum")));
}

TEST_CASE("ovopctl elqr build makes the link of one sale", "[cli][elqr]")
{
    const Shop shop(Shop::Empty);
    const Run built = shop.run({QStringLiteral("elqr"), QStringLiteral("build"), QStringLiteral("--amount"),
                                QStringLiteral("1250,50"), QStringLiteral("--receipt"), QStringLiteral("TST-T1-000042"),
                                QStringLiteral("--link"), elqrLink()});
    requireExit(built, 0);
    const QString link = built.out.trimmed();
    CHECK(link.startsWith(Prefix));
    requireExit(shop.run({QStringLiteral("elqr"), QStringLiteral("verify"), link}), 0);
    const Run parsed = shop.run({QStringLiteral("elqr"), QStringLiteral("parse"), link, QStringLiteral("--json")});
    requireExit(parsed, 0);
    const QJsonArray fields = jsonOf(parsed)[QStringLiteral("fields")].toArray();
    CHECK(fieldOf(fields, "01")[QStringLiteral("value")].toString() == QStringLiteral("12"));
    CHECK(fieldOf(fields, "54")[QStringLiteral("value")].toString() == QStringLiteral("125050"));
    const QJsonArray service = fieldOf(fields, "32")[QStringLiteral("fields")].toArray();
    CHECK(fieldOf(service, "11")[QStringLiteral("value")].toString() == QStringLiteral("TST-T1-000042"));
    CHECK_FALSE(QFile::exists(shop.db()));

    const Run json = shop.run({QStringLiteral("elqr"), QStringLiteral("build"), QStringLiteral("--amount"),
                               QStringLiteral("99.5"), QStringLiteral("--receipt"), QStringLiteral("R-1"),
                               QStringLiteral("--link"), elqrLink(), QStringLiteral("--json")});
    requireExit(json, 0);
    CHECK(jsonOf(json)[QStringLiteral("amount_tyiyn")].toString() == QStringLiteral("9950"));

    const Run refused =
        shop.run({QStringLiteral("elqr"), QStringLiteral("build"), QStringLiteral("--amount"), QStringLiteral("10"),
                  QStringLiteral("--receipt"), QStringLiteral("R-1"), QStringLiteral("--link"), changed(elqrLink())});
    requireExit(refused, 1);
    CHECK(refused.err.contains(QStringLiteral("checksum")));
}

TEST_CASE("ovopctl elqr build takes the shop's link from its settings", "[cli][elqr]")
{
    const Shop shop;
    const QStringList build = {QStringLiteral("elqr"), QStringLiteral("build"),     QStringLiteral("--amount"),
                               QStringLiteral("300"),  QStringLiteral("--receipt"), QStringLiteral("TST-T1-000007")};
    const Run none = shop.run(build);
    requireExit(none, 1);
    CHECK(none.err.contains(QStringLiteral("no ELQR link")));

    // A link that does not verify is refused as the shop's link, and nothing is stored.
    const Run bad =
        shop.as(QStringLiteral("admin"), QStringLiteral("1111"),
                {QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("elqr_link"), changed(elqrLink())});
    requireExit(bad, 1);
    CHECK(bad.err.contains(QStringLiteral("checksum")));
    CHECK(shop.scalar("SELECT value FROM settings WHERE key = 'elqr_link'").isEmpty());

    requireExit(shop.as(QStringLiteral("admin"), QStringLiteral("1111"),
                        {QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("elqr_link"), elqrLink()}),
                0);
    const Run built = shop.run(build);
    requireExit(built, 0);
    const QString link = built.out.trimmed();
    const Run parsed = shop.run({QStringLiteral("elqr"), QStringLiteral("parse"), link, QStringLiteral("--json")});
    requireExit(parsed, 0);
    const QJsonArray fields = jsonOf(parsed)[QStringLiteral("fields")].toArray();
    CHECK(fieldOf(fields, "54")[QStringLiteral("value")].toString() == QStringLiteral("30000"));
}

TEST_CASE("ovopctl elqr usage errors exit with 2", "[cli][elqr][usage]")
{
    const Shop shop(Shop::Empty);
    const QList<QStringList> usages = {
        {QStringLiteral("elqr")},
        {QStringLiteral("elqr"), QStringLiteral("verify")},
        {QStringLiteral("elqr"), QStringLiteral("parse"), QStringLiteral("a"), QStringLiteral("b")},
        {QStringLiteral("elqr"), QStringLiteral("build"), QStringLiteral("--amount"), QStringLiteral("5")},
        {QStringLiteral("elqr"), QStringLiteral("build"), QStringLiteral("--receipt"), QStringLiteral("R")},
        {QStringLiteral("elqr"), QStringLiteral("build"), QStringLiteral("--amount"), QStringLiteral("five"),
         QStringLiteral("--receipt"), QStringLiteral("R")},
        {QStringLiteral("elqr"), QStringLiteral("build"), QStringLiteral("--amount")},
    };
    for (const QStringList& args : usages) {
        INFO(args.join(QLatin1Char(' ')).toStdString());
        const Run r = shop.run(args);
        CHECK(r.exitCode == 2);
        CHECK_FALSE(r.err.isEmpty());
    }
}
