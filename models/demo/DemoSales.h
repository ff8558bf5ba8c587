// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include "models/core/Result.h"

namespace ovop {

class Database;
struct Session;

// The demo till's history: a closed shift of sales with a return, a cash-out and its Z report, and
// an open shift with a few sales, made by the cashier.
Status seedDemoSales(Database& db, const Session& cashier);

} // namespace ovop
