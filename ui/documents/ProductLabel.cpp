// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "ui/documents/ProductLabel.h"

#include "models/catalog/Product.h"

namespace ovop::ui {

namespace {
// The unit after the price, in the label's language (not the application's).
QString perUnit(Unit unit, const QString& language)
{
    const bool latin = language == QLatin1String("en");
    switch (unit) {
    case Unit::Kilogram:
        return latin ? QStringLiteral(" / kg") : QStringLiteral(" / кг");
    case Unit::Metre:
        return latin ? QStringLiteral(" / m") : QStringLiteral(" / м");
    case Unit::Piece:
        break;
    }
    return QString();
}
} // namespace

LabelData productLabel(const Product& product, const QString& language)
{
    LabelData label;
    label.name = product.displayName(language);
    label.price = product.price.format(language) + perUnit(product.unit, language);
    label.village = product.villageName.in(language);
    label.producer = product.producerName;
    label.barcode = product.primaryBarcode();
    label.qrPayload = qrPayloadForSku(product.sku);
    return label;
}

} // namespace ovop::ui
