// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QString>

#include "TestSupport.h"
#include "people/Session.h"

namespace ovop::test {

// The path of a file in tests/data/csv.
QString csvFixture(const char* name);

// The id of the seeded village with that English name.
QString villageId(Database& db, const QString& englishName);

// A demo shop (users admin, manager, cashier) with, unless asked not to, the producers the CSV
// fixtures name: BOS-01 in Bosteri and BIR-01 in Birlik.
struct ImportShop
{
    explicit ImportShop(bool withProducers = true);
    Database& db() { return shop.db(); }

    TempShop shop;
    Session admin;
};

} // namespace ovop::test
