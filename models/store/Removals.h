// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QString>

#include "models/core/Result.h"

namespace ovop {

class Database;
class Transaction;

// The marker a removed record leaves (removed_records), so that a removal travels to head office
// like any other change instead of vanishing. Appended inside the caller's unit of work, in the same
// transaction as the removal itself.
struct Removal
{
    QString entity;     // "product"
    QString recordId;   // the removed record's id
    QString naturalKey; // what people know it by (the SKU)
    QString userId;     // who removed it
};

Status recordRemoval(Database& db, const Transaction& unit, const Removal& removal);

} // namespace ovop
