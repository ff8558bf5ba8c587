// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QString>

namespace ovop {

// A text in the three languages of the shop. Any of them may be empty; in() falls back to another
// language so that something is always shown: the asked one, then ru, ky, en (Russian is read by
// the most customers after Kyrgyz; a Kyrgyz name is a better fall-back for an English reader than
// nothing).
struct LocalizedText
{
    QString ky;
    QString ru;
    QString en;

    // The text in language ("ky", "ru", "en"), or the first non-empty fall-back.
    QString in(const QString& language) const;
    // The text in exactly that language, without fall-back (empty when missing).
    QString exact(const QString& language) const;
    void set(const QString& language, const QString& text);

    bool isEmpty() const { return ky.trimmed().isEmpty() && ru.trimmed().isEmpty() && en.trimmed().isEmpty(); }
    // Each language trimmed, inner runs of white space kept as they are.
    LocalizedText trimmed() const { return {ky.trimmed(), ru.trimmed(), en.trimmed()}; }
    bool operator==(const LocalizedText&) const = default;
};

} // namespace ovop
