// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QString>

#include "models/people/Role.h"

namespace ovop {

// Who is acting: the result of a successful login. Every service call that reads protected data
// or changes anything takes one, checks its permission and writes its user to the audit log.
struct Session
{
    QString userId;
    QString userName;
    QString fullName; // as people call the user; may be empty
    Role role = Role::Cashier;
    QString language = QStringLiteral("ru");

    bool can(Permission permission) const { return Roles::allows(role, permission); }
    // The full name when there is one, else the login name.
    QString displayName() const { return fullName.isEmpty() ? userName : fullName; }
};

} // namespace ovop
