// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QWidget>

#include "models/people/Session.h"

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTableWidget;

namespace ovop {
class Database;
}

namespace ovop::ui {

class TableColumns;
class TransferListModel;

// Goods between the shops of the network: the transfers this shop sent and received (newest first),
// each with its state (sent, received, received with differences) and what was sent and received;
// the lines of the selected one under the list (Enter goes to them). Send goods (Ctrl+N) writes a
// transfer file for the other shop; Receive transfer (Ctrl+O) opens one that came here, or the
// confirmation of one sent from here.
class TransfersPage : public QWidget
{
    Q_OBJECT

public:
    TransfersPage(Database& db, const Session& session, QWidget* parent = nullptr);

    QTableView* view() const { return m_view; }
    TransferListModel* model() const { return m_model; }
    QTableWidget* linesTable() const { return m_lines; }
    QLabel* linesCaption() const { return m_linesCaption; }
    QLabel* messageLabel() const { return m_message; }
    QPushButton* sendButton() const { return m_send; }
    QPushButton* receiveButton() const { return m_receive; }
    QPushButton* reloadButton() const { return m_reload; }

public Q_SLOTS:
    void reload();
    void sendGoods();
    void receiveTransfer();

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showLines();
    void retranslateUi();
    void showMessage(const QString& text, bool error);
    void select(const QString& transferId, int direction);

    Database& m_db;
    Session m_session;
    QLabel* m_heading;
    TransferListModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_view;
    TableColumns* m_columns;
    QLabel* m_linesCaption;
    QTableWidget* m_lines;
    TableColumns* m_lineColumns;
    QLabel* m_message;
    QPushButton* m_send;
    QPushButton* m_receive;
    QPushButton* m_reload;
};

} // namespace ovop::ui
