// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "ui/transfers/TransferListModel.h"

#include <QBrush>
#include <QColor>

#include "models/core/Language.h"

namespace ovop::ui {

TransferListModel::TransferListModel(QObject* parent) : QAbstractTableModel(parent), m_language(Language::current()) {}

void TransferListModel::setTransfers(const QList<Transfer>& transfers)
{
    beginResetModel();
    m_transfers = transfers;
    endResetModel();
}

void TransferListModel::setLanguage(const QString& language)
{
    beginResetModel();
    m_language = language;
    endResetModel();
}

int TransferListModel::rowOf(const QString& transferId, Transfer::Direction direction) const
{
    for (int row = 0; row < m_transfers.size(); ++row)
        if (m_transfers.at(row).transferId == transferId && m_transfers.at(row).direction == direction)
            return row;
    return -1;
}

int TransferListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_transfers.size());
}

int TransferListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TransferListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_transfers.size())
        return {};
    const Transfer& t = m_transfers.at(index.row());
    const bool known = t.state != Transfer::State::Sent;
    if (role == Qt::TextAlignmentRole)
        return index.column() >= Sent ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role == Qt::ForegroundRole && index.column() == State && t.state == Transfer::State::ReceivedWithDifferences)
        return QBrush(QColor(0xb3, 0x26, 0x1e));
    if (role == SortRole) {
        switch (index.column()) {
        case SentAt:
            return t.sentAt;
        case Sent:
            return t.sent.milli();
        case Received:
            return known ? t.received.milli() : -1;
        case State:
            return int(t.state);
        default:
            break;
        }
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != SortRole)
        return {};
    switch (index.column()) {
    case Number:
        return t.number;
    case Direction:
        return t.direction == Transfer::Direction::Out ? tr("outgoing") : tr("incoming");
    case From:
        return t.fromShop;
    case To:
        return t.toShop;
    case SentAt:
        return t.sentAt.toLocalTime().toString(QStringLiteral("dd.MM.yyyy HH:mm"));
    case State:
        if (t.state == Transfer::State::ReceivedWithDifferences)
            return tr("%1 (%n line(s))", nullptr, t.differences).arg(Transfer::stateText(t.state));
        return Transfer::stateText(t.state);
    case Sent:
        return t.sent.format(m_language);
    case Received:
        return known ? t.received.format(m_language) : QString();
    default:
        return {};
    }
}

QVariant TransferListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number:
        return tr("Number");
    case Direction:
        return tr("Direction");
    case From:
        return tr("From");
    case To:
        return tr("To");
    case SentAt: {
        // On two lines: the column is hardly wider than its dates.
        QString text = tr("Sent on");
        const qsizetype space = text.indexOf(QLatin1Char(' '));
        return role == Qt::DisplayRole && space > 0 ? text.replace(space, 1, QLatin1Char('\n')) : text;
    }
    case State:
        return tr("State");
    case Sent:
        return tr("Quantity sent");
    case Received:
        return tr("Quantity received");
    default:
        return {};
    }
}

} // namespace ovop::ui
