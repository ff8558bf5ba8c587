// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <functional>
#include <vector>

#include <QSqlDatabase>
#include <QString>

#include "models/core/Clock.h"
#include "models/core/Result.h"
#include "models/store/Origin.h"

namespace ovop {

// What an upgrade step may use besides the connection: the clock and id generator the database was
// opened with (tests inject fixed ones), and the shop and device that the records it makes belong
// to (empty before the settings exist).
struct MigrationContext
{
    QSqlDatabase db;
    const Clock* clock = &Clock::system();
    IdGenerator* ids = &IdGenerator::uuid();
    Origin origin;

    QString now() const { return storedTime(clock->now()); }
    QString newId() const { return ids->newId(); }
};

// One upgrade step: brings the schema from version-1 to version.
struct Migration
{
    int version;
    QString name;
    std::function<Status(const MigrationContext&)> apply;
};

// The application's ordered upgrade steps (store/Schema.cpp).
const std::vector<Migration>& schemaMigrations();

int schemaVersion(const QSqlDatabase& db);

// Applies every step above the database's version in order, each in its own transaction that
// rolls back whole on failure, and sets the version after each step. Foreign keys are switched
// off for the steps (SQLite ignores the switch inside a transaction, so it happens before BEGIN),
// which lets a step rebuild a table the way SQLite documents it (create the new table, copy the
// rows, drop the old one, rename the new one) without cascading deletes into the tables that
// refer to it; `PRAGMA foreign_key_check` must then find nothing before the step commits, and
// foreign keys are on again afterwards whatever happened.
Status migrate(const QSqlDatabase& db, const std::vector<Migration>& steps, const Clock& clock = Clock::system(),
               IdGenerator& ids = IdGenerator::uuid());

} // namespace ovop
