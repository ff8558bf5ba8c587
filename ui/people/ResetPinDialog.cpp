// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "ui/people/ResetPinDialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

#include "models/people/UserService.h"
#include "ui/widgets/FieldError.h"

namespace ovop::ui {

ResetPinDialog::ResetPinDialog(Database& db, const Session& actor, const QString& userName, QWidget* parent)
    : QDialog(parent), m_db(db), m_actor(actor), m_userName(userName)
{
    setObjectName(QStringLiteral("resetPinDialog"));
    setMinimumWidth(480);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    auto pinEdit = [this](const char* name) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(QString::fromLatin1(name));
        edit->setEchoMode(QLineEdit::Password);
        edit->setMaxLength(16);
        edit->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]*")), edit));
        return edit;
    };
    m_pin = pinEdit("newPin");
    m_pinAgain = pinEdit("newPinAgain");
    m_pinError = new FieldError(nullptr, this);
    m_pinError->setObjectName(QStringLiteral("newPinError"));
    m_pinAgainError = new FieldError(nullptr, this);
    m_pinAgainError->setObjectName(QStringLiteral("newPinAgainError"));
    m_pinLabel = FieldError::rowLabel(m_pin);
    m_pinAgainLabel = FieldError::rowLabel(m_pinAgain);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->addRow(m_pinLabel, FieldError::wrap(m_pin, m_pinError));
    form->addRow(m_pinAgainLabel, FieldError::wrap(m_pinAgain, m_pinAgainError));

    // A button of our own for the action: the box would rename a standard Ok button to "OK"
    // whenever the language changes.
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_ok = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("okButton"));
    m_ok->setDefault(true);
    m_ok->setProperty("role", QStringLiteral("primary"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ResetPinDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    // The dialog grows when a message appears beside a field.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    retranslateUi();
}

void ResetPinDialog::submit()
{
    m_pinError->clearError();
    m_pinAgainError->clearError();
    const QString pin = m_pin->text();
    if (auto valid = UserService::validatePin(pin); !valid) {
        m_pinError->showError(valid.message());
        m_pin->setFocus();
        return;
    }
    if (m_pinAgain->text() != pin) {
        m_pinAgainError->showError(tr("The two PINs differ. Type the same PIN twice."));
        m_pinAgain->clear();
        m_pinAgain->setFocus();
        return;
    }
    if (auto reset = UserService(m_db).resetPin(m_actor, m_userName, pin); !reset) {
        m_pinError->showError(reset.message());
        return;
    }
    accept();
}

void ResetPinDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ResetPinDialog::retranslateUi()
{
    setWindowTitle(tr("Reset PIN"));
    m_intro->setText(tr("A new PIN for %1, 4 to 8 digits. Tell it to the user in person.").arg(m_userName));
    m_pinLabel->setText(tr("New PIN"));
    m_pinAgainLabel->setText(tr("New PIN again"));
    m_ok->setText(tr("Reset PIN"));
}

} // namespace ovop::ui
