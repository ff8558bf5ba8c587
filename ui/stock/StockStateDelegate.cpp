// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "ui/stock/StockStateDelegate.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

#include "ui/stock/StockTableModel.h"

namespace ovop::ui {

namespace {
constexpr int BadgePadding = 10;

QColor badgeColour(const QString& key)
{
    if (key == QLatin1String("expired"))
        return QColor(0xb3, 0x26, 0x1e);
    if (key == QLatin1String("expiring"))
        return QColor(0x9a, 0x5b, 0x00);
    return QColor(0xc2, 0x4e, 0x00);
}
} // namespace

void StockStateDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    QStyle* style = option.widget ? option.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, option.widget);

    const QString key = index.data(StockTableModel::StateRole).toString();
    const QString text = StockTableModel::stateText(key);
    const QString name = index.data(Qt::DisplayRole).toString();
    QFont bold = option.font;
    bold.setBold(true);
    const int fullBadge = text.isEmpty() ? 0 : QFontMetrics(bold).horizontalAdvance(text) + 2 * BadgePadding + 8;
    // The badge in words when the name keeps most of its room; otherwise a coloured dot (the state's
    // words are then in the name's tooltip), so that a narrow column in Kyrgyz or Russian still
    // shows the product's name rather than "К…".
    const int nameWidth = option.fontMetrics.horizontalAdvance(name);
    const bool compact =
        !text.isEmpty() && option.rect.width() - fullBadge - 8 < qMin(nameWidth, option.rect.width() * 3 / 5);
    const int dot = qMax(8, option.fontMetrics.height() / 2);
    const int badgeWidth = text.isEmpty() ? 0 : (compact ? dot + 8 : fullBadge);
    // The name first, shortened when it needs to make room for the badge at the cell's right end.
    QRect nameRect = option.rect.adjusted(4, 0, -badgeWidth - 4, 0);
    painter->save();
    painter->setFont(option.font);
    painter->setPen(option.state & QStyle::State_Selected ? option.palette.color(QPalette::HighlightedText)
                                                          : option.palette.color(QPalette::Text));
    painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                      option.fontMetrics.elidedText(name, Qt::ElideRight, nameRect.width()));
    painter->restore();
    if (text.isEmpty())
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (compact) {
        QRect round(option.rect.right() - dot - 6, 0, dot, dot);
        round.moveTop(option.rect.center().y() - dot / 2);
        painter->setPen(Qt::NoPen);
        painter->setBrush(badgeColour(key));
        painter->drawEllipse(round);
        painter->restore();
        return;
    }
    painter->setFont(bold);
    const QFontMetrics metrics(bold);
    const int width = qMin(option.rect.width() - 8, metrics.horizontalAdvance(text) + 2 * BadgePadding);
    const int height = qMin(option.rect.height() - 8, metrics.height() + 8);
    QRect badge(option.rect.right() - width - 4, 0, width, height);
    badge.moveTop(option.rect.center().y() - height / 2);
    QPainterPath path;
    path.addRoundedRect(badge, height / 2.0, height / 2.0);
    painter->fillPath(path, badgeColour(key));
    painter->setPen(Qt::white);
    painter->drawText(badge, Qt::AlignCenter, metrics.elidedText(text, Qt::ElideRight, badge.width() - 8));
    painter->restore();
}

QSize StockStateDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    QFont font = option.font;
    font.setBold(true);
    const QString text = StockTableModel::stateText(index.data(StockTableModel::StateRole).toString());
    if (!text.isEmpty())
        size.setWidth(size.width() + QFontMetrics(font).horizontalAdvance(text) + 2 * BadgePadding + 12);
    return size;
}

} // namespace ovop::ui
