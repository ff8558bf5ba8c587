// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include "models/stock/StockQuery.h"
#include "ui/widgets/RecordListPage.h"

class QCheckBox;
class QComboBox;
class QPushButton;

namespace ovop::ui {

class ReceiveDialog;
class StockTableModel;

// Stock on hand: every product with its quantity, minimum level and value, low rows marked and
// expired or soon expiring batches flagged; a search box (SKU, name, producer), filters by category,
// producer and village, low only and expired only, and the total value of what is shown. Enter
// opens a product's movements. Managers receive deliveries (Ctrl+N), correct stock with a reason
// (Ctrl+J), set minimum levels (Ctrl+M); everyone sees the reorder list (Ctrl+E).
class StockPage : public RecordListPage
{
    Q_OBJECT

public:
    StockPage(Database& db, const Session& session, QWidget* parent = nullptr);

    // Reads the filters' lists and the stock again.
    void reload();

    StockFilter filter() const;
    StockTableModel* model() const { return m_model; }
    QPushButton* receiveButton() const { return newButton(); }
    QPushButton* historyButton() const { return editButton(); }
    QPushButton* adjustButton() const { return m_adjust; }
    QPushButton* minLevelButton() const { return m_minLevel; }
    QPushButton* reorderButton() const { return exportButton(); }
    QComboBox* categoryFilter() const { return m_category; }
    QComboBox* producerFilter() const { return m_producer; }
    QComboBox* villageFilter() const { return m_village; }
    QCheckBox* lowOnlyBox() const { return m_lowOnly; }
    QCheckBox* expiredOnlyBox() const { return m_expiredOnly; }
    const StockList& list() const { return m_list; }

    const StockRow* currentRow() const;
    bool selectSku(const QString& sku);

    // The actions of the buttons (the dialogs are modal).
    void receiveGoods();
    void showHistory();
    void adjustStock();
    void editMinLevel();
    void showReorderList();

protected:
    void changeEvent(QEvent* event) override;
    void openCurrent() override;

private:
    void listRecords() override;
    void fillFilters();
    void offerLabels(const ReceiveDialog& dialog);
    void updateButtons();
    void retranslateUi();

    bool m_canManage;
    bool m_filling = false;
    StockTableModel* m_model;
    StockList m_list;
    QComboBox* m_category;
    QComboBox* m_producer;
    QComboBox* m_village;
    QCheckBox* m_lowOnly;
    QCheckBox* m_expiredOnly;
    QPushButton* m_adjust;
    QPushButton* m_minLevel;
};

} // namespace ovop::ui
