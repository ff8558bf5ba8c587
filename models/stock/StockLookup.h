// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QCoreApplication>
#include <QString>

#include "models/catalog/LocalizedText.h"
#include "models/catalog/Product.h"
#include "models/core/Money.h"
#include "models/core/Result.h"

namespace ovop {

class Database;

// What stock documents need of a product: read with one narrow query.
struct StockProduct
{
    QString id;
    QString sku;
    QString barcode; // the primary one; may be empty
    LocalizedText name;
    Unit unit = Unit::Piece;
    Money price;
    QString category; // key
    QString producerId;
    bool tracksBatches = false;
    bool active = true;
};

class StockLookup
{
    Q_DECLARE_TR_FUNCTIONS(StockLookup)

public:
    // The product with this barcode (any spelling the till accepts) or SKU; NotFound when none.
    static Result<StockProduct> byCode(Database& db, const QString& code);
    // NotFound when there is no product with this id.
    static Result<StockProduct> byId(Database& db, const QString& id);
    // The product with this id, else with this SKU; an empty id and SKU find nothing.
    static Result<std::optional<StockProduct>> byIdOrSku(Database& db, const QString& id, const QString& sku);
};

} // namespace ovop
