// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "models/catalog/SearchText.h"

namespace ovop {

QString SearchText::fold(const QString& text)
{
    QString folded = text.normalized(QString::NormalizationForm_C).toCaseFolded();
    folded.replace(QChar(0x0451), QChar(0x0435)); // ё -> е
    return folded;
}

QStringList SearchText::words(const QString& text)
{
    const QString folded = fold(text);
    QStringList out;
    QString current;
    for (QChar c : folded) {
        if (c.isLetterOrNumber() || c.isMark()) {
            current += c;
        } else if (!current.isEmpty()) {
            out << current;
            current.clear();
        }
    }
    if (!current.isEmpty())
        out << current;
    return out;
}

QString SearchText::prefixQuery(const QString& typed)
{
    QStringList terms;
    for (const QString& word : words(typed))
        terms << QLatin1Char('"') + word + QStringLiteral("\"*");
    return terms.join(QLatin1Char(' '));
}

bool SearchText::matchesPrefixes(const QString& typed, const QString& text)
{
    const QStringList typedWords = words(typed);
    if (typedWords.isEmpty()) {
        // Only signs such as "%" or "_": the text must hold them as typed.
        const QString signs = fold(typed.trimmed());
        return signs.isEmpty() || fold(text).contains(signs);
    }
    const QStringList haystack = words(text);
    for (const QString& word : typedWords) {
        bool found = false;
        for (const QString& candidate : haystack) {
            if (candidate.startsWith(word)) {
                found = true;
                break;
            }
        }
        if (!found)
            return false;
    }
    return true;
}

} // namespace ovop
