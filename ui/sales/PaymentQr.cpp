// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// The QR panel of the payment dialog: the shop's ELQR link, made dynamic for the amount when the
// ELQR library is there, else shown as the bank's static code.
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "models/core/Language.h"
#include "models/payments/Elqr.h"
#include "models/sales/SaleService.h"
#include "models/sales/Till.h"
#include "ui/sales/PaymentDialog.h"
#include "ui/sales/QrView.h"

#include "models/payments/Elqr.h"

namespace ovop::ui {

QWidget* PaymentDialog::makeQrPanel()
{
    auto* panel = new QWidget(this);
    m_qr = new QrView(panel);
    m_qr->setFixedSize(240, 240);
    m_qrAmount = new QLabel(panel);
    m_qrAmount->setObjectName(QStringLiteral("qrAmount"));
    m_qrAmount->setProperty("role", QStringLiteral("tillChange"));
    m_qrNote = new QLabel(panel);
    m_qrNote->setObjectName(QStringLiteral("qrNote"));
    m_qrNote->setWordWrap(true);
    m_qrReferenceLabel = new QLabel(panel);
    m_qrReferenceLabel->setWordWrap(true);
    m_qrReference = new QLineEdit(panel);
    m_qrReference->setObjectName(QStringLiteral("qrReference"));
    m_qrReference->setMaxLength(SaleService::MaxDetailLength);
    m_qrReferenceLabel->setBuddy(m_qrReference);
    connect(m_qrReference, &QLineEdit::returnPressed, this, &PaymentDialog::enter);
    m_qrPaid = new QPushButton(panel);
    m_qrPaid->setObjectName(QStringLiteral("qrPaid"));
    m_qrPaid->setAutoDefault(false);
    m_qrPaid->setFocusPolicy(Qt::NoFocus);
    m_qrPaid->setProperty("role", QStringLiteral("primary"));
    connect(m_qrPaid, &QPushButton::clicked, this, &PaymentDialog::enter);
    auto* side = new QVBoxLayout;
    side->addWidget(m_qrAmount);
    side->addWidget(m_qrNote);
    side->addWidget(m_qrReferenceLabel);
    side->addWidget(m_qrReference);
    side->addWidget(m_qrPaid);
    side->addStretch(1);
    auto* layout = new QHBoxLayout(panel);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(m_qr, 0, Qt::AlignTop);
    layout->addLayout(side, 1);
    return panel;
}

void PaymentDialog::updateQr()
{
    const QString language = Language::current();
    const Money left = remaining();
    const QString link = m_till.settings().elqrLink.trimmed();
    m_qrLink.clear();
    m_qrDynamic = false;
    if (!link.isEmpty() && !left.isZero()) {
        // The receipt number this sale will get: the next of the till's series (one till sells one
        // sale at a time).
        const auto receipt = SaleService(m_db).nextReceiptNumber();
        if (receipt) {
            if (auto dynamic = Elqr::buildDynamicLink(link, left, receipt.value()); dynamic) {
                m_qrLink = dynamic.value();
                m_qrDynamic = true;
            }
        }
        if (m_qrLink.isEmpty())
            m_qrLink = link; // the bank's static QR: the customer types the amount
    }
    if (!m_qr->setText(m_qrLink))
        m_qrLink.clear();
    m_qrAmount->setText(left.format(language));
    if (link.isEmpty())
        m_qrNote->setText(
            tr("QR payments are not set up on this till: a manager enters the shop's ELQR link in the settings."));
    else if (m_qrDynamic)
        m_qrNote->setText(tr("The customer scans the code; the amount is filled in. Press Enter when the customer's "
                             "app shows the payment succeeded."));
    else
        m_qrNote->setText(tr("The customer scans the shop's QR code and types the amount %1. Press Enter when the "
                             "customer's app shows the payment succeeded.")
                              .arg(left.format(language)));
    m_qrPaid->setEnabled(!m_qrLink.isEmpty());
}

} // namespace ovop::ui
