// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// ovopctl: everything the GUI does, from the command line.
#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include "Command.h"
#include "models/core/Language.h"
#include "models/people/PinHash.h"
#include "models/store/Database.h"

using namespace ovop;
using namespace ovop::ctl;

namespace {

void printHelp(QTextStream& out)
{
    out << Ctl::tr("Usage: ovopctl [--db PATH] [--lang ky|ru|en] [--json] [--as NAME] COMMAND ...") << "\n\n"
        << Ctl::tr("Commands:") << "\n";
    for (const auto& c : commands())
        out << "  " << c.synopsis << "\n";
    out << "\n"
        << Ctl::tr("Commands that change data act as a user: --as NAME, with the PIN from the "
                   "environment variable OVOP_PIN or typed at the prompt.")
        << "\n"
        << Ctl::tr("Exit status: 0 success, 1 refused or check failed, 2 usage error.") << "\n";
}

// What application a command needs: commands that draw (labels, documents) a GUI application, under
// the offscreen platform; reports on paper a widgets' one, because their charts are graphics widgets.
enum class App { Core, Gui, Widgets };

App appFor(const QStringList& args)
{
    const bool pdf = args.contains(QStringLiteral("--pdf"));
    if (pdf && args.contains(QStringLiteral("report")))
        return App::Widgets;
    // Printed documents draw text with fonts, which needs a (offscreen) GUI application.
    if (args.contains(QStringLiteral("label")) || args.contains(QStringLiteral("receipt")))
        return App::Gui;
    // A statement, a return to a producer or the reorder list written as PDF.
    const bool document = args.contains(QStringLiteral("statement")) || args.contains(QStringLiteral("reorder")) ||
                          (args.contains(QStringLiteral("producer")) && args.contains(QStringLiteral("return")));
    return pdf && document ? App::Gui : App::Core;
}

} // namespace

int main(int argc, char* argv[])
{
    QStringList raw;
    for (int i = 1; i < argc; ++i)
        raw << QString::fromLocal8Bit(argv[i]);
    std::unique_ptr<QCoreApplication> app;
    if (const App kind = appFor(raw); kind != App::Core) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        if (kind == App::Widgets)
            app = std::make_unique<QApplication>(argc, argv);
        else
            app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("OVOP"));
    QCoreApplication::setApplicationName(QStringLiteral("ovop-shop"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OVOP_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    Context ctx{{}, Database::defaultPath(), QStringLiteral("en"), {}, false, out, err};

    QString lang = qEnvironmentVariable("OVOP_LANG");
    QStringList args = raw;
    QString command;
    while (!args.isEmpty()) {
        const QString a = args.takeFirst();
        auto value = [&](QString& target) {
            if (args.isEmpty())
                return false;
            target = args.takeFirst();
            return true;
        };
        if (a == QLatin1String("--db")) {
            if (!value(ctx.dbPath))
                return ctx.usage(Ctl::tr("--db needs a file name."));
        } else if (a == QLatin1String("--lang")) {
            if (!value(lang))
                return ctx.usage(Ctl::tr("--lang needs ky, ru or en."));
        } else if (a == QLatin1String("--as")) {
            if (!value(ctx.asUser))
                return ctx.usage(Ctl::tr("--as needs a user name."));
        } else if (a == QLatin1String("--json")) {
            ctx.json = true;
        } else if (a == QLatin1String("--help") || a == QLatin1String("-h") || a == QLatin1String("help")) {
            printHelp(out);
            return Ok;
        } else if (a == QLatin1String("--version")) {
            out << "ovopctl " << OVOP_VERSION << Qt::endl;
            return Ok;
        } else if (a.startsWith(QLatin1String("--")) && command.isEmpty()) {
            return ctx.usage(Ctl::tr("Unknown option %1. See ovopctl --help.").arg(a));
        } else {
            command = a;
            break;
        }
    }
    // Global options may also follow the command: "ovopctl user list --json".
    for (qsizetype i = 0; i < args.size();) {
        const QString a = args.at(i);
        const bool takesValue = a == QLatin1String("--db") || a == QLatin1String("--lang") || a == QLatin1String("--as");
        if (a == QLatin1String("--json")) {
            ctx.json = true;
            args.removeAt(i);
        } else if (takesValue && i + 1 < args.size()) {
            const QString v = args.at(i + 1);
            (a == QLatin1String("--db") ? ctx.dbPath : a == QLatin1String("--lang") ? lang : ctx.asUser) = v;
            args.remove(i, 2);
        } else {
            ++i;
        }
    }
    if (!lang.isEmpty() && !Language::isValid(lang))
        return ctx.usage(Ctl::tr("Unknown language \"%1\": use ky, ru or en.").arg(lang));
    ctx.language = lang.isEmpty() ? QStringLiteral("en") : lang;
    ctx.languageGiven = !lang.isEmpty();
    Language::install(ctx.language);
    const auto cost = pinhash::costFromEnvironment();
    if (!cost)
        return ctx.usage(cost.message());
    ctx.pinHashCost = cost.value();

    if (command.isEmpty()) {
        printHelp(err);
        return Usage;
    }
    ctx.args = args;
    for (const auto& c : commands())
        if (c.name == command)
            return c.run(ctx);
    return ctx.usage(Ctl::tr("Unknown command \"%1\". See ovopctl --help.").arg(command));
}
