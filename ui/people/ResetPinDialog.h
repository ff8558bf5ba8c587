// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QDialog>

#include "models/people/Session.h"

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ovop {
class Database;
}

namespace ovop::ui {

class FieldError;

// Gives a user a new PIN (typed twice) through UserService::resetPin.
class ResetPinDialog : public QDialog
{
    Q_OBJECT

public:
    ResetPinDialog(Database& db, const Session& actor, const QString& userName, QWidget* parent = nullptr);

    QLineEdit* pinField() const { return m_pin; }
    QLineEdit* pinAgainField() const { return m_pinAgain; }
    QDialogButtonBox* buttons() const { return m_buttons; }
    QPushButton* okButton() const { return m_ok; }
    void submit();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    Database& m_db;
    Session m_actor;
    QString m_userName;
    QLabel* m_intro;
    QLabel* m_pinLabel;
    QLabel* m_pinAgainLabel;
    QLineEdit* m_pin;
    QLineEdit* m_pinAgain;
    FieldError* m_pinError;
    FieldError* m_pinAgainError;
    QDialogButtonBox* m_buttons;
    QPushButton* m_ok;
};

} // namespace ovop::ui
