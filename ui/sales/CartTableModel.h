// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QAbstractTableModel>

#include "models/sales/Cart.h"

namespace ovop::ui {

// The lines of the cart being sold, as the till shows them: the name in the cashier's language with
// where it comes from, the quantity, the unit price, the discount and what the line costs. A copy of
// the till's cart, given again after each change.
class CartTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Quantity, Price, Discount, Amount, ColumnCount };
    enum Roles {
        ProvenanceRole = Qt::UserRole + 1, // "village · producer" under the name
        ProductIdRole,
        LastTouchedRole, // true on the line scanned or changed last
    };

    explicit CartTableModel(QObject* parent = nullptr);

    void setCart(const Cart& cart, const CartTotals& totals);
    void setLanguage(const QString& language);
    const Cart& cart() const { return m_cart; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "Bosteri · Aigul Asanova" (either part may be missing).
    static QString provenance(const CartLine& line, const QString& language);

private:
    QVariant display(const CartLine& line, int row, int column) const;

    Cart m_cart;
    CartTotals m_totals;
    QString m_language = QStringLiteral("en");
};

} // namespace ovop::ui
