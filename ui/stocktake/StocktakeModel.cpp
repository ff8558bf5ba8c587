// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "ui/stocktake/StocktakeModel.h"

#include <QBrush>
#include <QColor>

#include "models/core/Language.h"

namespace ovop::ui {

namespace {

// A signed quantity: "+2", "−1,5"; empty for zero.
QString signedQuantity(Quantity q, const QString& language)
{
    if (q.isZero())
        return QString();
    return q.milli() > 0 ? QLatin1Char('+') + q.format(language) : QChar(0x2212) + (-q).format(language);
}

} // namespace

StocktakeModel::StocktakeModel(QObject* parent) : QAbstractTableModel(parent), m_language(Language::current()) {}

void StocktakeModel::setLines(const QList<StocktakeLine>& lines)
{
    beginResetModel();
    m_lines = lines;
    refilter();
    endResetModel();
}

void StocktakeModel::setShow(Show show)
{
    if (show == m_show)
        return;
    beginResetModel();
    m_show = show;
    refilter();
    endResetModel();
}

void StocktakeModel::setLanguage(const QString& language)
{
    beginResetModel();
    m_language = language;
    endResetModel();
}

void StocktakeModel::refilter()
{
    m_shown.clear();
    for (const StocktakeLine& l : m_lines) {
        if (m_show == Show::Uncounted && l.wasCounted)
            continue;
        if (m_show == Show::Differences && l.difference().isZero())
            continue;
        m_shown << l;
    }
}

int StocktakeModel::rowOf(const QString& productId) const
{
    for (int row = 0; row < m_shown.size(); ++row)
        if (m_shown.at(row).productId == productId)
            return row;
    return -1;
}

int StocktakeModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int StocktakeModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StocktakeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_shown.size())
        return {};
    const StocktakeLine& l = m_shown.at(index.row());
    const Quantity difference = l.difference();
    if (role == ProductIdRole)
        return l.productId;
    if (role == Qt::TextAlignmentRole)
        return index.column() >= Expected ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role == Qt::ForegroundRole && (index.column() == Difference || index.column() == Value) && !difference.isZero())
        return QBrush(difference.milli() < 0 ? QColor(0xb3, 0x26, 0x1e) : QColor(0x1e, 0x6b, 0x34));
    if (role == SortRole) {
        switch (index.column()) {
        case Sku:
            return l.sku;
        case Name:
            return l.name.in(m_language);
        case Expected:
            return l.expected.milli();
        case Counted:
            return l.wasCounted ? l.counted.milli() : -1;
        case SinceCount:
            return l.sinceCount.milli();
        case Difference:
            return difference.milli();
        case Value:
            return l.value().tyiyn();
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Difference && !difference.isZero())
        return tr("%1, worth %2").arg(signedQuantity(difference, m_language), l.value().format(m_language));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Sku:
        return l.sku;
    case Name:
        return l.name.in(m_language);
    case Expected:
        return l.expected.format(m_language);
    case Counted:
        return l.wasCounted ? l.counted.format(m_language) : QStringLiteral("—");
    case SinceCount:
        return signedQuantity(l.sinceCount, m_language);
    case Difference:
        return signedQuantity(difference, m_language);
    case Value:
        return difference.isZero() ? QString() : l.value().format(m_language);
    default:
        return {};
    }
}

QVariant StocktakeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Sku:
        return tr("SKU");
    case Name:
        return tr("Product");
    case Expected:
        return tr("Expected");
    case Counted:
        return tr("Counted");
    case SinceCount:
        return role == Qt::ToolTipRole ? tr("Sold, returned or received after it was counted")
                                       : tr("Moved since counted");
    case Difference:
        return tr("Difference");
    case Value:
        return role == Qt::ToolTipRole ? tr("Value of the difference")
                                       : tr("Value", "stocktake column: the value of the difference");
    default:
        return {};
    }
}

} // namespace ovop::ui
