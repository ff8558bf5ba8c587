// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include "models/core/Result.h"

namespace ovop {

class Database;
struct Session;

// Fills an empty catalogue with a demo that looks like a real OVOP shop: products of felt,
// textiles, honey and food, cosmetics, wood and stone, names in ky, ru and en, their producers in
// real villages with due-diligence records, and stock received. actor needs EditCatalog.
// Refused (nothing changed) when the catalogue already has products.
Status seedDemoCatalog(Database& db, const Session& actor);

} // namespace ovop
