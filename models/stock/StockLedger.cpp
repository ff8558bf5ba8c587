// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "stock/StockLedger.h"

#include <QJsonObject>

#include "audit/AuditLog.h"
#include "catalog/Product.h"
#include "catalog/ProductStore.h"
#include "people/Session.h"
#include "store/Database.h"
#include "store/Sql.h"

namespace ovop {

namespace {

constexpr int MaxReasonLength = 500;

std::optional<StockMovement::Kind> kindFromKey(const QString& key)
{
    using K = StockMovement::Kind;
    for (K kind : {K::Receive, K::Sale, K::Return, K::Adjust, K::Damage, K::Stocktake, K::Transfer})
        if (StockMovement::kindKey(kind) == key)
            return kind;
    return std::nullopt;
}

} // namespace

QString StockMovement::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Sale: return QStringLiteral("sale");
    case Kind::Return: return QStringLiteral("return");
    case Kind::Adjust: return QStringLiteral("adjust");
    case Kind::Damage: return QStringLiteral("damage");
    case Kind::Stocktake: return QStringLiteral("stocktake");
    case Kind::Transfer: return QStringLiteral("transfer");
    case Kind::Receive: break;
    }
    return QStringLiteral("receive");
}

StockLedger::StockLedger(Database& db) : m_db(db) {}

Quantity StockLedger::onHand(const QString& productId) const
{
    SqlQuery q(m_db.sql(), QStringLiteral("SELECT coalesce(sum(quantity), 0) FROM stock_movements WHERE product_id = :id"));
    q.bind(QStringLiteral(":id"), productId);
    if (!q.exec() || !q.next())
        return {};
    return Quantity::fromMilli(q.value(0).toLongLong());
}

QHash<QString, Quantity> StockLedger::onHandAll() const
{
    QHash<QString, Quantity> out;
    SqlQuery q(m_db.sql(), QStringLiteral("SELECT product_id, sum(quantity) FROM stock_movements GROUP BY product_id"));
    if (!q.exec())
        return out;
    while (q.next())
        out.insert(q.value(0).toString(), Quantity::fromMilli(q.value(1).toLongLong()));
    return out;
}

bool StockLedger::hasMovements(const QString& productId) const
{
    return ProductStore(m_db).hasMovements(productId);
}

QList<StockMovement> StockLedger::movements(const QString& productId) const
{
    QList<StockMovement> out;
    SqlQuery q(m_db.sql(), QStringLiteral("SELECT id, product_id, quantity, kind, reason, at, user_id, origin_shop, "
                                          "origin_device FROM stock_movements WHERE product_id = :id ORDER BY seq"));
    q.bind(QStringLiteral(":id"), productId);
    if (!q.exec())
        return out;
    while (q.next()) {
        StockMovement m;
        m.id = q.value(0).toString();
        m.productId = q.value(1).toString();
        m.quantity = Quantity::fromMilli(q.value(2).toLongLong());
        m.kind = kindFromKey(q.value(3).toString()).value_or(StockMovement::Kind::Adjust);
        m.reason = q.value(4).toString();
        m.at = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs);
        m.userId = q.value(6).toString();
        m.originShop = q.value(7).toString();
        m.originDevice = q.value(8).toString();
        out << m;
    }
    return out;
}

Result<StockMovement> StockLedger::receive(const Session& actor, const QString& productId, Quantity quantity,
                                           const QString& reason)
{
    if (!actor.can(Permission::EditCatalog))
        return Roles::refusal(Permission::EditCatalog);
    const auto product = ProductStore(m_db).loadById(productId);
    if (!product)
        return Error{tr("The product was not found; it may have been removed.")};
    if (quantity.milli() <= 0)
        return Error{tr("The quantity received must be more than zero.")};
    if (!Units::sellsInFractions(product->unit) && !quantity.isWhole())
        return Error{tr("%1 is counted in whole pieces: enter a whole number.").arg(product->name.in(actor.language))};
    if (reason.size() > MaxReasonLength)
        return Error{tr("The note is longer than %1 characters; shorten it.").arg(MaxReasonLength)};

    StockMovement m;
    m.id = m_db.newId();
    m.productId = productId;
    m.quantity = quantity;
    m.kind = StockMovement::Kind::Receive;
    m.reason = reason.trimmed();
    m.at = m_db.now();
    m.userId = actor.userId;
    m.originShop = m_db.origin().shopCode;
    m.originDevice = m_db.origin().deviceId;
    const QString at = m.at.toUTC().toString(Qt::ISODateWithMs);

    Transaction tx(m_db.sql());
    if (!tx.isActive())
        return tx.beginError();
    SqlQuery q(m_db.sql(), QStringLiteral("INSERT INTO stock_movements (id, product_id, quantity, kind, reason, at, "
                                          "user_id, created_at, origin_shop, origin_device) VALUES (:id, :product, "
                                          ":quantity, :kind, :reason, :at, :user, :created, :shop, :device)"));
    q.bind(QStringLiteral(":id"), m.id)
        .bind(QStringLiteral(":product"), m.productId)
        .bind(QStringLiteral(":quantity"), m.quantity.milli())
        .bind(QStringLiteral(":kind"), StockMovement::kindKey(m.kind))
        .bind(QStringLiteral(":reason"), ProductStore::text(m.reason))
        .bind(QStringLiteral(":at"), at)
        .bind(QStringLiteral(":user"), actor.userId.isEmpty() ? QVariant() : QVariant(actor.userId))
        .bind(QStringLiteral(":created"), at)
        .bind(QStringLiteral(":shop"), ProductStore::text(m.originShop))
        .bind(QStringLiteral(":device"), ProductStore::text(m.originDevice));
    if (auto done = q.exec(); !done)
        return done.error();
    const QJsonObject details{{QStringLiteral("sku"), product->sku},
                              {QStringLiteral("product_id"), productId},
                              {QStringLiteral("quantity_milli"), m.quantity.milli()},
                              {QStringLiteral("reason"), m.reason}};
    if (auto done = AuditLog(m_db).append(&actor, QStringLiteral("stock.receive"), details); !done)
        return done.error();
    if (auto done = tx.commit(); !done)
        return done.error();
    return m;
}

} // namespace ovop
