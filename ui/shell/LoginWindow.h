// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QMap>
#include <QWidget>

#include "models/people/Session.h"
#include "models/people/UserService.h"

class QButtonGroup;
class QLabel;
class QPushButton;
class QTimer;
class QVBoxLayout;

namespace ovop {
class Database;
}

namespace ovop::ui {

class LanguageSwitch;
class PinPad;

// The first screen: who is working (one big button per active user) and their PIN on a large
// on-screen pad. A refused PIN is explained beside the PIN field; the user stays selected.
class LoginWindow : public QWidget
{
    Q_OBJECT

public:
    explicit LoginWindow(Database& db, QWidget* parent = nullptr);

    // Reads the active users and the shop name again (after a logout).
    void reload();
    void selectUser(const QString& name);
    QString selectedUser() const { return m_selected; }
    bool isChecking() const { return m_checking; }
    PinPad* pinPad() const { return m_pinPad; }
    // Logs the selected user in with the PIN typed so far.
    void submit();
    // Installs a language at once and remembers it on this computer for the next start.
    void switchLanguage(const QString& code);

Q_SIGNALS:
    void loggedIn(const ovop::Session& session);
    // The PIN check began (true) or ended (false).
    void checkingChanged(bool checking);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslateUi();
    void updateSelection();
    void askForUserFirst();
    QString displayName(const QString& name) const;

    Database& m_db;
    QString m_selected;
    QString m_shopName;
    QString m_shopError; // why the settings could not be read; empty when they were
    QString m_readError; // why the users could not be read; empty when they were
    QLabel* m_title;
    QLabel* m_shop;
    LanguageSwitch* m_languages;
    QLabel* m_usersHeading;
    QLabel* m_noUsers;
    QWidget* m_userBox;
    QVBoxLayout* m_userLayout;
    QButtonGroup* m_userGroup;
    QMap<QString, QPushButton*> m_userButtons;
    QMap<QString, LoginChoice> m_choices;
    QTimer* m_unlockTimer;
    bool m_checking = false;
    QLabel* m_pinHeading;
    QLabel* m_hint;
    PinPad* m_pinPad;
    QPushButton* m_login;
};

} // namespace ovop::ui
