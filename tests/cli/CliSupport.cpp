// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "cli/CliSupport.h"

#include <functional>

#include "models/demo/DemoShop.h"
#include "models/people/UserService.h"
#include "models/settings/NewShop.h"
#include "models/settings/ShopSettings.h"
#include "models/store/Database.h"

namespace clitest {

namespace {

void seed(const QString& path, const std::function<ovop::Status(ovop::Database&)>& content)
{
    ovop::OpenOptions options;
    options.create = true;
    options.pinHashCost = ovop::PinHashCost::Minimum;
    auto db = ovop::Database::open(path, options);
    INFO(db.message().toStdString());
    REQUIRE(db.ok());
    const ovop::Status seeded = content(*db.value());
    INFO(seeded.message().toStdString());
    REQUIRE(seeded.ok());
}

} // namespace

void seedPlainShop(const QString& db, const QString& shopCode, const QString& shopName)
{
    ovop::ShopSettings settings;
    settings.shopCode = shopCode;
    settings.shopName = shopName;
    settings.deviceId = QStringLiteral("T1");
    const ovop::NewUser admin{QStringLiteral("admin"), QString(), ovop::Role::Admin, QStringLiteral("1111"),
                              QStringLiteral("en")};
    seed(db, [&](ovop::Database& opened) { return ovop::seedNewShop(opened, settings, admin); });
}

void seedDemoShop(const QString& db, ovop::DemoTill till)
{
    seed(db, [till](ovop::Database& opened) { return ovop::seedDemoData(opened, till); });
}

} // namespace clitest
