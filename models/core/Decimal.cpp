// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "models/core/Decimal.h"

#include <limits>

#include <QLocale>

namespace ovop::decimal {

namespace {

bool isGroupSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QChar(0x00A0) || c == QChar(0x202F) || c == QLatin1Char('\'');
}

// True when every group after the first of a digit string split at 'sep' has three digits.
bool validGrouping(const QString& digits, QChar sep)
{
    const auto parts = digits.split(sep);
    if (parts.first().isEmpty() || parts.first().size() > 3)
        return false;
    for (qsizetype i = 1; i < parts.size(); ++i)
        if (parts[i].size() != 3)
            return false;
    return true;
}

} // namespace

QLocale localeFor(const QString& language)
{
    if (language == QLatin1String("ky"))
        return QLocale(QLocale::Kyrgyz, QLocale::Kyrgyzstan);
    if (language == QLatin1String("ru"))
        return QLocale(QLocale::Russian, QLocale::Kyrgyzstan);
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

Parsed parse(QString text, int decimals, bool allowNegative)
{
    Parsed out;
    text = text.trimmed();
    if (text.isEmpty()) {
        out.error = ParseError::Empty;
        return out;
    }
    bool negative = false;
    if (text.startsWith(QLatin1Char('-')) || text.startsWith(QChar(0x2212))) {
        negative = true;
        text = text.mid(1).trimmed();
    }
    // Space-like group separators: only between digits, in groups of three.
    QString compact;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (isGroupSpace(c)) {
            if (i == 0 || i + 1 >= text.size() || !text[i - 1].isDigit() || !text[i + 1].isDigit()) {
                out.error = ParseError::Garbage;
                return out;
            }
            compact += QLatin1Char('_');
        } else {
            compact += c;
        }
    }
    for (QChar c : compact) {
        if (!(c.isDigit() && c.unicode() < 128) && c != QLatin1Char('.') && c != QLatin1Char(',') &&
            c != QLatin1Char('_')) {
            out.error = ParseError::Garbage;
            return out;
        }
    }
    const auto dots = compact.count(QLatin1Char('.'));
    const auto commas = compact.count(QLatin1Char(','));
    QChar decimalMark;
    QChar groupMark;
    if (dots && commas) {
        decimalMark = compact.lastIndexOf(QLatin1Char('.')) > compact.lastIndexOf(QLatin1Char(','))
                          ? QLatin1Char('.') : QLatin1Char(',');
        groupMark = decimalMark == QLatin1Char('.') ? QLatin1Char(',') : QLatin1Char('.');
        if (compact.count(decimalMark) != 1) {
            out.error = ParseError::Garbage;
            return out;
        }
    } else if (dots > 1 || commas > 1) {
        groupMark = dots ? QLatin1Char('.') : QLatin1Char(',');
    } else if (dots == 1 || commas == 1) {
        decimalMark = dots ? QLatin1Char('.') : QLatin1Char(',');
    }
    QString whole = compact;
    QString fraction;
    if (!decimalMark.isNull()) {
        const auto at = compact.indexOf(decimalMark);
        whole = compact.left(at);
        fraction = compact.mid(at + 1);
        if (fraction.isEmpty() || whole.isEmpty()) {
            out.error = ParseError::Garbage;
            return out;
        }
        if (fraction.contains(QLatin1Char('_')) || fraction.contains(groupMark.isNull() ? QChar() : groupMark)) {
            out.error = ParseError::Garbage;
            return out;
        }
    }
    if (!groupMark.isNull())
        whole.replace(groupMark, QLatin1Char('_'));
    if (whole.contains(QLatin1Char('_')) && !validGrouping(whole, QLatin1Char('_'))) {
        out.error = ParseError::Garbage;
        return out;
    }
    whole.remove(QLatin1Char('_'));
    if (whole.isEmpty()) {
        out.error = ParseError::Garbage;
        return out;
    }
    if (fraction.size() > decimals) {
        out.error = ParseError::TooManyDecimals;
        return out;
    }
    if (whole.size() > 15) {
        out.error = ParseError::TooLarge;
        return out;
    }
    qint64 value = whole.toLongLong();
    for (int i = 0; i < decimals; ++i)
        value *= 10;
    qint64 frac = 0;
    for (int i = 0; i < decimals; ++i)
        frac = frac * 10 + (i < fraction.size() ? fraction[i].digitValue() : 0);
    value += frac;
    if (negative && value != 0) {
        if (!allowNegative) {
            out.error = ParseError::Negative;
            return out;
        }
        value = -value;
    }
    out.scaled = value;
    return out;
}

QString format(qint64 scaled, int decimals, int minDecimals, const QString& language, bool grouping)
{
    const QLocale locale = localeFor(language);
    qint64 pow = 1;
    for (int i = 0; i < decimals; ++i)
        pow *= 10;
    const bool negative = scaled < 0;
    const quint64 magnitude = negative ? quint64(0) - quint64(scaled) : quint64(scaled);
    const quint64 whole = magnitude / quint64(pow);
    quint64 frac = magnitude % quint64(pow);
    QString fracText = decimals ? QStringLiteral("%1").arg(frac, decimals, 10, QLatin1Char('0')) : QString();
    while (fracText.size() > minDecimals && fracText.endsWith(QLatin1Char('0')))
        fracText.chop(1);
    QString wholeText = QString::number(whole);
    if (grouping) {
        const QString group = locale.groupSeparator();
        for (qsizetype i = wholeText.size() - 3; i > 0; i -= 3)
            wholeText.insert(i, group);
    }
    QString text = wholeText;
    if (!fracText.isEmpty())
        text += locale.decimalPoint() + fracText;
    return negative ? locale.negativeSign() + text : text;
}

} // namespace ovop::decimal
