// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QCoreApplication>

#include "models/core/Result.h"

namespace ovop {

class Database;

// Which shop a demo database is: OVOP+1 Bishkek (BIS-1) unless told otherwise, so that a second
// demo shop (`init --demo --shop-code KAR-1 --shop-name "OVOP+1 Karakol"`) can trade with the first.
struct DemoShopIdentity
{
    QString shopCode = QStringLiteral("BIS-1");
    QString shopName = QStringLiteral("OVOP+1 Bishkek");
};

// The demo shop of `ovopctl init --demo` and `make run`: OVOP+1 Bishkek (BIS-1, till T1) with
// the users admin, manager and cashier (PINs 1111, 2222, 3333). Refused when the database
// already has users or settings.
Status seedDemoShop(Database& db, const DemoShopIdentity& identity = {});

// Everything `ovopctl init --demo` creates: the demo shop above and the demo catalogue
// (demo/DemoCatalog.h) with its producers, villages and stock, entered by the demo admin. The
// catalogue and producers have the same identities in every demo shop; users, device and stock
// are the shop's own. The till's history (demo/DemoSales.h) comes with it unless told otherwise.
// What the demo's till has done: six months of trading and today's shifts, today's shifts only
// (no past months: quicker, for tests of the till), or nothing yet.
enum class DemoTill { WithHistory, TodayOnly, Empty };
Status seedDemoData(Database& db, DemoTill till = DemoTill::WithHistory, const DemoShopIdentity& identity = {});

class DemoShop
{
    Q_DECLARE_TR_FUNCTIONS(DemoShop)
};

} // namespace ovop
