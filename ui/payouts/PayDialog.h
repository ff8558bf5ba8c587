// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QDialog>

#include "models/payouts/Payouts.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ovop::ui {

// Paying a statement: the dialog names the producer, the statement and the amount, so that it is
// the confirmation too; cash (out of this till's drawer), bank or wallet (with the transfer's
// reference). Enter pays, Esc cancels. The page carries out the payment with what was chosen.
class PayDialog : public QDialog
{
    Q_OBJECT

public:
    PayDialog(const Statement& statement, QWidget* parent = nullptr);

    Payout::Method method() const;
    QString reference() const;
    QComboBox* methodBox() const { return m_method; }
    QLineEdit* referenceEdit() const { return m_reference; }
    QPushButton* payButton() const { return m_pay; }
    QLabel* messageLabel() const { return m_message; }

    void accept() override;

private:
    void methodChanged();

    QComboBox* m_method;
    QLineEdit* m_reference;
    QLabel* m_message;
    QPushButton* m_pay;
};

} // namespace ovop::ui
