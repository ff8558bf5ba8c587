// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

class QMenu;
class QTableView;

namespace ovop::ui {

// The columns of a record table: each as wide as its header text and its contents (long contents
// up to a limit), the stretch column taking the rest of the width; widths the user drags are kept.
// A context menu on the header hides and shows columns. Order, hidden columns, sorting and dragged
// widths are remembered under settingsKey (which names the user, so each user keeps their own).
class TableColumns : public QObject
{
    Q_OBJECT

public:
    // Fitted contents are at most this wide (longer text is elided; its header is never cut).
    static constexpr int MaxFittedWidth = 180;
    // The stretch column is at least this wide, with a horizontal scroll bar when the room is short.
    static constexpr int MinStretchWidth = 200;

    TableColumns(QTableView* view, const QString& settingsKey, int stretchColumn, const QList<int>& hiddenByDefault);

    // Reads the user's remembered choice (or applies the defaults) and fits the columns.
    void restore();
    // Measures the contents again (after the rows changed) and fits.
    void fitToContents();
    // Shares the width out again without measuring (after a resize).
    void fit();

    // Columns of text that may give way (down to their header's width, the rest elided) when the
    // table is too narrow for every column at its contents' width and the stretch column at its least.
    void setYielding(const QList<int>& columns) { m_yielding = columns; }

    void setColumnShown(int column, bool shown);
    // The header's menu: a checkable entry per column (the stretch column cannot be hidden) and one
    // to forget dragged widths. Owned by parent.
    QMenu* makeMenu(QWidget* parent);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void save();
    void userResized(int column, int oldSize, int newSize);

    QTableView* m_view;
    QString m_key;
    int m_stretch;
    QList<int> m_hiddenByDefault;
    QList<int> m_yielding;
    QHash<int, int> m_contentWidths;
    QHash<int, int> m_userWidths;
    bool m_fitting = false;
};

} // namespace ovop::ui
