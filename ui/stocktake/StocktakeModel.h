// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "models/stock/StocktakeService.h"

namespace ovop::ui {

// The products of an open stocktake: what the shop holds, what was counted, what moved since it
// was counted, the difference and its value. Shows every product, only the uncounted ones or only
// those with a difference.
class StocktakeModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Sku, Name, Expected, Counted, SinceCount, Difference, Value, ColumnCount };
    enum class Show { All, Uncounted, Differences };
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int ProductIdRole = Qt::UserRole + 2;

    explicit StocktakeModel(QObject* parent = nullptr);

    void setLines(const QList<StocktakeLine>& lines);
    void setShow(Show show);
    Show show() const { return m_show; }
    // The row showing the product, or -1.
    int rowOf(const QString& productId) const;
    const StocktakeLine& line(int row) const { return m_shown.at(row); }
    // The language names and numbers are shown in (the screen's).
    void setLanguage(const QString& language);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    void refilter();

    QList<StocktakeLine> m_lines;
    QList<StocktakeLine> m_shown;
    Show m_show = Show::All;
    QString m_language;
};

} // namespace ovop::ui
