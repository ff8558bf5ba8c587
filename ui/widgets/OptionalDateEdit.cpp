// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "ui/widgets/OptionalDateEdit.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>

namespace ovop::ui {

OptionalDateEdit::OptionalDateEdit(QWidget* parent) : QWidget(parent)
{
    m_check = new QCheckBox(this);
    m_edit = new QDateEdit(this);
    m_edit->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    m_edit->setCalendarPopup(true);
    m_edit->setMinimumWidth(140);
    m_edit->setEnabled(false);
    setFocusProxy(m_edit);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_check);
    layout->addWidget(m_edit);
    layout->addStretch(1);
    connect(m_check, &QCheckBox::toggled, this, [this](bool on) {
        m_edit->setEnabled(on);
        if (on && m_default.isValid() && m_edit->date() == m_edit->minimumDate())
            m_edit->setDate(m_default);
        Q_EMIT dateChanged();
    });
    connect(m_edit, &QDateEdit::dateChanged, this, &OptionalDateEdit::dateChanged);
    m_edit->setDate(m_edit->minimumDate());
    retranslateUi();
}

QDate OptionalDateEdit::date() const
{
    return m_check->isChecked() ? m_edit->date() : QDate();
}

void OptionalDateEdit::setDate(const QDate& date)
{
    m_check->setChecked(date.isValid());
    m_edit->setDate(date.isValid() ? date : (m_default.isValid() ? m_default : m_edit->minimumDate()));
    m_edit->setEnabled(date.isValid() && m_check->isEnabled());
}

void OptionalDateEdit::setReadOnly(bool readOnly)
{
    m_check->setEnabled(!readOnly);
    m_edit->setReadOnly(readOnly);
}

void OptionalDateEdit::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void OptionalDateEdit::retranslateUi()
{
    m_check->setText(tr("Date:"));
}

} // namespace ovop::ui
