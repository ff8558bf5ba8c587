// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "models/demo/DemoStock.h"

#include "models/catalog/CatalogService.h"
#include "models/catalog/ProducerService.h"
#include "models/catalog/Producer.h"
#include "models/payouts/StatementService.h"
#include "models/people/Session.h"
#include "models/stock/MinLevels.h"
#include "models/stock/ReceivingService.h"
#include "models/store/Database.h"

namespace ovop {

namespace {

Result<QString> productId(Database& db, const QString& sku)
{
    auto found = CatalogService(db).findBySku(sku);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error{QStringLiteral("The demo catalogue has no %1.").arg(sku)};
    return (**found).id;
}

} // namespace

Status seedDemoStock(Database& db, const Session& manager)
{
    // Minimum levels: the golden eagle (4 on hand) is below its minimum and on the reorder list.
    const std::pair<const char*, int> minimums[] = {{"FLT-001", 3},  {"FLT-002", 3},  {"FLT-007", 6},
                                                    {"FLT-020", 10}, {"HON-001", 10}, {"TEX-001", 5}};
    MinLevels levels(db);
    for (const auto& [sku, units] : minimums) {
        auto id = productId(db, QString::fromLatin1(sku));
        if (!id)
            return id.error();
        if (auto done = levels.set(manager, id.value(), Quantity::fromUnits(units)); !done)
            return done;
    }

    // Honey from Birlik in batches, one of them best before the end of the month.
    const QDate today = db.now().date();
    ReceivingRequest honey;
    honey.producerCode = QStringLiteral("BRL-01");
    honey.supplierDocument = QStringLiteral("ESD-2026-0117");
    // Birlik sells its honey to the shop (purchase): each line carries what a jar cost, in som.
    const std::tuple<const char*, int, const char*, int, int> lines[] = {{"HON-001", 6, "BRL-2611", 18, 300},
                                                                         {"HON-001", 12, "BRL-2612", 330, 300},
                                                                         {"HON-002", 8, "BRL-2612W", 300, 380}};
    for (const auto& [sku, units, batch, days, cost] : lines) {
        auto id = productId(db, QString::fromLatin1(sku));
        if (!id)
            return id.error();
        ReceivingLine line;
        line.productId = id.value();
        line.quantity = Quantity::fromUnits(units);
        line.batch = QString::fromLatin1(batch);
        line.expiresOn = today.addDays(days);
        line.unitCost = Money::fromSom(cost);
        honey.lines << line;
    }
    if (auto received = ReceivingService(db).receive(manager, honey); !received)
        return received.error();

    // What the shop owes the felt makers of Bosteri for the month's sales: a statement, unpaid.
    auto producer = ProducerService(db).get(manager, QStringLiteral("BOS-01"));
    if (!producer)
        return producer.error();
    StatementService statements(db);
    auto preview = statements.preview(manager, producer->id, today.addDays(-30), today);
    if (!preview)
        return preview.error();
    if (preview->lines.isEmpty())
        return {};
    auto statement = statements.make(manager, producer->id, today.addDays(-30), today);
    return statement ? Status() : Status(statement.error());
}

} // namespace ovop
