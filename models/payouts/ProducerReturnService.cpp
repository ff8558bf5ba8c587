// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "models/payouts/ProducerReturnService.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>

#include "models/audit/AuditLog.h"
#include "models/people/Session.h"
#include "models/stock/BatchPicking.h"
#include "models/stock/DocumentNumbers.h"
#include "models/stock/StockLedger.h"
#include "models/store/Database.h"
#include "models/store/Sql.h"

namespace ovop {

ProducerReturnService::ProducerReturnService(Database& db) : m_db(db) {}

Result<ProducerReturn> ProducerReturnService::giveBack(const Session& actor, const QString& producerId,
                                                       const QList<Line>& lines, const QString& note)
{
    if (!actor.can(Permission::ManageStock))
        return Roles::refusal(Permission::ManageStock);
    if (lines.isEmpty())
        return Error::ofField(QStringLiteral("lines"), tr("Choose what goes back to the producer: at least one line."));
    const QString why = note.trimmed();
    if (why.size() > MaxNoteLength)
        return Error::ofField(QStringLiteral("note"),
                              tr("The note is longer than %1 characters; shorten it.").arg(MaxNoteLength));
    // The same product twice is one line of the sum.
    QList<QString> order;
    QMap<QString, Quantity> asked;
    for (const Line& l : lines) {
        if (l.quantity.milli() <= 0)
            return Error::ofField(QStringLiteral("quantity"), tr("The quantity must be more than zero."));
        if (!asked.contains(l.productId))
            order << l.productId;
        asked[l.productId] = asked.value(l.productId) + l.quantity;
    }

    Transaction unit(m_db.sql());
    if (!unit.isActive())
        return unit.beginError();
    ProducerReturn doc;
    SqlQuery producer(m_db.sql(), QStringLiteral("SELECT p.code, p.name, v.name_ky, v.name_ru, v.name_en FROM "
                                                 "producers p LEFT JOIN villages v ON v.id = p.village_id "
                                                 "WHERE p.id = :id"));
    producer.bind(QStringLiteral(":id"), producerId);
    if (auto done = producer.exec(); !done)
        return done.error();
    if (!producer.next())
        return Error{tr("The producer was not found."), producerId, {}, ErrorKind::NotFound};
    doc.id = m_db.newId();
    doc.producerId = producerId;
    doc.producerCode = producer.value(0).toString();
    doc.producerName = producer.value(1).toString();
    doc.village =
        LocalizedText{producer.value(2).toString(), producer.value(3).toString(), producer.value(4).toString()};
    doc.note = why;
    doc.at = m_db.now();
    doc.userName = actor.userName;

    // What is on hand, read inside the unit: the till cannot sell the last piece in between.
    SqlQuery product(m_db.sql(), QStringLiteral("SELECT sku, name_ky, name_ru, name_en, producer_id FROM products "
                                                "WHERE id = :id"));
    for (const QString& productId : order) {
        product.bind(QStringLiteral(":id"), productId);
        if (auto done = product.exec(); !done)
            return done.error();
        if (!product.next())
            return Error{
                tr("The product was not found; it may have been removed."), productId, {}, ErrorKind::NotFound};
        const QString sku = product.value(0).toString();
        const LocalizedText name{product.value(1).toString(), product.value(2).toString(), product.value(3).toString()};
        const QString label = QStringLiteral("%1 %2").arg(sku, name.in(actor.language));
        if (product.value(4).toString() != producerId)
            return Error::ofField(
                QStringLiteral("lines"),
                tr("%1 is not made by %2: only the producer's own goods go back to it.").arg(label, doc.producerName));
        const Quantity want = asked.value(productId);
        auto pick = BatchPicking(m_db).takeByExpiry(productId, want, doc.at.date(), BatchPicking::Shortfall::Refused);
        if (!pick)
            return pick.error();
        const Quantity canGive = pick->available;
        if (want > canGive)
            return Error::ofField(QStringLiteral("quantity"),
                                  canGive.milli() <= 0
                                      ? tr("None of %1 is on hand: nothing can go back.").arg(label)
                                      : tr("Only %1 of %2 is on hand: %3 cannot go back.")
                                            .arg(canGive.format(actor.language), label, want.format(actor.language)));
        for (const BatchTake& take : pick->takes)
            doc.lines << ProducerReturnLine{productId, sku, name, take.batch, take.expiresOn, take.quantity};
    }

    auto number = DocumentNumbers::take(m_db, unit, DocumentNumbers::Kind::ProducerReturn, doc.id);
    if (!number)
        return number.error();
    doc.number = number.value();
    const QString at = m_db.storedNow();
    SqlQuery head(m_db.sql(), QStringLiteral("INSERT INTO producer_returns (id, number, producer_id, note, at, "
                                             "user_id, created_at, origin_shop, origin_device) VALUES (:id, "
                                             ":number, :producer, :note, :at, :user, :at, :shop, :device)"));
    head.bind(QStringLiteral(":id"), doc.id)
        .bind(QStringLiteral(":number"), doc.number)
        .bind(QStringLiteral(":producer"), producerId)
        .bind(QStringLiteral(":note"), SqlQuery::text(why))
        .bind(QStringLiteral(":at"), at)
        .bind(QStringLiteral(":user"), actor.userId)
        .bind(QStringLiteral(":shop"), SqlQuery::text(m_db.origin().shopCode))
        .bind(QStringLiteral(":device"), SqlQuery::text(m_db.origin().deviceId));
    if (auto done = head.exec(); !done)
        return done.error();
    StockLedger ledger(m_db);
    QJsonArray auditLines;
    int lineNo = 0;
    for (const ProducerReturnLine& l : doc.lines) {
        MovementLine out;
        out.productId = l.productId;
        out.quantity = -l.quantity;
        out.kind = StockMovement::Kind::ProducerReturn;
        out.documentId = doc.id;
        out.documentLine = ++lineNo;
        out.batch = l.batch;
        out.expiresOn = l.expiresOn;
        out.reason = why;
        if (auto moved = ledger.record(unit, actor, out); !moved)
            return moved.error();
        QJsonObject line{{QStringLiteral("sku"), l.sku}, {QStringLiteral("quantity_milli"), l.quantity.milli()}};
        if (!l.batch.isEmpty())
            line.insert(QStringLiteral("batch"), l.batch);
        auditLines.append(line);
    }
    if (auto done = AuditLog(m_db).append(&actor, QStringLiteral("producer.return"),
                                          {{QStringLiteral("return_id"), doc.id},
                                           {QStringLiteral("number"), doc.number},
                                           {QStringLiteral("producer_id"), producerId},
                                           {QStringLiteral("producer"), doc.producerCode},
                                           {QStringLiteral("note"), why},
                                           {QStringLiteral("lines"), auditLines}});
        !done)
        return done.error();
    if (auto done = unit.commit(); !done)
        return done.error();
    return doc;
}

Result<ProducerReturn> ProducerReturnService::find(const Session& actor, const QString& idOrNumber) const
{
    if (!actor.can(Permission::ManageStock) && !actor.can(Permission::PayProducers))
        return Roles::refusal(Permission::ManageStock);
    SqlQuery head(m_db.sql(),
                  QStringLiteral("SELECT r.id, r.number, r.producer_id, p.code, p.name, v.name_ky, v.name_ru, "
                                 "v.name_en, r.note, r.at, coalesce(u.name, '') FROM producer_returns r JOIN "
                                 "producers p ON p.id = r.producer_id LEFT JOIN villages v ON v.id = p.village_id "
                                 "LEFT JOIN users u ON u.id = r.user_id WHERE r.id = :key OR r.number = :key"));
    head.bind(QStringLiteral(":key"), idOrNumber.trimmed());
    if (auto done = head.exec(); !done)
        return done.error();
    if (!head.next()) {
        if (auto done = head.finished(); !done)
            return done.error();
        return Error{tr("There is no return to a producer %1.").arg(idOrNumber.trimmed()), {}, {}, ErrorKind::NotFound};
    }
    ProducerReturn doc;
    doc.id = head.value(0).toString();
    doc.number = head.value(1).toString();
    doc.producerId = head.value(2).toString();
    doc.producerCode = head.value(3).toString();
    doc.producerName = head.value(4).toString();
    doc.village = LocalizedText{head.value(5).toString(), head.value(6).toString(), head.value(7).toString()};
    doc.note = head.value(8).toString();
    doc.at = QDateTime::fromString(head.value(9).toString(), Qt::ISODateWithMs).toLocalTime();
    doc.userName = head.value(10).toString();
    SqlQuery lines(m_db.sql(), QStringLiteral("SELECT m.product_id, p.sku, p.name_ky, p.name_ru, p.name_en, m.batch, "
                                              "m.expires_on, -m.quantity FROM stock_movements m JOIN products p ON "
                                              "p.id = m.product_id WHERE m.document_type = 'producer_return' AND "
                                              "m.document_id = :id ORDER BY m.document_line"));
    lines.bind(QStringLiteral(":id"), doc.id);
    if (auto done = lines.exec(); !done)
        return done.error();
    while (lines.next())
        doc.lines << ProducerReturnLine{
            lines.value(0).toString(),
            lines.value(1).toString(),
            LocalizedText{lines.value(2).toString(), lines.value(3).toString(), lines.value(4).toString()},
            lines.value(5).toString(),
            QDate::fromString(lines.value(6).toString(), Qt::ISODate),
            Quantity::fromMilli(lines.value(7).toLongLong())};
    if (auto done = lines.finished(); !done)
        return done.error();
    return doc;
}

} // namespace ovop
