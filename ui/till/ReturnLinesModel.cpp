// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "ui/till/ReturnLinesModel.h"

#include <QBrush>
#include <QColor>

#include "models/sales/ReturnService.h"

namespace ovop::ui {

ReturnLinesModel::ReturnLinesModel(QObject* parent) : QAbstractTableModel(parent) {}

void ReturnLinesModel::setSale(const Sale& sale, const QString& language)
{
    beginResetModel();
    m_sale = sale;
    m_language = language;
    m_toReturn = QList<Quantity>(sale.lines.size());
    endResetModel();
    Q_EMIT chosenChanged();
}

void ReturnLinesModel::clear()
{
    setSale({}, m_language);
}

Quantity ReturnLinesModel::left(int row) const
{
    if (row < 0 || row >= m_sale.lines.size())
        return {};
    const SaleLine& line = m_sale.lines.at(row);
    return line.quantity - line.returned;
}

void ReturnLinesModel::setToReturn(int row, Quantity quantity)
{
    if (row < 0 || row >= m_toReturn.size())
        return;
    m_toReturn[row] = quantity;
    Q_EMIT dataChanged(index(row, ToReturn), index(row, Refund));
    Q_EMIT chosenChanged();
}

void ReturnLinesModel::returnAll()
{
    for (int row = 0; row < m_toReturn.size(); ++row)
        m_toReturn[row] = left(row);
    if (!m_toReturn.isEmpty())
        Q_EMIT dataChanged(index(0, ToReturn), index(int(m_toReturn.size()) - 1, Refund));
    Q_EMIT chosenChanged();
}

void ReturnLinesModel::returnNone()
{
    for (Quantity& q : m_toReturn)
        q = {};
    if (!m_toReturn.isEmpty())
        Q_EMIT dataChanged(index(0, ToReturn), index(int(m_toReturn.size()) - 1, Refund));
    Q_EMIT chosenChanged();
}

Money ReturnLinesModel::refund() const
{
    Money sum;
    for (int row = 0; row < m_toReturn.size(); ++row) {
        const Quantity q = m_toReturn.at(row);
        if (q.milli() > 0 && q <= left(row))
            sum += ReturnService::refundFor(m_sale.lines.at(row), m_sale.lines.at(row).returned, q);
    }
    return sum;
}

bool ReturnLinesModel::anythingChosen() const
{
    for (const Quantity& q : m_toReturn)
        if (q.milli() > 0)
            return true;
    return false;
}

int ReturnLinesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_sale.lines.size());
}

int ReturnLinesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReturnLinesModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_sale.lines.size())
        return {};
    const SaleLine& line = m_sale.lines.at(index.row());
    const Quantity chosen = m_toReturn.value(index.row());
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (Column(index.column())) {
        case Name:
            return QStringLiteral("%1. %2").arg(line.lineNo).arg(line.name.in(m_language));
        case Sold:
            return line.quantity.format(m_language);
        case ReturnedBefore:
            return line.returned.isZero() ? QString() : line.returned.format(m_language);
        case ToReturn:
            return chosen.isZero() && role == Qt::DisplayRole ? QString() : chosen.format(m_language);
        case Refund:
            if (chosen.milli() <= 0 || chosen > left(index.row()))
                return QString();
            return ReturnService::refundFor(line, line.returned, chosen).format(m_language);
        case ColumnCount:
            break;
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Name)
        return QStringLiteral("%1 — %2").arg(line.sku, line.name.in(m_language));
    if (role == Qt::TextAlignmentRole && index.column() != Name)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == ToReturn && chosen > left(index.row()))
        return QBrush(QColor(0xb3, 0x26, 0x1e));
    if (role == Qt::BackgroundRole && index.column() == ToReturn && !left(index.row()).isZero())
        return QBrush(QColor(0xfd, 0xf6, 0xe3));
    if (role == Qt::ForegroundRole && left(index.row()).isZero())
        return QBrush(QColor(0x80, 0x86, 0x8c));
    return {};
}

bool ReturnLinesModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || index.column() != ToReturn || role != Qt::EditRole)
        return false;
    const QString text = value.toString().trimmed();
    if (text.isEmpty()) {
        setToReturn(index.row(), {});
        return true;
    }
    auto quantity = Quantity::parse(text);
    if (!quantity) {
        Q_EMIT refused(quantity.message());
        return false;
    }
    setToReturn(index.row(), quantity.value());
    return true;
}

Qt::ItemFlags ReturnLinesModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == ToReturn)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant ReturnLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Name:
        return tr("Product");
    case Sold:
        return tr("Sold");
    case ReturnedBefore:
        return tr("Returned before");
    case ToReturn:
        return tr("To return");
    case Refund:
        return tr("Refund");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace ovop::ui
