// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QSqlDatabase>

#include "models/core/Result.h"

namespace ovop {

// Schema step 2, "catalogue": categories, oblasts, districts, villages (seeded), producers,
// products, their barcodes and photos, the product search index and the stock ledger. Part of a
// released schema step: never change it, add a new step instead.
Status createCatalogueSchema(const QSqlDatabase& db);

} // namespace ovop
