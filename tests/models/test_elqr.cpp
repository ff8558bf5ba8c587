// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// ELQR links written by hand from the standard: id, length in characters, value; the checksum
// (63) computed here with SHA-256 over the other fields in the order of the link.
#include <catch2/catch.hpp>

#include <algorithm>

#include <QCryptographicHash>
#include <QUrl>

#include "models/payments/Elqr.h"

using namespace ovop;

namespace {

const QString Prefix = QStringLiteral("https://qr.example.kg/pay#");

// One field: id, two-digit length counted in characters, value.
QString tlv(const char* id, const QString& value)
{
    return QString::fromLatin1(id) + QStringLiteral("%1").arg(value.toUcs4().size(), 2, 10, QLatin1Char('0')) + value;
}

QString tlv(const char* id, const char* value)
{
    return tlv(id, QString::fromUtf8(value));
}

// The last four hex digits of SHA-256 over the fields as written.
QString sha256Tail(const QStringList& fields)
{
    const QByteArray hash = QCryptographicHash::hash(fields.join(QString()).toUtf8(), QCryptographicHash::Sha256);
    return QString::fromLatin1(hash.toHex().right(4));
}

// The payload of fields with the checksum field inserted at position at (-1: at the end).
QString payloadWithChecksum(const QStringList& fields, int at = -1, bool lowerCase = false)
{
    QString sum = sha256Tail(fields);
    sum = lowerCase ? sum.toLower() : sum.toUpper();
    QStringList all = fields;
    all.insert(at < 0 ? all.size() : at, QStringLiteral("6304") + sum);
    return all.join(QString());
}

const QString ProviderName = QStringLiteral("Өнөр Үңкүр ОВОП"); // 15 characters, 27 bytes of UTF-8

QString service()
{
    return tlv("00", "kicb") + tlv("10", "996700123456") + tlv("12", "1");
}

// A static link's fields in the order of the standard.
QStringList staticFields()
{
    return {tlv("00", "01"),   tlv("01", "11"),  tlv("32", service()),
            tlv("52", "5999"), tlv("53", "417"), tlv("59", ProviderName)};
}

QString staticLink()
{
    return Prefix + payloadWithChecksum(staticFields());
}

void requireRefused(const QString& link, const char* expected)
{
    INFO(link.toStdString());
    const Status s = Elqr::verify(link);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().kind == ErrorKind::Validation);
    INFO(s.message().toStdString());
    CHECK(s.message().contains(QString::fromUtf8(expected)));
}

} // namespace

TEST_CASE("A static ELQR link written from the standard parses and verifies", "[elqr]")
{
    const QString link = staticLink();
    const auto code = Elqr::parse(link);
    REQUIRE(code.ok());
    CHECK(code->prefix == Prefix);
    QStringList ids;
    for (const ElqrField& f : code->fields)
        ids << f.id;
    CHECK(ids == QStringList{"00", "01", "32", "52", "53", "59", "63"});
    CHECK(code->value(QStringLiteral("59")) == ProviderName);
    CHECK(code->value(QStringLiteral("32")) == service());
    const ElqrField* serviceField = code->field(QStringLiteral("32"));
    REQUIRE(serviceField);
    REQUIRE(serviceField->subFields.size() == 3);
    CHECK(serviceField->subFields.at(1).id == QStringLiteral("10"));
    CHECK(serviceField->subFields.at(1).value == QStringLiteral("996700123456"));
    CHECK(code->serviceValue(QStringLiteral("00")) == QStringLiteral("kicb"));
    CHECK_FALSE(code->isDynamic());
    CHECK_FALSE(code->amount().has_value());
    CHECK(code->transactionId().isNull());
    CHECK(Elqr::verify(code.value()).ok());
    CHECK(Elqr::verify(link).ok());
    CHECK(Elqr::checksum(code->fields) == sha256Tail(staticFields()).toUpper());
}

TEST_CASE("ELQR fields are accepted in any order", "[elqr]")
{
    QStringList fields = staticFields();
    std::reverse(fields.begin(), fields.end()); // 59 53 52 32 01 00
    const QString link = Prefix + payloadWithChecksum(fields, 2);
    const auto code = Elqr::parse(link);
    REQUIRE(code.ok());
    QStringList ids;
    for (const ElqrField& f : code->fields)
        ids << f.id;
    CHECK(ids == QStringList{"59", "53", "63", "52", "32", "01", "00"});
    CHECK(Elqr::verify(link).ok());

    // The same fields in another order give another checksum: the order of the link counts.
    const QString wrongOrder =
        Prefix + fields.join(QString()) + QStringLiteral("6304") + sha256Tail(staticFields()).toUpper();
    if (sha256Tail(fields) != sha256Tail(staticFields()))
        requireRefused(wrongOrder, "checksum");
}

