// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "models/audit/AuditLog.h"

namespace ovop::ui {

// Entries of the audit log, newest first, with their details as readable text.
class AuditTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Sequence, Time, User, Action, Origin, Details, ColumnCount };
    static constexpr int SortRole = Qt::UserRole;

    explicit AuditTableModel(QObject* parent = nullptr);

    void setEntries(const QList<AuditEntry>& entries);
    const AuditEntry* entry(int row) const;
    void retranslate();

    // "shop_name: OVOP → OVOP Bishkek; pin: (hidden)"-like text of an entry's details.
    static QString detailsText(const QJsonObject& details);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AuditEntry> m_entries;
};

} // namespace ovop::ui
