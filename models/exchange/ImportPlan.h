// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <functional>

#include <QChar>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace ovop {

// Called while a file is read and checked, and while it is applied: done of total rows. Return
// false to cancel (the import then stops and changes nothing). Called from the thread running the
// import, every few hundred rows; a GUI on the same thread may process events in it.
using ImportProgress = std::function<bool(int done, int total)>;

// One thing wrong in a file: its physical line (1-based; 0 for the file as a whole), the column
// (a field key such as "price", as in the header) and a translated reason that says what to do.
struct ImportProblem
{
    int line = 0;
    QString column;
    QString message;
    bool operator==(const ImportProblem&) const = default;
};

enum class ImportAction {
    New,       // no record with this key yet: will be added
    Changed,   // a record with this key differs on the columns the file carries: will be updated
    Unchanged, // the record already holds what the row says: left alone, not audited
};

// One row of the file, as the record it would become.
template <typename T>
struct ImportRow
{
    int line = 0;
    ImportAction action = ImportAction::New;
    T value;
    QStringList changedFields; // for Changed rows: the field keys that differ from the stored record
};

// What importing a file would do, for a preview: rows and their actions, and every problem.
// Apply only a plan without problems (all or nothing).
template <typename T>
struct ImportPlan
{
    QString fileName; // without folder
    QString sha256;   // of the file's bytes, hex
    QString encoding; // "UTF-8", "UTF-8 (BOM)", "UTF-16", "Windows-1251"
    QChar delimiter;
    QStringList columns;        // field keys the file carries, in file order
    QStringList ignoredColumns; // header names not understood (left out of the import)
    QSet<QString> fields;       // = columns, for the services: other fields keep their stored values
    QList<ImportRow<T>> rows;
    QList<ImportProblem> problems;
    QStringList notes; // translated remarks that do not stop the import (ignored columns, ...)

    // The rows without a problem that would be added, changed or left alone.
    int count(ImportAction action) const
    {
        const QSet<int> bad = linesWithProblems();
        int n = 0;
        for (const auto& row : rows)
            n += row.action == action && !bad.contains(row.line) ? 1 : 0;
        return n;
    }
    // The lines of the file that have at least one problem (the file as a whole is line 0, not a row).
    QSet<int> linesWithProblems() const
    {
        QSet<int> lines;
        for (const auto& p : problems)
            if (p.line > 0)
                lines.insert(p.line);
        return lines;
    }
    int rowsWithProblems() const { return int(linesWithProblems().size()); }
    bool hasProblems() const { return !problems.isEmpty(); }
    // True when apply() would change something.
    bool hasChanges() const { return count(ImportAction::New) + count(ImportAction::Changed) > 0; }
    // The problems of one line, for a preview row.
    QList<ImportProblem> problemsOn(int line) const
    {
        QList<ImportProblem> out;
        for (const auto& p : problems)
            if (p.line == line)
                out << p;
        return out;
    }
};

} // namespace ovop
