// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include "models/core/Result.h"
#include "models/store/Migrations.h"

namespace ovop {

// Schema step 3, "stock ledger for documents". Rebuilds stock_movements so that each movement names
// the document and line that caused it (a sale, a return, a receiving, an adjustment, a stocktake,
// a transfer, a return to the producer), its batch and expiry, its unit cost and the producer at
// the time, with the kind's sign checked and a foreign key to the user. Adds stock_levels, the
// quantity on hand per product and batch, kept by a trigger in the same transaction as each
// movement (ovopctl check proves it equal to the ledger), and removed_records, the marker a removed
// record leaves for sync. Rows of version 2 are kept one for one. Part of a released schema step:
// never change it, add a new step instead.
Status upgradeStockLedger(const MigrationContext& context);

} // namespace ovop
