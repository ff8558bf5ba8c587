// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace ovop {

class Database;

// What `ovopctl check` proves of the till's records, each a translated problem (none when sound).
class SalesCheck
{
    Q_DECLARE_TR_FUNCTIONS(SalesCheck)

public:
    // Each sale's total equals its lines less discounts and its payments less change, and the
    // change came out of cash; each return's total equals its lines and its refunds.
    static QStringList totals(Database& db);
    // A stock movement for each line of each sale and return, of the quantity on the line.
    static QStringList movements(Database& db);
    // Receipt numbers per till run from 1 without a gap, and each sale and return has its own.
    static QStringList receiptNumbers(Database& db);
};

} // namespace ovop
