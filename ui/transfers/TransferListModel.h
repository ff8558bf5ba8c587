// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "models/stock/TransferService.h"

namespace ovop::ui {

// The transfers this shop sent and received: number, direction, from, to, when sent, state and the
// quantities sent and received.
class TransferListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Number, Direction, From, To, SentAt, State, Sent, Received, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit TransferListModel(QObject* parent = nullptr);

    void setTransfers(const QList<Transfer>& transfers);
    const Transfer& transfer(int row) const { return m_transfers.at(row); }
    int rowOf(const QString& transferId, Transfer::Direction direction) const;
    void setLanguage(const QString& language);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<Transfer> m_transfers;
    QString m_language;
};

} // namespace ovop::ui
