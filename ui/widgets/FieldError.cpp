// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "widgets/FieldError.h"

#include <QStyle>
#include <QVBoxLayout>

namespace ovop::ui {

FieldError::FieldError(QWidget* field, QWidget* parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("fieldError"));
    setProperty("role", QStringLiteral("error"));
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setVisible(false);
    setField(field);
}

void FieldError::setField(QWidget* field)
{
    markField(false);
    m_field = field;
}

void FieldError::showError(const QString& message)
{
    setText(message);
    setVisible(!message.isEmpty());
    markField(!message.isEmpty());
}

void FieldError::clearError()
{
    showError(QString());
}

void FieldError::markField(bool invalid)
{
    if (!m_field || m_field->property("invalid").toBool() == invalid)
        return;
    m_field->setProperty("invalid", invalid);
    m_field->style()->unpolish(m_field);
    m_field->style()->polish(m_field);
}

QWidget* FieldError::wrap(QWidget* field, FieldError* error)
{
    auto* box = new QWidget;
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(error);
    error->setField(field);
    return box;
}

QLabel* FieldError::rowLabel(QWidget* buddy)
{
    auto* label = new QLabel;
    label->setMinimumHeight(44);
    label->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    label->setBuddy(buddy);
    return label;
}

} // namespace ovop::ui
