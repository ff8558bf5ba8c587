// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

#include "models/people/UserService.h"

namespace ovop::ui {

// The users of the shop, one row each, for the Users page.
class UserTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, FullName, RoleColumn, LanguageColumn, Status, Created, ColumnCount };
    // Qt::UserRole: the raw value for sorting (name, date time, ...).
    static constexpr int SortRole = Qt::UserRole;

    explicit UserTableModel(QObject* parent = nullptr);

    // now: to tell a user who is locked out from one whose lock has expired.
    void setUsers(const QList<User>& users, const QDateTime& now);
    const User* user(int row) const;
    int rowOf(const QString& name) const;
    // Headers and texts in the current language.
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString statusText(const User& user) const;

    QList<User> m_users;
    QDateTime m_now;
};

} // namespace ovop::ui
