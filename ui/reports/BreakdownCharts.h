// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QList>
#include <QString>
#include <functional>

#include "models/reports/SalesReport.h"
#include "models/reports/SalesSeries.h"

class QChart;

namespace ovop::ui {

// Draws report figures computed in the core as Qt Charts, in a language (labels, month names, the
// money format of its tooltips and axes). clicked is called with the index of the row (or point)
// behind the bar, slice or point clicked.
namespace BreakdownCharts {

using Clicked = std::function<void(int row)>;

// Horizontal bars of the breakdown's rows (net of returns), at most maxBars, the largest on top.
QChart* bars(const SalesBreakdown& breakdown, const QString& title, const QString& language, int maxBars,
             const Clicked& clicked);
// A pie of the rows' shares (net of returns), each slice labelled with its name and percentage.
QChart* pie(const SalesBreakdown& breakdown, const QString& title, const QString& language, const Clicked& clicked);
// The sales over time as a line, the axis labelled by day or by month.
QChart* line(const SalesSeries& series, const QString& title, const QString& language, const Clicked& clicked);

// One share of a whole (0..1), named.
struct Share
{
    QString label;
    double share = 0;
};
// Horizontal bars of shares on a scale of 0 to 100%, in the order given (the first on top), each
// bar's percentage written beside it.
QChart* shares(const QList<Share>& shares, const QString& title, const QString& language);

} // namespace BreakdownCharts

} // namespace ovop::ui
