// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <compare>

#include <QCoreApplication>
#include <QString>
#include <QtGlobal>

#include "models/core/Result.h"

namespace ovop {

class Quantity;

// An amount of Kyrgyz som, held as a whole number of tyiyn (1 som = 100 tyiyn) in 64 bits.
// Never a floating-point number anywhere.
class Money
{
    Q_DECLARE_TR_FUNCTIONS(Money)

public:
    enum class Sign { PositiveOnly, AllowNegative };

    constexpr Money() = default;
    static constexpr Money fromTyiyn(qint64 tyiyn) { return Money(tyiyn); }
    static constexpr Money fromSom(qint64 som) { return Money(som * 100); }

    constexpr qint64 tyiyn() const { return m_tyiyn; }
    constexpr bool isZero() const { return m_tyiyn == 0; }
    constexpr bool isNegative() const { return m_tyiyn < 0; }

    constexpr Money operator+(Money o) const { return Money(m_tyiyn + o.m_tyiyn); }
    constexpr Money operator-(Money o) const { return Money(m_tyiyn - o.m_tyiyn); }
    constexpr Money operator-() const { return Money(-m_tyiyn); }
    Money& operator+=(Money o) { m_tyiyn += o.m_tyiyn; return *this; }
    Money& operator-=(Money o) { m_tyiyn -= o.m_tyiyn; return *this; }
    constexpr auto operator<=>(const Money&) const = default;

    // Price times a quantity (in thousandths), rounded half away from zero to the tyiyn.
    Money times(const Quantity& quantity) const;
    // The part of this amount (tax included) that is tax at rate basisPoints (1200 = 12%),
    // rounded half away from zero to the tyiyn.
    Money includedTax(int basisPoints) const;

    // "1 234,50 сом" in ky and ru (U+00A0 groups), "1,234.50 som" in en.
    QString format(const QString& language) const;
    // The number alone, as an editor shows it: "1234,50" (ky, ru) or "1234.50" (en).
    QString toPlainString(const QString& language) const;
    // Accepts "1234", "1234.5", "1 234,50", "1,234.50", an optional "сом"/"som"/"KGS".
    // Refuses anything else, more than two decimals, and a negative amount unless allowed.
    static Result<Money> parse(const QString& text, Sign sign = Sign::PositiveOnly);

private:
    constexpr explicit Money(qint64 tyiyn) : m_tyiyn(tyiyn) {}
    qint64 m_tyiyn = 0;
};

} // namespace ovop
