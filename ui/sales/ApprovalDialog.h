// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <functional>
#include <optional>

#include <QDialog>

#include "models/sales/Till.h"

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace ovop::ui {

class PinPad;

// A manager's approval on the cashier's till, without logging the cashier out: what is to be
// approved, the manager's name, their PIN on a pad, an optional reason. Accepted once the till
// took the PIN (Till::approve); approval() then holds the manager's yes for the action to retry.
class ApprovalDialog : public QDialog
{
    Q_OBJECT

public:
    // Takes the manager's name, PIN and reason; the approval, or why it is refused.
    using Check = std::function<Result<Approval>(const QString& name, const QString& pin, const QString& reason)>;

    // what: the till's message of what needs approval.
    ApprovalDialog(Database& db, Till& till, const QString& what, QWidget* parent = nullptr);
    // An approval elsewhere than at the till: check takes the PIN; actorName (the user asking) is not
    // offered as an approver.
    ApprovalDialog(Database& db, const QString& actorName, Check check, const QString& what, QWidget* parent = nullptr);

    const std::optional<Approval>& approval() const { return m_approval; }
    QListWidget* users() const { return m_users; }
    PinPad* pinPad() const { return m_pinPad; }
    QLineEdit* reason() const { return m_reason; }
    // Chooses the approver by login name; false when not offered.
    bool chooseUser(const QString& name);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void submit();

    Check m_check;
    QString m_what;
    std::optional<Approval> m_approval;
    QLabel* m_heading;
    QLabel* m_whatLabel;
    QLabel* m_usersLabel;
    QListWidget* m_users;
    PinPad* m_pinPad;
    QLabel* m_reasonLabel;
    QLineEdit* m_reason;
    QPushButton* m_cancel;
    QPushButton* m_approve;
};

} // namespace ovop::ui
