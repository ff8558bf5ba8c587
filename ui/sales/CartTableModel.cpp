// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "ui/sales/CartTableModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QStringList>

namespace ovop::ui {

CartTableModel::CartTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void CartTableModel::setCart(const Cart& cart, const CartTotals& totals)
{
    beginResetModel();
    m_cart = cart;
    m_totals = totals;
    endResetModel();
}

void CartTableModel::setLanguage(const QString& language)
{
    if (language == m_language)
        return;
    m_language = language;
    if (!m_cart.lines.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int CartTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_cart.lines.size());
}

int CartTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CartTableModel::provenance(const CartLine& line, const QString& language)
{
    QStringList parts;
    const QString village = line.item.villageName.in(language);
    if (!village.isEmpty())
        parts << village;
    if (!line.item.producerName.isEmpty())
        parts << line.item.producerName;
    return parts.join(QStringLiteral(" · "));
}

QVariant CartTableModel::display(const CartLine& line, int row, int column) const
{
    switch (column) {
    case Name:
        return line.item.name.in(m_language);
    case Quantity: {
        const QString amount = line.quantity.format(m_language);
        return line.item.unit == Unit::Piece ? amount : amount + QChar(0x00A0) + Units::symbol(line.item.unit);
    }
    case Price:
        return line.unitPrice().format(m_language);
    case Discount: {
        const Money discount = m_totals.lineDiscounts.value(row) + m_totals.cartDiscountShares.value(row);
        return discount.isZero() ? QString() : QStringLiteral("−") + discount.format(m_language);
    }
    case Amount:
        return m_totals.amounts.value(row).format(m_language);
    }
    return {};
}

QVariant CartTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CartLine& line = m_cart.lines.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(line, index.row(), column);
    case Qt::ToolTipRole:
        if (column == Name) {
            const QString from = provenance(line, m_language);
            return from.isEmpty() ? display(line, index.row(), column)
                                  : display(line, index.row(), column).toString() + QLatin1Char('\n') + from;
        }
        if (column == Price && line.priceOverride)
            return tr("Price changed with approval; the catalogue's price is %1.")
                .arg(line.item.price.format(m_language));
        return {};
    case Qt::TextAlignmentRole:
        return column == Name ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                              : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (column == Amount || (column == Price && line.priceOverride)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (column == Discount || (column == Price && line.priceOverride))
            return QBrush(QColor(0xb3, 0x26, 0x1e));
        return {};
    case Qt::BackgroundRole:
        if (index.row() == m_cart.lastTouched)
            return QBrush(QColor(0xff, 0xf1, 0xb8));
        return {};
    case ProvenanceRole:
        return provenance(line, m_language);
    case ProductIdRole:
        return line.item.productId;
    case LastTouchedRole:
        return index.row() == m_cart.lastTouched;
    }
    return {};
}

QVariant CartTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return section == Name ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                               : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Product");
    case Quantity:
        return tr("Qty");
    case Price:
        return tr("Price");
    case Discount:
        return tr("Discount");
    case Amount:
        return tr("Amount");
    }
    return {};
}

} // namespace ovop::ui
