// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "models/stock/DocumentNumbers.h"

#include "models/store/Database.h"
#include "models/store/Sql.h"

namespace ovop {

QString DocumentNumbers::key(Kind kind)
{
    switch (kind) {
    case Kind::Adjustment:
        return QStringLiteral("adjustment");
    case Kind::Stocktake:
        return QStringLiteral("stocktake");
    case Kind::Transfer:
        return QStringLiteral("transfer");
    case Kind::ProducerReturn:
        return QStringLiteral("producer_return");
    case Kind::Statement:
        return QStringLiteral("statement");
    case Kind::Payout:
        return QStringLiteral("payout");
    case Kind::Receiving:
        break;
    }
    return QStringLiteral("receiving");
}

QString DocumentNumbers::prefix(Kind kind)
{
    switch (kind) {
    case Kind::Adjustment:
        return QStringLiteral("ADJ");
    case Kind::Stocktake:
        return QStringLiteral("STK");
    case Kind::Transfer:
        return QStringLiteral("TRF");
    case Kind::ProducerReturn:
        return QStringLiteral("PRT");
    case Kind::Statement:
        return QStringLiteral("STM");
    case Kind::Payout:
        return QStringLiteral("PAY");
    case Kind::Receiving:
        break;
    }
    return QStringLiteral("RCV");
}

Result<QString> DocumentNumbers::take(Database& db, const Transaction& unit, Kind kind, const QString& documentId)
{
    if (!unit.isActive() || !Transaction::isOpen(db.sql()))
        qFatal("DocumentNumbers::take runs inside its caller's unit of work");
    const Origin& origin = db.origin();
    SqlQuery last(db.sql(), QStringLiteral("SELECT coalesce(max(number), 0) FROM document_numbers WHERE origin_shop = "
                                           ":shop AND origin_device = :device AND document_type = :type"));
    last.bind(QStringLiteral(":shop"), SqlQuery::text(origin.shopCode))
        .bind(QStringLiteral(":device"), SqlQuery::text(origin.deviceId))
        .bind(QStringLiteral(":type"), key(kind));
    if (auto done = last.exec(); !done)
        return done.error();
    const qint64 number = (last.next() ? last.value(0).toLongLong() : 0) + 1;
    SqlQuery take(db.sql(), QStringLiteral("INSERT INTO document_numbers (origin_shop, origin_device, document_type, "
                                           "number, document_id) VALUES (:shop, :device, :type, :n, :doc)"));
    take.bind(QStringLiteral(":shop"), SqlQuery::text(origin.shopCode))
        .bind(QStringLiteral(":device"), SqlQuery::text(origin.deviceId))
        .bind(QStringLiteral(":type"), key(kind))
        .bind(QStringLiteral(":n"), number)
        .bind(QStringLiteral(":doc"), documentId);
    if (auto done = take.exec(); !done)
        return done.error();
    return QStringLiteral("%1-%2-%3-%4")
        .arg(origin.shopCode, origin.deviceId, prefix(kind))
        .arg(number, 6, 10, QLatin1Char('0'));
}

} // namespace ovop
