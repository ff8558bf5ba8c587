// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// ovopctl user: list, add, disable and enable users, reset a PIN, change one's own language.
#include <QJsonArray>
#include <QJsonObject>

#include "Command.h"
#include "Prompt.h"
#include "models/people/UserService.h"

namespace ovop::ctl {

namespace {

const char* const Synopsis = "user list | user add NAME --role cashier|manager|admin [--full-name TEXT] "
                             "[--language ky|ru|en] | user disable NAME | user enable NAME | user reset-pin NAME | "
                             "user language ky|ru|en";

QString timeText(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QJsonObject toJson(const User& user)
{
    return {{QStringLiteral("name"), user.name},
            {QStringLiteral("full_name"), user.fullName},
            {QStringLiteral("role"), Roles::key(user.role)},
            {QStringLiteral("language"), user.language},
            {QStringLiteral("active"), user.active},
            {QStringLiteral("failed_attempts"), user.failedAttempts},
            {QStringLiteral("locked_until"), user.lockedUntil.isValid() ? QJsonValue(timeText(user.lockedUntil))
                                                                        : QJsonValue()},
            {QStringLiteral("created_at"), timeText(user.createdAt)}};
}

int list(Context& ctx, Database& db, const Session& actor)
{
    auto users = UserService(db).list(actor);
    if (!users)
        return ctx.refuse(users.message());
    if (ctx.json) {
        QJsonArray array;
        for (const User& user : users.value())
            array.append(toJson(user));
        ctx.printJson(array);
        return Ok;
    }
    const QDateTime now = db.now();
    for (const User& user : users.value()) {
        QString state = user.active ? Ctl::tr("active") : Ctl::tr("disabled");
        if (user.lockedUntil.isValid() && now < user.lockedUntil)
            state = Ctl::tr("locked until %1").arg(user.lockedUntil.toLocalTime().toString(QStringLiteral("HH:mm")));
        ctx.out << user.name.leftJustified(16) << ' ' << Roles::displayName(user.role).leftJustified(14) << ' '
                << user.language << "  " << state.leftJustified(18) << ' ' << user.fullName << '\n';
    }
    ctx.out.flush();
    return Ok;
}

struct AddOptions
{
    QString roleKey, fullName, language = QStringLiteral("ru");
};

int add(Context& ctx, Database& db, const Session& actor, const AddOptions& options)
{
    const auto role = Roles::fromKey(options.roleKey);
    if (!role)
        return ctx.refuse(Ctl::tr("Unknown role \"%1\": use cashier, manager or admin.").arg(options.roleKey));
    NewUser user{ctx.args.first(), options.fullName, *role, QString(), options.language};
    user.pin = secretFromEnvironmentOrPrompt("OVOP_NEW_PIN", Ctl::tr("PIN of the new user %1: ").arg(user.name),
                                             ctx.err);
    auto added = UserService(db).add(actor, user);
    if (!added)
        return ctx.refuse(added.message());
    if (ctx.json)
        ctx.printJson(toJson(added.value()));
    else
        ctx.out << Ctl::tr("Added %1 (%2).").arg(added->name, Roles::displayName(added->role)) << Qt::endl;
    return Ok;
}

int setActive(Context& ctx, Database& db, const Session& actor, bool active)
{
    if (auto s = UserService(db).setActive(actor, ctx.args.first(), active); !s)
        return ctx.refuse(s.message());
    if (!ctx.json)
        ctx.out << (active ? Ctl::tr("%1 is enabled.") : Ctl::tr("%1 is disabled.")).arg(ctx.args.first())
                << Qt::endl;
    else
        ctx.printJson(QJsonObject{{QStringLiteral("name"), ctx.args.first()}, {QStringLiteral("active"), active}});
    return Ok;
}

int resetPin(Context& ctx, Database& db, const Session& actor)
{
    const QString pin = secretFromEnvironmentOrPrompt(
        "OVOP_NEW_PIN", Ctl::tr("New PIN of %1: ").arg(ctx.args.first()), ctx.err);
    if (auto s = UserService(db).resetPin(actor, ctx.args.first(), pin); !s)
        return ctx.refuse(s.message());
    if (!ctx.json)
        ctx.out << Ctl::tr("The PIN of %1 was changed.").arg(ctx.args.first()) << Qt::endl;
    return Ok;
}

int language(Context& ctx, Database& db, const Session& actor)
{
    if (auto s = UserService(db).setLanguage(actor, ctx.args.first()); !s)
        return ctx.refuse(s.message());
    if (!ctx.json)
        ctx.out << Ctl::tr("%1 will see the application in %2.").arg(actor.userName, ctx.args.first()) << Qt::endl;
    return Ok;
}

int runUser(Context& ctx)
{
    if (ctx.args.isEmpty())
        return ctx.usage(Ctl::tr("Usage: ovopctl %1").arg(QString::fromLatin1(Synopsis)));
    const QString sub = ctx.args.takeFirst();
    const QStringList known = {QStringLiteral("list"), QStringLiteral("add"), QStringLiteral("disable"),
                               QStringLiteral("enable"), QStringLiteral("reset-pin"), QStringLiteral("language")};
    if (!known.contains(sub))
        return ctx.usage(Ctl::tr("Unknown user command \"%1\". Usage: ovopctl %2")
                             .arg(sub, QString::fromLatin1(Synopsis)));
    // Usage errors are found before anything is opened or a PIN asked for.
    AddOptions addOptions;
    if (sub == QLatin1String("add") &&
        (!ctx.takeOption(QStringLiteral("--role"), addOptions.roleKey) ||
         !ctx.takeOption(QStringLiteral("--full-name"), addOptions.fullName) ||
         !ctx.takeOption(QStringLiteral("--language"), addOptions.language)))
        return Usage;
    if (sub == QLatin1String("add") && (ctx.args.size() != 1 || addOptions.roleKey.isEmpty()))
        return ctx.usage(Ctl::tr("Usage: ovopctl user add NAME --role cashier|manager|admin [--full-name TEXT] "
                                 "[--language ky|ru|en]"));
    if (sub == QLatin1String("list") && !ctx.args.isEmpty())
        return ctx.usage(Ctl::tr("Usage: ovopctl user list"));
    if (sub != QLatin1String("list") && ctx.args.size() != 1)
        return ctx.usage(Ctl::tr("Usage: ovopctl %1").arg(QString::fromLatin1(Synopsis)));
    const Access access = sub == QLatin1String("list") ? Access::Read : Access::Change;
    return ctx.withLogin(access, [&](Database& db, const Session& actor) -> int {
        if (sub == QLatin1String("list"))
            return list(ctx, db, actor);
        if (sub == QLatin1String("add"))
            return add(ctx, db, actor, addOptions);
        if (sub == QLatin1String("disable") || sub == QLatin1String("enable"))
            return setActive(ctx, db, actor, sub == QLatin1String("enable"));
        if (sub == QLatin1String("reset-pin"))
            return resetPin(ctx, db, actor);
        return language(ctx, db, actor);
    });
}

const CommandRegistrar registrar("user", Synopsis, &runUser);

} // namespace

} // namespace ovop::ctl
