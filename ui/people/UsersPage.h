// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QWidget>

#include "models/people/Session.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace ovop {
class Database;
}

namespace ovop::ui {

class UserTableModel;

// Users (admin): the list with a filter, add a user, disable or enable one, reset a PIN.
// Everything goes through UserService, which checks the permission again.
class UsersPage : public QWidget
{
    Q_OBJECT

public:
    UsersPage(Database& db, const Session& session, QWidget* parent = nullptr);

    void reload();
    UserTableModel* model() const { return m_model; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    QTableView* view() const { return m_view; }
    QLineEdit* filterField() const { return m_filter; }
    // The user of the selected row (empty when none).
    QString selectedUser() const;
    bool selectUser(const QString& name);

    // The actions of the buttons (the dialogs are modal).
    void addUser();
    void toggleActive();
    void resetPin();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateButtons();
    void showMessage(const QString& text, bool error);

    Database& m_db;
    Session m_session;
    UserTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLineEdit* m_filter;
    QPushButton* m_add;
    QPushButton* m_toggle;
    QPushButton* m_reset;
    QLabel* m_message;
    QTableView* m_view;
};

} // namespace ovop::ui
