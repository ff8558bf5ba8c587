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
    // The text in the given language, whatever language the screen speaks: looked up in that
    // language's own translations (:/i18n/ovop_<code>.qm, loaded once on first use), for receipts and
    // documents printed in the customer's language. Falls back to the source text when the language
    // or the message has no translation. As with tr(), n >= 0 picks the plural form and replaces %n
    // (and %Ln, in the language's own digits). Safe to call from any thread.
    static QString translate(const QString& language, const char* context, const char* sourceText,
                             const char* disambiguation = nullptr, int n = -1);
};

} // namespace ovop
