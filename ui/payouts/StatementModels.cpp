// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "ui/payouts/StatementModels.h"

#include <QLocale>

#include "models/core/Language.h"

namespace ovop::ui {

namespace {

QString shortDate(const QDate& d)
{
    return d.toString(QStringLiteral("dd.MM.yyyy"));
}

} // namespace

StatementTableModel::StatementTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void StatementTableModel::setStatements(const QList<Statement>& statements)
{
    beginResetModel();
    m_statements = statements;
    endResetModel();
}

const Statement* StatementTableModel::statementAt(int row) const
{
    return row >= 0 && row < m_statements.size() ? &m_statements.at(row) : nullptr;
}

int StatementTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_statements.size());
}

int StatementTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StatementTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_statements.size())
        return {};
    const Statement& s = m_statements.at(index.row());
    const QString language = Language::current();
    if (role == Qt::TextAlignmentRole && index.column() >= Owed)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Number)
        return s.number; // shortened in the middle when the column is narrow
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Number:
        return s.number;
    case From:
        return shortDate(s.from);
    case To:
        return shortDate(s.to);
    case Owed:
        return s.owed.format(language);
    case Paid:
        return s.isPaid() ? s.paid.format(language) : QStringLiteral("—");
    case Due:
        return s.due().format(language);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant StatementTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Number:
        return tr("Statement");
    case From:
        return tr("From");
    case To:
        return tr("To");
    case Owed:
        return tr("Owed");
    case Paid:
        return tr("Paid");
    case Due:
        return tr("Due");
    case ColumnCount:
        break;
    }
    return {};
}

StatementLinesModel::StatementLinesModel(QObject* parent) : QAbstractTableModel(parent) {}

void StatementLinesModel::setLines(const QList<StatementLine>& lines)
{
    beginResetModel();
    m_lines = lines;
    endResetModel();
}

int StatementLinesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int StatementLinesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StatementLinesModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size())
        return {};
    const StatementLine& l = m_lines.at(index.row());
    const QString language = Language::current();
    const bool back = l.kind == StatementLine::Kind::Return;
    if (role == Qt::TextAlignmentRole && index.column() >= Quantity)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    const QString sign = back ? QStringLiteral("−") : QString();
    switch (Column(index.column())) {
    case Date:
        return shortDate(l.at.date());
    case Receipt:
        return back ? l.returnReceipt : l.saleReceipt;
    case Goods:
        return back ? tr("%1 %2 (returned)").arg(l.sku, l.name.in(language))
                    : QStringLiteral("%1 %2").arg(l.sku, l.name.in(language));
    case Quantity:
        return sign + l.quantity.format(language);
    case Amount:
        return sign + l.amount.format(language);
    case Commission:
        return sign + l.commission.format(language);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant StatementLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Date:
        return tr("Date");
    case Receipt:
        return tr("Receipt");
    case Goods:
        return tr("Goods");
    case Quantity:
        return tr("Qty");
    case Amount:
        return tr("Amount");
    case Commission:
        return tr("Commission");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace ovop::ui
