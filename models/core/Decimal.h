// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QLocale>
#include <QString>
#include <QtGlobal>

namespace ovop::decimal {

enum class ParseError { None, Empty, Garbage, TooManyDecimals, Negative, TooLarge };

struct Parsed
{
    qint64 scaled = 0; // the value times 10^decimals
    ParseError error = ParseError::None;
};

// Parses a decimal number as people type it: spaces, U+00A0 or U+202F between digit groups,
// a point or a comma as the decimal mark, "1,234.50" and "1.234,50" both understood.
// Returns the value scaled by 10^decimals; more fraction digits than that is an error.
Parsed parse(QString text, int decimals, bool allowNegative);

// Formats a scaled value with the locale's group separator and decimal mark of the language.
// minDecimals..decimals fraction digits are shown (trailing zeros beyond minDecimals dropped).
QString format(qint64 scaled, int decimals, int minDecimals, const QString& language, bool grouping);

// The locale of a language of the program (ky, ru, en): its separators, month and day names.
QLocale localeFor(const QString& language);

} // namespace ovop::decimal
