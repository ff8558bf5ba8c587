// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QStringList>

#include "models/catalog/Product.h"
#include "models/core/Result.h"
#include "models/store/FileGuard.h"
#include "ui/widgets/RecordListPage.h"

class QComboBox;
class QGridLayout;
class QPushButton;

namespace ovop::ui {

class ProductTableModel;

// The catalogue: a search box (barcode, SKU, words of names in any language, producer, village;
// searched by CatalogService as the user types), filters by category, oblast, village, producer and
// state, and the products in a sortable table. Managers and administrators add, edit, archive,
// import and export; everyone may look products up and print labels. Filters and column widths
// are remembered.
class ProductsPage : public RecordListPage
{
    Q_OBJECT

public:
    ProductsPage(Database& db, const Session& session, QWidget* parent = nullptr);
    ~ProductsPage() override;

    // Reads the filters' lists, the stock and the products again.
    void reload();

    ProductFilter filter() const;
    ProductTableModel* model() const { return m_model; }
    QComboBox* categoryFilter() const { return m_category; }
    QComboBox* oblastFilter() const { return m_oblast; }
    QComboBox* villageFilter() const { return m_village; }
    QComboBox* producerFilter() const { return m_producer; }
    QComboBox* stateFilter() const { return m_state; }
    QPushButton* labelsButton() const { return m_labels; }

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
    void openCurrent() override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void arrangeFilters(bool narrow);
    void updateFilterArrangement();
    void listRecords() override;
    void fillFilters();
    void fillVillages();
    void filterChanged();
    void updateFilterTips();
    void updateButtons();
    void retranslateUi();

    bool m_canEdit;
    bool m_filling = false;
    bool m_narrow = false;
    ProductTableModel* m_model;
    QGridLayout* m_filters;
    QComboBox* m_category;
    QComboBox* m_oblast;
    QComboBox* m_village;
    QComboBox* m_producer;
    QComboBox* m_state;
    QPushButton* m_labels;
};

} // namespace ovop::ui
