// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "ui/people/UserTableModel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

#include "models/core/Language.h"

namespace ovop::ui {

UserTableModel::UserTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void UserTableModel::setUsers(const QList<User>& users, const QDateTime& now)
{
    beginResetModel();
    m_users = users;
    m_now = now;
    endResetModel();
}

const User* UserTableModel::user(int row) const
{
    return row >= 0 && row < m_users.size() ? &m_users.at(row) : nullptr;
}

int UserTableModel::rowOf(const QString& name) const
{
    for (int row = 0; row < m_users.size(); ++row)
        if (m_users.at(row).name.compare(name, Qt::CaseInsensitive) == 0)
            return row;
    return -1;
}

void UserTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_users.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_users.size()) - 1, ColumnCount - 1));
}

int UserTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

int UserTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString UserTableModel::statusText(const User& user) const
{
    if (!user.active)
        return tr("Disabled");
    if (user.lockedUntil.isValid() && user.lockedUntil > m_now)
        return tr("Locked until %1").arg(QLocale().toString(user.lockedUntil.toLocalTime(), QStringLiteral("HH:mm")));
    return tr("Active");
}

QVariant UserTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const User& user = m_users.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name: return user.name;
        case FullName: return user.fullName;
        case RoleColumn: return Roles::displayName(user.role);
        case LanguageColumn: return Language::isValid(user.language) ? Language::nativeName(user.language) : user.language;
        case Status: return statusText(user);
        case Created:
            return user.createdAt.isValid()
                       ? QLocale().toString(user.createdAt.toLocalTime(), QStringLiteral("dd.MM.yyyy HH:mm"))
                       : QString();
        default: return {};
        }
    }
    if (role == SortRole) {
        switch (index.column()) {
        case Name: return user.name.toLower();
        case FullName: return user.fullName.toLower();
        case RoleColumn: return int(user.role);
        case Created: return user.createdAt;
        default: return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::ForegroundRole && !user.active)
        return QBrush(QColor(0x5f, 0x66, 0x6d));
    return {};
}

QVariant UserTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Name");
    case FullName: return tr("Full name");
    case RoleColumn: return tr("Role");
    case LanguageColumn: return tr("Language");
    case Status: return tr("Status");
    case Created: return tr("Created");
    default: return {};
    }
}

} // namespace ovop::ui
