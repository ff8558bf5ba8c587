// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include "models/core/Money.h"

namespace ovop {

// A till's working period: opened with a counted float, closed with a count and a Z report.
// Each sale, return and cash movement belongs to exactly one shift of its till.
struct Shift
{
    QString id;
    int number = 0; // per till: 1, 2, 3...
    QDateTime openedAt;
    QString openedBy; // user name
    Money openingFloat;
    bool open = true;
    QString originShop;
    QString originDevice;
};

// What a shift's cash and sales add up to, at any moment (X) or at its close (Z).
struct ShiftTotals
{
    QString shiftId;
    int shiftNumber = 0;
    QDateTime openedAt;
    QString openedBy;
    Money openingFloat;
    Money cashSales;   // cash taken for sales, less the change given
    Money cashRefunds; // cash paid back for returns
    Money cashIn;
    Money cashOut;
    Money expectedCash; // float + cash sales - cash refunds + cash in - cash out
    int salesCount = 0;
    Money salesTotal;
    int returnsCount = 0;
    Money returnsTotal;
    Money discountsTotal;
    QMap<QString, Money> byMethod; // payment method key -> taken for sales, less refunds
};

// The denominations a cash count is made in (domain.md), in tyiyn: notes 5000 to 20 som, coins
// 10, 5, 3, 1 som and 50 tyiyn.
QList<qint64> cashDenominations();

// A closed shift's numbered Z report: written once, never changed; printed again only as a copy.
struct ZReport
{
    QString id;
    int zNumber = 0; // per till
    ShiftTotals totals;
    QMap<qint64, int> counted; // denomination (tyiyn) -> how many
    Money countedCash;
    Money difference; // counted - expected
    QDateTime closedAt;
    QString closedBy;
    QString originShop;
    QString originDevice;
};

} // namespace ovop
