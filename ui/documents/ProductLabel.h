// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QString>

#include "ui/documents/LabelData.h"

namespace ovop {
struct Product;
}

namespace ovop::ui {

// What the price label of a catalogue product shows in `language` ("ky", "ru", "en"): its name
// (with the catalogue's fall-back), the price per unit ("450,00 сом / кг" for goods sold by weight
// or length), village, producer, primary barcode and the QR code "OVOP:<SKU>". The GUI and ovopctl
// both make their labels with it, so the two print the same.
LabelData productLabel(const Product& product, const QString& language);

} // namespace ovop::ui
