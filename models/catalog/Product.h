// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include "models/catalog/LocalizedText.h"
#include "models/core/Money.h"
#include "models/core/Quantity.h"

namespace ovop {

// How a product is counted and sold. Kilograms and metres sell in fractions (Quantity holds
// thousandths); pieces in whole numbers.
enum class Unit { Piece, Kilogram, Metre };

class Units
{
    Q_DECLARE_TR_FUNCTIONS(Units)

public:
    static QString key(Unit unit);                           // "pcs", "kg", "m"
    // Also the words people write in the three languages, in any case, singular or plural: "шт",
    // "штука", "даана", "piece"; "кг", "килограмм", "kilogram"; "м", "метр", "metre", "meter".
    static std::optional<Unit> fromKey(const QString& key);
    static QString symbol(Unit unit);                        // translated: "pcs"/"шт", "kg"/"кг", "m"/"м"
    static bool sellsInFractions(Unit unit) { return unit != Unit::Piece; }
    static QList<Unit> all() { return {Unit::Piece, Unit::Kilogram, Unit::Metre}; }
};

// Tax groups a product may belong to. The rates themselves are in the shop's tax profile
// (settings), never here: "standard" is taxed at the shop's rates, "exempt" carries no VAT.
class TaxGroups
{
    Q_DECLARE_TR_FUNCTIONS(TaxGroups)

public:
    static QStringList keys();                      // "standard", "exempt"
    static bool isValid(const QString& key);
    static QString displayName(const QString& key); // translated
};

// A category of goods, with its name in the three languages (table categories, seeded by the
// schema): felt, textiles, honey-food, cosmetics, wood, stone, other.
struct Category
{
    QString key;
    LocalizedText name;

    // Other words people write for a seeded category (by key), in Kyrgyz, Russian and English,
    // singular and plural: "honey", "мёд", "бал" for honey-food. Each word names one category only;
    // compare them folded (SearchText::fold).
    static QStringList otherNames(const QString& key);
};

// A product of the catalogue.
struct Product
{
    QString id;             // UUID; empty for a product not yet saved
    QString sku;            // unique (case-insensitive); letters, digits, "-", "_", ".", "/"; up to 32
    QStringList barcodes;   // the first is the primary one (printed on labels); may be empty
    LocalizedText name;     // at least one language
    QString category;       // key of a Category
    Unit unit = Unit::Piece;
    Money price;            // per unit, tax included; must be positive
    QString taxGroup = QStringLiteral("standard");
    QString producerId;     // UUID of the producer; when empty on save, producerCode is looked up
    QString producerCode;
    QString materials;      // free text, e.g. "sheep wool, natural dyes"
    LocalizedText story;    // a short story for labels and buyers
    QString certificateNumber; // OVOP Brand Committee certificate
    QDate certificateDate;
    bool tracksBatches = false; // batches and expiry dates (honey, cosmetics)
    bool active = true;         // false: archived, not sold any more but kept with its history
    // The shop's minimum level, carried by the catalogue file (column min_level) and kept by
    // MinLevels, not with the product: empty when the file leaves it as it is.
    std::optional<Quantity> minLevel;

    // Read only, filled by the services when reading (ignored on save).
    bool hasPhoto = false;
    QString producerName;
    QString villageId;
    LocalizedText villageName;
    QString oblastId;
    LocalizedText oblastName;
    QDateTime createdAt;
    QDateTime updatedAt;

    QString primaryBarcode() const { return barcodes.value(0); }
    QString displayName(const QString& language) const { return name.in(language); }
};

// What a cart line needs of a product found by its barcode at the till: read with one narrow
// query, unlike the full Product of the editor.
struct SaleItem
{
    QString productId;
    QString sku;
    QString barcode; // as stored (the spelling scanned may differ: UPC-A / EAN-13)
    LocalizedText name;
    Unit unit = Unit::Piece;
    Money price; // per unit, tax included
    QString taxGroup;
    bool tracksBatches = false;
    bool active = true; // false: archived, not for sale (a return may still find it)
    // Provenance, for the cart line and the receipt.
    QString producerId;
    QString producerName;
    LocalizedText villageName;
};

// Keys of product fields, used in FieldProblem::field, in audit entries (product.change lists
// changed fields by these keys) and as the column names of the product CSV file.
namespace ProductField {
inline const QString Sku = QStringLiteral("sku");
inline const QString Barcodes = QStringLiteral("barcode");
inline const QString Name = QStringLiteral("name");       // problems of "at least one language"
inline const QString NameKy = QStringLiteral("name_ky");
inline const QString NameRu = QStringLiteral("name_ru");
inline const QString NameEn = QStringLiteral("name_en");
inline const QString Category = QStringLiteral("category");
inline const QString Unit = QStringLiteral("unit");
inline const QString Price = QStringLiteral("price");
inline const QString TaxGroup = QStringLiteral("tax_group");
inline const QString Producer = QStringLiteral("producer_code");
inline const QString Materials = QStringLiteral("materials");
inline const QString StoryKy = QStringLiteral("story_ky");
inline const QString StoryRu = QStringLiteral("story_ru");
inline const QString StoryEn = QStringLiteral("story_en");
inline const QString CertificateNumber = QStringLiteral("certificate_number");
inline const QString CertificateDate = QStringLiteral("certificate_date");
inline const QString TracksBatches = QStringLiteral("tracks_batches");
inline const QString Active = QStringLiteral("active");
inline const QString MinLevel = QStringLiteral("min_level");
// Every field an import may carry, in the order of an export.
QStringList all();
} // namespace ProductField

// Which products a list or search returns. Empty strings mean "any".
struct ProductFilter
{
    enum class State { Active, Archived, All };

    QString category;   // category key
    QString oblastId;   // of the producer's village
    QString villageId;  // of the producer
    QString producerId; // or producerCode
    QString producerCode;
    State state = State::Active;
    int limit = 200;    // 0: no limit (exports)
    int offset = 0;
};

} // namespace ovop
