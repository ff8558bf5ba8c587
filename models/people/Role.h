// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QString>

#include "models/core/Result.h"

namespace ovop {

enum class Role { Cashier, Manager, Admin };

// What a user may do. Checked in the services, so the GUI and ovopctl obey the same rules.
enum class Permission {
    ManageUsers,    // add, disable, enable users, reset PINs (admin)
    ChangeSettings, // shop settings, tax profile, villages (manager, admin)
    ViewAudit,      // read the audit log (manager, admin)
    Backup,         // take a backup (manager, admin)
    Restore,        // replace the database from a backup (admin)
    EditCatalog,    // products, producers, prices, import (manager, admin)
    ViewCatalog,    // find products, print labels (everyone)
    Sell,           // sell, take returns, open and close a shift on a till (everyone)
    ApproveTill,    // approve at the till what is beyond a cashier's limits (manager, admin)
    ManageStock,    // receive goods, adjust, start/post/cancel a stocktake, transfers, minimum levels (manager, admin)
    CountStock,     // count goods in an open stocktake (everyone)
    PayProducers,   // statements, payouts, commission, returns to producers (manager, admin)
    ViewReports,    // sales, stock, producers' money and impact reports (manager, admin)
};

class Roles
{
    Q_DECLARE_TR_FUNCTIONS(Roles)

public:
    static QString key(Role role); // "cashier", "manager", "admin"
    static std::optional<Role> fromKey(const QString& key);
    static QString displayName(Role role); // translated
    static bool allows(Role role, Permission permission);
    // The translated refusal for a permission a role lacks.
    static Error refusal(Permission permission);
};

} // namespace ovop
