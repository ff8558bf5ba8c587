// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <functional>
#include <vector>

#include <QSqlDatabase>
#include <QString>

#include "core/Result.h"

namespace ovop {

// One upgrade step: brings the schema from version-1 to version.
struct Migration
{
    int version;
    QString name;
    std::function<Status(const QSqlDatabase&)> apply;
};

// The application's ordered upgrade steps (store/Schema.cpp).
const std::vector<Migration>& schemaMigrations();

int schemaVersion(const QSqlDatabase& db);

// Applies every step above the database's version in order, each in its own transaction that
// rolls back whole on failure, and sets the version after each step.
Status migrate(const QSqlDatabase& db, const std::vector<Migration>& steps);

} // namespace ovop
