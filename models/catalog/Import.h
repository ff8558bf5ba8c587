// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

#include "models/core/Result.h"

namespace ovop {

// What an importer has seen so far in one file, so that a key repeated inside the file is reported
// too (with the line it first appeared on). One per file; pass it to every row's validation.
struct ImportBatch
{
    QHash<QString, int> skuLines;     // case-folded SKU (or producer code) -> line number
    QHash<QString, int> barcodeLines; // barcode -> line number

    // The earlier line of the file that holds `key`, or 0 when `line` is its first (then remembered).
    static int earlierLine(QHash<QString, int>& lines, const QString& key, int line)
    {
        if (const auto it = lines.constFind(key); it != lines.cend())
            return it.value();
        lines.insert(key, line);
        return 0;
    }
};

// The problems of the rows of an import, collected before anything is written: all or nothing.
// One refusal lists the first problems with their row and key ("Row 3 (FLT-001): ...").
class ImportRowReport
{
    Q_DECLARE_TR_FUNCTIONS(ImportRowReport)

public:
    static constexpr int MaxReported = 50;

    void add(int row, const QString& key, const FieldProblems& problems);
    bool isEmpty() const { return m_badRows == 0; }
    // The refusal to return when any row had a problem.
    Error refusal() const;

private:
    int m_badRows = 0;
    QStringList m_lines;
};

// The outcome of applying an import.
struct ImportSummary
{
    int added = 0;
    int changed = 0;
    int unchanged = 0;
    QStringList changedKeys; // SKUs (or producer codes) added or changed, in file order
};

} // namespace ovop
