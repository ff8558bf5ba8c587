// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <optional>

#include <QDialog>

#include "models/people/Session.h"
#include "models/sales/Sale.h"

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTableView;

namespace ovop {
class Database;
}

namespace ovop::ui {

class FieldError;
class ReturnLinesModel;

// A customer brings goods back: the receipt's number scanned from its barcode (or typed) and Enter,
// then how much of each line comes back, where the money goes (the sale's own payments or cash),
// where the goods go (back on the shelf or damaged) and the return receipt's language. Return
// (Ctrl+Enter) makes it through ReturnService; above the shop's limit a manager approves with a PIN
// first. Then the return's receipt number and the refund by method are shown, with its receipt to
// print or save as PDF. Any page of the till opens it with ReturnDialog::run().
class ReturnDialog : public QDialog
{
    Q_OBJECT

public:
    ReturnDialog(Database& db, const Session& actor, QWidget* parent = nullptr);

    // Opens the dialog modally over parent, the receipt already looked up when one is given.
    static void run(Database& db, const Session& actor, QWidget* parent, const QString& receipt = {});

    QLineEdit* receiptField() const { return m_receipt; }
    FieldError* receiptError() const { return m_receiptError; }
    QTableView* linesView() const { return m_view; }
    ReturnLinesModel* lines() const { return m_model; }
    FieldError* linesError() const { return m_linesError; }
    QRadioButton* refundOriginal() const { return m_refundOriginal; }
    QRadioButton* refundCash() const { return m_refundCash; }
    QRadioButton* goodsShelf() const { return m_goodsShelf; }
    QRadioButton* goodsDamaged() const { return m_goodsDamaged; }
    QComboBox* languageField() const { return m_language; }
    QLabel* saleLabel() const { return m_saleInfo; }
    QLabel* refundLabel() const { return m_refund; }
    QLabel* resultLabel() const { return m_result; }
    QPushButton* allButton() const { return m_all; }
    QPushButton* returnButton() const { return m_return; }
    QPushButton* receiptButton() const { return m_receiptButton; }
    const std::optional<SaleReturn>& lastReturn() const { return m_last; }

public Q_SLOTS:
    // Looks the sale up by its receipt number and shows its lines.
    void lookUp(const QString& receipt);
    // Makes the return of what is chosen (asks for a manager's PIN when the service needs one).
    void submit();
    // Shows the last return's receipt with Print… and Save PDF….
    void showReceipt();

Q_SIGNALS:
    void returned(const SaleReturn& doc);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateRefund();
    void showResult(const SaleReturn& doc);

    Database& m_db;
    Session m_actor;
    std::optional<SaleReturn> m_last;
    ReturnLinesModel* m_model;
    QLabel* m_receiptLabel;
    QLineEdit* m_receipt;
    QPushButton* m_find;
    FieldError* m_receiptError;
    QLabel* m_saleInfo;
    QTableView* m_view;
    FieldError* m_linesError;
    QPushButton* m_all;
    QPushButton* m_none;
    QLabel* m_refundToLabel;
    QRadioButton* m_refundOriginal;
    QRadioButton* m_refundCash;
    QLabel* m_goodsLabel;
    QRadioButton* m_goodsShelf;
    QRadioButton* m_goodsDamaged;
    QLabel* m_languageLabel;
    QComboBox* m_language;
    QLabel* m_refund;
    QLabel* m_result;
    QPushButton* m_receiptButton;
    QPushButton* m_close;
    QPushButton* m_return;
};

} // namespace ovop::ui
