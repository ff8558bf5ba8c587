// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "ui/payouts/PayDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "models/core/Language.h"
#include "ui/widgets/FormHelpers.h"

namespace ovop::ui {

PayDialog::PayDialog(const Statement& s, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("payDialog"));
    setWindowTitle(tr("Pay %1").arg(s.producerName));
    auto* layout = new QVBoxLayout(this);
    auto* what =
        new QLabel(tr("Pay %1 to %2 (%3) for statement %4, %5 to %6.")
                       .arg(s.owed.format(Language::current()), s.producerName, s.producerCode, s.number,
                            s.from.toString(QStringLiteral("dd.MM.yyyy")), s.to.toString(QStringLiteral("dd.MM.yyyy"))),
                   this);
    what->setObjectName(QStringLiteral("payWhat"));
    what->setWordWrap(true);
    layout->addWidget(what);
    if (!s.paymentDetails.trimmed().isEmpty()) {
        auto* details = new QLabel(tr("Payment details: %1").arg(s.paymentDetails.trimmed()), this);
        details->setWordWrap(true);
        layout->addWidget(details);
    }
    auto* form = new QFormLayout;
    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("payMethod"));
    m_method->addItem(tr("Cash from the drawer"), int(Payout::Method::Cash));
    m_method->addItem(tr("Bank transfer"), int(Payout::Method::Bank));
    m_method->addItem(tr("Mobile wallet"), int(Payout::Method::Wallet));
    form->addRow(tr("&Method"), m_method);
    m_reference = new QLineEdit(this);
    m_reference->setObjectName(QStringLiteral("payReference"));
    m_reference->setMaxLength(100);
    form->addRow(tr("&Reference"), m_reference);
    layout->addLayout(form);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("payMessage"));
    m_message->setWordWrap(true);
    m_message->setMinimumHeight(2 * m_message->fontMetrics().lineSpacing() + 4);
    layout->addWidget(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_pay = buttons->addButton(tr("Pay %1").arg(s.owed.format(Language::current())), QDialogButtonBox::AcceptRole);
    m_pay->setObjectName(QStringLiteral("payButton"));
    m_pay->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &PayDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PayDialog::reject);
    layout->addWidget(buttons);
    connect(m_method, &QComboBox::currentIndexChanged, this, &PayDialog::methodChanged);
    methodChanged();
    m_method->setFocus();
}

Payout::Method PayDialog::method() const
{
    return Payout::Method(m_method->currentData().toInt());
}

QString PayDialog::reference() const
{
    return m_reference->text().trimmed();
}

void PayDialog::methodChanged()
{
    m_reference->setEnabled(method() != Payout::Method::Cash);
    m_message->clear();
}

void PayDialog::accept()
{
    if (method() != Payout::Method::Cash && reference().isEmpty()) {
        m_message->setText(tr("Give the transfer's reference, as the receipt of the bank or wallet shows it."));
        m_message->setProperty("role", QStringLiteral("error"));
        repolish(m_message);
        m_reference->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace ovop::ui
