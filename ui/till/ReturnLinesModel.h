// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "models/sales/Sale.h"

namespace ovop::ui {

// The lines of a sale for a return: what was sold, what came back before, and how much of each is
// to come back now (editable, in the line's unit: whole pieces, or kilograms and metres to three
// decimals), with what that refunds.
class ReturnLinesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Sold, ReturnedBefore, ToReturn, Refund, ColumnCount };

    explicit ReturnLinesModel(QObject* parent = nullptr);

    void setSale(const Sale& sale, const QString& language);
    void clear();
    const Sale& sale() const { return m_sale; }
    bool hasSale() const { return !m_sale.id.isEmpty(); }

    // What is left to return of a row (sold less returned before).
    Quantity left(int row) const;
    Quantity toReturn(int row) const { return m_toReturn.value(row); }
    void setToReturn(int row, Quantity quantity);
    // Every line to return whole (what is left of it), or none.
    void returnAll();
    void returnNone();
    // The refund of the quantities chosen (those within what is left).
    Money refund() const;
    bool anythingChosen() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

Q_SIGNALS:
    // A typed quantity could not be read; message says why.
    void refused(const QString& message);
    void chosenChanged();

private:
    Sale m_sale;
    QString m_language;
    QList<Quantity> m_toReturn;
};

} // namespace ovop::ui
