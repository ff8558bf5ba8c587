// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "models/catalog/Product.h"

#include <QHash>

#include "models/catalog/SearchText.h"

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
    static const QHash<QString, Unit> words = [] {
        QHash<QString, Unit> out;
        const auto add = [&out](Unit unit, std::initializer_list<const char*> list) {
            for (const char* word : list)
                out.insert(QString::fromUtf8(word), unit);
        };
        add(Unit::Piece, {"pcs", "pc", "pcs.", "piece", "pieces", "шт", "шт.", "штука", "штуки", "штук", "даана"});
        add(Unit::Kilogram, {"kg", "kg.", "kgs", "kilo", "kilogram", "kilograms", "kilogramme", "kilogrammes", "кг",
                             "кг.", "килограмм", "килограмма", "килограммы", "килограммов", "килограм"});
        add(Unit::Metre,
            {"m", "m.", "metre", "metres", "meter", "meters", "м", "м.", "метр", "метра", "метры", "метров"});
        return out;
    }();
    const auto found = words.constFind(SearchText::fold(key).simplified());
    if (found == words.constEnd())
        return std::nullopt;
    return *found;
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

QStringList Category::otherNames(const QString& key)
{
    static const QHash<QString, QStringList> words = [] {
        QHash<QString, QStringList> out;
        const auto add = [&out](const char* category, std::initializer_list<const char*> list) {
            QStringList names;
            for (const char* word : list)
                names << QString::fromUtf8(word);
            out.insert(QString::fromLatin1(category), names);
        };
        add("felt", {"felt", "felts", "felt goods", "войлок", "войлочные изделия", "кийиз", "кийиздер"});
        add("textiles", {"textile", "textiles", "clothing", "clothes", "текстиль", "одежда", "кийим", "кийимдер"});
        add("honey-food", {"honey", "food", "honey and food", "мёд", "продукты", "еда", "бал", "азык", "азык-түлүк"});
        add("cosmetics", {"cosmetic", "cosmetics", "natural cosmetics", "косметика", "косметикалар"});
        add("wood", {"wood", "wooden", "woodwork", "дерево", "деревянные изделия", "жыгач", "жыгач буюмдар"});
        add("stone", {"stone", "stones", "камень", "камни", "таш", "таштар"});
        add("other", {"other", "others", "другое", "прочее", "башка", "башкалар"});
        return out;
    }();
    return words.value(key);
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
    return {Sku,
            Barcodes,
            NameKy,
            NameRu,
            NameEn,
            Category,
            Unit,
            Price,
            Producer,
            Materials,
            StoryKy,
            StoryRu,
            StoryEn,
            TaxGroup,
            CertificateNumber,
            CertificateDate,
            TracksBatches,
            Active,
            MinLevel};
}

} // namespace ovop
