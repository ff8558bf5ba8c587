// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include "models/core/Quantity.h"
#include "models/core/Result.h"

namespace ovop {

class Database;
class Transaction;
struct Session;

// The shop's minimum level of a product, in the product's unit: below it, the product is low and
// goes on the reorder list. Zero: no minimum.
class MinLevels
{
    Q_DECLARE_TR_FUNCTIONS(MinLevels)

public:
    explicit MinLevels(Database& db);

    Result<Quantity> get(const QString& productId) const;
    // Every minimum level set, by product id.
    Result<QHash<QString, Quantity>> all() const;
    // Needs ManageStock; audited (stock.min_level) when the level changes.
    Status set(const Session& actor, const QString& productId, Quantity quantity);
    // The internal step: checks the quantity against the product's unit and writes it inside the
    // caller's unit of work (the catalogue import). False in changed when the level was already so.
    Result<bool> write(const Transaction& unit, const Session& actor, const QString& productId, Quantity quantity);

private:
    Database& m_db;
};

} // namespace ovop
