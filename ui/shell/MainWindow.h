// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <functional>

#include <QMainWindow>
#include <QMap>

#include "models/people/Session.h"
#include "ui/shell/Pages.h"

class QAction;
class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace ovop {
class Database;
}

namespace ovop::ui {

class BackupScheduler;
class ElidedLabel;
class HomePage;
class LanguageSwitch;

// Wires the pages the user's role may open (the table in Pages) into a navigation on the left, with
// the user, the language switch and the log-out button, and a status bar with shop, user and
// database state.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // backups may be null (no automatic backups, e.g. in tests).
    MainWindow(Database& db, const Session& session, BackupScheduler* backups = nullptr,
               QWidget* parent = nullptr);

    const Session& session() const { return m_session; }
    // "home" and the work pages of the role, in navigation order.
    QStringList pageKeys() const { return m_keys; }
    // The widget of a page; "settings" is a SettingsTabs.
    QWidget* page(const QString& key) const { return m_pages.value(key); }
    QString currentPage() const;
    bool showPage(const QString& key);
    QAction* logoutAction() const { return m_logout; }

    // Installs a language, remembers it for this user and on this computer.
    void switchLanguage(const QString& code);

Q_SIGNALS:
    void logoutRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void addPage(const QString& key, const PageWidget& page);
    void pageChosen(int row);
    void refreshStatus();
    void retranslateUi();

    Database& m_db;
    Session m_session;
    BackupScheduler* m_backups;
    QStringList m_keys;
    QMap<QString, QWidget*> m_pages;
    QMap<QString, std::function<void()>> m_shown;
    HomePage* m_home;
    QListWidget* m_navigation;
    QStackedWidget* m_stack;
    QLabel* m_appName;
    QLabel* m_userName;
    QLabel* m_userRole;
    QLabel* m_pageTitle;
    QLabel* m_languageError;
    LanguageSwitch* m_languages;
    QPushButton* m_logoutButton;
    QAction* m_logout;
    QAction* m_nextLanguage;
    ElidedLabel* m_shopStatus;
    QLabel* m_userStatus;
    QLabel* m_databaseStatus;
};

} // namespace ovop::ui
