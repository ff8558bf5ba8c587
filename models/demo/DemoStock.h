// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include "models/core/Result.h"

namespace ovop {

class Database;
struct Session;

// The demo's stock work, after its till history: minimum levels (one product below its minimum),
// a delivery of honey in batches (one of them expiring within weeks) and the felt makers of
// Bosteri's statement for the last month, not yet paid.
Status seedDemoStock(Database& db, const Session& manager);

} // namespace ovop
