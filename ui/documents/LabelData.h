// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QString>

namespace ovop::ui {

// What one price label shows, already in the language chosen for it.
struct LabelData
{
    QString name;      // the product's name in the label's language (with the usual fall-back)
    QString price;     // Money::format(language), e.g. "1 250,00 сом"
    QString village;   // e.g. "Кочкор"
    QString producer;  // e.g. "Айгүл Асанова"
    QString barcode;   // the digits of an EAN-13 (in-store codes 20-29 too), EAN-8 or UPC-A
    QString qrPayload; // the product's code for the QR code, e.g. qrPayloadForSku(sku)
};

// The QR payload of a product: "OVOP:" followed by its SKU.
inline QString qrPayloadForSku(const QString& sku)
{
    return QStringLiteral("OVOP:") + sku;
}

// Where labels go: an A4 sheet of 3 x 8 labels of 63.5 x 33.9 mm (the common 24-up sheet), or one
// 58 x 40 mm label per page for a 58 mm label printer.
enum class LabelFormat { Sheet, Single };

struct LabelOptions
{
    LabelFormat format = LabelFormat::Sheet;
    int copies = 1;    // each label is printed this many times, one after the other
    int skipCells = 0; // sheet only: cells already used on the first sheet, filled row by row
};

} // namespace ovop::ui
