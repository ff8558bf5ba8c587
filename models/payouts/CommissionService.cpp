// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "models/payouts/CommissionService.h"

#include <QJsonObject>

#include "models/audit/AuditLog.h"
#include "models/people/Session.h"
#include "models/store/Database.h"
#include "models/store/Sql.h"

namespace ovop {

CommissionService::CommissionService(Database& db) : m_db(db) {}

Result<int> CommissionService::rateFor(const QString& producerId, const QString& categoryKey) const
{
    SqlQuery q(m_db.sql(), QStringLiteral("SELECT p.commission_bp, (SELECT o.basis_points FROM commission_overrides o "
                                          "JOIN categories c ON c.id = o.category_id WHERE o.producer_id = p.id AND "
                                          "c.key = :category) FROM producers p WHERE p.id = :producer"));
    q.bind(QStringLiteral(":category"), SqlQuery::text(categoryKey)).bind(QStringLiteral(":producer"), producerId);
    if (auto done = q.exec(); !done)
        return done.error();
    if (!q.next()) {
        if (auto done = q.finished(); !done)
            return done.error();
        return Error{tr("The producer was not found."), producerId, {}, ErrorKind::NotFound};
    }
    return q.value(1).isNull() ? q.value(0).toInt() : q.value(1).toInt();
}

QString CommissionService::rateJoinSql(const QString& producerIdExpr, const QString& categoryKeyExpr,
                                       const QString& alias)
{
    return QStringLiteral(" LEFT JOIN categories %1_c ON %1_c.key = %2 LEFT JOIN commission_overrides %1 ON "
                          "%1.producer_id = %3 AND %1.category_id = %1_c.id")
        .arg(alias, categoryKeyExpr, producerIdExpr);
}

QString CommissionService::rateSql(const QString& overrideAlias, const QString& producerAlias)
{
    return QStringLiteral("coalesce(%1.basis_points, %2.commission_bp)").arg(overrideAlias, producerAlias);
}

QString CommissionService::commissionSql(const QString& amountExpr, const QString& rateExpr)
{
    // Integer division of non-negative integers: (a x bp + 5000) / 10000 is a x bp / 10000
    // rounded half up, as commissionOf.
    return QStringLiteral("((%1) * (%2) + 5000) / 10000").arg(amountExpr, rateExpr);
}

Result<QList<CommissionOverride>> CommissionService::overrides(const QString& producerId) const
{
    SqlQuery q(m_db.sql(), QStringLiteral("SELECT c.key, c.name_ky, c.name_ru, c.name_en, o.basis_points, o.changed_at "
                                          "FROM commission_overrides o JOIN categories c ON c.id = o.category_id "
                                          "WHERE o.producer_id = :producer ORDER BY c.sort_order, c.key"));
    q.bind(QStringLiteral(":producer"), producerId);
    if (auto done = q.exec(); !done)
        return done.error();
    QList<CommissionOverride> out;
    while (q.next()) {
        CommissionOverride o;
        o.producerId = producerId;
        o.categoryKey = q.value(0).toString();
        o.categoryName = LocalizedText{q.value(1).toString(), q.value(2).toString(), q.value(3).toString()};
        o.basisPoints = q.value(4).toInt();
        o.changedAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs).toLocalTime();
        out << o;
    }
    if (auto done = q.finished(); !done)
        return done.error();
    return out;
}

Status CommissionService::set(const Session& actor, const QString& producerId, const QString& categoryKey,
                              int basisPoints)
{
    return change(actor, producerId, categoryKey, basisPoints);
}

Status CommissionService::clear(const Session& actor, const QString& producerId, const QString& categoryKey)
{
    return change(actor, producerId, categoryKey, std::nullopt);
}

