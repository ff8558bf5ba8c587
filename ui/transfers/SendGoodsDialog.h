// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <optional>

#include <QDialog>
#include <QList>

#include "models/people/Session.h"
#include "models/stock/TransferService.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace ovop {
class Database;
}

namespace ovop::ui {

// Goods to send to another shop: the shop's code, then the lines, each added by scanning or typing a
// code (and a quantity; one when empty) and Enter; the same product again adds to its line. Delete
// removes the selected line. Save and send (Ctrl+S) asks where to write the transfer file, takes the
// goods out of the stock and writes the file in one step; Esc closes, asking first when lines would be
// lost.
class SendGoodsDialog : public QDialog
{
    Q_OBJECT

public:
    SendGoodsDialog(Database& db, const Session& session, QWidget* parent = nullptr);

    QLineEdit* shopField() const { return m_shop; }
    QLineEdit* codeField() const { return m_code; }
    QLineEdit* quantityField() const { return m_quantity; }
    QTableWidget* linesTable() const { return m_lines; }
    QLabel* messageLabel() const { return m_message; }
    QPushButton* sendButton() const { return m_send; }
    QPushButton* removeButton() const { return m_remove; }
    // The transfer written, once accepted.
    const std::optional<Transfer>& sent() const { return m_sent; }

public Q_SLOTS:
    // Adds the code typed, with the quantity typed (one when empty).
    void addLine();
    void removeLine();
    // Asks for the file and sends.
    void send();
    void reject() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Line
    {
        QString productId;
        QString sku;
        QString name;
        Quantity quantity;
    };
    void showLines();
    void retranslateUi();
    void showMessage(const QString& text, bool error);

    Database& m_db;
    Session m_session;
    QList<Line> m_items;
    std::optional<Transfer> m_sent;
    QLabel* m_shopLabel;
    QLineEdit* m_shop;
    QLabel* m_codeLabel;
    QLineEdit* m_code;
    QLabel* m_quantityLabel;
    QLineEdit* m_quantity;
    QPushButton* m_add;
    QTableWidget* m_lines;
    QLabel* m_message;
    QPushButton* m_remove;
    QPushButton* m_close;
    QPushButton* m_send;
};

} // namespace ovop::ui
