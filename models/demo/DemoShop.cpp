// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "models/demo/DemoShop.h"

#include <optional>

#include "models/demo/DemoCatalog.h"
#include "models/demo/DemoHistory.h"
#include "models/demo/DemoSales.h"
#include "models/demo/DemoStock.h"

#include "models/people/UserService.h"
#include "models/settings/ShopSettings.h"
#include "models/store/Database.h"

namespace ovop {

namespace {

// Creates the demo shop and returns the session of its admin, who enters the rest of the demo.
Result<Session> createDemoShop(Database& db, const DemoShopIdentity& identity)
{
    UserService users(db);
    const auto any = users.hasUsers();
    if (!any)
        return any.error();
    if (any.value())
        return Error{DemoShop::tr("This database already has users; the demo shop goes into a new database only.")};

    ShopSettings settings;
    const bool bishkek = identity.shopCode == DemoShopIdentity().shopCode;
    settings.shopCode = identity.shopCode;
    settings.shopName = identity.shopName;
    settings.address = bishkek ? QStringLiteral("Chüy Avenue 114, Bishkek 720040, Kyrgyzstan") : QString();
    settings.deviceId = QStringLiteral("T1");
    settings.receiptHeader = identity.shopName + QStringLiteral("\nHandmade in the villages of Kyrgyzstan");
    settings.tax.vatPayer = false;      // simplified regime: single tax, no VAT
    settings.tax.vatRateBp = 1200;      // kept for the day the shop becomes a VAT payer
    settings.tax.salesTaxRateBp = 100;  // 1% sales tax contained in shelf prices
    settings.tax.rounding = QStringLiteral("per-receipt");
    settings.mode = ShopSettings::Mode::Shop;
    if (auto s = SettingsService(db).initialise(settings); !s)
        return s.error();

    auto admin = users.createFirstAdmin({QStringLiteral("admin"), QStringLiteral("Азамат Токтогулов"), Role::Admin,
                                         QStringLiteral("1111"), QStringLiteral("ru")});
    if (!admin)
        return admin.error();
    Session session;
    session.userId = admin->id;
    session.userName = admin->name;
    session.role = Role::Admin;
    session.language = admin->language;

    const NewUser others[] = {
        {QStringLiteral("manager"), QStringLiteral("Айгүл Сыдыкова"), Role::Manager, QStringLiteral("2222"),
         QStringLiteral("ky")},
        {QStringLiteral("cashier"), QStringLiteral("Нурлан Бекмуратов"), Role::Cashier, QStringLiteral("3333"),
         QStringLiteral("ky")},
    };
    for (const NewUser& user : others)
        if (auto added = users.add(session, user); !added)
            return added.error();

    return session;
}

} // namespace

Status seedDemoShop(Database& db, const DemoShopIdentity& identity)
{
    auto admin = createDemoShop(db, identity);
    return admin ? Status() : Status(admin.error());
}

Status seedDemoData(Database& db, DemoTill till, const DemoShopIdentity& identity)
{
    auto admin = createDemoShop(db, identity);
    if (!admin)
        return admin.error();
    // Later capabilities add their demo data here, acting as the admin session.
    if (auto done = seedDemoCatalog(db, admin.value()); !done || till == DemoTill::Empty)
        return done;
    auto users = UserService(db).list(admin.value());
    if (!users)
        return users.error();
    std::optional<Session> cashier;
    std::optional<Session> manager;
    for (const User& user : users.value()) {
        Session session;
        session.userId = user.id;
        session.userName = user.name;
        session.fullName = user.fullName;
        session.role = user.role;
        session.language = user.language;
        if (user.role == Role::Cashier && !cashier)
            cashier = session;
        else if (user.role == Role::Manager && !manager)
            manager = session;
    }
    if (!cashier || !manager)
        return {};
    // Six months of trading first, then today's shifts: the receipts and Z reports number in order.
    if (till == DemoTill::WithHistory)
        if (auto done = seedDemoHistory(db, manager.value(), {cashier.value(), manager.value()}); !done)
            return done;
    if (auto done = seedDemoSales(db, cashier.value()); !done)
        return done;
    return seedDemoStock(db, admin.value());
}

} // namespace ovop
