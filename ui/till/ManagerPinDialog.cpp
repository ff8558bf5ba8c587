// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "ui/till/ManagerPinDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "models/people/UserService.h"
#include "models/settings/ShopSettings.h"
#include "ui/widgets/PinPad.h"

namespace ovop::ui {

ManagerPinDialog::ManagerPinDialog(Database& db, const Session& actor, const QString& what, QWidget* parent)
    : QDialog(parent), m_db(db), m_actor(actor), m_what(what)
{
    setObjectName(QStringLiteral("managerPinDialog"));
    setMinimumWidth(460);
    m_whatLabel = new QLabel(what, this);
    m_whatLabel->setObjectName(QStringLiteral("approvalWhat"));
    m_whatLabel->setWordWrap(true);
    m_whatLabel->setProperty("role", QStringLiteral("subheading"));

    m_user = new QComboBox(this);
    m_user->setObjectName(QStringLiteral("approverField"));
    m_user->setMinimumHeight(44);
    if (auto choices = UserService(db).loginChoices()) {
        for (const LoginChoice& choice : choices.value()) {
            if (choice.name == actor.userName)
                continue;
            const QString shown =
                choice.fullName.isEmpty() ? choice.name : QStringLiteral("%1 (%2)").arg(choice.fullName, choice.name);
            m_user->addItem(shown, choice.name);
        }
    }
    m_userLabel = new QLabel(this);
    m_userLabel->setBuddy(m_user);
    m_pad = new PinPad(this);
    m_pinLabel = new QLabel(this);
    m_pinLabel->setBuddy(m_pad->field());
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("approvalReason"));
    m_reason->setMaxLength(200);
    m_reasonLabel = new QLabel(this);
    m_reasonLabel->setBuddy(m_reason);
    connect(m_pad, &PinPad::submitted, this, &ManagerPinDialog::submit);
    connect(m_pad, &PinPad::edited, this, [this] { m_pad->setError({}); });

    auto* buttons = new QDialogButtonBox(this);
    m_cancel = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_approve = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_approve->setObjectName(QStringLiteral("approveButton"));
    m_approve->setProperty("role", QStringLiteral("primary"));
    m_approve->setMinimumHeight(44);
    m_cancel->setMinimumHeight(44);
    m_approve->setAutoDefault(false);
    m_cancel->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &ManagerPinDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->setSpacing(8);
    layout->addWidget(m_whatLabel);
    layout->addWidget(m_userLabel);
    layout->addWidget(m_user);
    layout->addWidget(m_pinLabel);
    layout->addWidget(m_pad);
    layout->addWidget(m_reasonLabel);
    layout->addWidget(m_reason);
    layout->addWidget(buttons);
    retranslateUi();
    m_pad->focusField();
}

bool ManagerPinDialog::chooseUser(const QString& name)
{
    const int at = m_user->findData(name);
    if (at < 0)
        return false;
    m_user->setCurrentIndex(at);
    return true;
}

void ManagerPinDialog::submit()
{
    const QString name = m_user->currentData().toString();
    if (name.isEmpty()) {
        m_pad->setError(tr("Choose who approves."));
        return;
    }
    auto settings = SettingsService(m_db).load();
    if (!settings) {
        m_pad->setError(settings.message());
        return;
    }
    Till till(m_db, m_actor, settings.value());
    auto approved = till.approve(name, m_pad->pin(), m_reason->text().trimmed());
    if (!approved) {
        m_pad->clear();
        m_pad->setError(approved.message());
        m_pad->focusField();
        return;
    }
    m_approval = approved.value();
    accept();
}

void ManagerPinDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ManagerPinDialog::retranslateUi()
{
    setWindowTitle(tr("Manager's approval"));
    m_userLabel->setText(tr("Manager"));
    m_pinLabel->setText(tr("Manager's PIN"));
    m_reasonLabel->setText(tr("Reason (optional)"));
    m_cancel->setText(tr("Cancel"));
    m_approve->setText(tr("Approve"));
}

} // namespace ovop::ui
