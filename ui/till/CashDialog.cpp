// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "ui/till/CashDialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "models/sales/ShiftService.h"
#include "ui/widgets/FieldError.h"

namespace ovop::ui {

CashDialog::CashDialog(Database& db, const Session& actor, Kind kind, Money expected, QWidget* parent)
    : QDialog(parent), m_db(db), m_actor(actor), m_kind(kind), m_expected(expected)
{
    setObjectName(QStringLiteral("cashDialog"));
    setMinimumWidth(520);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_amount = new QLineEdit(this);
    m_amount->setObjectName(QStringLiteral("cashAmount"));
    m_amount->setMaxLength(20);
    m_amount->setMinimumHeight(44);
    QFont big = m_amount->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    m_amount->setFont(big);
    m_amountError = new FieldError(m_amount, this);
    m_amountError->setObjectName(QStringLiteral("cashAmountError"));
    m_amountError->setReservesSpace(true);
    m_amountLabel = FieldError::rowLabel(m_amount);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->addRow(m_amountLabel, FieldError::wrap(m_amount, m_amountError));
    if (kind != Kind::OpenShift) {
        m_reason = new QLineEdit(this);
        m_reason->setObjectName(QStringLiteral("cashReason"));
        m_reason->setMaxLength(ShiftService::MaxReasonLength);
        m_reason->setMinimumHeight(44);
        m_reasonError = new FieldError(m_reason, this);
        m_reasonError->setObjectName(QStringLiteral("cashReasonError"));
        m_reasonError->setReservesSpace(true);
        m_reasonLabel = FieldError::rowLabel(m_reason);
        form->addRow(m_reasonLabel, FieldError::wrap(m_reason, m_reasonError));
    }

    auto* buttons = new QDialogButtonBox(this);
    m_cancel = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_ok = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("cashOkButton"));
    m_ok->setDefault(true);
    m_ok->setProperty("role", QStringLiteral("primary"));
    m_ok->setMinimumHeight(44);
    m_cancel->setMinimumHeight(44);
    connect(buttons, &QDialogButtonBox::accepted, this, &CashDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    retranslateUi();
    m_amount->setFocus();
}

void CashDialog::submit()
{
    m_amountError->clearError();
    if (m_reasonError)
        m_reasonError->clearError();
    const QString language = m_actor.language;
    auto amount = Money::parse(m_amount->text());
    if (!amount) {
        m_amountError->showError(amount.message());
        m_amount->setFocus();
        return;
    }
    Status done;
    switch (m_kind) {
    case Kind::OpenShift: {
        auto opened = ShiftService(m_db).open(m_actor, amount.value());
        if (opened)
            m_done = tr("Shift %1 is open with a float of %2.").arg(opened->number).arg(amount->format(language));
        else
            done = opened.error();
        break;
    }
    case Kind::CashIn:
        done = ShiftService(m_db).cashIn(m_actor, amount.value(), m_reason->text());
        m_done = tr("%1 put into the drawer.").arg(amount->format(language));
        break;
    case Kind::CashOut:
        done = ShiftService(m_db).cashOut(m_actor, amount.value(), m_reason->text());
        m_done = tr("%1 taken out of the drawer.").arg(amount->format(language));
        break;
    }
    if (!done) {
        m_done.clear();
        bool shown = false;
        if (const QStringList reason = done.problemsOf(QStringLiteral("reason")); m_reasonError && !reason.isEmpty()) {
            m_reasonError->showError(reason.join(QLatin1Char('\n')));
            m_reason->setFocus();
            shown = true;
        }
        if (const QStringList amountProblems = done.problemsOf(QStringLiteral("amount")); !amountProblems.isEmpty()) {
            m_amountError->showError(amountProblems.join(QLatin1Char('\n')));
            m_amount->setFocus();
            shown = true;
        }
        if (!shown) {
            m_amountError->showError(done.message());
            m_amount->setFocus();
        }
        return;
    }
    accept();
}

void CashDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void CashDialog::retranslateUi()
{
    const QString language = m_actor.language;
    switch (m_kind) {
    case Kind::OpenShift:
        setWindowTitle(tr("Open the shift"));
        m_intro->setText(tr("Count the cash in the drawer and enter it: the shift starts with this float."));
        m_amountLabel->setText(tr("Float, som"));
        m_ok->setText(tr("Open the shift"));
        break;
    case Kind::CashIn:
        setWindowTitle(tr("Cash in"));
        m_intro->setText(tr("Cash put into the drawer that is not from a sale, such as change from the bank."));
        m_amountLabel->setText(tr("Amount, som"));
        m_ok->setText(tr("Put in"));
        break;
    case Kind::CashOut:
        setWindowTitle(tr("Cash out"));
        m_intro->setText(tr("Cash taken out of the drawer that is not a refund. The drawer should hold %1 now.")
                             .arg(m_expected.format(language)));
        m_amountLabel->setText(tr("Amount, som"));
        m_ok->setText(tr("Take out"));
        break;
    }
    if (m_reasonLabel)
        m_reasonLabel->setText(tr("Reason"));
    m_cancel->setText(tr("Cancel"));
}

} // namespace ovop::ui
