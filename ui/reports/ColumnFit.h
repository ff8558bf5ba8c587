// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QObject>

class QTableWidget;

namespace ovop::ui {

// Keeps a report table's columns within its width, so that it never scrolls sideways when its
// figures fit: the figures' columns (all but the first) as wide as their figures and, where the
// table has room, as their headers; the first column (the names) takes the rest, at least
// firstColumn pixels or two fifths of the table. A header cut short ends in "…" and keeps its
// whole text as its tooltip. Refits whenever the table is resized.
class ColumnFit : public QObject
{
    Q_OBJECT

public:
    // Fits the table now and whenever its viewport is resized (the fit belongs to the table).
    static void keep(QTableWidget* table, int firstColumn = 170);
    // Fits again, after the rows or the headers changed.
    static void apply(QTableWidget* table);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    ColumnFit(QTableWidget* table, int firstColumn);
    void fit();

    QTableWidget* m_table;
    int m_firstColumn;
};

} // namespace ovop::ui
