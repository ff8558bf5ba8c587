// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QDialog>

#include "models/core/Money.h"
#include "models/people/Session.h"

class QLabel;
class QLineEdit;
class QPushButton;

namespace ovop {
class Database;
}

namespace ovop::ui {

class FieldError;

// Money into or out of the drawer through ShiftService: the float counted when a shift opens, cash
// put in, or cash taken out (with a reason). A refusal is shown beside the amount or the reason.
class CashDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Kind { OpenShift, CashIn, CashOut };

    // expected: the cash the drawer should hold now (shown for cash out; ignored otherwise).
    CashDialog(Database& db, const Session& actor, Kind kind, Money expected = {}, QWidget* parent = nullptr);

    QLineEdit* amountField() const { return m_amount; }
    QLineEdit* reasonField() const { return m_reason; }
    FieldError* amountError() const { return m_amountError; }
    FieldError* reasonError() const { return m_reasonError; }
    QPushButton* okButton() const { return m_ok; }
    // What was done, for the page's message (after accept()).
    QString done() const { return m_done; }
    void submit();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    Database& m_db;
    Session m_actor;
    Kind m_kind;
    Money m_expected;
    QString m_done;
    QLabel* m_intro;
    QLabel* m_amountLabel;
    QLabel* m_reasonLabel = nullptr;
    QLineEdit* m_amount;
    QLineEdit* m_reason = nullptr;
    FieldError* m_amountError;
    FieldError* m_reasonError = nullptr;
    QPushButton* m_ok;
    QPushButton* m_cancel;
};

} // namespace ovop::ui
