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

// What goods kept by batch (honey, cosmetics) leave the shop from: first expiring first. The one
// place that says in which order batches are taken, for a sale and for goods leaving otherwise.
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

// What goods leaving the shop other than by sale are taken from (see BatchPicking::takeByExpiry).
struct BatchPick
{
    QList<BatchTake> takes;
    // What the product's stock lets leave, never below zero: what its levels with stock hold, but
    // no more than its whole stock (an unbatched level below zero counts against the batches).
    Quantity available;
};

class BatchPicking
{
public:
    // What happens to the part of a quantity that the stock on hand does not hold.
    enum class Shortfall {
        FromUnbatched, // taken from the unbatched level all the same, which goes below zero
        Refused,       // nothing is taken: the caller refuses, saying what is available
    };

    explicit BatchPicking(Database& db);

    Result<BatchFreshness> freshness(const QString& productId, const QDate& today) const;

    // A sale: the batches `quantity` is taken from: batches that have not expired, the earliest
    // expiry first (then those without a date); then, only when allowExpired, expired batches
    // (earliest first); what is left comes from the unbatched level, which may go below zero (goods
    // sold that were never received into the ledger). Reads inside the caller's transaction when it
    // has one.
    Result<QList<BatchTake>> take(const QString& productId, Quantity quantity, const QDate& today,
                                  bool allowExpired) const;

    // Goods that leave other than by sale (sent to another shop, given back to their producer, found
    // missing at a stocktake): every level with stock, the earliest expiry first whether expired or
    // not (an expired batch goes before a fresh one); the unbatched level counts as a level without
    // a date, ahead of the named batches without one. What the levels do not hold comes from the
    // unbatched level (FromUnbatched); or, when Refused and `quantity` is more than
    // BatchPick::available, nothing is taken (the takes are empty). Reads inside the caller's
    // transaction when it has one.
    Result<BatchPick> takeByExpiry(const QString& productId, Quantity quantity, const QDate& today,
                                   Shortfall shortfall) const;

    // The batches goods returned against a sale line go back to: those the line was sold from, less
    // what earlier returns of the line brought back, in the order they were taken; what is left (a
    // line sold before batches were kept) goes to the unbatched level.
    Result<QList<BatchTake>> returned(const QString& saleId, int saleLine, Quantity quantity) const;

private:
    Database& m_db;
};

} // namespace ovop
