// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "Command.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "Prompt.h"
#include "models/people/UserService.h"

namespace ovop::ctl {

namespace {
QList<CommandInfo>& registry()
{
    static QList<CommandInfo> list;
    return list;
}

} // namespace

CommandRegistrar::CommandRegistrar(const char* name, const char* synopsis, CommandFunction run)
{
    registry().append({QString::fromUtf8(name), QString::fromUtf8(synopsis), run});
}

const QList<CommandInfo>& commands()
{
    return registry();
}

OpenOptions Context::openOptions() const
{
    OpenOptions options;
    options.pinHashCost = pinHashCost;
    return options;
}

std::unique_ptr<Database> Context::openDatabase(bool create) const
{
    OpenOptions options = openOptions();
    options.create = create;
    auto db = Database::open(dbPath, options);
    if (!db) {
        err << db.message() << Qt::endl;
        return nullptr;
    }
    return std::move(db).value();
}

Login Context::login(Database& db, Access access) const
{
    if (asUser.isEmpty()) {
        err << (access == Access::Read ? Ctl::tr("This command needs a login: say who you are with --as NAME "
                                                 "(the PIN from OVOP_PIN or typed at the prompt).")
                                       : Ctl::tr("This command changes data: say who you are with --as NAME "
                                                 "(the PIN from OVOP_PIN or typed at the prompt)."))
            << Qt::endl;
        return {};
    }
    const QString pin = secretFromEnvironmentOrPrompt("OVOP_PIN", Ctl::tr("PIN: "), err);
    // Something that cannot be a PIN is a usage error, not a wrong PIN: it is not counted as an attempt.
    if (auto s = UserService::validatePin(pin); !s)
        return {std::nullopt, usage(s.message())};
    UserService users(db);
    auto session = users.login(asUser, pin);
    if (!session) {
        err << session.message() << Qt::endl;
        return {};
    }
    return {session.value(), Ok};
}

int Context::withLogin(Access access, const std::function<int(Database&, const Session&)>& work) const
{
    auto db = openDatabase();
    if (!db)
        return Refused;
    const Login session = login(*db, access);
    if (!session)
        return session.exitCode;
    return work(*db, *session);
}

int Context::refuse(const QString& message) const
{
    err << message << Qt::endl;
    return Refused;
}

int Context::refuse(const Error& error, const QString& closing) const
{
    err << error.message << Qt::endl;
    if (error.kind == ErrorKind::Conflict && error.problems.isEmpty())
        err << Ctl::tr("Add --force to replace it.") << Qt::endl;
    if (!closing.isEmpty())
        err << closing << Qt::endl;
    return Refused;
}

int Context::usage(const QString& message) const
{
    err << message << Qt::endl;
    return Usage;
}

void Context::printJson(const QJsonValue& value) const
{
    QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    out.flush();
}

bool Context::takeOption(const QString& name, QString& value)
{
    const auto at = args.indexOf(name);
    if (at < 0)
        return true;
    if (at + 1 >= args.size()) {
        usage(Ctl::tr("%1 needs a value.").arg(name));
        return false;
    }
    value = args.at(at + 1);
    args.remove(at, 2);
    return true;
}

bool Context::takeOptions(const QString& name, QStringList& values)
{
    while (args.contains(name)) {
        QString value;
        if (!takeOption(name, value))
            return false;
        values << value;
    }
    return true;
}

bool Context::takeFlag(const QString& name)
{
    return args.removeAll(name) > 0;
}

Overwrite Context::takeOverwrite()
{
    return takeFlag(QStringLiteral("--force")) ? Overwrite::Allow : Overwrite::Refuse;
}

double jsonUnits(Quantity q)
{
    return double(q.milli()) / Quantity::Scale;
}

} // namespace ovop::ctl
