// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "models/stock/MinLevels.h"

#include <QJsonObject>

#include "models/audit/AuditLog.h"
#include "models/catalog/Product.h"
#include "models/people/Session.h"
#include "models/store/Database.h"
#include "models/store/Sql.h"

namespace ovop {

MinLevels::MinLevels(Database& db) : m_db(db) {}

Result<Quantity> MinLevels::get(const QString& productId) const
{
    SqlQuery q(m_db.sql(), QStringLiteral("SELECT quantity FROM min_levels WHERE product_id = :id"));
    q.bind(QStringLiteral(":id"), productId);
    if (auto done = q.exec(); !done)
        return done.error();
    return Quantity::fromMilli(q.next() ? q.value(0).toLongLong() : 0);
}

Result<QHash<QString, Quantity>> MinLevels::all() const
{
    SqlQuery q(m_db.sql(), QStringLiteral("SELECT product_id, quantity FROM min_levels WHERE quantity > 0"));
    if (auto done = q.exec(); !done)
        return done.error();
    QHash<QString, Quantity> out;
    while (q.next())
        out.insert(q.value(0).toString(), Quantity::fromMilli(q.value(1).toLongLong()));
    return out;
}

Result<bool> MinLevels::write(const Transaction& unit, const Session& actor, const QString& productId,
                              Quantity quantity)
{
    if (!unit.isActive() || !Transaction::isOpen(m_db.sql()))
        qFatal("MinLevels::write runs inside its caller's unit of work");
    SqlQuery product(m_db.sql(), QStringLiteral("SELECT p.sku, p.unit, m.quantity FROM products p "
                                                "LEFT JOIN min_levels m ON m.product_id = p.id WHERE p.id = :id"));
    product.bind(QStringLiteral(":id"), productId);
    if (auto done = product.exec(); !done)
        return done.error();
    if (!product.next())
        return Error{tr("The product was not found; it may have been removed."), {}, {}, ErrorKind::NotFound};
    const QString sku = product.value(0).toString();
    const Unit unitOfSale = Units::fromKey(product.value(1).toString()).value_or(Unit::Piece);
    if (quantity.milli() < 0)
        return Error::ofField(QStringLiteral("min_level"), tr("The minimum level cannot be less than zero."));
    if (!Units::sellsInFractions(unitOfSale) && !quantity.isWhole())
        return Error::ofField(QStringLiteral("min_level"),
                              tr("%1 is counted in whole pieces: enter a whole number.").arg(sku));
    const qint64 old = product.value(2).isNull() ? 0 : product.value(2).toLongLong();
    if (old == quantity.milli())
        return false;
    SqlQuery q(m_db.sql(), QStringLiteral("INSERT INTO min_levels (product_id, quantity, changed_at, user_id) "
                                          "VALUES (:id, :quantity, :at, :user) ON CONFLICT (product_id) DO UPDATE "
                                          "SET quantity = excluded.quantity, changed_at = excluded.changed_at, "
                                          "user_id = excluded.user_id"));
    q.bind(QStringLiteral(":id"), productId)
        .bind(QStringLiteral(":quantity"), quantity.milli())
        .bind(QStringLiteral(":at"), m_db.storedNow())
        .bind(QStringLiteral(":user"), actor.userId.isEmpty() ? QVariant() : QVariant(actor.userId));
    if (auto done = q.exec(); !done)
        return done.error();
    return true;
}

Status MinLevels::set(const Session& actor, const QString& productId, Quantity quantity)
{
    if (!actor.can(Permission::ManageStock))
        return Roles::refusal(Permission::ManageStock);
    Transaction unit(m_db.sql());
    if (!unit.isActive())
        return unit.beginError();
    auto old = get(productId);
    if (!old)
        return old.error();
    auto changed = write(unit, actor, productId, quantity);
    if (!changed)
        return changed.error();
    if (!*changed)
        return {};
    SqlQuery sku(m_db.sql(), QStringLiteral("SELECT sku FROM products WHERE id = :id"));
    sku.bind(QStringLiteral(":id"), productId);
    if (auto done = sku.exec(); !done)
        return done.error();
    const QJsonObject audit{{QStringLiteral("product_id"), productId},
                            {QStringLiteral("sku"), sku.next() ? sku.value(0).toString() : QString()},
                            {QStringLiteral("old_milli"), old->milli()},
                            {QStringLiteral("new_milli"), quantity.milli()}};
    if (auto done = AuditLog(m_db).append(&actor, QStringLiteral("stock.min_level"), audit); !done)
        return done.error();
    return unit.commit();
}

} // namespace ovop
