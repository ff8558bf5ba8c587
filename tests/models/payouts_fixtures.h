// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// The demo shop with a till, for statements, payouts and returns to producers.
#pragma once

#include <catch2/catch.hpp>

#include "models/catalog/ProducerService.h"
#include "models/sales/ReturnService.h"
#include "models/store/Sql.h"
#include "sales_fixtures.h"

namespace ovop::test {

// BOS-01 (consignment, 25%) makes the felt leopard (850 som) and camel (650 som); TAS-01
// (consignment, 20%) the soap COS-001 (220 som); BOS-02 buys outright.
inline const QString Leopard = QStringLiteral("FLT-001");
inline const QString Camel = QStringLiteral("FLT-002");
inline const QString Soap = QStringLiteral("COS-001");

inline QString producerId(SalesShop& shop, const QString& code)
{
    auto p = ProducerService(shop.db()).get(shop.admin, code);
    INFO(p.message().toStdString());
    REQUIRE(p.ok());
    return p->id;
}

inline QDate day(int d)
{
    return QDate(2025, 3, d);
}

// Moves the shop's clock to noon (UTC) of a day of March 2025.
inline void goTo(SalesShop& shop, int d)
{
    shop.shop().clock().set(QDateTime(day(d), QTime(12, 0), Qt::UTC));
}

inline SaleReturn giveBack(SalesShop& shop, const Sale& sale, int lineNo, qint64 units)
{
    ReturnRequest r;
    r.receipt = sale.receipt;
    r.lines = {{lineNo, Quantity::fromUnits(units)}};
    auto done = ReturnService(shop.db()).refund(shop.manager, r);
    INFO(done.message().toStdString());
    REQUIRE(done.ok());
    return done.value();
}

inline QString moneyTables(Database& db)
{
    QString out;
    for (const char* t : {"statements", "statement_lines", "payouts", "cash_movements", "document_numbers",
                          "stock_movements", "producer_returns", "commission_overrides"})
        out += tableDump(db, QString::fromLatin1(t));
    return out + QString::number(rowCount(db, QStringLiteral("audit_log")));
}

} // namespace ovop::test
