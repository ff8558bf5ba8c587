// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include "core/Quantity.h"
#include "core/Result.h"

namespace ovop {

class Database;
struct Session;

// One movement of stock: appended, never changed or deleted (triggers refuse UPDATE and DELETE).
// A correction is a new movement (adjust, return).
struct StockMovement
{
    enum class Kind { Receive, Sale, Return, Adjust, Damage, Stocktake, Transfer };

    QString id;
    QString productId;
    Quantity quantity; // signed: positive into the shop, negative out of it
    Kind kind = Kind::Receive;
    QString reason;
    QDateTime at;
    QString userId;
    QString originShop;
    QString originDevice;

    static QString kindKey(Kind kind); // "receive", "sale", "return", "adjust", "damage", "stocktake", "transfer"
};

// The stock ledger, as far as the catalogue needs it: receiving goods and the quantity on hand
// derived from the movements. The full stock capability (sales, stocktakes, transfers) builds on
// the same table.
class StockLedger
{
    Q_DECLARE_TR_FUNCTIONS(StockLedger)

public:
    explicit StockLedger(Database& db);

    // Sum of all movements of the product.
    Quantity onHand(const QString& productId) const;
    // On-hand quantity of every product that ever moved, by product id.
    QHash<QString, Quantity> onHandAll() const;
    bool hasMovements(const QString& productId) const;
    QList<StockMovement> movements(const QString& productId) const;

    // Goods received from a producer (Permission::EditCatalog until stock has its own permission);
    // quantity must be positive and whole for products sold by the piece. Audited (stock.receive).
    Result<StockMovement> receive(const Session& actor, const QString& productId, Quantity quantity,
                                  const QString& reason);

private:
    Database& m_db;
};

} // namespace ovop
