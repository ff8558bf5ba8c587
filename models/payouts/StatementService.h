// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <optional>
#include <utility>

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QVariant>

#include "models/core/Result.h"
#include "models/payouts/Payouts.h"

namespace ovop {

class Database;
struct Session;

// Statements of what the shop owes a consignment producer (purchase producers were paid when their
// goods were received). A statement takes every line of the producer's sales sold in its period,
// and every return line of such sales returned in the period, that no statement took before: a
// line is settled once (statement_lines is unique by document line), so two statements of
// overlapping periods never count a sale twice, and a return of a line stated earlier lands on the
// next statement as a return.
//
// The period's dates are days of the shop's local time (the time zone of the computer, as receipts
// and screens show times): from 00:00 of `from` to 00:00 of the day after `to`, converted to UTC
// and compared with the sales' and returns' stored UTC times.
//
// Everything needs Permission::PayProducers; a statement is recorded in one transaction and
// audited (producer.statement).
class StatementService
{
    Q_DECLARE_TR_FUNCTIONS(StatementService)

public:
    explicit StatementService(Database& db);

    // The UTC bounds [begin, end) of a period of local days, as stored times.
    static std::pair<QString, QString> storedBounds(const QDate& from, const QDate& to);

    // What a statement of the period would hold now, without recording it (lines not yet settled).
    Result<Statement> preview(const Session& actor, const QString& producerId, const QDate& from,
                              const QDate& to) const;
    // Records the statement. language is ky, ru or en; empty for the shop's receipt language.
    // Refused for a purchase producer, a bad period (from after to, to after today) and when the
    // period has no line that is not already on a statement.
    Result<Statement> make(const Session& actor, const QString& producerId, const QDate& from, const QDate& to,
                           const QString& language = {});

    // A statement with its lines, by id or number.
    Result<Statement> find(const Session& actor, const QString& idOrNumber) const;
    // Statements without their lines, newest first; of one producer when producerId is not empty.
    Result<QList<Statement>> list(const Session& actor, const QString& producerId = {}) const;
    // The statement of exactly this producer and period, if one was made.
    Result<std::optional<Statement>> findPeriod(const Session& actor, const QString& producerId, const QDate& from,
                                                const QDate& to) const;
    // The total of a producer's sale lines (less returns) not yet on any statement, up to now.
    Result<Money> unsettled(const Session& actor, const QString& producerId) const;

private:
    Result<Statement> collect(const QString& producerId, const QDate& from, const QDate& to, bool forRecord) const;
    Result<QList<Statement>> select(const QString& where, const QList<std::pair<QString, QVariant>>& binds,
                                    bool withLines) const;

    Database& m_db;
};

} // namespace ovop
