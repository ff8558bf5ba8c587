// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "models/core/Quantity.h"

#include "models/core/Decimal.h"

namespace ovop {

QString Quantity::format(const QString& language) const
{
    return decimal::format(m_milli, 3, 0, language, true);
}

QString Quantity::toPlainString(const QString& language) const
{
    return decimal::format(m_milli, 3, 0, language, false);
}

Result<Quantity> Quantity::parse(const QString& input, bool allowNegative)
{
    const auto parsed = decimal::parse(input, 3, allowNegative);
    switch (parsed.error) {
    case decimal::ParseError::None:
        return Quantity(parsed.scaled);
    case decimal::ParseError::Empty:
        return Error{tr("Enter a quantity.")};
    case decimal::ParseError::TooManyDecimals:
        return Error{tr("A quantity has at most three decimals: \"%1\".").arg(input.trimmed())};
    case decimal::ParseError::Negative:
        return Error{tr("The quantity cannot be negative: \"%1\".").arg(input.trimmed())};
    case decimal::ParseError::TooLarge:
        return Error{tr("The quantity is too large: \"%1\".").arg(input.trimmed())};
    case decimal::ParseError::Garbage:
        break;
    }
    return Error{tr("\"%1\" is not a quantity. Write it like 2 or 1,5.").arg(input.trimmed())};
}

} // namespace ovop
