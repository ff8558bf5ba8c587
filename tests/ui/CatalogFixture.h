// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QString>

#include "ShopFixture.h"
#include "models/catalog/Product.h"

class QWidget;

namespace ovop::test {

// A product in the category, at a price in whole som, of a producer, with one barcode or none.
Product makeProduct(const QString& sku, const LocalizedText& name, const QString& category, qint64 som,
                    const QString& producerCode, const QString& barcode = QString());

// Two producers (BOS-01 "Айгүл Асанова", BIR-01 "Бирлик бал") and products: FLT-001 (barcode
// 4006381333931), HON-001 (barcode 5901234123457) and filler products GEN-001… so that the
// list is longer than a screen.
void seedShopCatalog(Shop& shop, int filler = 40);

// Answers the next modal dialog by clicking its button named buttonName, once it is open; the
// dialog's object name and text are written to the pointers given. Call before the action opening it.
void answerModal(const QString& buttonName, QString* dialogName = nullptr, QString* dialogText = nullptr);

// Installs a language and lets every widget hear of it.
void switchLanguage(const QString& language);

} // namespace ovop::test