TEST_CASE("A percent-encoded ELQR link counts the Kyrgyz letters as characters", "[elqr]")
{
    const QString payload = payloadWithChecksum(staticFields());
    const QString link = Prefix + QString::fromLatin1(QUrl::toPercentEncoding(payload));
    CHECK(link.contains(QStringLiteral("%D3%A8"))); // Ө
    const auto code = Elqr::parse(link);
    REQUIRE(code.ok());
    CHECK(code->value(QStringLiteral("59")) == ProviderName);
    CHECK(Elqr::verify(link).ok());
    // Raw Cyrillic in the link is the same code.
    CHECK(Elqr::verify(Prefix + payload).ok());

    // A length counted in bytes of UTF-8 (27) rather than characters (15) is refused.
    QStringList bytes = staticFields();
    bytes.last() = QStringLiteral("5927") + ProviderName;
    requireRefused(Prefix + QString::fromLatin1(QUrl::toPercentEncoding(payloadWithChecksum(bytes))), "cut short");
}

TEST_CASE("ELQR checksums in upper and lower case are both accepted", "[elqr]")
{
    CHECK(Elqr::verify(Prefix + payloadWithChecksum(staticFields(), -1, false)).ok());
    CHECK(Elqr::verify(Prefix + payloadWithChecksum(staticFields(), -1, true)).ok());
}

TEST_CASE("An ELQR link with a character changed is refused", "[elqr]")
{
    QString link = staticLink();
    const qsizetype at = link.indexOf(QStringLiteral("996700123456"));
    REQUIRE(at > 0);
    link[at + 5] = QLatin1Char('9');
    requireRefused(link, "checksum");

    QString sum = staticLink();
    sum[sum.size() - 1] = sum.at(sum.size() - 1) == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
    requireRefused(sum, "checksum");
}

TEST_CASE("An ELQR link missing a required field is refused", "[elqr]")
{
    auto without = [](const char* id) {
        QStringList fields;
        for (const QString& f : staticFields())
            if (!f.startsWith(QString::fromLatin1(id)))
                fields << f;
        return Prefix + payloadWithChecksum(fields);
    };
    requireRefused(without("00"), "no field 00");
    requireRefused(without("01"), "no field 01");
    requireRefused(without("53"), "no field 53 (currency)");
    requireRefused(without("32"), "neither field 32");
    requireRefused(Prefix + staticFields().join(QString()), "no field 63 (checksum)");
    requireRefused(QStringLiteral("https://qr.example.kg/pay"), "no '#'");
    requireRefused(Prefix, "no payment fields");

    // A merchant (33) in place of the service template (32) is enough.
    QStringList merchant = staticFields();
    merchant[2] = tlv("33", tlv("00", "kg.elqr") + tlv("01", "12345"));
    CHECK(Elqr::verify(Prefix + payloadWithChecksum(merchant)).ok());

    QStringList twice = staticFields();
    twice << tlv("53", "417");
    requireRefused(Prefix + payloadWithChecksum(twice), "more than once");
}

TEST_CASE("An ELQR link with a bad length is refused", "[elqr]")
{
    const QString good = payloadWithChecksum(staticFields());
    requireRefused(Prefix + good.chopped(1), "cut short");
    requireRefused(Prefix + good + QStringLiteral("34"), "middle of a field");
    requireRefused(Prefix + QStringLiteral("0002010102115309417"), "cut short");
    requireRefused(Prefix + QStringLiteral("00x201") + good, "not two digits");
    requireRefused(Prefix + QStringLiteral("A10201") + good, "not an ELQR field id");
    // Inside the service template too.
    QStringList fields = staticFields();
    fields[2] = QStringLiteral("3210") + QStringLiteral("0009kicb10");
    requireRefused(Prefix + payloadWithChecksum(fields), "32/00 (provider id) is cut short");
}

TEST_CASE("ELQR values outside the standard are refused naming the field", "[elqr]")
{
    auto with = [](int index, const QString& field) {
        QStringList fields = staticFields();
        if (index < fields.size())
            fields[index] = field;
        else
            fields << field;
        return Prefix + payloadWithChecksum(fields);
    };
    requireRefused(with(0, tlv("00", "02")), "00 (format version) must be 01");
    requireRefused(with(1, tlv("01", "13")), "01 (type) must be 11");
    requireRefused(with(4, tlv("53", "840")), "53 (currency) must be 417");
    requireRefused(with(6, tlv("54", "12.50")), "54 (amount)");
    requireRefused(with(6, tlv("54", "")), "54 (amount)");
    requireRefused(with(5, tlv("59", QString(26, QChar(0x04A2)))), "59 (provider name) is too long");
    CHECK(Elqr::verify(with(5, tlv("59", QString(25, QChar(0x04A2))))).ok());
    requireRefused(with(2, tlv("32", tlv("11", QString(33, QLatin1Char('7'))))), "32/11 (transaction id)");
    QString badSum = Prefix + staticFields().join(QString()) + QStringLiteral("6304G00D");
    requireRefused(badSum, "four hex digits");
}

