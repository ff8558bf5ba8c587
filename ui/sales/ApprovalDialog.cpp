// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "ui/sales/ApprovalDialog.h"

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include "models/people/UserService.h"
#include "ui/widgets/PinPad.h"

namespace ovop::ui {

namespace {
constexpr int MaxReasonLength = 200;
}

ApprovalDialog::ApprovalDialog(Database& db, Till& till, const QString& what, QWidget* parent)
    : ApprovalDialog(
          db, till.actor().userName,
          [&till](const QString& name, const QString& pin, const QString& reason) {
              return till.approve(name, pin, reason);
          },
          what, parent)
{
}

ApprovalDialog::ApprovalDialog(Database& db, const QString& actorName, Check check, const QString& what,
                               QWidget* parent)
    : QDialog(parent), m_check(std::move(check)), m_what(what)
{
    setObjectName(QStringLiteral("approvalDialog"));
    setModal(true);

    m_heading = new QLabel(this);
    m_heading->setProperty("role", QStringLiteral("subheading"));
    m_whatLabel = new QLabel(what, this);
    m_whatLabel->setObjectName(QStringLiteral("approvalWhat"));
    m_whatLabel->setWordWrap(true);
    m_whatLabel->setProperty("role", QStringLiteral("error"));

    m_usersLabel = new QLabel(this);
    m_users = new QListWidget(this);
    m_users->setObjectName(QStringLiteral("approvalUsers"));
    m_users->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_users->setWordWrap(true);
    m_users->setMinimumWidth(220);
    m_usersLabel->setBuddy(m_users);
    const QDateTime now = QDateTime::currentDateTime();
    if (auto choices = UserService(db).loginChoices(); choices) {
        for (const LoginChoice& choice : choices.value()) {
            if (choice.name.compare(actorName, Qt::CaseInsensitive) == 0)
                continue; // the cashier does not approve their own sale
            QString text =
                choice.fullName.isEmpty() ? choice.name : QStringLiteral("%1\n%2").arg(choice.fullName, choice.name);
            if (choice.lockedUntil.isValid() && choice.lockedUntil > now)
                text +=
                    QLatin1Char('\n') +
                    tr("locked until %1").arg(QLocale().toString(choice.lockedUntil.time(), QStringLiteral("HH:mm")));
            auto* item = new QListWidgetItem(text, m_users);
            item->setData(Qt::UserRole, choice.name);
            item->setSizeHint(QSize(0, choice.fullName.isEmpty() ? 48 : 60));
        }
    } else {
        m_whatLabel->setText(what + QLatin1Char('\n') + choices.message());
    }
    if (m_users->count() > 0)
        m_users->setCurrentRow(0);
    m_users->installEventFilter(this);

    m_pinPad = new PinPad(this);
    m_pinPad->setObjectName(QStringLiteral("approvalPin"));
    connect(m_pinPad, &PinPad::submitted, this, &ApprovalDialog::submit);
    connect(m_pinPad, &PinPad::edited, this, [this] { m_pinPad->setError(QString()); });

    m_reasonLabel = new QLabel(this);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("approvalReason"));
    m_reason->setMaxLength(MaxReasonLength);
    m_reasonLabel->setBuddy(m_reason);
    connect(m_reason, &QLineEdit::returnPressed, this, &ApprovalDialog::submit);

    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("approvalCancel"));
    m_cancel->setAutoDefault(false);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    m_approve = new QPushButton(this);
    m_approve->setObjectName(QStringLiteral("approvalApprove"));
    m_approve->setProperty("role", QStringLiteral("primary"));
    m_approve->setAutoDefault(false);
    connect(m_approve, &QPushButton::clicked, this, &ApprovalDialog::submit);

    auto* left = new QVBoxLayout;
    left->addWidget(m_usersLabel);
    left->addWidget(m_users, 1);
    left->addWidget(m_reasonLabel);
    left->addWidget(m_reason);
    auto* columns = new QHBoxLayout;
    columns->setSpacing(16);
    columns->addLayout(left, 1);
    columns->addWidget(m_pinPad, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_approve);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(10);
    layout->addWidget(m_heading);
    layout->addWidget(m_whatLabel);
    layout->addLayout(columns, 1);
    layout->addLayout(buttons);

    retranslateUi();
    resize(620, 560);
    m_pinPad->focusField();
}

bool ApprovalDialog::chooseUser(const QString& name)
{
    for (int row = 0; row < m_users->count(); ++row) {
        if (m_users->item(row)->data(Qt::UserRole).toString() == name) {
            m_users->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

void ApprovalDialog::submit()
{
    QListWidgetItem* user = m_users->currentItem();
    if (!user) {
        m_pinPad->setError(tr("Choose the manager who approves."));
        return;
    }
    if (m_pinPad->pin().isEmpty()) {
        m_pinPad->setError(tr("The manager enters their PIN."));
        m_pinPad->focusField();
        return;
    }
    auto approval = m_check(user->data(Qt::UserRole).toString(), m_pinPad->pin(), m_reason->text());
    if (!approval) {
        m_pinPad->clear();
        m_pinPad->setError(approval.message());
        m_pinPad->focusField();
        return;
    }
    m_approval = approval.value();
    accept();
}

bool ApprovalDialog::eventFilter(QObject* watched, QEvent* event)
{
    // Digits, Backspace and Enter typed while the list of managers has the focus go to the PIN.
    if (watched == m_users && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() != Qt::Key_Escape && m_pinPad->handleKey(key->key(), key->text())) {
            m_pinPad->focusField();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void ApprovalDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ApprovalDialog::retranslateUi()
{
    setWindowTitle(tr("Manager's approval"));
    m_heading->setText(tr("A manager approves with their PIN"));
    m_usersLabel->setText(tr("&Manager"));
    m_reasonLabel->setText(tr("&Reason (optional)"));
    m_cancel->setText(tr("Cancel (Esc)"));
    m_approve->setText(tr("Approve (Enter)"));
}

} // namespace ovop::ui
