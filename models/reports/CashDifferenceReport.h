// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include "models/core/Money.h"
#include "models/core/Result.h"
#include "models/reports/ReportScope.h"

namespace ovop {

class Database;
struct Session;

// A closed shift whose counted cash was not what its Z report expected.
struct CashDifferenceRow
{
    QString shiftId;
    int shiftNumber = 0; // per till
    int zNumber = 0;     // per till
    QString originShop;
    QString originDevice;
    QDateTime openedAt;
    QDateTime closedAt;
    QString openedBy; // user names
    QString closedBy;
    Money expectedCash;
    Money countedCash;
    Money difference; // counted - expected: below zero a shortage, above a surplus
};

// The cash counted at the close of the period's shifts against the cash expected, from their Z
// reports. A shift belongs to the period of the local day its Z report was made (closed_at), and
// to the shop of the Z report's origin shop.
struct CashDifferences
{
    ReportScope scope;
    int shiftsClosed = 0;          // every shift closed in the period, with a difference or not
    QList<CashDifferenceRow> rows; // only those with a difference, the latest close first
    Money total;                   // the sum of the differences (shortages below zero)
    Money shortages;               // the sum of the shortages, as a positive amount
    Money surpluses;               // the sum of the surpluses
    int shortageCount = 0;
    int surplusCount = 0;
};

// Needs Permission::ViewReports. The Z reports are read whole (one row a shift, no index on the
// time of the close): a till closing once a day makes a few hundred rows a year.
class CashDifferenceReport
{
    Q_DECLARE_TR_FUNCTIONS(CashDifferenceReport)

public:
    explicit CashDifferenceReport(Database& db);

    Result<CashDifferences> build(const Session& actor, const ReportScope& scope) const;

private:
    Database& m_db;
};

} // namespace ovop
