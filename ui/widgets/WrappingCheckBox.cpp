// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "ui/widgets/WrappingCheckBox.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>

namespace ovop::ui {

WrappingCheckBox::WrappingCheckBox(QWidget* parent) : QWidget(parent)
{
    m_box = new QCheckBox(this);
    m_label = new QLabel(this);
    m_label->setWordWrap(true);
    m_label->setBuddy(m_box);
    m_label->installEventFilter(this);
    setFocusProxy(m_box);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_box, 0, Qt::AlignTop);
    layout->addWidget(m_label, 1);
    connect(m_box, &QCheckBox::toggled, this, &WrappingCheckBox::toggled);
}

bool WrappingCheckBox::isChecked() const
{
    return m_box->isChecked();
}

void WrappingCheckBox::setChecked(bool checked)
{
    m_box->setChecked(checked);
}

void WrappingCheckBox::setText(const QString& text)
{
    m_label->setText(text);
}

QString WrappingCheckBox::text() const
{
    return m_label->text();
}

bool WrappingCheckBox::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_label && event->type() == QEvent::MouseButtonRelease && m_box->isEnabled()) {
        if (static_cast<QMouseEvent*>(event)->button() == Qt::LeftButton) {
            m_box->toggle();
            m_box->setFocus(Qt::MouseFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void WrappingCheckBox::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::EnabledChange)
        m_label->setEnabled(isEnabled());
    QWidget::changeEvent(event);
}

} // namespace ovop::ui
