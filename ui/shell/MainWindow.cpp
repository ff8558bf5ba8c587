// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "ui/shell/MainWindow.h"

#include <algorithm>

#include <QAction>
#include <QEvent>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QVBoxLayout>

#include "models/core/Language.h"
#include "models/people/UserService.h"
#include "models/settings/ShopSettings.h"
#include "ui/shell/BackupScheduler.h"
#include "ui/shell/HomePage.h"
#include "ui/shell/LanguageSwitch.h"
#include "ui/shell/Pages.h"
#include "models/store/Database.h"
#include "ui/widgets/ElidedLabel.h"

namespace ovop::ui {

MainWindow::MainWindow(Database& db, const Session& session, BackupScheduler* backups, QWidget* parent)
    : QMainWindow(parent), m_db(db), m_session(session), m_backups(backups)
{
    setObjectName(QStringLiteral("mainWindow"));
    setMinimumSize(900, 600);

    // Left: the application, the pages, who is working.
    auto* side = new QFrame(this);
    side->setObjectName(QStringLiteral("sidePanel"));
    side->setFixedWidth(230);
    m_appName = new QLabel(side);
    m_appName->setProperty("role", QStringLiteral("subheading"));
    m_appName->setContentsMargins(16, 16, 16, 8);
    m_navigation = new QListWidget(side);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->setWordWrap(true);
    m_userName = new QLabel(m_session.displayName(), side);
    m_userName->setObjectName(QStringLiteral("sideUserName"));
    m_userName->setProperty("role", QStringLiteral("subheading"));
    m_userName->setWordWrap(true);
    m_userRole = new QLabel(side);
    m_userRole->setProperty("role", QStringLiteral("hint"));
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 16);
    sideLayout->setSpacing(4);
    sideLayout->addWidget(m_appName);
    sideLayout->addWidget(m_navigation, 1);
    auto* who = new QVBoxLayout;
    who->setContentsMargins(16, 0, 16, 0);
    who->addWidget(m_userName);
    who->addWidget(m_userRole);
    sideLayout->addLayout(who);

    // Right: the page's title, the language switch and log out, then the page.
    m_pageTitle = new QLabel(this);
    m_pageTitle->setObjectName(QStringLiteral("pageTitle"));
    m_pageTitle->setProperty("role", QStringLiteral("heading"));
    m_languages = new LanguageSwitch(this);
    connect(m_languages, &LanguageSwitch::languageChosen, this, &MainWindow::switchLanguage);
    m_logoutButton = new QPushButton(this);
    m_logoutButton->setObjectName(QStringLiteral("logoutButton"));
    m_languageError = new QLabel(this);
    m_languageError->setProperty("role", QStringLiteral("error"));
    m_languageError->setWordWrap(true);
    m_languageError->hide();
    m_stack = new QStackedWidget(this);

    auto* header = new QHBoxLayout;
    header->setSpacing(8);
    header->addWidget(m_pageTitle, 1);
    header->addWidget(m_languages);
    header->addSpacing(8);
    header->addWidget(m_logoutButton);
    auto* content = new QVBoxLayout;
    content->setContentsMargins(16, 12, 16, 8);
    content->setSpacing(8);
    content->addLayout(header);
    content->addWidget(m_languageError);
    content->addWidget(m_stack, 1);

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(side);
    layout->addLayout(content, 1);
    setCentralWidget(central);

    // Actions with keyboard shortcuts, shown on the home page.
    m_logout = new QAction(this);
    m_logout->setObjectName(QStringLiteral("logoutAction"));
    m_logout->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_logout->setShortcutContext(Qt::WindowShortcut);
    connect(m_logout, &QAction::triggered, this, &MainWindow::logoutRequested);
    connect(m_logoutButton, &QPushButton::clicked, m_logout, &QAction::trigger);
    addAction(m_logout);
    m_nextLanguage = new QAction(this);
    m_nextLanguage->setObjectName(QStringLiteral("nextLanguageAction"));
    m_nextLanguage->setShortcut(QKeySequence(Qt::Key_F9));
    m_nextLanguage->setShortcutContext(Qt::WindowShortcut);
    connect(m_nextLanguage, &QAction::triggered, this,
            [this] { switchLanguage(LanguageSwitch::nextLanguage(Language::current())); });
    addAction(m_nextLanguage);

