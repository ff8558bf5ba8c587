// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "models/stock/BatchPicking.h"

#include "models/store/Database.h"
#include "models/store/Sql.h"

namespace ovop {

namespace {

struct Level
{
    QString batch;
    QDate expiresOn;
    qint64 milli = 0;
};

bool isExpired(const Level& level, const QDate& today)
{
    return !level.batch.isEmpty() && level.expiresOn.isValid() && level.expiresOn < today;
}

// The product's levels, the unbatched one among them: earliest expiry first, those without a date
// last (the unbatched level, its name being empty, ahead of the named ones).
Result<QList<Level>> levelsOf(Database& db, const QString& productId)
{
    SqlQuery q(db.sql(), QStringLiteral("SELECT batch, expires_on, quantity FROM stock_levels WHERE product_id = :id "
                                        "ORDER BY expires_on IS NULL, expires_on, batch"));
    q.bind(QStringLiteral(":id"), productId);
    if (auto done = q.exec(); !done)
        return done.error();
    QList<Level> out;
    while (q.next())
        out << Level{q.value(0).toString(), QDate::fromString(q.value(1).toString(), Qt::ISODate),
                     q.value(2).toLongLong()};
    if (auto done = q.finished(); !done)
        return done.error();
    return out;
}

} // namespace

BatchPicking::BatchPicking(Database& db) : m_db(db) {}

Result<BatchFreshness> BatchPicking::freshness(const QString& productId, const QDate& today) const
{
    auto levels = levelsOf(m_db, productId);
    if (!levels)
        return levels.error();
    BatchFreshness out;
    qint64 fresh = 0;
    qint64 expired = 0;
    for (const Level& level : levels.value()) {
        if (!isExpired(level, today)) {
            fresh += level.milli;
            continue;
        }
        if (level.milli <= 0)
            continue;
        expired += level.milli;
        if (out.firstExpiredBatch.isEmpty()) {
            out.firstExpiredBatch = level.batch;
            out.firstExpiredOn = level.expiresOn;
        }
    }
    out.fresh = Quantity::fromMilli(std::max<qint64>(fresh, 0));
    out.expired = Quantity::fromMilli(expired);
    return out;
}

Result<QList<BatchTake>> BatchPicking::take(const QString& productId, Quantity quantity, const QDate& today,
                                            bool allowExpired) const
{
    auto levels = levelsOf(m_db, productId);
    if (!levels)
        return levels.error();
    qint64 left = quantity.milli();
    QList<BatchTake> out;
    const auto takeFrom = [&](bool expiredPass) {
        for (const Level& level : levels.value()) {
            if (left <= 0 || level.batch.isEmpty() || level.milli <= 0 || isExpired(level, today) != expiredPass)
                continue;
            const qint64 part = std::min(left, level.milli);
            out << BatchTake{level.batch, level.expiresOn, Quantity::fromMilli(part), expiredPass};
            left -= part;
        }
    };
    takeFrom(false);
    if (allowExpired)
        takeFrom(true);
    if (left > 0)
        out << BatchTake{QString(), QDate(), Quantity::fromMilli(left), false};
    return out;
}

Result<BatchPick> BatchPicking::takeByExpiry(const QString& productId, Quantity quantity, const QDate& today,
                                             Shortfall shortfall) const
{
    auto levels = levelsOf(m_db, productId);
    if (!levels)
        return levels.error();
    qint64 whole = 0;
    qint64 withStock = 0;
    QDate unbatchedExpiresOn;
    for (const Level& level : levels.value()) {
        whole += level.milli;
        withStock += std::max<qint64>(level.milli, 0);
        if (level.batch.isEmpty())
            unbatchedExpiresOn = level.expiresOn;
    }
    BatchPick out;
    out.available = Quantity::fromMilli(std::max<qint64>(std::min(whole, withStock), 0));
    if (shortfall == Shortfall::Refused && quantity > out.available)
        return out;
    qint64 left = quantity.milli();
    for (const Level& level : levels.value()) {
        if (left <= 0)
            break;
        if (level.milli <= 0)
            continue;
        const qint64 part = std::min(left, level.milli);
        out.takes << BatchTake{level.batch, level.expiresOn, Quantity::fromMilli(part), isExpired(level, today)};
        left -= part;
    }
    if (left > 0)
        out.takes << BatchTake{QString(), unbatchedExpiresOn, Quantity::fromMilli(left), false};
    return out;
}

Result<QList<BatchTake>> BatchPicking::returned(const QString& saleId, int saleLine, Quantity quantity) const
{
    SqlQuery q(m_db.sql(),
               QStringLiteral("WITH sold AS (SELECT batch, max(expires_on) AS expires_on, -sum(quantity) AS quantity, "
                              " min(seq) AS first FROM stock_movements WHERE document_type = 'sale' AND document_id = "
                              " :sale AND document_line = :line AND batch <> '' GROUP BY batch), "
                              "back AS (SELECT m.batch, sum(m.quantity) AS quantity FROM stock_movements m JOIN "
                              " return_lines r ON m.document_type = 'return' AND m.kind = 'return' AND m.document_id = "
                              " r.return_id AND m.document_line = r.line_no WHERE r.sale_id = :sale AND "
                              " r.sale_line_no = :line GROUP BY m.batch) "
                              "SELECT s.batch, s.expires_on, s.quantity - coalesce(b.quantity, 0) FROM sold s "
                              "LEFT JOIN back b ON b.batch = s.batch ORDER BY s.first"));
    q.bind(QStringLiteral(":sale"), saleId).bind(QStringLiteral(":line"), saleLine);
    if (auto done = q.exec(); !done)
        return done.error();
    qint64 left = quantity.milli();
    QList<BatchTake> out;
    while (q.next()) {
        const qint64 room = q.value(2).toLongLong();
        if (left <= 0 || room <= 0)
            continue;
        const qint64 part = std::min(left, room);
        out << BatchTake{q.value(0).toString(), QDate::fromString(q.value(1).toString(), Qt::ISODate),
                         Quantity::fromMilli(part), false};
        left -= part;
    }
    if (auto done = q.finished(); !done)
        return done.error();
    if (left > 0)
        out << BatchTake{QString(), QDate(), Quantity::fromMilli(left), false};
    return out;
}

} // namespace ovop
