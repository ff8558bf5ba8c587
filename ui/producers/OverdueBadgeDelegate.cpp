// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "ui/producers/OverdueBadgeDelegate.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

#include "ui/producers/ProducerTableModel.h"

namespace ovop::ui {

namespace {
constexpr int BadgePadding = 10;
}

void OverdueBadgeDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    QStyle* style = option.widget ? option.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, option.widget);

    const bool overdue = index.data(ProducerTableModel::OverdueRole).toBool();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QFont font = option.font;
    font.setBold(true);
    painter->setFont(font);
    const QFontMetrics metrics(font);
    if (overdue) {
        const QString text = QStringLiteral("! ") + index.data(Qt::DisplayRole).toString();
        const int width = qMin(option.rect.width() - 8, metrics.horizontalAdvance(text) + 2 * BadgePadding);
        const int height = qMin(option.rect.height() - 8, metrics.height() + 8);
        QRect badge(0, 0, width, height);
        badge.moveCenter(option.rect.center());
        QPainterPath path;
        path.addRoundedRect(badge, height / 2.0, height / 2.0);
        painter->fillPath(path, QColor(0xb3, 0x26, 0x1e));
        painter->setPen(Qt::white);
        painter->drawText(badge, Qt::AlignCenter, metrics.elidedText(text, Qt::ElideRight, badge.width() - 8));
    } else {
        painter->setPen(QColor(0x1e, 0x6b, 0x34));
        painter->drawText(option.rect, Qt::AlignCenter, QStringLiteral("✓"));
    }
    painter->restore();
}

QSize OverdueBadgeDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    QFont font = option.font;
    font.setBold(true);
    const QString text = QStringLiteral("! ") + index.data(Qt::DisplayRole).toString();
    size.setWidth(qMax(size.width(), QFontMetrics(font).horizontalAdvance(text) + 2 * BadgePadding + 12));
    return size;
}

} // namespace ovop::ui
