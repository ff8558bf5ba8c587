// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "models/settings/NewShop.h"

#include "models/people/UserService.h"
#include "models/settings/ShopSettings.h"

namespace ovop {

Status seedNewShop(Database& db, const ShopSettings& settings, const NewUser& admin)
{
    if (auto s = SettingsService(db).initialise(settings); !s)
        return s;
    auto created = UserService(db).createFirstAdmin(admin);
    return created ? Status() : Status(created.error());
}

} // namespace ovop
