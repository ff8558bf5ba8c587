// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace ovop {

// What an importer has seen so far in one file, so that a key repeated inside the file is reported
// too (with the line it first appeared on). One per file; pass it to every row's validation.
struct ImportBatch
{
    QHash<QString, int> skuLines;     // case-folded SKU (or producer code) -> line number
    QHash<QString, int> barcodeLines; // barcode -> line number
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
