// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "models/store/Removals.h"

#include "models/store/Database.h"
#include "models/store/Sql.h"

namespace ovop {

Status recordRemoval(Database& db, const Transaction& unit, const Removal& removal)
{
    if (!unit.isActive() || !Transaction::isOpen(db.sql()))
        qFatal("recordRemoval runs inside its caller's unit of work");
    const QString at = db.storedNow();
    SqlQuery q(db.sql(), QStringLiteral("INSERT INTO removed_records (id, entity, record_id, natural_key, at, user_id, "
                                        "created_at, origin_shop, origin_device) VALUES (:id, :entity, :record, :key, "
                                        ":at, :user, :created, :shop, :device)"));
    q.bind(QStringLiteral(":id"), db.newId())
        .bind(QStringLiteral(":entity"), SqlQuery::text(removal.entity))
        .bind(QStringLiteral(":record"), SqlQuery::text(removal.recordId))
        .bind(QStringLiteral(":key"), SqlQuery::text(removal.naturalKey))
        .bind(QStringLiteral(":at"), at)
        .bind(QStringLiteral(":user"), removal.userId.isEmpty() ? QVariant() : QVariant(removal.userId))
        .bind(QStringLiteral(":created"), at)
        .bind(QStringLiteral(":shop"), SqlQuery::text(db.origin().shopCode))
        .bind(QStringLiteral(":device"), SqlQuery::text(db.origin().deviceId));
    return q.exec();
}

} // namespace ovop
