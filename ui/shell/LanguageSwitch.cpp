// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "ui/shell/LanguageSwitch.h"

#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QLocale>
#include <QPushButton>
#include <QSettings>

#include "models/core/Language.h"

namespace ovop::ui {

namespace {
const char* const LanguageKey = "language";
}

LanguageSwitch::LanguageSwitch(QWidget* parent) : QWidget(parent), m_group(new QButtonGroup(this))
{
    setObjectName(QStringLiteral("languageSwitch"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_group->setExclusive(true);
    for (const QString& code : Language::codes()) {
        auto* button = new QPushButton(Language::nativeName(code), this);
        button->setObjectName(QStringLiteral("language_") + code);
        button->setCheckable(true);
        button->setFocusPolicy(Qt::TabFocus);
        button->setProperty("role", QStringLiteral("language"));
        button->setProperty("languageCode", code);
        m_group->addButton(button);
        m_buttons.insert(code, button);
        layout->addWidget(button);
        connect(button, &QPushButton::clicked, this, [this, code] { Q_EMIT languageChosen(code); });
    }
    setCurrent(Language::current());
    retranslateUi();
}

void LanguageSwitch::setCurrent(const QString& code)
{
    if (auto* button = m_buttons.value(code))
        button->setChecked(true);
}

QString LanguageSwitch::rememberedLanguage()
{
    const QString saved = QSettings().value(QLatin1String(LanguageKey)).toString();
    if (Language::isValid(saved))
        return saved;
    switch (QLocale::system().language()) {
    case QLocale::Kyrgyz:
        return QStringLiteral("ky");
    case QLocale::English:
        return QStringLiteral("en");
    default:
        return QStringLiteral("ru");
    }
}

void LanguageSwitch::rememberLanguage(const QString& code)
{
    if (Language::isValid(code))
        QSettings().setValue(QLatin1String(LanguageKey), code);
}

QString LanguageSwitch::nextLanguage(const QString& code)
{
    const QStringList codes = Language::codes();
    const qsizetype at = codes.indexOf(code);
    return codes.at((at + 1) % codes.size());
}

void LanguageSwitch::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void LanguageSwitch::retranslateUi()
{
    setCurrent(Language::current());
    for (auto it = m_buttons.cbegin(); it != m_buttons.cend(); ++it)
        it.value()->setToolTip(tr("Switch the language to %1 (F9: next language)").arg(Language::nativeName(it.key())));
}

} // namespace ovop::ui
