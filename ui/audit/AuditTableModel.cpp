// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "ui/audit/AuditTableModel.h"

#include <QLocale>

#include "models/audit/AuditText.h"
#include "models/core/Language.h"

namespace ovop::ui {

AuditTableModel::AuditTableModel(Database* db, QObject* parent)
    : QAbstractTableModel(parent), m_db(db), m_names(std::make_unique<AuditNames>(db))
{
}

AuditTableModel::~AuditTableModel() = default;

void AuditTableModel::setEntries(const QList<AuditEntry>& entries)
{
    beginResetModel();
    m_entries = entries;
    m_names = std::make_unique<AuditNames>(m_db); // names as they are now
    endResetModel();
}

QString AuditTableModel::describe(const AuditEntry& entry) const
{
    return AuditText::describe(entry, *m_names, Language::current());
}

QString AuditTableModel::userText(const AuditEntry& entry) const
{
    return entry.userName.isEmpty() ? tr("system") : m_names->user(entry.userName);
}

const AuditEntry* AuditTableModel::entry(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

void AuditTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_entries.size()) - 1, ColumnCount - 1));
}

int AuditTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry& e = m_entries.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Sequence: return e.seq;
        case Time: return QLocale().toString(e.at.toLocalTime(), QStringLiteral("dd.MM.yyyy HH:mm:ss"));
        case User:
            return e.userName.isEmpty() ? tr("system") : e.userName; // short: the details need the room
        case Action: return AuditLog::actionTitle(e.action);
        case Details:
            return describe(e);
        case Origin:
            return e.originDevice.isEmpty() ? e.originShop : QStringLiteral("%1 / %2").arg(e.originShop, e.originDevice);
        default: return {};
        }
    }
    if (role == SortRole) {
        switch (index.column()) {
        case Sequence: return e.seq;
        case Time: return e.at;
        default: return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == User)
            return userText(e);
        if (index.column() == Action)
            return e.action;
        if (index.column() == Details)
            return describe(e);
    }
    return {};
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Sequence: return tr("No.");
    case Time: return tr("Time");
    case User: return tr("User");
    case Action: return tr("Action");
    case Details: return tr("Details");
    case Origin: return tr("Shop / device");
    default: return {};
    }
}

} // namespace ovop::ui
