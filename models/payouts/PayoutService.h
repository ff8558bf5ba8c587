// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "models/core/Result.h"
#include "models/payouts/Payouts.h"

namespace ovop {

class Database;
struct Session;

// Paying a producer what a statement owes, once per statement (payouts.statement_id is unique; a
// second payout is refused naming the first). The amount is the statement's owed amount; a
// statement that owes nothing (zero, or less when returns outweigh sales) cannot be paid: its
// returns are the shop's to settle with the producer by hand. Cash comes out of the open shift's
// drawer on this till (a cash movement out, in the same transaction, so the shift's expected cash
// falls by the amount, and only when the drawer holds that much); a bank or wallet transfer needs
// its reference. Needs Permission::PayProducers; audited (producer.payout).
class PayoutService
{
    Q_DECLARE_TR_FUNCTIONS(PayoutService)

public:
    static constexpr int MaxReferenceLength = 100;

    explicit PayoutService(Database& db);

    Result<Payout> pay(const Session& actor, const QString& statementIdOrNumber, Payout::Method method,
                       const QString& reference = {});
    // The payout of a statement, if it was paid.
    Result<std::optional<Payout>> ofStatement(const Session& actor, const QString& statementId) const;
    // Every payout, newest first; of one producer when producerId is not empty.
    Result<QList<Payout>> list(const Session& actor, const QString& producerId = {}) const;

private:
    Database& m_db;
};

} // namespace ovop
