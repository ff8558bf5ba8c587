// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QString>
#include <QStringList>

namespace ovop {

// How text is made comparable for search: Unicode NFC, full case folding (QString::toCaseFolded,
// which covers the Kyrgyz letters Ң Ө Ү that SQLite's own folding does not), and "ё" read as "е".
// The same folding is applied to what is indexed and to what the user types.
namespace SearchText {
QString fold(const QString& text);
// The folded words of a text: runs of letters, digits and combining marks (what the unicode61
// tokenizer of SQLite FTS5 treats as one token).
QStringList words(const QString& text);
// An FTS5 query in which every typed word must begin a word of the indexed text; empty when text
// has no word.
QString prefixQuery(const QString& typed);
// True when every typed word begins some word of text (both folded here): for small lists searched
// in memory (producers, villages). Typed text without words, only signs such as "%" or "_", must
// appear in text as typed (it is not ignored, which would match every text).
bool matchesPrefixes(const QString& typed, const QString& text);
} // namespace SearchText

} // namespace ovop
