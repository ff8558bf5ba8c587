// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QMap>
#include <QWidget>

class QButtonGroup;
class QPushButton;

namespace ovop::ui {

// Three buttons, one per language, each named in its own language (Кыргызча, Русский, English).
// Choosing one emits languageChosen(code); the owner installs the language and remembers it.
class LanguageSwitch : public QWidget
{
    Q_OBJECT

public:
    explicit LanguageSwitch(QWidget* parent = nullptr);

    // Marks the current language (without emitting).
    void setCurrent(const QString& code);
    QPushButton* button(const QString& code) const { return m_buttons.value(code); }

    // The language chosen last on this computer (QSettings), or a guess from the system locale.
    static QString rememberedLanguage();
    static void rememberLanguage(const QString& code);
    // The language after code, in the order ky, ru, en (for the keyboard shortcut).
    static QString nextLanguage(const QString& code);

Q_SIGNALS:
    void languageChosen(const QString& code);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QMap<QString, QPushButton*> m_buttons;
    QButtonGroup* m_group;
};

} // namespace ovop::ui
