// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include "models/stock/ReceivingService.h"
#include "models/store/Sql.h"
#include "test_catalog_fixtures.h"

namespace ovop::test {

// A shop with two producers (BOS-01 felt, BRL-01 honey) and three products: slippers by the piece,
// a honey jar kept by batch, wool by the kilogram.
struct StockShop : CatalogShop
{
    StockShop()
    {
        addProducer(QStringLiteral("BOS-01"), QStringLiteral("Бостери"));
        addProducer(QStringLiteral("BRL-01"), QStringLiteral("Бирлик"));
        slippers = addProduct(product(QStringLiteral("FLT-001"), QStringLiteral("Тапочки"), 1200,
                                      QStringLiteral("BOS-01"), {QStringLiteral("2000000000015")}));
        Product h = product(QStringLiteral("HON-001"), QStringLiteral("Мёд"), 450, QStringLiteral("BRL-01"));
        h.tracksBatches = true;
        honey = addProduct(h);
        Product w = product(QStringLiteral("WOL-001"), QStringLiteral("Шерсть"), 1000, QStringLiteral("BOS-01"));
        w.unit = Unit::Kilogram;
        w.price = Money::fromTyiyn(100001); // 1 000,01 som a kilogram
        wool = addProduct(w);
    }

    static ReceivingLine line(const Product& p, qint64 milli, std::optional<Money> cost = std::nullopt,
                              const QString& batch = {}, const QDate& expires = {})
    {
        return ReceivingLine{p.id, Quantity::fromMilli(milli), cost, batch, expires};
    }
    ReceivingRequest request(const QString& producerCode, const QList<ReceivingLine>& lines)
    {
        ReceivingRequest r;
        r.producerCode = producerCode;
        r.lines = lines;
        return r;
    }
    qint64 count(const QString& sql)
    {
        SqlQuery q(db().sql(), sql);
        REQUIRE(q.exec().ok());
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    }
    // What a refused action must leave unchanged.
    QList<qint64> footprint()
    {
        return {count(QStringLiteral("SELECT count(*) FROM stock_movements")),
                count(QStringLiteral("SELECT count(*) FROM receivings")),
                count(QStringLiteral("SELECT count(*) FROM adjustments")),
                count(QStringLiteral("SELECT count(*) FROM document_numbers")),
                count(QStringLiteral("SELECT count(*) FROM min_levels")),
                count(QStringLiteral("SELECT count(*) FROM audit_log"))};
    }

    Product slippers;
    Product honey;
    Product wool;
};

} // namespace ovop::test
