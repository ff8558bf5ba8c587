// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "ui/sales/TillButton.h"
#include "ui/widgets/AskFirst.h"

#include <algorithm>

#include <QAction>
#include <QFontMetrics>
#include <QLabel>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace ovop::ui {

namespace {
constexpr int Padding = 8;
constexpr int ButtonHeight = 66;
} // namespace

TillButton::TillButton(QAction* action, const QString& keyText, QWidget* parent)
    : QPushButton(parent), m_action(action), m_keyText(keyText)
{
    setFocusPolicy(Qt::NoFocus);
    setObjectName(action->objectName() + QStringLiteral("Button"));
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("tillButtonText"));
    m_label->setWordWrap(true);
    m_label->setAlignment(Qt::AlignCenter);
    m_label->setTextFormat(Qt::RichText);
    m_label->setAttribute(Qt::WA_TransparentForMouseEvents);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(Padding, 2, Padding, 2);
    layout->addWidget(m_label);
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true); // a title wrapped to three lines makes the button taller
    setSizePolicy(policy);
    connect(this, &QPushButton::clicked, action, &QAction::trigger);
    connect(action, &QAction::changed, this, &TillButton::update);
    update();
}

QString TillButton::title() const
{
    return m_action->text();
}

QString TillButton::keyText() const
{
    return m_keyText.isEmpty() ? shortcutText(m_action->shortcut()) : m_keyText;
}

void TillButton::setKeyText(const QString& keyText)
{
    m_keyText = keyText;
    update();
}

void TillButton::update()
{
    const QString key = keyText();
    QString text = m_action->text().toHtmlEscaped();
    if (!key.isEmpty())
        text +=
            QStringLiteral("<br><span style=\"font-size:10pt; font-weight:normal\">%1</span>").arg(key.toHtmlEscaped());
    m_label->setText(text);
    setEnabled(m_action->isEnabled());
    const QString tip = m_action->toolTip();
    setToolTip(key.isEmpty() || tip.contains(key) ? tip : QStringLiteral("%1 (%2)").arg(tip, key));
    updateGeometry();
}

QSize TillButton::sizeHint() const
{
    const QFontMetrics metrics(m_label->font());
    const int width = std::max(metrics.horizontalAdvance(m_action->text()), metrics.horizontalAdvance(keyText()));
    return {std::min(width, 200) + 2 * Padding + 8, ButtonHeight};
}

int TillButton::heightForWidth(int width) const
{
    return std::max(ButtonHeight, m_label->heightForWidth(width - 2 * Padding) + 8);
}

bool TillButton::textFits() const
{
    return m_label->heightForWidth(m_label->width()) <= m_label->height() &&
           m_label->minimumSizeHint().width() <= m_label->width();
}

QSize TillButton::minimumSizeHint() const
{
    // As wide as the longest word of the title: the rest wraps.
    const QFontMetrics metrics(m_label->font());
    int widest = metrics.horizontalAdvance(keyText());
    for (const QString& word : m_action->text().split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts))
        widest = std::max(widest, metrics.horizontalAdvance(word));
    return {widest + 2 * Padding + 8, ButtonHeight};
}

} // namespace ovop::ui
