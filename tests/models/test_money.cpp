// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include <catch2/catch.hpp>

#include "models/core/Money.h"
#include "models/core/Quantity.h"

using ovop::Money;
using ovop::Quantity;

TEST_CASE("Money formats per language", "[money]")
{
    const Money m = Money::fromTyiyn(123450);
    CHECK(m.format(QStringLiteral("ky")) == QStringLiteral("1\u00A0234,50\u00A0сом"));
    CHECK(m.format(QStringLiteral("ru")) == QStringLiteral("1\u00A0234,50\u00A0сом"));
    CHECK(m.format(QStringLiteral("en")) == QStringLiteral("1,234.50 som"));
    CHECK(Money::fromTyiyn(50).format(QStringLiteral("ru")) == QStringLiteral("0,50\u00A0сом"));
    CHECK(Money::fromTyiyn(-123456789).format(QStringLiteral("en")) == QStringLiteral("-1,234,567.89 som"));
    CHECK(Money::fromSom(1000000).format(QStringLiteral("ru")) == QStringLiteral("1\u00A0000\u00A0000,00\u00A0сом"));
}

TEST_CASE("Money parses what people type", "[money]")
{
    auto tyiyn = [](const char* text) {
        auto r = Money::parse(QString::fromUtf8(text));
        REQUIRE(r.ok());
        return r->tyiyn();
    };
    CHECK(tyiyn("1234.5") == 123450);
    CHECK(tyiyn("1 234,50") == 123450);
    CHECK(tyiyn("1\u00A0234,50 сом") == 123450);
    CHECK(tyiyn("1234") == 123400);
    CHECK(tyiyn("1,234.50") == 123450);
    CHECK(tyiyn("1.234,50") == 123450);
    CHECK(tyiyn("0,5") == 50);
    CHECK(tyiyn("1 000 000") == 100000000);
    CHECK(tyiyn("350 som") == 35000);
}

TEST_CASE("Money refuses garbage, negatives and a third decimal", "[money]")
{
    for (const char* bad : {"", "abc", "12a", "1,2,3", "1.2.3,4", "1 23", "--5", "1e5", "12,345.6.7", ",5", "5,"}) {
        INFO(bad);
        const auto r = Money::parse(QString::fromUtf8(bad));
        CHECK_FALSE(r.ok());
        CHECK_FALSE(r.message().isEmpty());
    }
    CHECK_FALSE(Money::parse(QStringLiteral("1.234")).ok());
    CHECK(Money::parse(QStringLiteral("1.234")).message().contains(QStringLiteral("two decimals")));
    CHECK_FALSE(Money::parse(QStringLiteral("-5")).ok());
    CHECK(Money::parse(QStringLiteral("-5"), Money::Sign::AllowNegative)->tyiyn() == -500);
    CHECK_FALSE(Money::parse(QStringLiteral("99999999999999999999")).ok());
}

TEST_CASE("Money arithmetic stays in whole tyiyn", "[money]")
{
    const Money price = Money::fromTyiyn(35000); // 350 som per kg
    CHECK(price.times(Quantity::fromMilli(1500)).tyiyn() == 52500);
    CHECK(Money::fromTyiyn(333).times(Quantity::fromMilli(500)).tyiyn() == 167); // 166.5 rounds up
    CHECK(Money::fromTyiyn(11200).includedTax(1200).tyiyn() == 1200);
    CHECK(Money::fromTyiyn(10000).includedTax(0).tyiyn() == 0);
    CHECK((Money::fromSom(5) + Money::fromTyiyn(50)).tyiyn() == 550);
}

TEST_CASE("Quantity parses and formats thousandths", "[quantity]")
{
    CHECK(Quantity::parse(QStringLiteral("1,5"))->milli() == 1500);
    CHECK(Quantity::parse(QStringLiteral("0.250"))->milli() == 250);
    CHECK(Quantity::parse(QStringLiteral("2"))->milli() == 2000);
    CHECK_FALSE(Quantity::parse(QStringLiteral("0.0001")).ok());
    CHECK_FALSE(Quantity::parse(QStringLiteral("-1")).ok());
    CHECK_FALSE(Quantity::parse(QStringLiteral("kg")).ok());
    CHECK(Quantity::fromMilli(1500).format(QStringLiteral("ru")) == QStringLiteral("1,5"));
    CHECK(Quantity::fromMilli(2000).format(QStringLiteral("en")) == QStringLiteral("2"));
    CHECK(Quantity::fromMilli(1250).format(QStringLiteral("en")) == QStringLiteral("1.25"));
}
