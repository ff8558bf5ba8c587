// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <optional>

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>

#include "models/core/Result.h"
#include "models/exchange/ImportPlan.h"
#include "models/io/Csv.h"

namespace ovop {

// What the importers share: matching header names to field keys, and reading and writing the
// values that are not plain text (dates, yes/no) the same way in every file.
class CsvColumns
{
    Q_DECLARE_TR_FUNCTIONS(CsvColumns)

public:
    // Maps the header of table to the known field keys (case-insensitive, trimmed; aliases map other
    // names people use to a key). A name given twice refuses the file. Unknown names are listed in
    // ignored().
    static Result<CsvColumns> map(const CsvTable& table, const QStringList& known,
                                  const QHash<QString, QString>& aliases = {});

    bool has(const QString& key) const { return m_index.contains(key); }
    int index(const QString& key) const { return m_index.value(key, -1); }
    // The trimmed cell of record under the column key; empty when the file has no such column.
    QString cell(const CsvRecord& record, const QString& key) const;
    const QStringList& keys() const { return m_keys; }
    const QStringList& ignored() const { return m_ignored; }

    // What is wrong with a record whatever its columns: more values than the header has columns
    // (empty cells after the last column excepted: they carry nothing), and control characters
    // (U+0000 to U+001F and U+007F; a tab, and a line break inside quotes, are text), each on the
    // physical line it is on.
    QList<ImportProblem> recordProblems(const CsvRecord& record) const;

    // "2024-03-05" or "05.03.2024" (also "5.3.2024"). An empty text gives an invalid QDate (no
    // date); text that is not a date gives nullopt.
    static std::optional<QDate> parseDate(const QString& text);
    static QString formatDate(const QDate& date); // "2024-03-05", empty for no date
    // yes/no, y/n, true/false, 1/0, да/нет, д/н, ооба/жок, +/-, x (see choiceKey); empty gives
    // emptyValue.
    static std::optional<bool> parseBool(const QString& text, bool emptyValue);
    static QString formatBool(bool value); // "yes" / "no"
    // The form in which a value chosen from a list (category, unit, yes/no) is compared: Unicode
    // NFC, case-folded, "ё" read as "е", "-" and "_" read as spaces, runs of spaces as one.
    static QString choiceKey(const QString& text);

    static QString dateProblem(const QString& text);
    // Names the choices in the language of the application.
    static QString boolProblem(const QString& text);
    // The refusal of a file without a required column.
    static Error missingColumns(const QStringList& missing, const QStringList& required);

    static QString sha256Hex(const QByteArray& bytes);
    static QString fold(const QString& text) { return text.trimmed().toCaseFolded(); }

private:
    // The field key of the column at index, else its name in the first row.
    QString columnName(int index) const;

    QHash<QString, int> m_index;
    QStringList m_keys;
    QStringList m_ignored;
    QStringList m_header; // the names of the first row, trimmed
    QChar m_delimiter = QLatin1Char(',');
};

} // namespace ovop
