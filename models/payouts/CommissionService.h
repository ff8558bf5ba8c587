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

// The shop's commission on a producer's goods: the producer's own rate (Producer::
// commissionBasisPoints), or for one category an override (table commission_overrides, a setting
// that is edited: set replaces it, clear deletes it). Changes need Permission::PayProducers and are
// audited (producer.commission).
class CommissionService
{
    Q_DECLARE_TR_FUNCTIONS(CommissionService)

public:
    explicit CommissionService(Database& db);

    // The rate of a producer's goods of a category (its key): the override, else the producer's rate.
    Result<int> rateFor(const QString& producerId, const QString& categoryKey) const;
    // The same two rules (rateFor, commissionOf) for queries that add up many lines at once:
    // rateJoinSql LEFT JOINs a line's override (as `alias`, its category as `alias`_c), given the
    // line's producer id and category key expressions; rateSql is the line's rate from the
    // override and the producer's row; commissionSql the commission of a non-negative amount at a
    // rate, rounded half up to the tyiyn in integers, as commissionOf does.
    static QString rateJoinSql(const QString& producerIdExpr, const QString& categoryKeyExpr, const QString& alias);
    static QString rateSql(const QString& overrideAlias, const QString& producerAlias);
    static QString commissionSql(const QString& amountExpr, const QString& rateExpr);

    // The overrides of one producer, by category.
    Result<QList<CommissionOverride>> overrides(const QString& producerId) const;

    // Sets the rate of a producer's category, 0..10000 basis points.
    Status set(const Session& actor, const QString& producerId, const QString& categoryKey, int basisPoints);
    // Removes the override: the producer's own rate applies again. Refused when there is none.
    Status clear(const Session& actor, const QString& producerId, const QString& categoryKey);

private:
    Status change(const Session& actor, const QString& producerId, const QString& categoryKey,
                  std::optional<int> basisPoints);

    Database& m_db;
};

} // namespace ovop
