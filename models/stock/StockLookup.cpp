// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "models/stock/StockLookup.h"

#include "models/catalog/CatalogService.h"
#include "models/store/Database.h"
#include "models/store/Sql.h"

namespace ovop {

namespace {

const QString Select =
    QStringLiteral("SELECT p.id, p.sku, coalesce((SELECT b.barcode FROM product_barcodes b WHERE b.product_id = p.id "
                   "ORDER BY b.position LIMIT 1), ''), p.name_ky, p.name_ru, p.name_en, p.unit, p.price, p.category, "
                   "p.producer_id, p.tracks_batches, p.active FROM products p ");

Result<std::optional<StockProduct>> one(Database& db, const QString& where, const QString& value)
{
    SqlQuery q(db.sql(), Select + where);
    q.bind(QStringLiteral(":v"), value);
    if (auto done = q.exec(); !done)
        return done.error();
    if (!q.next()) {
        if (auto done = q.finished(); !done)
            return done.error();
        return std::optional<StockProduct>();
    }
    StockProduct p;
    p.id = q.value(0).toString();
    p.sku = q.value(1).toString();
    p.barcode = q.value(2).toString();
    p.name = {q.value(3).toString(), q.value(4).toString(), q.value(5).toString()};
    p.unit = Units::fromKey(q.value(6).toString()).value_or(Unit::Piece);
    p.price = Money::fromTyiyn(q.value(7).toLongLong());
    p.category = q.value(8).toString();
    p.producerId = q.value(9).toString();
    p.tracksBatches = q.value(10).toInt() != 0;
    p.active = q.value(11).toInt() != 0;
    return std::optional<StockProduct>(p);
}

} // namespace

Result<StockProduct> StockLookup::byCode(Database& db, const QString& code)
{
    const QString typed = code.trimmed();
    if (typed.isEmpty())
        return Error::ofField(QStringLiteral("code"), tr("Scan or type a barcode or SKU."));
    CatalogService catalog(db);
    auto found = catalog.lookupForSale(typed);
    if (!found)
        return found.error();
    QString id;
    if (found->has_value()) {
        id = (*found)->productId;
    } else {
        auto bySku = one(db, QStringLiteral("WHERE p.sku = :v"), typed);
        if (!bySku)
            return bySku.error();
        if (bySku->has_value())
            return **bySku;
        return Error{tr("No product has the code %1. Check the code, or search by name.").arg(typed),
                     {},
                     {},
                     ErrorKind::NotFound};
    }
    return byId(db, id);
}

Result<StockProduct> StockLookup::byId(Database& db, const QString& id)
{
    auto found = one(db, QStringLiteral("WHERE p.id = :v"), id);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error{tr("The product was not found; it may have been removed."), id, {}, ErrorKind::NotFound};
    return **found;
}

Result<std::optional<StockProduct>> StockLookup::byIdOrSku(Database& db, const QString& id, const QString& sku)
{
    if (!id.isEmpty()) {
        auto found = one(db, QStringLiteral("WHERE p.id = :v"), id);
        if (!found || found->has_value())
            return found;
    }
    if (sku.trimmed().isEmpty())
        return std::optional<StockProduct>();
    return one(db, QStringLiteral("WHERE p.sku = :v"), sku.trimmed());
}

} // namespace ovop
