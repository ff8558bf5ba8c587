// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// A user's row as the user service's files share it. Not for use outside models/people.
#pragma once

#include <optional>

#include <QDateTime>
#include <QString>
#include <QVariant>

#include "models/core/Result.h"
#include "models/people/UserService.h"

namespace ovop {

class Database;

// Longest user name accepted.
constexpr int MaxUserNameLength = 32;

// A user with the hash of its PIN, which never leaves the service.
struct StoredUser
{
    User user;
    QString pinHash;
};

// A stored time, or an invalid one for NULL or ''.
QDateTime parsedTime(const QVariant& value);

// The user of a name, compared case-insensitively in every script (SQLite's NOCASE folds only
// ASCII); nullopt when there is none, an error when the users could not be read.
Result<std::optional<StoredUser>> findUser(Database& db, const QString& name);

} // namespace ovop
