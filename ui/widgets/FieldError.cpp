// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "ui/widgets/FieldError.h"

#include <algorithm>

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
    if (m_reserve)
        elide();
    else if (neededHeight() != height())
        updateGeometry();
}

void FieldError::setReservesSpace(bool reserve)
{
    m_reserve = reserve;
    setWordWrap(!reserve);
    QSizePolicy policy = sizePolicy();
    policy.setHorizontalPolicy(reserve ? QSizePolicy::Ignored : QSizePolicy::Preferred);
    policy.setRetainSizeWhenHidden(reserve);
    setSizePolicy(policy);
    // Shown even while empty: form layouts give a hidden row no space, whatever its size policy.
    setVisible(reserve || !m_message.isEmpty());
    updateGeometry();
}

void FieldError::elide()
{
    QString line = m_message;
    line.replace(QLatin1Char('\n'), QStringLiteral(" · "));
    setText(fontMetrics().elidedText(line, Qt::ElideRight, std::max(contentsRect().width(), 0)));
}

int FieldError::neededHeight() const
{
    if (m_reserve)
        return fontMetrics().lineSpacing() + 2;
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
    m_message = message;
    if (m_reserve) {
        setToolTip(message);
        elide();
    } else {
        setText(message);
    }
    updateGeometry();
    setVisible(m_reserve || !message.isEmpty());
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
