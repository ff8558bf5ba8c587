// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <functional>
#include <memory>
#include <optional>

#include <QHash>
#include <QWidget>

#include "models/people/Session.h"
#include "models/sales/Sale.h"
#include "models/sales/Till.h"

class QAction;
class QKeySequence;
class QLabel;
class QLineEdit;
class QListWidget;
class QStackedWidget;
class QTableView;

namespace ovop {
class Database;
}

namespace ovop::ui {

class CartTableModel;
class TillButton;

// The counter screen. The scan field has the focus whenever nothing else needs it: a scanner's
// digits and Enter add the product (Till::addCode), words and Enter list the catalogue's matches to
// pick from. The cart with the last touched line highlighted, the total as the largest thing on
// screen (the change, after a cash sale), and every cashier's action on a button showing its key:
// Enter cash, Ctrl+Enter card, F8 QR, F4 quantity, F6 line discount, F7 cart discount, F2 price,
// Delete remove line, * void, Alt+* park, F5 recall, Esc cancel. When the till answers that an
// action needs a manager, the manager approves with their PIN on the same screen.
class SalePage : public QWidget
{
    Q_OBJECT

public:
    SalePage(Database& db, const Session& session, QWidget* parent = nullptr);
    ~SalePage() override;

    Till& till() { return *m_till; }
    QLineEdit* scanField() const { return m_scan; }
    QTableView* cartView() const { return m_view; }
    CartTableModel* cartModel() const { return m_model; }
    QListWidget* resultsView() const { return m_results; }
    // The message area's text (empty when nothing to say).
    QString message() const;
    QString totalCaption() const;
    QString totalText() const;
    // The actions by name: "payCash", "payCard", "payQr", "quantity", "lineDiscount", "cartDiscount",
    // "price", "removeLine", "void", "park", "recall".
    QAction* action(const QString& name) const { return m_actions.value(name); }
    QList<TillButton*> buttons() const { return m_buttons; }
    // The last sale completed here (its change is shown until the next scan).
    const std::optional<Sale>& lastSale() const { return m_lastSale; }

    // Reads the shop settings again (limits, the ELQR link) and gives the scan field the focus;
    // the main window calls it each time the page comes to the front.
    void pageShown();

    // What the scan field does on Enter: a code adds its product, words list the catalogue's matches,
    // nothing opens the payment in cash.
    void submitScan();
    void pay(PaymentMethod method);

Q_SIGNALS:
    // A sale was committed (and is durable): the shell prints its receipt.
    void saleCommitted(const ovop::Sale& sale);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    enum class Tone { Info, Ok, Error, Warning }; // a warning is red, without the sound

    QAction* makeAction(const QString& name, const QKeySequence& key, void (SalePage::*slot)());
    void buildLayout();
    void retranslateUi();
    void refresh();
    void showMessage(const QString& text, Tone tone);
    void focusScan();
    void checkShift();
    void afterAdd(const Result<int>& added);
    void search(const QString& text);
    void showResults(bool shown);
    void addChosenResult();
    int currentLine() const;
    void moveCurrentLine(int step);
    QString language() const;

    // Runs a till action; when the till says a manager must approve it, asks for the approval and
    // runs it again with it. The till's answer (a refusal when the approval was not given).
    Status withApproval(const std::function<Status(const Approval*)>& action, QWidget* dialogParent = nullptr);
    // Adds goods, asking for a manager's approval when the till needs one (expired batches).
    Result<int> addWithApproval(const std::function<Result<int>(const Approval*)>& add);

    // The actions (SalePageActions.cpp).
    void payCash();
    void payCard();
    void payQr();
    void editQuantity();
    void editLineDiscount();
    void editCartDiscount();
    void editPrice();
    void removeLine();
    void voidCart();
    void park();
    void recall();
    void returnGoods();
    void showLastReceipt();

    Database& m_db;
    Session m_session;
    std::unique_ptr<Till> m_till;
    std::optional<Sale> m_lastSale;
    bool m_lastReceiptShown = false; // shown or printed once: again, it is a copy
    QString m_settingsError;
    QHash<QString, QAction*> m_actions;
    QList<TillButton*> m_buttons;
    CartTableModel* m_model;
    QLineEdit* m_scan;
    QLabel* m_message;
    QStackedWidget* m_stack;
    QTableView* m_view;
    QLabel* m_resultsCaption;
    QListWidget* m_results;
    QWidget* m_resultsPage;
    QLabel* m_totalCaption;
    QLabel* m_total;
    QLabel* m_details;
};

} // namespace ovop::ui
