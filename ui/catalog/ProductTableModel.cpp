// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "ui/catalog/ProductTableModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace ovop::ui {

ProductTableModel::ProductTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void ProductTableModel::setProducts(const QList<Product>& products)
{
    beginResetModel();
    m_products = products;
    endResetModel();
}

void ProductTableModel::setStock(const QHash<QString, Quantity>& onHand, bool hasStock)
{
    m_onHand = onHand;
    m_hasStock = hasStock;
    if (!m_products.isEmpty())
        Q_EMIT dataChanged(index(0, Stock), index(int(m_products.size()) - 1, Stock));
}

void ProductTableModel::setCategoryNames(const QHash<QString, LocalizedText>& names)
{
    m_categoryNames = names;
    if (!m_products.isEmpty())
        Q_EMIT dataChanged(index(0, CategoryColumn), index(int(m_products.size()) - 1, CategoryColumn));
}

void ProductTableModel::setLanguage(const QString& language)
{
    if (language == m_language)
        return;
    m_language = language;
    retranslate();
}

void ProductTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_products.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_products.size()) - 1, ColumnCount - 1));
}

const Product* ProductTableModel::product(int row) const
{
    return row >= 0 && row < m_products.size() ? &m_products.at(row) : nullptr;
}

int ProductTableModel::rowOfSku(const QString& sku) const
{
    for (int row = 0; row < m_products.size(); ++row)
        if (m_products.at(row).sku.compare(sku, Qt::CaseInsensitive) == 0)
            return row;
    return -1;
}

int ProductTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_products.size());
}

int ProductTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProductTableModel::display(const Product& product, int column) const
{
    switch (column) {
    case Sku: return product.sku;
    case Name: return product.name.in(m_language);
    case CategoryColumn: {
        const auto it = m_categoryNames.constFind(product.category);
        return it != m_categoryNames.constEnd() ? it->in(m_language) : product.category;
    }
    case UnitColumn: return Units::symbol(product.unit);
    case Price: return product.price.format(m_language);
    case Producer:
        return product.producerName.isEmpty() ? product.producerCode : product.producerName;
    case Village: return product.villageName.in(m_language);
    case Oblast: return product.oblastName.in(m_language);
    case Stock: {
        if (!m_hasStock)
            return QVariant();
        return m_onHand.value(product.id).format(m_language);
    }
    case Active: return product.active ? tr("Active") : tr("Archived");
    default: return QVariant();
    }
}

QVariant ProductTableModel::sortValue(const Product& product, int column) const
{
    switch (column) {
    case Price: return product.price.tyiyn();
    case Stock: return m_onHand.value(product.id).milli();
    case Active: return product.active ? 0 : 1;
    default: return display(product, column).toString().toCaseFolded();
    }
}

QVariant ProductTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_products.size() || index.column() >= ColumnCount)
        return QVariant();
    const Product& product = m_products.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return display(product, index.column());
    case SortRole: return sortValue(product, index.column());
    case SkuRole: return product.sku;
    case Qt::TextAlignmentRole:
        if (index.column() == Price || index.column() == Stock)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (!product.active)
            return QBrush(QColor(0x6b, 0x73, 0x7b));
        if (index.column() == Stock && m_hasStock && m_onHand.value(product.id).milli() <= 0)
            return QBrush(QColor(0xb3, 0x26, 0x1e));
        return QVariant();
    case Qt::FontRole:
        if (!product.active) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return QVariant();
    case Qt::ToolTipRole:
        if (index.column() == Name) {
            QStringList names;
            for (const QString& language : {QStringLiteral("ky"), QStringLiteral("ru"), QStringLiteral("en")})
                if (!product.name.exact(language).isEmpty())
                    names << product.name.exact(language);
            return names.join(QLatin1Char('\n'));
        }
        if (index.column() == Sku && !product.barcodes.isEmpty())
            return product.barcodes.join(QStringLiteral(", "));
        return QVariant();
    default: return QVariant();
    }
}

QVariant ProductTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    // The tool tip is the whole header text, for a column the user made narrower than it.
    switch (section) {
    case Sku: return tr("SKU");
    case Name: return tr("Name");
    case CategoryColumn: return tr("Category");
    case UnitColumn: return tr("Unit");
    case Price: return tr("Price");
    case Producer: return tr("Producer");
    case Village: return tr("Village");
    case Oblast: return tr("Oblast");
    case Stock: return tr("On hand");
    case Active: return tr("Status");
    default: return QVariant();
    }
}

} // namespace ovop::ui
