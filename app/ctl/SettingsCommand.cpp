// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// ovopctl settings: show the shop settings, change one.
#include <QJsonObject>

#include "Command.h"
#include "models/settings/ShopSettings.h"

namespace ovop::ctl {

namespace {

const char* const Synopsis = "settings show | settings set KEY VALUE";

int show(Context& ctx, Database& db)
{
    const auto read = SettingsService(db).values();
    if (!read)
        return ctx.refuse(read.error());
    const QMap<QString, QString>& values = read.value();
    if (ctx.json) {
        QJsonObject object;
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            object.insert(it.key(), it.value());
        ctx.printJson(object);
        return Ok;
    }
    for (const QString& key : SettingsService::keys()) {
        QString value = values.value(key);
        value.replace(QLatin1Char('\n'), QStringLiteral("\\n"));
        ctx.out << key.leftJustified(22) << ' ' << value << '\n';
    }
    ctx.out.flush();
    return Ok;
}

int set(Context& ctx, Database& db)
{
    const QString key = ctx.args.at(0);
    const QString value = ctx.args.at(1);
    const auto actor = ctx.login(db, Access::Change);
    if (!actor)
        return actor.exitCode;
    const auto before = SettingsService(db).values();
    if (!before)
        return ctx.refuse(before.error());
    const QString old = before->value(key);
    if (auto s = SettingsService(db).set(*actor, key, value); !s)
        return ctx.refuse(s.message());
    const auto after = SettingsService(db).values();
    if (!after)
        return ctx.refuse(after.error());
    const QString now = after->value(key);
    if (ctx.json)
        ctx.printJson(QJsonObject{{QStringLiteral("key"), key}, {QStringLiteral("old"), old},
                                  {QStringLiteral("new"), now}});
    else
        ctx.out << Ctl::tr("%1: %2 (was %3)").arg(key, now, old) << Qt::endl;
    return Ok;
}

int runSettings(Context& ctx)
{
    const QString sub = ctx.args.isEmpty() ? QString() : ctx.args.takeFirst();
    if (sub == QLatin1String("show") && ctx.args.isEmpty()) {
        auto db = ctx.openDatabase();
        return db ? show(ctx, *db) : Refused;
    }
    if (sub == QLatin1String("set") && ctx.args.size() == 2) {
        auto db = ctx.openDatabase();
        return db ? set(ctx, *db) : Refused;
    }
    return ctx.usage(Ctl::tr("Usage: ovopctl %1\nKeys: %2")
                         .arg(QString::fromLatin1(Synopsis), SettingsService::keys().join(QStringLiteral(", "))));
}

const CommandRegistrar registrar("settings", Synopsis, &runSettings);

} // namespace

} // namespace ovop::ctl
