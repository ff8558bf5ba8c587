// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

#include "models/core/Money.h"
#include "models/core/Result.h"
#include "models/sales/Shift.h"

namespace ovop {

class Database;
class Transaction;
struct Session;

// Shifts of this till (the database's origin shop and device): open with a counted float, cash in
// and out with a reason, an X report at any time, close with a count by denomination into a
// numbered Z report. Needs Permission::Sell; each change is audited (shift.open, shift.cash_in,
// shift.cash_out, shift.close) in the transaction that makes it.
class ShiftService
{
    Q_DECLARE_TR_FUNCTIONS(ShiftService)

public:
    static constexpr int MaxReasonLength = 200;

    explicit ShiftService(Database& db);

    // The open shift of this till, or nullopt when none is open.
    Result<std::optional<Shift>> current() const;
    // The same, read inside a caller's unit of work (a sale checks it in its own transaction).
    Result<std::optional<Shift>> currentIn(const Transaction& unit) const;

    // Refused while a shift is open on this till.
    Result<Shift> open(const Session& actor, Money openingFloat);
    // Refused without an open shift, with an empty reason, and (out) beyond the cash expected in
    // the drawer.
    Status cashIn(const Session& actor, Money amount, const QString& reason);
    Status cashOut(const Session& actor, Money amount, const QString& reason);

    // The X report of the open shift (an error when none is open) or of any shift by id.
    Result<ShiftTotals> totals() const;
    Result<ShiftTotals> totals(const QString& shiftId) const;

    // Closes the open shift: counted is denomination (tyiyn, one of cashDenominations()) -> how
    // many; the Z report gets the till's next Z number. Refused for an unknown denomination or a
    // negative count, and without an open shift.
    Result<ZReport> close(const Session& actor, const QMap<qint64, int>& counted);

    // A Z report by its number on this till, for printing again (as a copy).
    Result<ZReport> zReport(int zNumber) const;
    // Every shift of this till, newest first.
    Result<QList<Shift>> list() const;

    // Problems of the shifts' cash for ovopctl check: a Z report whose stored totals, expected
    // cash or counted cash disagree with the sales, returns, cash movements and counts. Empty when
    // all add up.
    Result<QStringList> problems() const;

private:
    Database& m_db;
};

} // namespace ovop
