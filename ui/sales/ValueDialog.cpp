// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "ui/sales/ValueDialog.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "ui/widgets/FieldError.h"

namespace ovop::ui {

ValueDialog::ValueDialog(Kind kind, const QString& title, const QString& subject, const QString& current, Apply apply,
                         QWidget* parent)
    : QDialog(parent), m_kind(kind), m_apply(std::move(apply))
{
    setObjectName(QStringLiteral("valueDialog"));
    setModal(true);
    setWindowTitle(title);

    m_subject = new QLabel(subject, this);
    m_subject->setObjectName(QStringLiteral("valueSubject"));
    m_subject->setProperty("role", QStringLiteral("subheading"));
    m_subject->setWordWrap(true);
    m_hint = new QLabel(this);
    m_hint->setProperty("role", QStringLiteral("hint"));
    m_hint->setWordWrap(true);
    m_field = new QLineEdit(current, this);
    m_field->setObjectName(QStringLiteral("valueField"));
    m_field->setProperty("role", QStringLiteral("tillAmount"));
    m_field->selectAll();
    m_field->installEventFilter(this);
    connect(m_field, &QLineEdit::returnPressed, this, &ValueDialog::submit);
    m_error = new FieldError(m_field, this);
    m_error->setObjectName(QStringLiteral("valueError"));
    m_error->setReservesSpace(true);
    connect(m_field, &QLineEdit::textEdited, m_error, &FieldError::clearError);

    auto* fieldRow = new QHBoxLayout;
    fieldRow->addWidget(m_field, 1);
    if (kind == Kind::Discount) {
        m_amountButton = new QPushButton(this);
        m_amountButton->setObjectName(QStringLiteral("valueAmount"));
        m_percentButton = new QPushButton(this);
        m_percentButton->setObjectName(QStringLiteral("valuePercent"));
        for (QPushButton* b : {m_amountButton, m_percentButton}) {
            b->setCheckable(true);
            b->setAutoDefault(false);
            b->setFocusPolicy(Qt::NoFocus);
            b->setProperty("role", QStringLiteral("language")); // a checked choice, as the language buttons
            fieldRow->addWidget(b);
        }
        connect(m_amountButton, &QPushButton::clicked, this, [this] { setPercent(false); });
        connect(m_percentButton, &QPushButton::clicked, this, [this] { setPercent(true); });
        setPercent(true);
    }

    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("valueCancel"));
    m_cancel->setAutoDefault(false);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    m_ok = new QPushButton(this);
    m_ok->setObjectName(QStringLiteral("valueOk"));
    m_ok->setProperty("role", QStringLiteral("primary"));
    m_ok->setAutoDefault(false);
    connect(m_ok, &QPushButton::clicked, this, &ValueDialog::submit);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_ok);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(8);
    layout->addWidget(m_subject);
    layout->addWidget(m_hint);
    layout->addLayout(fieldRow);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addLayout(buttons);
    retranslateUi();
    resize(520, sizeHint().height());
}

void ValueDialog::setPercent(bool percent)
{
    m_percent = percent;
    if (m_amountButton) {
        m_amountButton->setChecked(!percent);
        m_percentButton->setChecked(percent);
    }
    m_field->setFocus();
}

QString ValueDialog::error() const
{
    return m_error->message();
}

void ValueDialog::submit()
{
    QString text = m_field->text().trimmed();
    bool percent = m_percent;
    if (m_kind == Kind::Discount && text.endsWith(QLatin1Char('%'))) {
        text.chop(1);
        percent = true;
    }
    const Status done = m_apply(text.trimmed(), percent);
    if (!done) {
        m_error->showError(done.message());
        m_field->setFocus();
        m_field->selectAll();
        return;
    }
    accept();
}

bool ValueDialog::eventFilter(QObject* watched, QEvent* event)
{
    // "%" switches a discount to a percentage; "+" back to an amount (number pads have both).
    if (watched == m_field && event->type() == QEvent::KeyPress && m_kind == Kind::Discount) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->text() == QLatin1String("%")) {
            setPercent(true);
            return true;
        }
        if (key->text() == QLatin1String("+")) {
            setPercent(false);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void ValueDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ValueDialog::retranslateUi()
{
    switch (m_kind) {
    case Kind::Quantity:
        m_hint->setText(tr("Type the quantity; kilograms and metres take decimals (1,5)."));
        break;
    case Kind::Price:
        m_hint->setText(tr("Type the new price of one unit."));
        break;
    case Kind::Discount:
        m_hint->setText(tr("Type the discount as an amount or a percentage (% or +: switch). Empty: no discount."));
        m_amountButton->setText(tr("som"));
        m_amountButton->setToolTip(tr("An amount in som (+)"));
        m_percentButton->setText(QStringLiteral("%"));
        m_percentButton->setToolTip(tr("A percentage (%)"));
        break;
    }
    m_cancel->setText(tr("Cancel (Esc)"));
    m_ok->setText(tr("OK (Enter)"));
}

} // namespace ovop::ui
