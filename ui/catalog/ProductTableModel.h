// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include "models/catalog/Product.h"
#include "models/core/Quantity.h"

namespace ovop::ui {

// Products as the catalogue service found them, one row each, for the Products page. Names,
// categories and places are shown in the model's language with the usual fall-back.
class ProductTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Sku, Name, CategoryColumn, UnitColumn, Price, Producer, Village, Oblast, Stock, Active, ColumnCount };
    // The raw value for sorting: text folded for comparison, price in tyiyn, stock in thousandths.
    static constexpr int SortRole = Qt::UserRole;
    // The product's SKU, on every column.
    static constexpr int SkuRole = Qt::UserRole + 1;

    explicit ProductTableModel(QObject* parent = nullptr);

    void setProducts(const QList<Product>& products);
    // Quantities on hand by product id; without it (hasStock false) the stock column stays empty.
    void setStock(const QHash<QString, Quantity>& onHand, bool hasStock = true);
    // Category names by key.
    void setCategoryNames(const QHash<QString, LocalizedText>& names);
    void setLanguage(const QString& language);
    QString language() const { return m_language; }

    const Product* product(int row) const;
    int rowOfSku(const QString& sku) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Emits headerDataChanged after the language changed.
    void retranslate();

private:
    QVariant display(const Product& product, int column) const;
    QVariant sortValue(const Product& product, int column) const;

    QList<Product> m_products;
    QHash<QString, Quantity> m_onHand;
    QHash<QString, LocalizedText> m_categoryNames;
    bool m_hasStock = false;
    QString m_language = QStringLiteral("ru");
};

} // namespace ovop::ui
