// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "models/payouts/Payouts.h"

namespace ovop::ui {

// The statements of a producer: number, period, owed, paid, due.
class StatementTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Number, From, To, Owed, Paid, Due, ColumnCount };

    explicit StatementTableModel(QObject* parent = nullptr);
    void setStatements(const QList<Statement>& statements);
    const Statement* statementAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Statement> m_statements;
};

// The lines of one statement: date, receipt, goods, quantity, amount, commission (returns negative).
class StatementLinesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Date, Receipt, Goods, Quantity, Amount, Commission, ColumnCount };

    explicit StatementLinesModel(QObject* parent = nullptr);
    void setLines(const QList<StatementLine>& lines);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<StatementLine> m_lines;
};

} // namespace ovop::ui
