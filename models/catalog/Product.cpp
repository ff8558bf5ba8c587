// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "catalog/Product.h"

namespace ovop {

QString Units::key(Unit unit)
{
    switch (unit) {
    case Unit::Kilogram: return QStringLiteral("kg");
    case Unit::Metre: return QStringLiteral("m");
    case Unit::Piece: break;
    }
    return QStringLiteral("pcs");
}

std::optional<Unit> Units::fromKey(const QString& key)
{
    const QString k = key.trimmed().toCaseFolded();
    if (k == QLatin1String("pcs") || k == QLatin1String("pc") || k == QLatin1String("piece") ||
        k == QStringLiteral("шт") || k == QStringLiteral("шт.") || k == QStringLiteral("даана"))
        return Unit::Piece;
    if (k == QLatin1String("kg") || k == QStringLiteral("кг"))
        return Unit::Kilogram;
    if (k == QLatin1String("m") || k == QStringLiteral("м") || k == QLatin1String("metre") ||
        k == QLatin1String("meter"))
        return Unit::Metre;
    return std::nullopt;
}

QString Units::symbol(Unit unit)
{
    switch (unit) {
    case Unit::Kilogram: return tr("kg");
    case Unit::Metre: return tr("m");
    case Unit::Piece: break;
    }
    return tr("pcs");
}

QStringList TaxGroups::keys()
{
    return {QStringLiteral("standard"), QStringLiteral("exempt")};
}

bool TaxGroups::isValid(const QString& key)
{
    return keys().contains(key);
}

QString TaxGroups::displayName(const QString& key)
{
    if (key == QLatin1String("standard"))
        return tr("Standard (shop's tax rates)");
    if (key == QLatin1String("exempt"))
        return tr("Exempt from VAT");
    return key;
}

QStringList ProductField::all()
{
    return {Sku, Barcodes, NameKy, NameRu, NameEn, Category, Unit, Price, Producer, Materials, StoryKy, StoryRu,
            StoryEn, TaxGroup, CertificateNumber, CertificateDate, TracksBatches, Active};
}

} // namespace ovop
