// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include "models/core/Money.h"
#include "models/reports/SalesReport.h"

namespace ovop {

// One point of the sales over time: a day, or a month (its first day).
struct SalesPoint
{
    QDate start;
    int count = 0;
    Money amount;
    Money returns;

    Money net() const { return amount - returns; }
};

// The sales of a period over time, for a line chart: every day of the period (days without sales
// at zero), or, for a period longer than two months, every month it touches. Made from the
// breakdown by day, so that it adds up to the same total.
struct SalesSeries
{
    enum class Step { Day, Month };

    Step step = Step::Day;
    QList<SalesPoint> points;

    // Longer than this many days: by month.
    static constexpr int MaxDays = 62;

    static SalesSeries of(const SalesBreakdown& byDay);
    // The point's label in the language: "30.11" for a day, "Nov 2026" / "нояб. 2026" for a month.
    QString label(const SalesPoint& point, const QString& language) const;
};

} // namespace ovop