    // The pages of this role.
    m_home = new HomePage(m_db, m_session, this);
    addPage(QStringLiteral("home"), {m_home, {}});
    const PageContext context{m_db, m_session, this, [this] {
                                  m_home->reload();
                                  refreshStatus();
                              }};
    QStringList work;
    for (const PageEntry& entry : Pages::all()) {
        if (!m_session.can(entry.permission))
            continue;
        work << QString::fromLatin1(entry.key);
        addPage(work.last(), entry.make(context));
    }
    m_home->setPages(work);
    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::pageChosen);
    m_navigation->setCurrentRow(std::max(0, int(m_keys.indexOf(Pages::firstPage(m_session)))));

    // Status bar: shop, user, database.
    m_shopStatus = new ElidedLabel(this);
    m_shopStatus->setObjectName(QStringLiteral("shopStatus"));
    m_userStatus = new QLabel(this);
    m_userStatus->setObjectName(QStringLiteral("userStatus"));
    m_databaseStatus = new QLabel(this);
    m_databaseStatus->setObjectName(QStringLiteral("databaseStatus"));
    // The shop's name gives way first when the window is narrow.
    statusBar()->addWidget(m_shopStatus, 1);
    statusBar()->addWidget(m_userStatus);
    statusBar()->addPermanentWidget(m_databaseStatus);
    statusBar()->setSizeGripEnabled(false);
    if (m_backups)
        connect(m_backups, &BackupScheduler::finished, this, &MainWindow::refreshStatus);

    retranslateUi();
}

void MainWindow::addPage(const QString& key, const PageWidget& page)
{
    m_keys << key;
    m_pages.insert(key, page.widget);
    if (page.shown)
        m_shown.insert(key, page.shown);
    m_stack->addWidget(page.widget);
    auto* item = new QListWidgetItem(Pages::title(key), m_navigation);
    item->setData(Qt::UserRole, key);
}

QString MainWindow::currentPage() const
{
    const int row = m_navigation->currentRow();
    return row >= 0 && row < m_keys.size() ? m_keys.at(row) : QString();
}

bool MainWindow::showPage(const QString& key)
{
    const int row = int(m_keys.indexOf(key));
    if (row < 0)
        return false;
    m_navigation->setCurrentRow(row);
    return true;
}

void MainWindow::pageChosen(int row)
{
    if (row < 0 || row >= m_keys.size())
        return;
    const QString& key = m_keys.at(row);
    if (const auto shown = m_shown.value(key))
        shown();
    m_stack->setCurrentWidget(m_pages.value(key));
    m_pageTitle->setText(Pages::title(key));
}

void MainWindow::switchLanguage(const QString& code)
{
    if (!Language::isValid(code))
        return;
    if (code != Language::current())
        Language::install(code);
    LanguageSwitch::rememberLanguage(code);
    m_session.language = code;
    auto remembered = UserService(m_db).setLanguage(m_session, code);
    m_languageError->setText(remembered ? QString() : remembered.message());
    m_languageError->setVisible(!remembered);
    m_languages->setCurrent(code);
}

void MainWindow::refreshStatus()
{
    const auto settings = SettingsService(m_db).load();
    QStringList shop;
    if (!settings) {
        shop << settings.message(); // not an unnamed shop: its settings cannot be read
    } else {
        if (!settings->shopCode.isEmpty())
            shop << settings->shopCode;
        if (!settings->shopName.isEmpty())
            shop << settings->shopName;
        if (!settings->deviceId.isEmpty())
            shop << tr("device %1").arg(settings->deviceId);
    }
    m_shopStatus->setFullText(shop.join(QStringLiteral(" · ")));
    m_shopStatus->setProperty("role", settings ? QString() : QStringLiteral("error"));
    m_shopStatus->style()->unpolish(m_shopStatus);
    m_shopStatus->style()->polish(m_shopStatus);
    m_userStatus->setText(QStringLiteral("%1 · %2").arg(m_session.userName, Roles::displayName(m_session.role)));

    QStringList database{QFileInfo(m_db.path()).fileName(), tr("saved")};
    bool problem = false;
    if (m_backups && m_backups->hasRun()) {
        if (!m_backups->lastOk()) {
            database << tr("daily backup failed: %1").arg(m_backups->lastError());
            problem = true;
        } else if (m_backups->lastBackupTime().isValid()) {
            database << tr("backup %1").arg(
                QLocale().toString(m_backups->lastBackupTime(), QStringLiteral("dd.MM.yyyy HH:mm")));
        }
    }
    m_databaseStatus->setText(database.join(QStringLiteral(" · ")));
    m_databaseStatus->setToolTip(m_db.path());
    m_databaseStatus->setProperty("role", problem ? QStringLiteral("error") : QString());
    m_databaseStatus->style()->unpolish(m_databaseStatus);
    m_databaseStatus->style()->polish(m_databaseStatus);
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("OVOP shop — %1").arg(m_session.userName));
    m_appName->setText(tr("OVOP shop"));
    m_userRole->setText(Roles::displayName(m_session.role));
    m_logoutButton->setText(tr("Log out"));
    m_logoutButton->setToolTip(tr("Log out (Ctrl+L)"));
    m_logout->setText(tr("Log out"));
    m_nextLanguage->setText(tr("Next language"));
    for (int row = 0; row < m_navigation->count(); ++row)
        m_navigation->item(row)->setText(Pages::title(m_keys.at(row)));
    const QString key = currentPage();
    m_pageTitle->setText(key.isEmpty() ? QString() : Pages::title(key));
    m_languages->setCurrent(Language::current());
    refreshStatus();
}

} // namespace ovop::ui
