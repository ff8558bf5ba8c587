// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "ui/shell/Application.h"

#include <memory>

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QPointer>
#include <QScreen>

#include "models/core/Language.h"
#include "models/people/PinHash.h"
#include "ui/shell/BackupScheduler.h"
#include "ui/shell/LanguageSwitch.h"
#include "ui/shell/LoginWindow.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/Style.h"
#include "models/store/Database.h"
#include "models/store/InstanceLock.h"

namespace ovop::ui {

namespace {

class Gui
{
    Q_DECLARE_TR_FUNCTIONS(Gui)

public:
    static void refuse(const QString& message, const QString& detail = QString())
    {
        QMessageBox box(QMessageBox::Critical, tr("OVOP shop"), message, QMessageBox::Close);
        if (!detail.isEmpty())
            box.setDetailedText(detail);
        box.exec();
    }
};

// Large enough for the screen it is on: maximised, or the whole available area without a
// window manager.
void showLarge(QWidget* window)
{
    if (QScreen* screen = window->screen())
        window->setGeometry(screen->availableGeometry());
    window->showMaximized();
    window->raise();
    window->activateWindow();
}

} // namespace

int runApplication(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("OVOP"));
    QApplication::setApplicationName(QStringLiteral("ovop-pos"));
    QApplication::setApplicationVersion(QStringLiteral(OVOP_VERSION));
    applyStyle(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("OVOP shop"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("The shop database file."),
                                      QStringLiteral("PATH"), Database::defaultPath());
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("The language: ky, ru or en."),
                                        QStringLiteral("CODE"));
    parser.addOption(dbOption);
    parser.addOption(langOption);
    parser.process(app);

    const QString requested = parser.value(langOption);
    Language::install(Language::isValid(requested) ? requested : LanguageSwitch::rememberedLanguage());
    if (!requested.isEmpty() && !Language::isValid(requested)) {
        Gui::refuse(Gui::tr("The language \"%1\" is not known. Use ky, ru or en.").arg(requested));
        return 2;
    }

    const QString path = parser.value(dbOption);
    auto lock = InstanceLock::acquire(path);
    if (!lock) {
        Gui::refuse(lock.message(), lock.error().detail);
        return 1;
    }
    const auto cost = pinhash::costFromEnvironment();
    if (!cost) {
        Gui::refuse(cost.message());
        return 2;
    }
    OpenOptions options;
    options.pinHashCost = cost.value();
    auto db = Database::open(path, options);
    if (!db) {
        Gui::refuse(db.message(), db.error().detail);
        return 1;
    }
    Database& database = *db.value();

    BackupScheduler backups(database);
    backups.start();

    LoginWindow login(database);
    QPointer<MainWindow> main;
    QObject::connect(&login, &LoginWindow::loggedIn, &login, [&](const Session& session) {
        if (Language::isValid(session.language) && session.language != Language::current()) {
            Language::install(session.language);
            LanguageSwitch::rememberLanguage(session.language);
        }
        main = new MainWindow(database, session, &backups);
        main->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(main, &MainWindow::logoutRequested, &login, [&] {
            login.reload();
            showLarge(&login);
            if (main)
                main->close();
        });
        showLarge(main);
        login.hide();
    });
    showLarge(&login);
    const int status = app.exec();
    delete main;
    return status;
}

} // namespace ovop::ui
