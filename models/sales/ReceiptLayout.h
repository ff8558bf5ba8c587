// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QList>
#include <QString>

#include "models/sales/Sale.h"
#include "models/sales/Shift.h"
#include "models/settings/ShopSettings.h"

namespace ovop {

// One row of a printed receipt or report: text on the left, an amount on the right (either may
// be empty), in a style. The same rows become a PDF page, a thermal printer's raster image and
// plain text, so that every output says the same.
struct ReceiptRow
{
    enum class Style {
        Normal,
        Bold,
        Large,   // the total
        Small,   // provenance, the non-fiscal notice
        Centered,
        Rule,    // a dividing line (no text)
        Barcode, // left holds the code to draw as Code 128 (the receipt number)
        QrCode,  // left holds the payload to draw as a QR code
    };
    QString left;
    QString right;
    Style style = Style::Normal;
    bool operator==(const ReceiptRow&) const = default;
};

// A document for a receipt printer or a page, already in its language.
struct PrintedReceipt
{
    QString number;   // the receipt or Z report number
    QString language; // "ky", "ru" or "en"
    bool copy = false;
    QList<ReceiptRow> rows;
};

// The rows of a sale's receipt, a return's receipt, a shift's X report and a Z report, in the
// given language (the words come from the translations of that language, whatever language the
// screen shows). A copy (a reprint) says so at the top and the bottom.
class ReceiptLayout
{
public:
    static PrintedReceipt sale(const Sale& sale, const ShopSettings& shop, const QString& language, bool copy);
    static PrintedReceipt saleReturn(const SaleReturn& doc, const ShopSettings& shop, const QString& language,
                                     bool copy);
    static PrintedReceipt xReport(const ShiftTotals& totals, const ShopSettings& shop, const QString& language,
                                  const QDateTime& at);
    static PrintedReceipt zReport(const ZReport& report, const ShopSettings& shop, const QString& language, bool copy);
    // The rows as plain text, width characters wide (ovopctl receipt --text).
    static QString toText(const PrintedReceipt& receipt, int width = 42);
};

} // namespace ovop
