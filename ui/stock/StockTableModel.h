// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "models/stock/StockQuery.h"

namespace ovop::ui {

// The stock list of StockQuery, one row per product: names and places in the model's language,
// quantities and money as the other pages show them. Low rows are tinted; the state column says
// "expired", "expiring soon" or "low" (painted as a badge by StockStateDelegate).
class StockTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Sku, Name, Producer, Village, OnHand, Minimum, Value, State, ColumnCount };
    static constexpr int SortRole = Qt::UserRole;
    static constexpr int ProductIdRole = Qt::UserRole + 1;
    // "expired", "expiring", "low" or empty: what the state column's badge shows.
    static constexpr int StateRole = Qt::UserRole + 2;

    explicit StockTableModel(QObject* parent = nullptr);

    void setRows(const QList<StockRow>& rows);
    void setLanguage(const QString& language);
    QString language() const { return m_language; }
    void retranslate();

    const StockRow* row(int row) const;
    int rowOfProduct(const QString& productId) const;
    int rowOfSku(const QString& sku) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString stateKey(const StockRow& row);
    static QString stateText(const QString& key);

private:
    QVariant display(const StockRow& row, int column) const;
    QString batchesTip(const StockRow& row) const;

    QList<StockRow> m_rows;
    QString m_language = QStringLiteral("ru");
};

} // namespace ovop::ui