Status CommissionService::change(const Session& actor, const QString& producerId, const QString& categoryKey,
                                 std::optional<int> basisPoints)
{
    if (!actor.can(Permission::PayProducers))
        return Roles::refusal(Permission::PayProducers);
    if (basisPoints && (*basisPoints < 0 || *basisPoints > 10000))
        return Error::ofField(QStringLiteral("commission"), tr("The commission must be between 0 and 100%."));
    Transaction unit(m_db.sql());
    if (!unit.isActive())
        return unit.beginError();

    SqlQuery producer(m_db.sql(), QStringLiteral("SELECT code, commission_bp FROM producers WHERE id = :id"));
    producer.bind(QStringLiteral(":id"), producerId);
    if (auto done = producer.exec(); !done)
        return done.error();
    if (!producer.next())
        return Error{tr("The producer was not found."), producerId, {}, ErrorKind::NotFound};
    const QString code = producer.value(0).toString();
    const int ownRate = producer.value(1).toInt();

    SqlQuery category(m_db.sql(), QStringLiteral("SELECT id FROM categories WHERE key = :key"));
    category.bind(QStringLiteral(":key"), SqlQuery::text(categoryKey.trimmed()));
    if (auto done = category.exec(); !done)
        return done.error();
    if (!category.next())
        return Error::ofField(QStringLiteral("category"),
                              tr("There is no category \"%1\".").arg(categoryKey.trimmed()));
    const QString categoryId = category.value(0).toString();

    SqlQuery before(m_db.sql(), QStringLiteral("SELECT basis_points FROM commission_overrides "
                                               "WHERE producer_id = :producer AND category_id = :category"));
    before.bind(QStringLiteral(":producer"), producerId).bind(QStringLiteral(":category"), categoryId);
    if (auto done = before.exec(); !done)
        return done.error();
    // The rate before, or null when the producer's own rate applied.
    const QJsonValue previous = before.next() ? QJsonValue(before.value(0).toInt()) : QJsonValue();
    if (auto done = before.finished(); !done)
        return done.error();

    if (basisPoints) {
        SqlQuery upsert(m_db.sql(),
                        QStringLiteral("INSERT INTO commission_overrides (producer_id, category_id, basis_points, "
                                       "changed_at, user_id) VALUES (:producer, :category, :bp, :at, :user) "
                                       "ON CONFLICT (producer_id, category_id) DO UPDATE SET basis_points = "
                                       "excluded.basis_points, changed_at = excluded.changed_at, user_id = "
                                       "excluded.user_id"));
        upsert.bind(QStringLiteral(":producer"), producerId)
            .bind(QStringLiteral(":category"), categoryId)
            .bind(QStringLiteral(":bp"), *basisPoints)
            .bind(QStringLiteral(":at"), m_db.storedNow())
            .bind(QStringLiteral(":user"), actor.userId);
        if (auto done = upsert.exec(); !done)
            return done.error();
    } else {
        if (previous.isNull())
            return Error{tr("Producer %1 has no commission of its own for \"%2\": its rate applies already.")
                             .arg(code, categoryKey.trimmed()),
                         {},
                         {},
                         ErrorKind::NotFound};
        SqlQuery remove(m_db.sql(), QStringLiteral("DELETE FROM commission_overrides "
                                                   "WHERE producer_id = :producer AND category_id = :category"));
        remove.bind(QStringLiteral(":producer"), producerId).bind(QStringLiteral(":category"), categoryId);
        if (auto done = remove.exec(); !done)
            return done.error();
    }
    QJsonObject audit{{QStringLiteral("producer_id"), producerId},
                      {QStringLiteral("producer"), code},
                      {QStringLiteral("category"), categoryKey.trimmed()},
                      {QStringLiteral("producer_bp"), ownRate}};
    audit.insert(QStringLiteral("basis_points"), basisPoints ? QJsonValue(*basisPoints) : QJsonValue());
    audit.insert(QStringLiteral("previous_bp"), previous);
    if (auto done = AuditLog(m_db).append(&actor, QStringLiteral("producer.commission"), audit); !done)
        return done.error();
    return unit.commit();
}

} // namespace ovop
