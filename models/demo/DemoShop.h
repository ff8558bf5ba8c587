// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QCoreApplication>

#include "models/core/Result.h"

namespace ovop {

class Database;

// The demo shop of `ovopctl init --demo` and `make run`: OVOP+1 Bishkek (BIS-1, till T1) with
// the users admin, manager and cashier (PINs 1111, 2222, 3333). Refused when the database
// already has users or settings.
Status seedDemoShop(Database& db);

// Everything `ovopctl init --demo` creates: the demo shop above and the demo catalogue
// (demo/DemoCatalog.h) with its producers, villages and stock, entered by the demo admin.
// The till's history (demo/DemoSales.h) comes with it unless told otherwise.
enum class DemoTill { WithHistory, Empty };
Status seedDemoData(Database& db, DemoTill till = DemoTill::WithHistory);

class DemoShop
{
    Q_DECLARE_TR_FUNCTIONS(DemoShop)
};

} // namespace ovop
