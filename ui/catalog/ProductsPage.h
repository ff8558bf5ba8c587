// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QStringList>
#include <QWidget>

#include "catalog/Product.h"
#include "core/Result.h"
#include "people/Session.h"
#include "store/FileGuard.h"

class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace ovop {
class Database;
}

namespace ovop::ui {

class ProductTableModel;

// The catalogue: a search box (barcode, SKU, words of names in any language, producer, village;
// searched by CatalogService as the user types), filters by category, oblast, village, producer and
// state, and the products in a sortable table. Managers and administrators add, edit, archive,
// import and export; everyone may look products up and print labels. Filters and column widths
// are remembered.
class ProductsPage : public QWidget
{
    Q_OBJECT

public:
    ProductsPage(Database& db, const Session& session, QWidget* parent = nullptr);
    ~ProductsPage() override;

    // Reads the filters' lists, the stock and the products again.
    void reload();
    // Runs the search typed so far now instead of after the short pause.
    void runPendingSearch();
    bool searchPending() const;

    ProductFilter filter() const;
    ProductTableModel* model() const { return m_model; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    QTableView* view() const { return m_view; }
    QLineEdit* searchField() const { return m_search; }
    QComboBox* categoryFilter() const { return m_category; }
    QComboBox* oblastFilter() const { return m_oblast; }
    QComboBox* villageFilter() const { return m_village; }
    QComboBox* producerFilter() const { return m_producer; }
    QComboBox* stateFilter() const { return m_state; }
    QPushButton* newButton() const { return m_new; }
    QPushButton* editButton() const { return m_edit; }
    QPushButton* archiveButton() const { return m_archive; }
    QPushButton* importButton() const { return m_import; }
    QPushButton* exportButton() const { return m_export; }
    QPushButton* labelsButton() const { return m_labels; }
    QLabel* statusLabel() const { return m_status; }
    QLabel* messageLabel() const { return m_message; }

    QString currentSku() const;
    QStringList selectedSkus() const;
    bool selectSku(const QString& sku);

    // The actions of the buttons (the dialogs are modal).
    void newProduct();
    void editProduct(const QString& sku);
    void toggleArchived();
    void importProducts();
    void exportProducts();
    void printLabels();
    // Writes every product (active and archived) to a CSV file in a worker thread; the number written.
    Result<int> exportTo(const QString& path, QChar delimiter = QLatin1Char(','),
                         Overwrite overwrite = Overwrite::Refuse);

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void arrangeFilters(bool narrow);
    void updateFilterArrangement();
    void runSearch();
    void fillFilters();
    void fillVillages();
    void filterChanged();
    void updateButtons();
    void showMessage(const QString& text, bool error);
    void saveColumns();
    void retranslateUi();
    QString language() const;

    Database& m_db;
    Session m_session;
    bool m_canEdit;
    bool m_filling = false;
    bool m_narrow = false;
    ProductTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTimer* m_searchTimer;
    QGridLayout* m_filters;
    QLineEdit* m_search;
    QComboBox* m_category;
    QComboBox* m_oblast;
    QComboBox* m_village;
    QComboBox* m_producer;
    QComboBox* m_state;
    QPushButton* m_new;
    QPushButton* m_edit;
    QPushButton* m_archive;
    QPushButton* m_import;
    QPushButton* m_export;
    QPushButton* m_labels;
    QLabel* m_status;
    QLabel* m_message;
    QTableView* m_view;
};

} // namespace ovop::ui