TEST_CASE("A dynamic ELQR link built from a static one carries amount and receipt", "[elqr]")
{
    const QString receipt = QStringLiteral("BIS-1-T1-000123");
    const auto built = Elqr::buildDynamicLink(staticLink(), Money::fromTyiyn(125050), receipt);
    REQUIRE(built.ok());
    CHECK(built->startsWith(Prefix));
    CHECK(Elqr::verify(built.value()).ok());
    const auto code = Elqr::parse(built.value());
    REQUIRE(code.ok());
    CHECK(code->isDynamic());
    CHECK(code->amount() == Money::fromTyiyn(125050));
    CHECK(code->value(QStringLiteral("54")) == QStringLiteral("125050"));
    CHECK(code->transactionId() == receipt);
    CHECK(code->value(QStringLiteral("59")) == ProviderName);
    QStringList ids;
    for (const ElqrField& f : code->fields)
        ids << f.id;
    CHECK(ids == QStringList{"00", "01", "32", "52", "53", "59", "54", "63"});
    // The service template keeps its sub-fields and gains the receipt number.
    CHECK(code->value(QStringLiteral("32")) == service() + tlv("11", receipt));
    // The checksum, upper case, is the one computed by hand over the fields of the new link.
    QStringList fields = staticFields();
    fields[1] = tlv("01", "12");
    fields[2] = tlv("32", service() + tlv("11", receipt));
    fields << tlv("54", "125050");
    CHECK(code->value(QStringLiteral("63")) == sha256Tail(fields).toUpper());

    // Built again from the dynamic link: amount and receipt replaced where they stand.
    const auto again = Elqr::buildDynamicLink(built.value(), Money::fromSom(99), QStringLiteral("BIS-1-T1-000124"));
    REQUIRE(again.ok());
    const auto second = Elqr::parse(again.value());
    REQUIRE(second.ok());
    CHECK(second->amount() == Money::fromSom(99));
    CHECK(second->transactionId() == QStringLiteral("BIS-1-T1-000124"));
    CHECK(second->fields.size() == code->fields.size());
    CHECK(Elqr::verify(again.value()).ok());
}

TEST_CASE("Building keeps a shuffled order and percent-encodes the Kyrgyz letters", "[elqr]")
{
    QStringList fields = staticFields();
    std::reverse(fields.begin(), fields.end());
    const QString link = Prefix + QString::fromLatin1(QUrl::toPercentEncoding(payloadWithChecksum(fields, 3)));
    const auto built = Elqr::buildDynamicLink(link, Money::fromSom(500), QStringLiteral("R-1"));
    REQUIRE(built.ok());
    CHECK(built->startsWith(Prefix));
    for (const QChar c : built.value())
        CHECK(c.unicode() < 128);
    const auto code = Elqr::parse(built.value());
    REQUIRE(code.ok());
    QStringList ids;
    for (const ElqrField& f : code->fields)
        ids << f.id;
    // 54 is added before the checksum, where 63 stands.
    CHECK(ids == QStringList{"59", "53", "52", "54", "63", "32", "01", "00"});
    CHECK(code->value(QStringLiteral("59")) == ProviderName);
    CHECK(Elqr::verify(built.value()).ok());

    // A merchant-only link gains a service template holding the receipt number.
    QStringList merchant = staticFields();
    merchant[2] = tlv("33", tlv("00", "kg.elqr"));
    const auto fromMerchant =
        Elqr::buildDynamicLink(Prefix + payloadWithChecksum(merchant), Money::fromSom(1), QStringLiteral("R-2"));
    REQUIRE(fromMerchant.ok());
    CHECK(Elqr::parse(fromMerchant.value())->transactionId() == QStringLiteral("R-2"));
    CHECK(Elqr::verify(fromMerchant.value()).ok());
}

TEST_CASE("Building a dynamic ELQR link refuses what it cannot carry", "[elqr]")
{
    QString broken = staticLink();
    broken.chop(1);
    broken += QLatin1Char(broken.endsWith(QLatin1Char('0')) ? '1' : '0');
    CHECK_FALSE(Elqr::buildDynamicLink(broken, Money::fromSom(1), QStringLiteral("R-1")).ok());
    CHECK_FALSE(Elqr::buildDynamicLink(staticLink(), Money(), QStringLiteral("R-1")).ok());
    CHECK_FALSE(Elqr::buildDynamicLink(staticLink(), Money::fromSom(-1), QStringLiteral("R-1")).ok());
    CHECK_FALSE(Elqr::buildDynamicLink(staticLink(), Money::fromSom(1), QStringLiteral("  ")).ok());
    const auto tooLong = Elqr::buildDynamicLink(staticLink(), Money::fromSom(1), QString(33, QLatin1Char('1')));
    REQUIRE_FALSE(tooLong.ok());
    CHECK(tooLong.message().contains(QStringLiteral("too long")));
}

TEST_CASE("ELQR fields have names for display", "[elqr]")
{
    CHECK(Elqr::fieldName(QStringLiteral("53")) == QStringLiteral("currency"));
    CHECK(Elqr::fieldName(QStringLiteral("59")) == QStringLiteral("provider name"));
    CHECK(Elqr::fieldName(QStringLiteral("11"), QStringLiteral("32")) == QStringLiteral("transaction id"));
    CHECK(Elqr::fieldName(QStringLiteral("10"), QStringLiteral("32")) == QStringLiteral("recipient id"));
    CHECK(Elqr::fieldName(QStringLiteral("77")) == QStringLiteral("field 77"));
}
