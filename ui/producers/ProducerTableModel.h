// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

#include "models/catalog/Producer.h"

namespace ovop::ui {

// The producer register, one row each, for the Producers page. The first column flags a producer
// whose working-conditions visit is overdue (none on record, or more than twelve months ago).
class ProducerTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Overdue, Code, Name, Kind, Village, Oblast, Members, WomenLed, Terms, LastVisit, ColumnCount };
    static constexpr int SortRole = Qt::UserRole;
    static constexpr int CodeRole = Qt::UserRole + 1;
    // True on every column of an overdue producer (for the badge delegate and tests).
    static constexpr int OverdueRole = Qt::UserRole + 2;

    explicit ProducerTableModel(QObject* parent = nullptr);

    // today: the database clock's date, against which visits are overdue.
    void setProducers(const QList<Producer>& producers, const QDate& today);
    void setLanguage(const QString& language);
    const Producer* producer(int row) const;
    int rowOfCode(const QString& code) const;
    int overdueCount() const;
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const Producer& producer, int column) const;
    QVariant sortValue(const Producer& producer, int column) const;
    QString overdueTip(const Producer& producer) const;

    QList<Producer> m_producers;
    QDate m_today;
    QString m_language = QStringLiteral("ru");
};

} // namespace ovop::ui
