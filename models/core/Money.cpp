// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "models/core/Money.h"

#include "models/core/Decimal.h"
#include "models/core/Quantity.h"

namespace ovop {

namespace {
// Divides rounding half away from zero.
qint64 divideRounded(qint64 numerator, qint64 denominator)
{
    const qint64 q = numerator / denominator;
    const qint64 r = numerator % denominator;
    if (2 * (r < 0 ? -r : r) >= denominator)
        return q + (numerator < 0 ? -1 : 1);
    return q;
}
} // namespace

Money Money::times(const Quantity& quantity) const
{
    return Money(divideRounded(m_tyiyn * quantity.milli(), Quantity::Scale));
}

Money Money::includedTax(int basisPoints) const
{
    if (basisPoints <= 0)
        return Money();
    return Money(divideRounded(m_tyiyn * basisPoints, 10000 + basisPoints));
}

QString Money::format(const QString& language) const
{
    const QString number = decimal::format(m_tyiyn, 2, 2, language, true);
    if (language == QLatin1String("ky") || language == QLatin1String("ru"))
        return number + QChar(0x00A0) + QStringLiteral("сом");
    return number + QStringLiteral(" som");
}

QString Money::toPlainString(const QString& language) const
{
    return decimal::format(m_tyiyn, 2, m_tyiyn % 100 ? 2 : 0, language, false);
}

Result<Money> Money::parse(const QString& input, Sign sign)
{
    QString text = input.trimmed();
    for (const auto* unit : {"сом", "som", "KGS", "с.", "с"}) {
        const QString u = QString::fromUtf8(unit);
        if (text.endsWith(u, Qt::CaseInsensitive)) {
            text.chop(u.size());
            break;
        }
    }
    const auto parsed = decimal::parse(text, 2, sign == Sign::AllowNegative);
    switch (parsed.error) {
    case decimal::ParseError::None:
        return Money(parsed.scaled);
    case decimal::ParseError::Empty:
        return Error{tr("Enter an amount.")};
    case decimal::ParseError::TooManyDecimals:
        return Error{tr("An amount has at most two decimals (tyiyn): \"%1\".").arg(input.trimmed())};
    case decimal::ParseError::Negative:
        return Error{tr("The amount cannot be negative: \"%1\".").arg(input.trimmed())};
    case decimal::ParseError::TooLarge:
        return Error{tr("The amount is too large: \"%1\".").arg(input.trimmed())};
    case decimal::ParseError::Garbage:
        break;
    }
    return Error{tr("\"%1\" is not an amount of money. Write it like 1234,50 or 1234.50.").arg(input.trimmed())};
}

} // namespace ovop
