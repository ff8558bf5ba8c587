// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "ui/widgets/FieldError.h"

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
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    policy.setHeightForWidth(false);
    setSizePolicy(policy);
    setField(field);
}

void FieldError::resizeEvent(QResizeEvent* event)
{
    QLabel::resizeEvent(event);
    if (neededHeight() != height())
        updateGeometry();
}

int FieldError::neededHeight() const
{
    if (text().isEmpty())
        return 0;
    const int byWidth = width() > 0 ? QLabel::heightForWidth(width()) : -1;
    return byWidth > 0 ? byWidth : QLabel::sizeHint().height();
}

QSize FieldError::sizeHint() const
{
    return {QLabel::sizeHint().width(), neededHeight()};
}

QSize FieldError::minimumSizeHint() const
{
    return {QLabel::minimumSizeHint().width(), neededHeight()};
}

void FieldError::setField(QWidget* field)
{
    markField(false);
    m_field = field;
}

void FieldError::showError(const QString& message)
{
    setText(message);
    updateGeometry();
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
