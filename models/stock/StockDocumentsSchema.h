// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include "models/core/Result.h"
#include "models/store/Migrations.h"

namespace ovop {

// Schema step 5, "stock documents and producers' money". The documents behind stock movements
// (receivings, adjustments, stocktakes with their counts, transfers between shops, returns to
// producers), the register of their numbers, minimum levels, commission per producer and category,
// statements with the sale and return lines they settle, and payouts. Facts are append-only
// (triggers refuse UPDATE and DELETE); minimum levels and commission overrides are settings a
// manager edits (each change audited). Part of a released schema step once released: never change
// it then, add a new step instead.
Status createStockDocumentsSchema(const MigrationContext& context);

} // namespace ovop
