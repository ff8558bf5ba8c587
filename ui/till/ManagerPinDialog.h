// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <optional>

#include <QDialog>

#include "models/people/Session.h"
#include "models/sales/Till.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ovop {
class Database;
}

namespace ovop::ui {

class PinPad;

// A manager's yes on this till for something the cashier may not do alone (a large return): the
// manager picks their name, types their PIN on the pad and may give a reason; Till::approve checks
// the PIN (counted and locked like a login). The cashier stays logged in. approval() holds the yes.
class ManagerPinDialog : public QDialog
{
    Q_OBJECT

public:
    // what: the service's message of what needs approval.
    ManagerPinDialog(Database& db, const Session& actor, const QString& what, QWidget* parent = nullptr);

    const std::optional<Approval>& approval() const { return m_approval; }
    QComboBox* userField() const { return m_user; }
    PinPad* pinPad() const { return m_pad; }
    QLineEdit* reasonField() const { return m_reason; }
    QPushButton* approveButton() const { return m_approve; }
    // Chooses the approver by login name; false when not offered.
    bool chooseUser(const QString& name);
    void submit();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    Database& m_db;
    Session m_actor;
    QString m_what;
    std::optional<Approval> m_approval;
    QLabel* m_whatLabel;
    QLabel* m_userLabel;
    QComboBox* m_user;
    QLabel* m_pinLabel;
    PinPad* m_pad;
    QLabel* m_reasonLabel;
    QLineEdit* m_reason;
    QPushButton* m_cancel;
    QPushButton* m_approve;
};

} // namespace ovop::ui
