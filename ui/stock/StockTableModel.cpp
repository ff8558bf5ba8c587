// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "ui/stock/StockTableModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

namespace ovop::ui {

StockTableModel::StockTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void StockTableModel::setRows(const QList<StockRow>& rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

void StockTableModel::setLanguage(const QString& language)
{
    if (language == m_language)
        return;
    m_language = language;
    retranslate();
}

void StockTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

const StockRow* StockTableModel::row(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int StockTableModel::rowOfProduct(const QString& productId) const
{
    for (int r = 0; r < m_rows.size(); ++r)
        if (m_rows.at(r).productId == productId)
            return r;
    return -1;
}

int StockTableModel::rowOfSku(const QString& sku) const
{
    for (int r = 0; r < m_rows.size(); ++r)
        if (m_rows.at(r).sku.compare(sku, Qt::CaseInsensitive) == 0)
            return r;
    return -1;
}

int StockTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StockTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString StockTableModel::stateKey(const StockRow& row)
{
    if (row.expired)
        return QStringLiteral("expired");
    if (row.expiringSoon)
        return QStringLiteral("expiring");
    if (row.low)
        return QStringLiteral("low");
    return {};
}

QString StockTableModel::stateText(const QString& key)
{
    if (key == QLatin1String("expired"))
        return tr("expired");
    if (key == QLatin1String("expiring"))
        return tr("expiring soon");
    if (key == QLatin1String("low"))
        return tr("low");
    return {};
}

QVariant StockTableModel::display(const StockRow& row, int column) const
{
    switch (column) {
    case Sku:
        return row.sku;
    case Name:
        return row.name.in(m_language);
    case Producer:
        return row.producerName.isEmpty() ? row.producerCode : row.producerName;
    case Village:
        return row.villageName.in(m_language);
    case OnHand:
        return row.onHand.format(m_language) + QLatin1Char(' ') + Units::symbol(row.unit);
    case Minimum:
        return row.minLevel.milli() == 0 ? QString()
                                         : row.minLevel.format(m_language) + QLatin1Char(' ') + Units::symbol(row.unit);
    case Value:
        return row.value.format(m_language);
    case State:
        return stateText(stateKey(row));
    default:
        return QVariant();
    }
}

QString StockTableModel::batchesTip(const StockRow& row) const
{
    QStringList lines;
    const QDate today = QDate::currentDate();
    for (const BatchStock& b : row.batches) {
        QString line = tr("Batch %1: %2").arg(b.batch.isEmpty() ? tr("(none)") : b.batch, b.onHand.format(m_language));
        if (b.expiresOn.isValid()) {
            line += QLatin1String(", ") + tr("expires %1").arg(b.expiresOn.toString(QStringLiteral("dd.MM.yyyy")));
            if (b.expiresOn < today)
                line += QLatin1String(" — ") + tr("expired");
        }
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

QVariant StockTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount)
        return QVariant();
    const StockRow& r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(r, index.column());
    case SortRole:
        switch (index.column()) {
        case OnHand:
            return r.onHand.milli();
        case Minimum:
            return r.minLevel.milli();
        case Value:
            return r.value.tyiyn();
        case State:
            return r.expired ? 0 : r.expiringSoon ? 1 : r.low ? 2 : 3;
        default:
            return display(r, index.column()).toString().toCaseFolded();
        }
    case ProductIdRole:
        return r.productId;
    case StateRole:
        return stateKey(r);
    case Qt::TextAlignmentRole:
        if (index.column() == OnHand || index.column() == Minimum || index.column() == Value)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (index.column() == OnHand && (r.low || r.onHand.milli() <= 0))
            return QBrush(QColor(0xb3, 0x26, 0x1e));
        if (!r.active)
            return QBrush(QColor(0x6b, 0x73, 0x7b));
        return QVariant();
    case Qt::BackgroundRole:
        if (r.low)
            return QBrush(QColor(0xfd, 0xf0, 0xd5));
        return QVariant();
    case Qt::FontRole:
        if (index.column() == OnHand && r.low) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return QVariant();
    case Qt::ToolTipRole:
        if (index.column() == Name) {
            QStringList names;
            for (const QString& language : {QStringLiteral("ky"), QStringLiteral("ru"), QStringLiteral("en")})
                if (!r.name.exact(language).isEmpty())
                    names << r.name.exact(language);
            // The state too: a narrow column shows it as a coloured dot only.
            const QString state = stateText(index.data(StateRole).toString());
            if (!state.isEmpty())
                names << state;
            return names.join(QLatin1Char('\n'));
        }
        if (index.column() == OnHand || index.column() == State) {
            QString tip = batchesTip(r);
            if (r.low)
                tip = (tip.isEmpty() ? QString() : tip + QLatin1Char('\n')) +
                      tr("Below its minimum level of %1.").arg(r.minLevel.format(m_language));
            return tip.isEmpty() ? QVariant() : QVariant(tip);
        }
        if (index.column() == Producer && !r.producerPhone.isEmpty())
            return r.producerPhone;
        return QVariant();
    default:
        return QVariant();
    }
}

QVariant StockTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Sku:
        return tr("SKU");
    case Name:
        return tr("Name");
    case Producer:
        return tr("Producer");
    case Village:
        return tr("Village");
    case OnHand:
        return tr("On hand");
    case Minimum: // short, so that the money column fits beside it at 1024 pixels
        return role == Qt::ToolTipRole ? tr("Minimum level") : tr("Min.", "minimum level, as a column header");
    case Value:
        return tr("Value");
    case State:
        return tr("State");
    default:
        return QVariant();
    }
}

} // namespace ovop::ui
