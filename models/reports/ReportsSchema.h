// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include "models/core/Result.h"
#include "models/store/Migrations.h"

namespace ovop {

// Schema step 6, "report indexes". The reports read a period of documents by their time: sales of
// one shop or a set of shops (sales by shop and time; sales by time alone exists since step 4),
// returns, payouts and receivings by their time. Indexes only: no table changes, no data moved.
// Part of a released schema step once released: never change it then, add a new step instead.
Status createReportIndexes(const MigrationContext& context);

// The indexes step 6 makes, by name (for the tests that look for them).
QStringList reportIndexNames();

} // namespace ovop
