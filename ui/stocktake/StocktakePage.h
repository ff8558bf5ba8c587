// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <optional>

#include <QWidget>

#include "models/people/Session.h"
#include "models/stock/StocktakeService.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace ovop {
class Database;
}

namespace ovop::ui {

class StocktakeModel;
class TableColumns;

// The shop's stocktake: the open count (its number, what it covers, who started it and when) or,
// when none is open, Start count (F2) for the whole shop, a category or a producer. Counting: a
// scanner types a code and Enter into the scan field (Ctrl+F), one more of the product each time,
// or the quantity typed (a weight, a larger count; a minus takes back a miscount), into the batch
// typed for a product kept in batches. The table shows every product of the count with what is
// expected, counted, moved since it was counted, the difference and its value, filtered to the
// uncounted products or the differences; the gains and losses under it. Post (F8) writes the
// differences to the stock (a manager's action, shown disabled to others with the reason), Cancel
// count (F9) drops the count; both ask first. Staff who may not post see Post disabled with the reason,
// and Post with a manager's PIN (Ctrl+F8) beside it: a manager approves on this screen.
class StocktakePage : public QWidget
{
    Q_OBJECT

public:
    StocktakePage(Database& db, const Session& session, QWidget* parent = nullptr);

    QLabel* headingLabel() const { return m_heading; }
    QLabel* detailLabel() const { return m_detail; }
    QLabel* messageLabel() const { return m_message; }
    QLabel* totalsLabel() const { return m_totals; }
    QComboBox* scopeCombo() const { return m_scope; }
    QComboBox* scopeChoice() const { return m_choice; }
    QLineEdit* scanField() const { return m_scan; }
    QLineEdit* quantityField() const { return m_quantity; }
    QLineEdit* batchField() const { return m_batch; }
    QComboBox* showCombo() const { return m_show; }
    QTableView* view() const { return m_view; }
    StocktakeModel* model() const { return m_model; }
    QPushButton* startButton() const { return m_start; }
    QPushButton* postButton() const { return m_post; }
    // For staff who may not post: Post with a manager's PIN (Ctrl+F8).
    QPushButton* approvedPostButton() const { return m_approvedPost; }
    QPushButton* cancelButton() const { return m_cancel; }
    QPushButton* reloadButton() const { return m_reload; }
    const std::optional<StocktakeView>& current() const { return m_view_; }

public Q_SLOTS:
    // Reads the open stocktake and its products again.
    void reload();
    void start();
    // Counts the code in the scan field.
    void countScanned();
    void post();
    // Posts with a manager's approval, given with their PIN on this screen.
    void postWithApproval();
    void cancelCount();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void fillScopeChoices();
    void updateState();
    void retranslateUi();
    void showMessage(const QString& text, bool error);
    void selectProduct(const QString& productId);
    // Asks whether to post the open count, naming what changes.
    bool confirmPosting();
    void showPosted(const Result<StocktakePosting>& posted);

    Database& m_db;
    Session m_session;
    std::optional<StocktakeView> m_view_;
    QLabel* m_heading;
    QLabel* m_detail;
    QWidget* m_startRow;
    QLabel* m_scopeLabel;
    QComboBox* m_scope;
    QComboBox* m_choice;
    QPushButton* m_start;
    QWidget* m_scanRow;
    QLabel* m_scanLabel;
    QLineEdit* m_scan;
    QLabel* m_quantityLabel;
    QLineEdit* m_quantity;
    QLabel* m_batchLabel;
    QLineEdit* m_batch;
    QLabel* m_showLabel;
    QComboBox* m_show;
    QLabel* m_totals;
    StocktakeModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_view;
    TableColumns* m_columns;
    QLabel* m_message;
    QPushButton* m_post;
    QPushButton* m_approvedPost;
    QPushButton* m_cancel;
    QPushButton* m_reload;
};

} // namespace ovop::ui
