// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include "models/core/Quantity.h"
#include "models/core/Result.h"

namespace ovop {

class Database;

// What goods kept by batch (honey, cosmetics) leave the shop from: first expiring first.
struct BatchTake
{
    QString batch; // empty: the unbatched level (goods sold beyond what the batches hold)
    QDate expiresOn;
    Quantity quantity; // positive: how much leaves this batch
    bool expired = false;
};

// How much of a product is fit to sell today, and how much sits in expired batches.
struct BatchFreshness
{
    Quantity fresh;   // in batches that have not expired, and in the unbatched level
    Quantity expired; // in batches whose expiry date is before today
    QString firstExpiredBatch;
    QDate firstExpiredOn;
};

class BatchPicking
{
public:
    explicit BatchPicking(Database& db);

    Result<BatchFreshness> freshness(const QString& productId, const QDate& today) const;

    // The batches `quantity` is taken from: batches that have not expired, the earliest expiry
    // first (then those without a date); then, only when allowExpired, expired batches (earliest
    // first); what is left comes from the unbatched level, which may go below zero (goods sold that
    // were never received into the ledger). Reads inside the caller's transaction when it has one.
    Result<QList<BatchTake>> take(const QString& productId, Quantity quantity, const QDate& today,
                                  bool allowExpired) const;

    // The batches goods returned against a sale line go back to: those the line was sold from, less
    // what earlier returns of the line brought back, in the order they were taken; what is left (a
    // line sold before batches were kept) goes to the unbatched level.
    Result<QList<BatchTake>> returned(const QString& saleId, int saleLine, Quantity quantity) const;

private:
    Database& m_db;
};

} // namespace ovop
