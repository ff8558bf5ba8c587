// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QDialog>

#include "models/people/Session.h"
#include "models/people/UserService.h"

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ovop {
class Database;
}

namespace ovop::ui {

class FieldError;

// Adds a user (name, full name, role, language, PIN twice) through UserService::add. A refused
// value is explained beside its field and the dialog stays open.
class AddUserDialog : public QDialog
{
    Q_OBJECT

public:
    AddUserDialog(Database& db, const Session& actor, QWidget* parent = nullptr);

    // The user added, after the dialog was accepted.
    const User& addedUser() const { return m_added; }

    QLineEdit* nameField() const { return m_name; }
    QLineEdit* fullNameField() const { return m_fullName; }
    QComboBox* roleField() const { return m_role; }
    QComboBox* languageField() const { return m_language; }
    QLineEdit* pinField() const { return m_pin; }
    QLineEdit* pinAgainField() const { return m_pinAgain; }
    QDialogButtonBox* buttons() const { return m_buttons; }
    QPushButton* okButton() const { return m_ok; }

    // Tries to add the user; accepts the dialog on success.
    void submit();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void clearErrors();
    void showProblems(const FieldProblems& problems);

    Database& m_db;
    Session m_actor;
    User m_added;
    QFormLayout* m_form;
    QLabel* m_intro;
    QLineEdit* m_name;
    QLineEdit* m_fullName;
    QComboBox* m_role;
    QComboBox* m_language;
    QLineEdit* m_pin;
    QLineEdit* m_pinAgain;
    FieldError* m_nameError;
    FieldError* m_fullNameError;
    FieldError* m_roleError;
    FieldError* m_languageError;
    FieldError* m_pinError;
    FieldError* m_pinAgainError;
    QDialogButtonBox* m_buttons;
    QPushButton* m_ok;
};

} // namespace ovop::ui
