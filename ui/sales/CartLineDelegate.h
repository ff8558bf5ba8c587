// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QStyledItemDelegate>

namespace ovop::ui {

// The name cell of a cart line: the product's name, and under it in smaller type where it comes
// from (village · producer, CartTableModel::ProvenanceRole); each shortened with "…" when narrow.
class CartLineDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace ovop::ui
