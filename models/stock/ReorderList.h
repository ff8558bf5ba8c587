// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "models/catalog/LocalizedText.h"
#include "models/catalog/Product.h"
#include "models/core/Quantity.h"
#include "models/core/Result.h"

namespace ovop {

class CsvWriter;
class Database;

struct ReorderLine
{
    QString productId;
    QString sku;
    LocalizedText name;
    Unit unit = Unit::Piece;
    Quantity onHand;
    Quantity minLevel;
    Quantity suggested; // what brings the product back to its minimum
};

// What to ask one producer for.
struct ReorderGroup
{
    QString producerId;
    QString producerCode;
    QString producerName;
    QString phone;
    LocalizedText villageName;
    QList<ReorderLine> lines;
};

// The active products below their minimum level, by producer (ordered by village, then producer).
class ReorderList
{
    Q_DECLARE_TR_FUNCTIONS(ReorderList)

public:
    static Result<QList<ReorderGroup>> build(Database& db);
    // One row per product, with the producer and village in language; formula-safe.
    static CsvWriter toCsv(const QList<ReorderGroup>& groups, const QString& language);
    static QStringList csvHeader();
};

} // namespace ovop
