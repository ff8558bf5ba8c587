// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QString>

#include "models/core/Result.h"
#include "models/store/Database.h"

// PINs are kept only as Argon2id hashes (libsodium's self-describing "$argon2id$v=19$m=…,t=…,p=…$"
// strings), each made at the cost the database was opened with.
namespace ovop::pinhash {

// The environment variable through which the GUI and ovopctl may lower the cost of new PIN hashes
// to the minimum ("minimum"); unset, or "interactive", keeps the interactive cost.
inline constexpr char CostVariable[] = "OVOP_PIN_HASH_COST";

Result<QString> make(const QString& pin, PinHashCost cost);
bool matches(const QString& pin, const QString& hash);

// Whether a stored hash is weaker than one made at cost: libsodium says it needs a rehash, and it is
// not Argon2id, or its memory or passes are below those of cost. A stronger hash is never replaced.
bool weakerThan(const QString& hash, PinHashCost cost);

// The cost named by CostVariable; an unknown name is refused.
Result<PinHashCost> costFromEnvironment();

} // namespace ovop::pinhash
