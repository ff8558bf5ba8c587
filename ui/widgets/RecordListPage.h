// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <functional>
#include <initializer_list>

#include <QAbstractItemView>
#include <QHash>
#include <QKeySequence>
#include <QWidget>

#include "models/people/Session.h"

class QAbstractItemModel;
class QHBoxLayout;
class QLabel;
class QLayout;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTimer;
class QVBoxLayout;
class QShortcut;

namespace ovop {
class Database;
}

namespace ovop::ui {

class TableColumns;

// The frame of a page that lists the records of one kind (products, producers, …): a search box
// searched a moment after the user stops typing, with the buttons New, Edit and Archive beside it,
// the page's own filters, the sortable table (columns fitted to their contents, hidden and shown from
// the header's menu, remembered per user), and under it the count, the message line (a fixed place,
// so the table never moves when a message appears) with its Undo, and Import and Export.
//
// The keyboard: Ctrl+F goes to the search box, Esc clears it, Down goes into the table, Enter there
// opens the record. A scan (digits and Enter) selects the record found and its text, so that the
// next scan replaces it. Each button has a shortcut, named in its tool tip.
//
// The page fills the table in listRecords(), gives every widget its text (in its own words, so that
// each page keeps its translations) and connects the buttons to its actions.
class RecordListPage : public QWidget
{
    Q_OBJECT

public:
    // Runs the search typed so far now instead of after the short pause.
    void runPendingSearch();
    bool searchPending() const;

    QSortFilterProxyModel* proxy() const { return m_proxy; }
    QTableView* view() const { return m_view; }
    QLineEdit* searchField() const { return m_search; }
    QPushButton* newButton() const { return m_new; }
    QPushButton* editButton() const { return m_edit; }
    QPushButton* archiveButton() const { return m_archive; }
    QPushButton* importButton() const { return m_import; }
    QPushButton* exportButton() const { return m_export; }
    QLabel* statusLabel() const { return m_status; }
    QLabel* messageLabel() const { return m_message; }
    QPushButton* undoButton() const { return m_undo; }
    TableColumns* columns() const { return m_columns; }
    // The shortcut of a button (empty when it has none).
    QKeySequence shortcutOf(const QPushButton* button) const { return m_shortcuts.value(button); }

protected:
    // one and many name the widgets and the settings: "product" and "products" give the page
    // "productsPage" (also its settings group), the search box "productSearch", the buttons
    // "newProductButton", "editProductButton", "archiveProductButton", "importProductsButton" and
    // "exportProductsButton", the labels "productsStatus" and "productsMessage", the table
    // "productsTable".
    RecordListPage(Database& db, const Session& session, const QString& one, const QString& many, QWidget* parent);

    // Shows model in the table through proxy() (sorted by sortRole), sorted by sortColumn (-1: in the
    // model's order) until the user's remembered choice says else. The columns are fitted to their
    // contents, stretchColumn (the name) taking the width left; hiddenByDefault are hidden until the
    // user shows them.
    void setTableModel(QAbstractItemModel* model, int sortRole, int stretchColumn,
                       std::initializer_list<int> hiddenByDefault, int sortColumn,
                       QAbstractItemView::SelectionMode selection);
    // The columns a found record must show (its key and its name), first to last.
    void setKeyColumns(const QList<int>& columns) { m_keyColumns = columns; }
    // The page's filters, under the search box and the buttons.
    void setFilterLayout(QLayout* filters);
    // The search box, New, Edit and Archive: the page adds its own buttons at the right end.
    QHBoxLayout* toolRow() const { return m_tools; }
    // The keyboard goes from the search box through New, Edit, Archive, tools, filters, the table,
    // Import and Export, as they are laid out.
    void orderTabs(const QList<QWidget*>& filters, const QList<QWidget*>& tools);
    // Gives button a shortcut, active while the page is shown; clicking it when enabled.
    void setShortcut(QPushButton* button, const QKeySequence& key);
    // Sets a button's tool tip, naming its shortcut.
    void setButtonTip(QPushButton* button, const QString& text);
    // Opens the current record (Enter or a double click in the table).
    virtual void openCurrent() = 0;
    // Selects the row after a scan or Enter in the search box (the first found), scrolled so that
    // its key columns show; false when nothing was found.
    bool selectFirstFound();
    // Selects row (of the proxy) alone, makes it current and scrolls it and its key columns into view.
    void selectRow(int row);
    const QString& settingsGroup() const { return m_settingsGroup; }

    // Stops a pending search and lists the records now.
    void runSearch();
    // Fills the table for the search text and the page's filters.
    virtual void listRecords() = 0;
    // Sorts the table again as its header shows.
    void sortAsHeaderShows();
    // The message line, in its fixed place under the table. With undo, an Undo button beside it
    // (also Ctrl+Z) runs it once.
    void showMessage(const QString& text, bool error, std::function<void()> undo = {});
    // Asks before a change the user may regret: action names the button that goes ahead; Cancel is
    // the default, so that a stray Enter (or a scan) changes nothing.
    bool confirm(const QString& title, const QString& text, const QString& action);
    void changeEvent(QEvent* event) override;
    // The language the records are shown in.
    QString language() const;

    Database& m_db;
    Session m_session;

    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void searchEntered();
    void retranslateFrame();
    void runUndo();

    QString m_settingsGroup;
    QSortFilterProxyModel* m_proxy;
    QTimer* m_searchTimer;
    QLineEdit* m_search;
    QPushButton* m_new;
    QPushButton* m_edit;
    QPushButton* m_archive;
    QPushButton* m_import;
    QPushButton* m_export;
    QLabel* m_status;
    QLabel* m_message;
    QPushButton* m_undo;
    std::function<void()> m_undoAction;
    QTableView* m_view;
    TableColumns* m_columns = nullptr;
    QList<int> m_keyColumns;
    QHash<const QPushButton*, QKeySequence> m_shortcuts;
    QHBoxLayout* m_tools;
    QVBoxLayout* m_layout;
};

} // namespace ovop::ui
