// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <memory>

#include <QAbstractTableModel>
#include <QList>

#include "models/audit/AuditLog.h"

namespace ovop {
class AuditNames;
class Database;
} // namespace ovop

namespace ovop::ui {

// Entries of the audit log, newest first, with their details as readable text.
class AuditTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Sequence, Time, User, Action, Origin, Details, ColumnCount };
    static constexpr int SortRole = Qt::UserRole;

    // With a database, products, producers, villages and users are named (AuditNames).
    explicit AuditTableModel(Database* db = nullptr, QObject* parent = nullptr);
    ~AuditTableModel() override;

    void setEntries(const QList<AuditEntry>& entries);
    const AuditEntry* entry(int row) const;
    void retranslate();

    // The entry as a sentence in the current language (AuditText).
    QString describe(const AuditEntry& entry) const;
    // The user's full name and login name, or "system".
    QString userText(const AuditEntry& entry) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AuditEntry> m_entries;
    Database* m_db;
    std::unique_ptr<AuditNames> m_names;
};

} // namespace ovop::ui
