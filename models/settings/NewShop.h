// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include "models/core/Result.h"

namespace ovop {

class Database;
struct NewUser;
struct ShopSettings;

// A real shop in a new database, as `ovopctl init --shop-code …` makes it: its settings, then its
// first administrator. (The demo shop is seedDemoData() of demo/DemoShop.h.)
Status seedNewShop(Database& db, const ShopSettings& settings, const NewUser& admin);

} // namespace ovop
