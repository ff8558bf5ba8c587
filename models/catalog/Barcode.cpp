// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "models/catalog/Barcode.h"

namespace ovop {

namespace {

constexpr int MaxOtherLength = 48;

bool allDigits(const QString& text)
{
    if (text.isEmpty())
        return false;
    for (QChar c : text)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    return true;
}

bool printableAscii(const QString& text)
{
    for (QChar c : text)
        if (c.unicode() < 0x21 || c.unicode() > 0x7E)
            return false;
    return true;
}

bool checkDigitRight(const QString& code)
{
    return Barcode::computeCheckDigit(code.left(code.size() - 1)) == code.back().digitValue();
}

} // namespace

int Barcode::computeCheckDigit(const QString& digits)
{
    if (!allDigits(digits) || (digits.size() != 7 && digits.size() != 11 && digits.size() != 12))
        return -1;
    // GS1: from the right, weights 3, 1, 3, 1...
    int sum = 0;
    for (int i = 0; i < digits.size(); ++i) {
        const int digit = digits.at(digits.size() - 1 - i).digitValue();
        sum += digit * (i % 2 == 0 ? 3 : 1);
    }
    return (10 - sum % 10) % 10;
}

QString Barcode::withCheckDigit(const QString& digits)
{
    const int check = computeCheckDigit(digits);
    return check < 0 ? QString() : digits + QString::number(check);
}

Barcode::Kind Barcode::classify(const QString& code)
{
    if (code.isEmpty())
        return Kind::Invalid;
    if (allDigits(code)) {
        if (code.size() != 8 && code.size() != 12 && code.size() != 13)
            return Kind::Invalid;
        if (!checkDigitRight(code))
            return Kind::Invalid;
        return code.size() == 13 ? Kind::Ean13 : code.size() == 8 ? Kind::Ean8 : Kind::UpcA;
    }
    if (code.size() > MaxOtherLength || !printableAscii(code))
        return Kind::Invalid;
    return Kind::Other;
}

bool Barcode::isValid(const QString& code)
{
    return classify(code) != Kind::Invalid;
}

QString Barcode::problem(const QString& code)
{
    if (code.isEmpty())
        return tr("The barcode is empty.");
    if (allDigits(code)) {
        if (code.size() != 8 && code.size() != 12 && code.size() != 13)
            return tr("The barcode %1 has %n digit(s); an EAN-13 has 13, a UPC-A 12 and an EAN-8 8. "
                      "Check that it was typed or scanned whole.", nullptr, int(code.size()))
                .arg(code);
        if (!checkDigitRight(code)) {
            const QString kind = kindName(code.size() == 13 ? Kind::Ean13 : code.size() == 8 ? Kind::Ean8 : Kind::UpcA);
            return tr("The barcode %1 is not a valid %2: its last digit should be %3. Check the digits or "
                      "scan it again.")
                .arg(code, kind)
                .arg(computeCheckDigit(code.left(code.size() - 1)));
        }
        return {};
    }
    if (code.size() > MaxOtherLength)
        return tr("The barcode %1 is longer than %2 characters.").arg(code).arg(MaxOtherLength);
    if (!printableAscii(code))
        return tr("The barcode \"%1\" holds characters a barcode cannot hold (only Latin letters, digits and "
                  "punctuation, no spaces).")
            .arg(code);
    return {};
}

bool Barcode::isRestrictedCirculation(const QString& code)
{
    return classify(code) == Kind::Ean13 && code.at(0) == QLatin1Char('2');
}

QString Barcode::inStore(qint64 sequence)
{
    if (sequence < 0 || sequence > InStoreMaxSequence)
        return {};
    return withCheckDigit(QStringLiteral("20") + QStringLiteral("%1").arg(sequence, 10, 10, QLatin1Char('0')));
}

QStringList Barcode::equivalents(const QString& code)
{
    QStringList out{code};
    if (allDigits(code)) {
        if (code.size() == 12)
            out << QLatin1Char('0') + code;
        else if (code.size() == 13 && code.startsWith(QLatin1Char('0')))
            out << code.mid(1);
    }
    return out;
}

QString Barcode::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Ean13: return QStringLiteral("EAN-13");
    case Kind::Ean8: return QStringLiteral("EAN-8");
    case Kind::UpcA: return QStringLiteral("UPC-A");
    case Kind::Other: return QStringLiteral("Code 128");
    case Kind::Invalid: break;
    }
    return {};
}

} // namespace ovop
