// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// How shifts and Z reports are read and added up: shared by the shift service and its check.
#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>

#include "models/core/Result.h"
#include "models/sales/Shift.h"

namespace ovop {

class Database;
class SqlQuery;

namespace shiftrecords {

// SELECT ... FROM shifts, with its user and whether a Z report closed it: append WHERE/ORDER BY.
extern const QString ShiftSelect;
Shift shiftFrom(const SqlQuery& q);
// SELECT ... FROM z_reports with its user; column 4 is the stored expected cash, 11 the shift id.
extern const QString ZSelect;
ZReport zReportFrom(const SqlQuery& q);

// The totals and counts as a Z report stores them (JSON, amounts in tyiyn).
QString totalsText(const ShiftTotals& totals);
QString countsText(const QMap<qint64, int>& counted);
Money countedCashOf(const QMap<qint64, int>& counted);
// An amount in the language of the messages.
QString money(Money m);

// The X report of one shift, read through the shift indexes of sales, returns and cash movements.
Result<ShiftTotals> computeTotals(Database& db, const QString& shiftId);

} // namespace shiftrecords

} // namespace ovop
