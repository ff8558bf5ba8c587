// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "ui/sales/CartLineDelegate.h"

#include <QApplication>
#include <QPainter>

#include "ui/sales/CartTableModel.h"

namespace ovop::ui {

namespace {
QFont smaller(QFont font)
{
    font.setPointSizeF(font.pointSizeF() * 0.8);
    return font;
}
} // namespace

void CartLineDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString name = opt.text;
    const QString from = index.data(CartTableModel::ProvenanceRole).toString();
    opt.text.clear();
    const QStyle* style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const QRect area = opt.rect.adjusted(6, 3, -6, -3);
    const bool selected = opt.state & QStyle::State_Selected;
    painter->save();
    painter->setFont(opt.font);
    painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    const QFontMetrics nameMetrics(opt.font);
    const QRect nameRect(area.left(), area.top(), area.width(), nameMetrics.height());
    painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                      nameMetrics.elidedText(name, Qt::ElideRight, nameRect.width()));
    if (!from.isEmpty()) {
        const QFont small = smaller(opt.font);
        const QFontMetrics smallMetrics(small);
        painter->setFont(small);
        painter->setPen(selected ? opt.palette.color(QPalette::HighlightedText) : QColor(0x4a, 0x53, 0x5c));
        const QRect fromRect(area.left(), nameRect.bottom() + 1, area.width(), smallMetrics.height());
        painter->drawText(fromRect, Qt::AlignLeft | Qt::AlignVCenter,
                          smallMetrics.elidedText(from, Qt::ElideRight, fromRect.width()));
    }
    painter->restore();
}

QSize CartLineDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const int height = QFontMetrics(opt.font).height() + QFontMetrics(smaller(opt.font)).height() + 8;
    return {QFontMetrics(opt.font).horizontalAdvance(opt.text) + 12, std::max(height, 48)};
}

} // namespace ovop::ui
