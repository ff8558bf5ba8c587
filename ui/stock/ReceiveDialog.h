// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QDialog>
#include <QList>
#include <QMap>

#include "models/catalog/Product.h"
#include "models/people/Session.h"
#include "models/stock/ReceivingService.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace ovop {
class Database;
}

namespace ovop::ui {

class FieldError;

// A delivery from one producer: the producer, terms (consignment or purchase, the producer's own
// by default), date, the supplier's document and a note, then the goods scanned or typed (barcode or
// SKU) with their quantities; the cost column shows for goods bought, batch and expiry for goods
// kept by batch. Ctrl+S saves the whole delivery through ReceivingService, or nothing when
// something is wrong (said beside the field or in the message line, the cell marked).
class ReceiveDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column { Sku, Name, QuantityColumn, Cost, Batch, Expires, ColumnCount };

    ReceiveDialog(Database& db, const Session& session, QWidget* parent = nullptr);

    // Adds the product of a barcode or SKU (one more when it is already listed); false with the
    // reason in the message line when it cannot be received here.
    bool addCode(const QString& code);
    // Sets a line's quantity, cost, batch and expiry as the user would type them.
    void setLine(int row, const QString& quantity, const QString& cost = {}, const QString& batch = {},
                 const QDate& expiresOn = {});
    bool selectProducer(const QString& code);
    // Checks and saves the delivery; accepts the dialog when it was recorded.
    bool save();
    const Receiving& received() const { return m_received; }
    // The SKU of each line received, with its quantity.
    QList<QPair<QString, Quantity>> receivedSkus() const;

    QComboBox* producerCombo() const { return m_producer; }
    QComboBox* termsCombo() const { return m_terms; }
    QDateEdit* dateEdit() const { return m_date; }
    QLineEdit* documentField() const { return m_document; }
    QLineEdit* noteField() const { return m_note; }
    QLineEdit* codeField() const { return m_code; }
    QTableWidget* linesTable() const { return m_table; }
    QLabel* messageLabel() const { return m_message; }
    QPushButton* saveButton() const { return m_save; }

public Q_SLOTS:
    void reject() override;

private:
    struct Line
    {
        Product product;
    };

    void fillProducers();
    void producerChanged();
    void termsChanged();
    void removeLine();
    void updateColumns();
    void showMessage(const QString& text, bool error);
    void markCell(int row, int column, bool bad);
    QString language() const;

    Database& m_db;
    Session m_session;
    QList<Line> m_lines;
    QList<Producer> m_producers;
    Receiving m_received;
    QString m_prefilledDocument;

    QComboBox* m_producer;
    QComboBox* m_terms;
    QDateEdit* m_date;
    QLineEdit* m_document;
    QLineEdit* m_note;
    QLineEdit* m_code;
    QPushButton* m_add;
    QPushButton* m_remove;
    QTableWidget* m_table;
    QLabel* m_message;
    QPushButton* m_save;
    QPushButton* m_cancel;
    QMap<QString, FieldError*> m_errors;
};

} // namespace ovop::ui
