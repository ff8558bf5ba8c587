// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <optional>

#include <QDialog>

#include "models/people/Session.h"
#include "models/stock/TransferService.h"

class QLabel;
class QPushButton;
class QTableWidget;

namespace ovop {
class Database;
}

namespace ovop::ui {

// Opens a file that came from another shop (Ctrl+O): a transfer addressed to this shop, or the
// confirmation of a transfer this shop sent. A file that is damaged, meant for another shop or
// already recorded is refused in the message line, and nothing changes. A transfer shows its lines
// with what was sent and what arrived (as sent until changed: type the quantity found); Receive
// (Ctrl+Enter) puts the goods into the stock, and then Save confirmation (Ctrl+S) writes the file to
// give back to the sending shop. A confirmation shows what the other shop received; Record
// (Ctrl+Enter) records it here.
class ReceiveTransferDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column { Line, Sku, Name, Batch, Sent, Received, ColumnCount };

    ReceiveTransferDialog(Database& db, const Session& session, QWidget* parent = nullptr);

    QLabel* summaryLabel() const { return m_summary; }
    QLabel* messageLabel() const { return m_message; }
    QTableWidget* linesTable() const { return m_lines; }
    QPushButton* openButton() const { return m_open; }
    QPushButton* receiveButton() const { return m_receive; }
    QPushButton* saveConfirmationButton() const { return m_saveConfirmation; }
    // What was recorded, once Receive went through.
    const std::optional<TransferReceipt>& receipt() const { return m_receipt; }

public Q_SLOTS:
    // Asks for the file and reads it.
    void openFile();
    // Reads the file and shows it, or why it is refused.
    void load(const QString& path);
    void receive();
    void saveConfirmation();

protected:
    void changeEvent(QEvent* event) override;

private:
    void showContents();
    void updateButtons();
    void retranslateUi();
    void showMessage(const QString& text, bool error);

    Database& m_db;
    Session m_session;
    QString m_path;
    std::optional<TransferFile::Contents> m_contents;
    bool m_refused = false;
    std::optional<TransferReceipt> m_receipt;
    QString m_confirmationPath;
    QLabel* m_summary;
    QTableWidget* m_lines;
    QLabel* m_message;
    QPushButton* m_open;
    QPushButton* m_close;
    QPushButton* m_saveConfirmation;
    QPushButton* m_receive;
};

} // namespace ovop::ui
