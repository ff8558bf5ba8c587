// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QString>
#include <QStringList>

namespace ovop {

// The three languages of the application and the translators that make them speak.
class Language
{
public:
    static QStringList codes();                      // "ky", "ru", "en"
    static bool isValid(const QString& code);
    static QString nativeName(const QString& code);  // "Кыргызча", "Русский", "English"
    // Installs the application's and Qt's own translations for the language, replacing the ones
    // installed before (widgets then get a LanguageChange event). Returns false for a bad code.
    static bool install(const QString& code);
    static QString current();
    // text between the quotation marks of the language: «…» in ky and ru, “…” in en.
    static QString quoted(const QString& text, const QString& language = current());
};

} // namespace ovop
