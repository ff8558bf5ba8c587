// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include <catch2/catch.hpp>

#include "models/catalog/Barcode.h"

using namespace ovop;

TEST_CASE("EAN-13 check digits", "[catalog][barcode]")
{
    CHECK(Barcode::computeCheckDigit(QStringLiteral("400638133393")) == 1);
    CHECK(Barcode::classify(QStringLiteral("4006381333931")) == Barcode::Kind::Ean13);
    CHECK(Barcode::classify(QStringLiteral("5901234123457")) == Barcode::Kind::Ean13);
    CHECK(Barcode::classify(QStringLiteral("4006381333932")) == Barcode::Kind::Invalid);
    CHECK(Barcode::problem(QStringLiteral("4006381333932")).contains(QStringLiteral("should be 1")));
    CHECK(Barcode::isValid(QStringLiteral("4600000000008")));
    CHECK(Barcode::withCheckDigit(QStringLiteral("460000000000")) == QStringLiteral("4600000000008"));
}

TEST_CASE("EAN-8 check digits", "[catalog][barcode]")
{
    CHECK(Barcode::computeCheckDigit(QStringLiteral("9638507")) == 4);
    CHECK(Barcode::classify(QStringLiteral("96385074")) == Barcode::Kind::Ean8);
    CHECK(Barcode::classify(QStringLiteral("73513537")) == Barcode::Kind::Ean8);
    CHECK(Barcode::classify(QStringLiteral("96385075")) == Barcode::Kind::Invalid);
}

TEST_CASE("UPC-A check digits and the EAN-13 spelling of a UPC-A", "[catalog][barcode]")
{
    CHECK(Barcode::computeCheckDigit(QStringLiteral("03600029145")) == 2);
    CHECK(Barcode::classify(QStringLiteral("036000291452")) == Barcode::Kind::UpcA);
    CHECK(Barcode::classify(QStringLiteral("012345678905")) == Barcode::Kind::UpcA);
    CHECK(Barcode::classify(QStringLiteral("036000291453")) == Barcode::Kind::Invalid);
    CHECK(Barcode::classify(QStringLiteral("0036000291452")) == Barcode::Kind::Ean13);
    CHECK(Barcode::equivalents(QStringLiteral("036000291452")) ==
          QStringList{QStringLiteral("036000291452"), QStringLiteral("0036000291452")});
    CHECK(Barcode::equivalents(QStringLiteral("0036000291452")) ==
          QStringList{QStringLiteral("0036000291452"), QStringLiteral("036000291452")});
}

TEST_CASE("Wrong lengths, characters and other symbologies", "[catalog][barcode]")
{
    CHECK(Barcode::classify(QString()) == Barcode::Kind::Invalid);
    CHECK(Barcode::classify(QStringLiteral("12345")) == Barcode::Kind::Invalid);
    CHECK(Barcode::classify(QStringLiteral("40063813339")) == Barcode::Kind::Invalid); // 11 digits
    CHECK(Barcode::classify(QStringLiteral("40063813339311")) == Barcode::Kind::Invalid); // 14 digits
    CHECK(Barcode::problem(QStringLiteral("12345")).contains(QStringLiteral("5 digit")));
    CHECK(Barcode::classify(QStringLiteral("FLT-001/A")) == Barcode::Kind::Other);
    CHECK(Barcode::classify(QStringLiteral("FLT 001")) == Barcode::Kind::Invalid);
    CHECK(Barcode::classify(QStringLiteral("КИЙИЗ1")) == Barcode::Kind::Invalid);
    CHECK(Barcode::classify(QString(49, QLatin1Char('A'))) == Barcode::Kind::Invalid);
    CHECK(Barcode::computeCheckDigit(QStringLiteral("12ab567")) == -1);
    CHECK(Barcode::withCheckDigit(QStringLiteral("123")).isEmpty());
}

TEST_CASE("In-store codes are EAN-13 of the restricted-circulation range", "[catalog][barcode]")
{
    const QString first = Barcode::inStore(1);
    CHECK(first == QStringLiteral("2000000000015"));
    CHECK(Barcode::classify(first) == Barcode::Kind::Ean13);
    CHECK(Barcode::isRestrictedCirculation(first));
    const QString last = Barcode::inStore(Barcode::InStoreMaxSequence);
    CHECK(last.startsWith(QStringLiteral("209999999999")));
    CHECK(Barcode::isValid(last));
    CHECK(Barcode::inStore(Barcode::InStoreMaxSequence + 1).isEmpty());
    CHECK(Barcode::inStore(-1).isEmpty());
    CHECK(Barcode::isRestrictedCirculation(QStringLiteral("2912345678906")));
    CHECK_FALSE(Barcode::isRestrictedCirculation(QStringLiteral("2912345678904"))); // wrong check digit
    CHECK_FALSE(Barcode::isRestrictedCirculation(QStringLiteral("4006381333931")));
}
