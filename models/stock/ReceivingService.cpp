// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "models/stock/ReceivingService.h"

#include <QJsonArray>
#include <QJsonObject>

#include "models/audit/AuditLog.h"
#include "models/catalog/Product.h"
#include "models/people/Session.h"
#include "models/stock/DocumentNumbers.h"
#include "models/stock/StockLedger.h"
#include "models/store/Database.h"
#include "models/store/Sql.h"

namespace ovop {

namespace {

struct ProductFacts
{
    QString sku;
    LocalizedText name;
    Unit unit = Unit::Piece;
    bool tracksBatches = false;
    bool active = true;
    QString producerId;
};

} // namespace

ReceivingService::ReceivingService(Database& db) : m_db(db) {}

Result<Receiving> ReceivingService::receive(const Session& actor, const ReceivingRequest& request)
{
    if (!actor.can(Permission::ManageStock))
        return Roles::refusal(Permission::ManageStock);
    if (request.lines.isEmpty())
        return Error::ofField(QStringLiteral("lines"), tr("Add at least one product to the delivery."));
    const QDate today = m_db.now().date();
    const QDate date = request.date.isValid() ? request.date : today;
    if (date > today)
        return Error::ofField(QStringLiteral("date"), tr("The delivery date cannot be in the future."));
    const QString supplierDocument = request.supplierDocument.trimmed();
    const QString note = request.note.trimmed();
    if (supplierDocument.size() > MaxTextLength || note.size() > MaxTextLength)
        return Error::ofField(supplierDocument.size() > MaxTextLength ? QStringLiteral("supplier_document")
                                                                      : QStringLiteral("note"),
                              tr("The text is longer than %1 characters; shorten it.").arg(MaxTextLength));

    Transaction unit(m_db.sql());
    if (!unit.isActive())
        return unit.beginError();

    const bool byId = !request.producerId.isEmpty();
    SqlQuery producer(m_db.sql(), byId ? QStringLiteral("SELECT id, code, name, terms, active FROM producers "
                                                        "WHERE id = :key")
                                       : QStringLiteral("SELECT id, code, name, terms, active FROM producers "
                                                        "WHERE code = :key"));
    producer.bind(QStringLiteral(":key"), byId ? request.producerId : request.producerCode.trimmed());
    if (auto done = producer.exec(); !done)
        return done.error();
    if (!producer.next())
        return Error{tr("No producer has the code %1.").arg(request.producerCode.trimmed()),
                     {},
                     {{QStringLiteral("producer"), tr("Choose a producer.")}},
                     ErrorKind::NotFound};
    if (!producer.value(4).toBool())
        return Error::ofField(
            QStringLiteral("producer"),
            tr("Producer %1 is archived: make the producer active again first.").arg(producer.value(1).toString()));

    Receiving doc;
    doc.id = m_db.newId();
    doc.producerId = producer.value(0).toString();
    doc.producerCode = producer.value(1).toString();
    doc.producerName = producer.value(2).toString();
    doc.terms = request.terms
                    ? *request.terms
                    : ProducerKinds::termsFromKey(producer.value(3).toString()).value_or(Producer::Terms::Consignment);
    doc.date = date;
    doc.supplierDocument = supplierDocument;
    doc.note = note;
    doc.at = m_db.now();
    doc.userId = actor.userId;
    const bool purchase = doc.terms == Producer::Terms::Purchase;

    SqlQuery product(m_db.sql(), QStringLiteral("SELECT sku, name_ky, name_ru, name_en, unit, tracks_batches, "
                                                "active, producer_id FROM products WHERE id = :id"));
    StockLedger ledger(m_db);
    QJsonArray auditLines;
    for (int i = 0; i < request.lines.size(); ++i) {
        ReceivingLine line = request.lines[i];
        const QString where = tr("Line %1: ").arg(i + 1);
        product.bind(QStringLiteral(":id"), line.productId);
        if (auto done = product.exec(); !done)
            return done.error();
        if (!product.next())
            return Error{where + tr("the product was not found; it may have been removed."),
                         {},
                         {{QStringLiteral("product"), tr("The product was not found.")}},
                         ErrorKind::NotFound};
        ProductFacts p;
        p.sku = product.value(0).toString();
        p.name = {product.value(1).toString(), product.value(2).toString(), product.value(3).toString()};
        p.unit = Units::fromKey(product.value(4).toString()).value_or(Unit::Piece);
        p.tracksBatches = product.value(5).toBool();
        p.active = product.value(6).toBool();
        p.producerId = product.value(7).toString();
        const QString name = QStringLiteral("%1 (%2)").arg(p.name.in(actor.language), p.sku);

        if (p.producerId != doc.producerId)
            return Error::ofField(QStringLiteral("product"),
                                  where + tr("%1 is made by another producer, not %2.").arg(name, doc.producerCode));
        if (!p.active)
            return Error::ofField(QStringLiteral("product"),
                                  where + tr("%1 is archived: put it back on sale first.").arg(name));
        if (line.quantity.milli() <= 0)
            return Error::ofField(QStringLiteral("quantity"),
                                  where + tr("the quantity of %1 must be more than zero.").arg(name));
        if (!Units::sellsInFractions(p.unit) && !line.quantity.isWhole())
            return Error::ofField(QStringLiteral("quantity"),
                                  where + tr("%1 is counted in whole pieces: enter a whole number.").arg(name));
        if (purchase && !line.unitCost)
            return Error::ofField(QStringLiteral("unit_cost"),
                                  where +
                                      tr("goods bought need their cost: enter what one unit of %1 cost.").arg(name));
        if (line.unitCost && line.unitCost->isNegative())
            return Error::ofField(QStringLiteral("unit_cost"), where + tr("the cost cannot be less than zero."));
        line.batch = line.batch.trimmed();
        if (p.tracksBatches) {
            if (line.batch.isEmpty())
                return Error::ofField(QStringLiteral("batch"),
                                      where + tr("%1 is kept by batch: enter the batch.").arg(name));
            if (!line.expiresOn.isValid())
                return Error::ofField(QStringLiteral("expires_on"),
                                      where + tr("%1 is kept by batch: enter the expiry date.").arg(name));
        } else if (!line.batch.isEmpty() || line.expiresOn.isValid()) {
            return Error::ofField(QStringLiteral("batch"),
                                  where + tr("%1 is not kept by batch: leave the batch and expiry empty.").arg(name));
        }
        if (purchase)
            doc.costTotal += line.unitCost->times(line.quantity);

        MovementLine movement;
        movement.productId = line.productId;
        movement.quantity = line.quantity;
        movement.kind = StockMovement::Kind::Receive;
        movement.documentId = doc.id;
        movement.documentLine = i + 1;
        movement.batch = line.batch;
        movement.expiresOn = line.expiresOn;
        movement.unitCost = line.unitCost;
        if (auto recorded = ledger.record(unit, actor, movement); !recorded) {
            Error e = recorded.error();
            e.message = where + e.message;
            return e;
        }
        QJsonObject a{{QStringLiteral("product_id"), line.productId},
                      {QStringLiteral("sku"), p.sku},
                      {QStringLiteral("quantity_milli"), line.quantity.milli()}};
        if (line.unitCost)
            a.insert(QStringLiteral("unit_cost_tyiyn"), line.unitCost->tyiyn());
        if (!line.batch.isEmpty())
            a.insert(QStringLiteral("batch"), line.batch);
        if (line.expiresOn.isValid())
            a.insert(QStringLiteral("expires_on"), line.expiresOn.toString(Qt::ISODate));
        auditLines.append(a);
        doc.lines << line;
    }

    if (auto stored = storeDocument(m_db, unit, doc); !stored)
        return stored.error();

    QJsonObject audit{{QStringLiteral("receiving_id"), doc.id},
                      {QStringLiteral("number"), doc.number},
                      {QStringLiteral("producer_id"), doc.producerId},
                      {QStringLiteral("code"), doc.producerCode},
                      {QStringLiteral("terms"), ProducerKinds::termsKey(doc.terms)},
                      {QStringLiteral("received_on"), doc.date.toString(Qt::ISODate)},
                      {QStringLiteral("lines"), auditLines}};
    if (purchase)
        audit.insert(QStringLiteral("cost_total_tyiyn"), doc.costTotal.tyiyn());
    if (!doc.supplierDocument.isEmpty())
        audit.insert(QStringLiteral("supplier_document"), doc.supplierDocument);
    if (!doc.note.isEmpty())
        audit.insert(QStringLiteral("note"), doc.note);
    if (auto done = AuditLog(m_db).append(&actor, QStringLiteral("stock.receiving"), audit); !done)
        return done.error();
    if (auto done = unit.commit(); !done)
        return done.error();
    return doc;
}

Status ReceivingService::storeDocument(Database& db, const Transaction& unit, Receiving& doc)
{
    auto number = DocumentNumbers::take(db, unit, DocumentNumbers::Kind::Receiving, doc.id);
    if (!number)
        return Status(number.error());
    doc.number = number.value();
    const QString at = storedTime(doc.at);
    SqlQuery insert(db.sql(),
                    QStringLiteral("INSERT INTO receivings (id, number, producer_id, terms, received_on, "
                                   "supplier_document, note, cost_total, at, user_id, created_at, origin_shop, "
                                   "origin_device) VALUES (:id, :number, :producer, :terms, :date, :document, :note, "
                                   ":cost, :at, :user, :created, :shop, :device)"));
    insert.bind(QStringLiteral(":id"), doc.id)
        .bind(QStringLiteral(":number"), doc.number)
        .bind(QStringLiteral(":producer"), doc.producerId)
        .bind(QStringLiteral(":terms"), ProducerKinds::termsKey(doc.terms))
        .bind(QStringLiteral(":date"), doc.date.toString(Qt::ISODate))
        .bind(QStringLiteral(":document"), SqlQuery::text(doc.supplierDocument))
        .bind(QStringLiteral(":note"), SqlQuery::text(doc.note))
        .bind(QStringLiteral(":cost"), doc.costTotal.tyiyn())
        .bind(QStringLiteral(":at"), at)
        .bind(QStringLiteral(":user"), doc.userId)
        .bind(QStringLiteral(":created"), at)
        .bind(QStringLiteral(":shop"), SqlQuery::text(db.origin().shopCode))
        .bind(QStringLiteral(":device"), SqlQuery::text(db.origin().deviceId));
    return insert.exec();
}

Result<Receiving> ReceivingService::find(const QString& number) const
{
    SqlQuery q(m_db.sql(),
               QStringLiteral("SELECT r.id, r.number, r.producer_id, p.code, p.name, r.terms, r.received_on, "
                              "r.supplier_document, r.note, r.cost_total, r.at, r.user_id FROM receivings r "
                              "JOIN producers p ON p.id = r.producer_id WHERE r.number = :number"));
    q.bind(QStringLiteral(":number"), number.trimmed());
    if (auto done = q.exec(); !done)
        return done.error();
    if (!q.next())
        return Error{tr("No delivery has the number %1.").arg(number.trimmed()), {}, {}, ErrorKind::NotFound};
    Receiving doc;
    doc.id = q.value(0).toString();
    doc.number = q.value(1).toString();
    doc.producerId = q.value(2).toString();
    doc.producerCode = q.value(3).toString();
    doc.producerName = q.value(4).toString();
    doc.terms = ProducerKinds::termsFromKey(q.value(5).toString()).value_or(Producer::Terms::Consignment);
    doc.date = QDate::fromString(q.value(6).toString(), Qt::ISODate);
    doc.supplierDocument = q.value(7).toString();
    doc.note = q.value(8).toString();
    doc.costTotal = Money::fromTyiyn(q.value(9).toLongLong());
    doc.at = QDateTime::fromString(q.value(10).toString(), Qt::ISODateWithMs);
    doc.userId = q.value(11).toString();

    SqlQuery lines(m_db.sql(), QStringLiteral("SELECT product_id, quantity, unit_cost, batch, expires_on FROM "
                                              "stock_movements WHERE document_type = 'receiving' AND document_id = "
                                              ":id ORDER BY document_line"));
    lines.bind(QStringLiteral(":id"), doc.id);
    if (auto done = lines.exec(); !done)
        return done.error();
    while (lines.next()) {
        ReceivingLine line;
        line.productId = lines.value(0).toString();
        line.quantity = Quantity::fromMilli(lines.value(1).toLongLong());
        if (!lines.value(2).isNull())
            line.unitCost = Money::fromTyiyn(lines.value(2).toLongLong());
        line.batch = lines.value(3).toString();
        line.expiresOn = QDate::fromString(lines.value(4).toString(), Qt::ISODate);
        doc.lines << line;
    }
    if (auto done = lines.finished(); !done)
        return done.error();
    return doc;
}

} // namespace ovop
