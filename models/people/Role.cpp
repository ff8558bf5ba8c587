// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "models/people/Role.h"

namespace ovop {

QString Roles::key(Role role)
{
    switch (role) {
    case Role::Cashier:
        return QStringLiteral("cashier");
    case Role::Manager:
        return QStringLiteral("manager");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    return {};
}

std::optional<Role> Roles::fromKey(const QString& key)
{
    for (Role role : {Role::Cashier, Role::Manager, Role::Admin})
        if (Roles::key(role) == key.trimmed().toLower())
            return role;
    return std::nullopt;
}

QString Roles::displayName(Role role)
{
    switch (role) {
    case Role::Cashier:
        return tr("Cashier");
    case Role::Manager:
        return tr("Manager");
    case Role::Admin:
        return tr("Administrator");
    }
    return {};
}

bool Roles::allows(Role role, Permission permission)
{
    switch (permission) {
    case Permission::ViewCatalog:
    case Permission::Sell:
    case Permission::CountStock:
        return true;
    case Permission::ApproveTill:
    case Permission::ChangeSettings:
    case Permission::ViewAudit:
    case Permission::Backup:
    case Permission::EditCatalog:
    case Permission::ManageStock:
    case Permission::PayProducers:
    case Permission::ViewReports:
        return role == Role::Manager || role == Role::Admin;
    case Permission::ManageUsers:
    case Permission::Restore:
        return role == Role::Admin;
    }
    return false;
}

Error Roles::refusal(Permission permission)
{
    switch (permission) {
    case Permission::ManageUsers:
        return Error{tr("Only an administrator may manage users. Ask an administrator to do this."),
                     {},
                     {},
                     ErrorKind::Permission};
    case Permission::ChangeSettings:
        return Error{
            tr("Only a manager or an administrator may change the shop settings."), {}, {}, ErrorKind::Permission};
    case Permission::ViewAudit:
        return Error{tr("Only a manager or an administrator may read the audit log."), {}, {}, ErrorKind::Permission};
    case Permission::Backup:
        return Error{tr("Only a manager or an administrator may take a backup."), {}, {}, ErrorKind::Permission};
    case Permission::Restore:
        return Error{
            tr("Only an administrator may restore the database from a backup."), {}, {}, ErrorKind::Permission};
    case Permission::EditCatalog:
        return Error{tr("Only a manager or an administrator may change the catalogue."), {}, {}, ErrorKind::Permission};
    case Permission::ViewCatalog:
        return Error{tr("You may not view the catalogue."), {}, {}, ErrorKind::Permission};
    case Permission::Sell:
        return Error{tr("You may not sell at this till."), {}, {}, ErrorKind::Permission};
    case Permission::ApproveTill:
        return Error{tr("Only a manager or an administrator may approve this."), {}, {}, ErrorKind::Permission};
    case Permission::ManageStock:
        return Error{tr("Only a manager or an administrator may receive, adjust or transfer stock."),
                     {},
                     {},
                     ErrorKind::Permission};
    case Permission::CountStock:
        return Error{tr("You may not count stock."), {}, {}, ErrorKind::Permission};
    case Permission::PayProducers:
        return Error{tr("Only a manager or an administrator may make statements and pay producers."),
                     {},
                     {},
                     ErrorKind::Permission};
    case Permission::ViewReports:
        return Error{tr("Only a manager or an administrator may see the reports."), {}, {}, ErrorKind::Permission};
    }
    return Error{tr("You are not allowed to do this."), {}, {}, ErrorKind::Permission};
}

} // namespace ovop
