// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// ovopctl init: a new shop database, the demo shop or a real one with its first administrator.
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include "Command.h"
#include "Prompt.h"
#include "models/demo/DemoShop.h"
#include "models/people/UserService.h"
#include "models/settings/NewShop.h"
#include "models/settings/ShopSettings.h"

namespace ovop::ctl {

namespace {

void removeDatabaseFiles(const QString& path)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

struct InitRequest
{
    bool demo = false;
    DemoShopIdentity demoShop;
    ShopSettings settings;
    NewUser admin;
};

Status initialise(Database& db, const InitRequest& request)
{
    return request.demo ? seedDemoData(db, DemoTill::WithHistory, request.demoShop)
                        : seedNewShop(db, request.settings, request.admin);
}

int report(Context& ctx, Database& db)
{
    const auto loaded = SettingsService(db).load();
    if (!loaded)
        return ctx.refuse(loaded.error());
    const ShopSettings& settings = loaded.value();
    const auto active = UserService(db).activeUserNames();
    if (!active)
        return ctx.refuse(active.error());
    const QStringList& users = active.value();
    if (ctx.json) {
        ctx.printJson(QJsonObject{{QStringLiteral("database"), QDir::toNativeSeparators(db.path())},
                                  {QStringLiteral("shop_code"), settings.shopCode},
                                  {QStringLiteral("shop_name"), settings.shopName},
                                  {QStringLiteral("device_id"), settings.deviceId},
                                  {QStringLiteral("users"), QJsonArray::fromStringList(users)}});
    } else {
        ctx.out << Ctl::tr("Created the shop database %1 for %2 (%3), device %4.")
                       .arg(QDir::toNativeSeparators(db.path()), settings.shopName, settings.shopCode,
                            settings.deviceId)
                << Qt::endl
                << Ctl::tr("Users: %1.").arg(users.join(QStringLiteral(", "))) << Qt::endl;
    }
    return Ok;
}

int runInit(Context& ctx)
{
    InitRequest request;
    request.demo = ctx.takeFlag(QStringLiteral("--demo"));
    QString shopCode, shopName, deviceId = QStringLiteral("T1"), address, adminName = QStringLiteral("admin"),
                                fullName;
    if (!ctx.takeOption(QStringLiteral("--shop-code"), shopCode) ||
        !ctx.takeOption(QStringLiteral("--shop-name"), shopName) ||
        !ctx.takeOption(QStringLiteral("--device-id"), deviceId) ||
        !ctx.takeOption(QStringLiteral("--address"), address) || !ctx.takeOption(QStringLiteral("--admin"), adminName) ||
        !ctx.takeOption(QStringLiteral("--full-name"), fullName))
        return Usage;
    if (!ctx.args.isEmpty())
        return ctx.usage(Ctl::tr("Unexpected argument \"%1\". Usage: ovopctl init --demo, or ovopctl init "
                                 "--shop-code CODE --shop-name NAME [--device-id ID] [--address TEXT] [--admin NAME] "
                                 "[--full-name TEXT].")
                             .arg(ctx.args.first()));
    if (request.demo && shopCode.isEmpty() != shopName.isEmpty())
        return ctx.usage(Ctl::tr("A second demo shop needs both --shop-code CODE and --shop-name NAME; without them "
                                 "--demo creates the demo shop BIS-1."));
    if (request.demo && !shopCode.isEmpty())
        request.demoShop = {shopCode.trimmed(), shopName.trimmed()}; // checked as any shop's settings are
    if (!request.demo && (shopCode.isEmpty() || shopName.isEmpty()))
        return ctx.usage(Ctl::tr("init needs --shop-code CODE and --shop-name NAME (or --demo for the demo shop)."));

    // What is already there decides whether there is anything to do.
    auto inspection = Database::inspect(ctx.dbPath);
    if (!inspection)
        return ctx.refuse(inspection.message());
    std::unique_ptr<Database> existing;
    if (!inspection->empty) {
        existing = ctx.openDatabase();
        if (!existing)
            return Refused;
        const auto any = UserService(*existing).hasUsers();
        if (!any)
            return ctx.refuse(any.error());
        if (any.value())
            return ctx.refuse(Ctl::tr("%1 already has a shop with users; nothing was changed. Use another --db "
                                      "for a new shop.")
                                  .arg(QDir::toNativeSeparators(ctx.dbPath)));
    }

    if (!request.demo) {
        request.settings.shopCode = shopCode;
        request.settings.shopName = shopName;
        request.settings.deviceId = deviceId;
        request.settings.address = address;
        request.admin = {adminName, fullName, Role::Admin, QString(), ctx.language};
        request.admin.pin = secretFromEnvironmentOrPrompt(
            "OVOP_PIN", Ctl::tr("PIN of the administrator %1 (4 to 8 digits): ").arg(adminName), ctx.err);
        if (auto s = UserService::validatePin(request.admin.pin); !s)
            return ctx.refuse(s.message());
    }

    if (existing) {
        // A database with a schema but no users yet (left by an interrupted init): set up in place.
        if (auto s = initialise(*existing, request); !s)
            return ctx.refuse(s.message());
        return report(ctx, *existing);
    }

    // A new database is built under a temporary name and renamed at the end, so that a refusal
    // half-way leaves no half-made shop behind.
    const QString target = QFileInfo(ctx.dbPath).absoluteFilePath();
    const QString building = target + QStringLiteral(".init-%1").arg(QCoreApplication::applicationPid());
    removeDatabaseFiles(building);
    {
        OpenOptions options = ctx.openOptions();
        options.create = true;
        auto db = Database::open(building, options);
        if (!db) {
            removeDatabaseFiles(building);
            return ctx.refuse(db.message());
        }
        if (auto s = initialise(*db.value(), request); !s) {
            db.value().reset();
            removeDatabaseFiles(building);
            return ctx.refuse(s.message());
        }
    }
    removeDatabaseFiles(target); // nothing, an empty file or an SQLite file without tables
    if (!QFile::rename(building, target)) {
        removeDatabaseFiles(building);
        return ctx.refuse(Ctl::tr("The database %1 cannot be written.").arg(QDir::toNativeSeparators(target)));
    }
    auto db = ctx.openDatabase();
    if (!db)
        return Refused;
    return report(ctx, *db);
}

const CommandRegistrar registrar(
    "init",
    "init --demo [--shop-code CODE --shop-name NAME] | init --shop-code CODE --shop-name NAME [--device-id ID] "
    "[--address TEXT] [--admin NAME] [--full-name TEXT]",
    &runInit);

} // namespace

} // namespace ovop::ctl
