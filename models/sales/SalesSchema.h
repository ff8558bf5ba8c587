// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include "models/core/Result.h"
#include "models/store/Migrations.h"

namespace ovop {

// Schema step 4, "till". Shifts and their Z reports, cash movements, the receipt-number register
// (one series per shop and device, shared by sales and returns: numbers never reused, no gaps),
// sales with their lines and payments, returns with theirs, the fiscal register's attempts per
// document, and parked carts. Every fact is append-only (triggers refuse UPDATE and DELETE); only a
// parked cart, a draft, is removed when it is recalled. Part of a released schema step once
// released: never change it then, add a new step instead.
Status createTillSchema(const MigrationContext& context);

} // namespace ovop
