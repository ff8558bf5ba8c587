// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <string>

#include <QList>
#include <QString>

#include "TestSupport.h"
#include "models/exchange/ImportPlan.h"
#include "models/people/Session.h"

namespace ovop::test {

// The path of a file in tests/data/csv.
QString csvFixture(const char* name);

// The id of the seeded village with that English name.
QString villageId(Database& db, const QString& englishName);

// Every problem of an import, one per line, for a test's failure message.
std::string problemsText(const QList<ImportProblem>& problems);

// Whether the plan has a problem on that line and column whose message holds words.
template <typename Plan> bool hasProblem(const Plan& plan, int line, const QString& column, const QString& words = {})
{
    for (const auto& p : plan.problems)
        if (p.line == line && p.column == column && p.message.contains(words, Qt::CaseInsensitive))
            return true;
    return false;
}

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
