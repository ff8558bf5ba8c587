// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <initializer_list>

#include <QAbstractItemView>
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

namespace ovop {
class Database;
}

namespace ovop::ui {

// The frame of a page that lists the records of one kind (products, producers, …): a search box
// searched a moment after the user stops typing, the page's own filters, the buttons New, Edit and
// Archive above the table, a message line, the sortable table (column widths, order and sorting
// remembered), and under it the count beside Import and Export.
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

protected:
    // one and many name the widgets and the settings: "product" and "products" give the page
    // "productsPage" (also its settings group), the search box "productSearch", the buttons
    // "newProductButton", "editProductButton", "archiveProductButton", "importProductsButton" and
    // "exportProductsButton", the labels "productsStatus" and "productsMessage", the table
    // "productsTable".
    RecordListPage(Database& db, const Session& session, const QString& one, const QString& many, QWidget* parent);

    // Shows model in the table through proxy() (sorted by sortRole). The columns start at widths and
    // sorted by sortColumn (-1: in the model's order) until the user's remembered choice says else.
    void setTableModel(QAbstractItemModel* model, int sortRole, std::initializer_list<int> widths, int sortColumn,
                       QAbstractItemView::SelectionMode selection);
    // The page's filters (searchField() among them), above the buttons.
    void setFilterLayout(QLayout* filters);
    // New, Edit, Archive and a stretch: the page adds its own widgets at the right end.
    QHBoxLayout* toolRow() const { return m_tools; }
    // The keyboard goes from the search box through filters, New, Edit, Archive, tools, the table,
    // Import and Export, as they are laid out.
    void orderTabs(const QList<QWidget*>& filters, const QList<QWidget*>& tools);
    const QString& settingsGroup() const { return m_settingsGroup; }

    // Stops a pending search and lists the records now.
    void runSearch();
    // Fills the table for the search text and the page's filters.
    virtual void listRecords() = 0;
    // Sorts the table again as its header shows.
    void sortAsHeaderShows();
    void showMessage(const QString& text, bool error);
    // The language the records are shown in.
    QString language() const;

    Database& m_db;
    Session m_session;

private:
    void saveColumns();

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
    QTableView* m_view;
    QHBoxLayout* m_tools;
    QVBoxLayout* m_layout;
};

} // namespace ovop::ui
