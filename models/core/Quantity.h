// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <compare>

#include <QCoreApplication>
#include <QString>
#include <QtGlobal>

#include "models/core/Result.h"

namespace ovop {

// A quantity in thousandths of a unit (pieces, kilograms, metres): 1.5 kg is 1500.
class Quantity
{
    Q_DECLARE_TR_FUNCTIONS(Quantity)

public:
    static constexpr qint64 Scale = 1000;

    constexpr Quantity() = default;
    static constexpr Quantity fromMilli(qint64 milli) { return Quantity(milli); }
    static constexpr Quantity fromUnits(qint64 units) { return Quantity(units * Scale); }

    constexpr qint64 milli() const { return m_milli; }
    constexpr bool isWhole() const { return m_milli % Scale == 0; }
    constexpr bool isZero() const { return m_milli == 0; }
    constexpr Quantity operator+(Quantity o) const { return Quantity(m_milli + o.m_milli); }
    constexpr Quantity operator-(Quantity o) const { return Quantity(m_milli - o.m_milli); }
    constexpr Quantity operator-() const { return Quantity(-m_milli); }
    constexpr auto operator<=>(const Quantity&) const = default;

    // "2", "1,5", "0,25" in ky and ru; "1.5" in en. Trailing zeros dropped.
    QString format(const QString& language) const;
    // Without thousands separators, for files: "1250.5" (en) or "1250,5" (ru, ky).
    QString toPlainString(const QString& language) const;
    // Accepts up to three decimals with a point or comma; refuses negatives unless allowed.
    static Result<Quantity> parse(const QString& text, bool allowNegative = false);

private:
    constexpr explicit Quantity(qint64 milli) : m_milli(milli) {}
    qint64 m_milli = 0;
};

} // namespace ovop
