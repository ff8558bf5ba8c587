// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "ui/catalog/ImportPreviewModel.h"

#include <QBrush>
#include <QColor>

namespace ovop::ui {

ImportPreviewModel::ImportPreviewModel(QObject* parent) : QAbstractTableModel(parent) {}

void ImportPreviewModel::setRows(const QList<ImportPreviewRow>& rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

const ImportPreviewRow* ImportPreviewModel::row(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

void ImportPreviewModel::setKeyHeaders(const QString& key, const QString& name, const QString& detail)
{
    m_keyHeader = key;
    m_nameHeader = name;
    m_detailHeader = detail;
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void ImportPreviewModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

QString ImportPreviewModel::actionName(ImportAction action)
{
    switch (action) {
    case ImportAction::New: return tr("new");
    case ImportAction::Changed: return tr("changed");
    case ImportAction::Unchanged: return tr("unchanged");
    }
    return QString();
}

int ImportPreviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportPreviewModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount)
        return QVariant();
    const ImportPreviewRow& row = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Line: return row.line;
        case Action: return row.problems.isEmpty() ? actionName(row.action) : tr("problem");
        case Key: return row.key;
        case Name: return row.name;
        case Detail: return row.detail;
        case Changes:
            return row.problems.isEmpty() ? row.changedFields.join(QStringLiteral(", "))
                                          : row.problems.join(QStringLiteral("; "));
        default: return QVariant();
        }
    }
    if (role == Qt::ForegroundRole) {
        if (!row.problems.isEmpty())
            return QBrush(QColor(0xb3, 0x26, 0x1e));
        if (index.column() == Action && row.action == ImportAction::New)
            return QBrush(QColor(0x1e, 0x6b, 0x34));
        if (index.column() == Action && row.action == ImportAction::Changed)
            return QBrush(QColor(0x8a, 0x5a, 0x00));
        if (row.action == ImportAction::Unchanged)
            return QBrush(QColor(0x6b, 0x73, 0x7b));
        return QVariant();
    }
    if (role == Qt::ToolTipRole && !row.problems.isEmpty())
        return row.problems.join(QLatin1Char('\n'));
    if (role == Qt::TextAlignmentRole && index.column() == Line)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return QVariant();
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Line: return tr("Line");
    case Action: return tr("Action");
    case Key: return m_keyHeader;
    case Name:
        return m_nameHeader;
    case Detail: return m_detailHeader;
    case Changes: return tr("Changes or problems");
    default: return QVariant();
    }
}

ImportProblemModel::ImportProblemModel(QObject* parent) : QAbstractTableModel(parent) {}

void ImportProblemModel::setProblems(const QList<ImportProblem>& problems)
{
    beginResetModel();
    m_problems = problems;
    endResetModel();
}

void ImportProblemModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int ImportProblemModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_problems.size());
}

int ImportProblemModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportProblemModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_problems.size() || index.column() >= ColumnCount)
        return QVariant();
    const ImportProblem& problem = m_problems.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Line: return problem.line > 0 ? QVariant(problem.line) : QVariant(tr("file"));
        case ColumnName: return problem.column;
        case Reason: return problem.message;
        default: return QVariant();
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Reason)
        return problem.message;
    if (role == Qt::TextAlignmentRole && index.column() == Line)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return QVariant();
}

QVariant ImportProblemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Line: return tr("Line");
    case ColumnName: return tr("Column");
    case Reason: return tr("Problem");
    default: return QVariant();
    }
}

} // namespace ovop::ui
