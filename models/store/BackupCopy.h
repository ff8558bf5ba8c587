// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QString>

#include "models/core/Result.h"

struct sqlite3;

namespace ovop::backup_detail {

// Whole-database copies through SQLite's online backup API, shared by backups and restores.
QString native(const QString& path);
QString sqliteMessage(sqlite3* db);
// Every page of source's main database into dest's, as one consistent snapshot and, on dest, one
// transaction: a copy cut short leaves dest as it was.
Status copyPages(sqlite3* source, sqlite3* dest);
// A self-contained copy (no WAL beside it) of source in a new file.
Status writeCopy(sqlite3* source, const QString& target);
// The database in the file candidate (opened read-only) copied over dest.
Status copyFromFile(const QString& candidate, sqlite3* dest);
// wanted, or wanted-2, wanted-3 … whichever does not exist yet.
QString freeName(const QString& wanted);

} // namespace ovop::backup_detail
