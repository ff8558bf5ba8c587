// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <functional>
#include <memory>
#include <optional>

#include <QCoreApplication>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include "models/core/Quantity.h"
#include "models/people/Session.h"
#include "models/store/Database.h"
#include "models/store/FileGuard.h"

namespace ovop::ctl {

// Exit status of every command.
enum Exit { Ok = 0, Refused = 1, Usage = 2 };

// What a command does with the data it logs in to: only reads it, or changes it.
enum class Access { Read, Change };

// The user a command acts as, or the exit status to return when the login failed (Refused, or
// Usage when what was given as the PIN cannot be one).
struct Login
{
    std::optional<Session> session;
    int exitCode = Refused;

    explicit operator bool() const { return session.has_value(); }
    const Session& operator*() const { return *session; }
    const Session* operator->() const { return &*session; }
};

// What a command gets: its own arguments, the global options and the output streams.
struct Context
{
    QStringList args;   // after the command name
    QString dbPath;     // --db, or the default location
    QString language;   // --lang
    QString asUser;     // --as
    bool json = false;  // --json
    QTextStream& out;
    QTextStream& err;
    PinHashCost pinHashCost = PinHashCost::Interactive; // from OVOP_PIN_HASH_COST
    bool languageGiven = false; // --lang or OVOP_LANG was given (else language is the default, en)

    // How every command opens the database.
    OpenOptions openOptions() const;
    // Opens the database; prints the refusal and returns null when it cannot be opened.
    std::unique_ptr<Database> openDatabase(bool create = false) const;
    // Logs in as --as with the PIN from OVOP_PIN or a prompt; prints the refusal on failure. access
    // says what the command does, for the message printed when --as is missing.
    Login login(Database& db, Access access) const;
    // Opens the database and logs in as --as for access (printing any refusal, as the two above do),
    // then runs work with them while the database stays open; returns work's exit code, or the
    // refusal's.
    int withLogin(Access access, const std::function<int(Database&, const Session&)>& work) const;
    // Prints a refusal on stderr and returns Refused.
    int refuse(const QString& message) const;
    // The same for a service's error, with a hint where the command line can do something about it
    // (--force for a file that exists), then an optional closing line.
    int refuse(const Error& error, const QString& closing = {}) const;
    // Prints a usage error on stderr and returns Usage.
    int usage(const QString& message) const;
    // Prints a JSON value on stdout (for --json).
    void printJson(const QJsonValue& value) const;
    // Takes "--name VALUE" out of args; false with a usage error printed if VALUE is missing.
    bool takeOption(const QString& name, QString& value);
    // Takes every "--name VALUE" out of args, in order; false with a usage error printed if a VALUE
    // is missing.
    bool takeOptions(const QString& name, QStringList& values);
    // Takes a "--flag" out of args.
    bool takeFlag(const QString& name);
    // Takes "--force" out of args: whether a file that exists may be replaced.
    Overwrite takeOverwrite();
};

// A quantity in JSON: in the product's unit (1.5 is a kilogram and a half), a count for JSON
// readers, not money.
double jsonUnits(Quantity q);

using CommandFunction = int (*)(Context&);

struct CommandInfo
{
    QString name;     // "user", "backup", ...
    QString synopsis; // "user add|list|disable ..."
    CommandFunction run;
};

// Each command file registers its commands with a static CommandRegistrar.
class CommandRegistrar
{
public:
    CommandRegistrar(const char* name, const char* synopsis, CommandFunction run);
};

const QList<CommandInfo>& commands();

// Translations for messages of the command-line tool.
class Ctl
{
    Q_DECLARE_TR_FUNCTIONS(Ctl)
};

} // namespace ovop::ctl
