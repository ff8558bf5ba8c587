// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "models/stock/AdjustmentService.h"

#include <QHash>
#include <QJsonObject>

#include "models/audit/AuditLog.h"
#include "models/catalog/Product.h"
#include "models/people/Session.h"
#include "models/stock/DocumentNumbers.h"
#include "models/stock/StockLedger.h"
#include "models/store/Database.h"
#include "models/store/Sql.h"

namespace ovop {

QString AdjustmentReasons::key(AdjustmentReason reason)
{
    switch (reason) {
    case AdjustmentReason::Damage:
        return QStringLiteral("damage");
    case AdjustmentReason::Loss:
        return QStringLiteral("loss");
    case AdjustmentReason::Sample:
        return QStringLiteral("sample");
    case AdjustmentReason::Found:
        return QStringLiteral("found");
    case AdjustmentReason::Other:
        break;
    }
    return QStringLiteral("other");
}

std::optional<AdjustmentReason> AdjustmentReasons::fromKey(const QString& key)
{
    for (AdjustmentReason reason : all())
        if (AdjustmentReasons::key(reason) == key.trimmed().toLower())
            return reason;
    return std::nullopt;
}

QString AdjustmentReasons::displayName(AdjustmentReason reason)
{
    switch (reason) {
    case AdjustmentReason::Damage:
        return tr("Damaged");
    case AdjustmentReason::Loss:
        return tr("Lost");
    case AdjustmentReason::Sample:
        return tr("Sample");
    case AdjustmentReason::Found:
        return tr("Found");
    case AdjustmentReason::Other:
        break;
    }
    return tr("Other");
}

QList<AdjustmentReason> AdjustmentReasons::all()
{
    return {AdjustmentReason::Damage, AdjustmentReason::Loss, AdjustmentReason::Sample, AdjustmentReason::Found,
            AdjustmentReason::Other};
}

AdjustmentService::AdjustmentService(Database& db) : m_db(db) {}

Result<Adjustment> AdjustmentService::adjust(const Session& actor, const AdjustmentRequest& request)
{
    if (!actor.can(Permission::ManageStock))
        return Roles::refusal(Permission::ManageStock);
    const QString note = request.note.trimmed();
    if (note.size() > MaxNoteLength)
        return Error::ofField(QStringLiteral("note"),
                              tr("The note is longer than %1 characters; shorten it.").arg(MaxNoteLength));
    if (request.reason == AdjustmentReason::Other && note.isEmpty())
        return Error::ofField(QStringLiteral("note"), tr("Say in the note why the stock is corrected."));
    const qint64 milli = request.quantity.milli();
    if (milli == 0)
        return Error::ofField(QStringLiteral("quantity"), tr("The quantity must not be zero."));
    const bool out = request.reason == AdjustmentReason::Damage || request.reason == AdjustmentReason::Loss ||
                     request.reason == AdjustmentReason::Sample;
    if (out && milli > 0)
        return Error::ofField(QStringLiteral("quantity"),
                              tr("Damaged, lost goods and samples leave the shop: the quantity must be negative."));
    if (request.reason == AdjustmentReason::Found && milli < 0)
        return Error::ofField(QStringLiteral("quantity"), tr("Goods found come into the shop: the quantity must be "
                                                             "positive."));

    Transaction unit(m_db.sql());
    if (!unit.isActive())
        return unit.beginError();

    SqlQuery product(m_db.sql(), QStringLiteral("SELECT sku, tracks_batches FROM products WHERE id = :id"));
    product.bind(QStringLiteral(":id"), request.productId);
    if (auto done = product.exec(); !done)
        return done.error();
    if (!product.next())
        return Error{tr("The product was not found; it may have been removed."), {}, {}, ErrorKind::NotFound};
    const QString sku = product.value(0).toString();
    const bool tracksBatches = product.value(1).toBool();

    // The levels of the product, read in the unit: which batch, and how much of it there is.
    SqlQuery levels(m_db.sql(), QStringLiteral("SELECT batch, quantity FROM stock_levels WHERE product_id = :id"));
    levels.bind(QStringLiteral(":id"), request.productId);
    if (auto done = levels.exec(); !done)
        return done.error();
    QString batch = request.batch.trimmed();
    qint64 total = 0;
    QHash<QString, qint64> byBatch;
    QStringList batchesInStock;
    while (levels.next()) {
        const QString b = levels.value(0).toString();
        const qint64 q = levels.value(1).toLongLong();
        total += q;
        byBatch.insert(b, q);
        if (q > 0 && !b.isEmpty())
            batchesInStock << b;
    }
    if (auto done = levels.finished(); !done)
        return done.error();
    if (!tracksBatches && !batch.isEmpty())
        return Error::ofField(QStringLiteral("batch"), tr("%1 is not kept by batch: leave the batch empty.").arg(sku));
    if (tracksBatches && batch.isEmpty()) {
        if (batchesInStock.size() != 1 || milli > 0)
            return Error::ofField(QStringLiteral("batch"), tr("%1 is kept by batch: say which batch.").arg(sku));
        batch = batchesInStock.first();
    }
    const qint64 available = tracksBatches ? byBatch.value(batch) : total;
    if (milli < 0 && available + milli < 0)
        return Error{tr("Only %1 of %2 is on hand: the correction cannot take %3.")
                         .arg(Quantity::fromMilli(available).format(actor.language), sku,
                              Quantity::fromMilli(-milli).format(actor.language)),
                     {},
                     {{QStringLiteral("quantity"), tr("More than is on hand.")}},
                     ErrorKind::Conflict};

    Adjustment doc;
    doc.id = m_db.newId();
    doc.productId = request.productId;
    doc.quantity = request.quantity;
    doc.reason = request.reason;
    doc.note = note;
    doc.batch = batch;
    doc.at = m_db.now();
    doc.userId = actor.userId;

    MovementLine line;
    line.productId = request.productId;
    line.quantity = request.quantity;
    line.kind = request.reason == AdjustmentReason::Damage ? StockMovement::Kind::Damage : StockMovement::Kind::Adjust;
    line.documentId = doc.id;
    line.documentLine = 1;
    line.batch = batch;
    line.expiresOn = request.expiresOn;
    line.reason = note;
    if (auto recorded = StockLedger(m_db).record(unit, actor, line); !recorded)
        return recorded.error();

    auto number = DocumentNumbers::take(m_db, unit, DocumentNumbers::Kind::Adjustment, doc.id);
    if (!number)
        return number.error();
    doc.number = number.value();
    const QString at = storedTime(doc.at);
    SqlQuery insert(m_db.sql(), QStringLiteral("INSERT INTO adjustments (id, number, reason, note, at, user_id, "
                                               "created_at, origin_shop, origin_device) VALUES (:id, :number, "
                                               ":reason, :note, :at, :user, :created, :shop, :device)"));
    insert.bind(QStringLiteral(":id"), doc.id)
        .bind(QStringLiteral(":number"), doc.number)
        .bind(QStringLiteral(":reason"), AdjustmentReasons::key(doc.reason))
        .bind(QStringLiteral(":note"), SqlQuery::text(doc.note))
        .bind(QStringLiteral(":at"), at)
        .bind(QStringLiteral(":user"), doc.userId)
        .bind(QStringLiteral(":created"), at)
        .bind(QStringLiteral(":shop"), SqlQuery::text(m_db.origin().shopCode))
        .bind(QStringLiteral(":device"), SqlQuery::text(m_db.origin().deviceId));
    if (auto done = insert.exec(); !done)
        return done.error();

    QJsonObject audit{{QStringLiteral("adjustment_id"), doc.id},
                      {QStringLiteral("number"), doc.number},
                      {QStringLiteral("product_id"), doc.productId},
                      {QStringLiteral("sku"), sku},
                      {QStringLiteral("quantity_milli"), doc.quantity.milli()},
                      {QStringLiteral("reason"), AdjustmentReasons::key(doc.reason)}};
    if (!doc.note.isEmpty())
        audit.insert(QStringLiteral("note"), doc.note);
    if (!doc.batch.isEmpty())
        audit.insert(QStringLiteral("batch"), doc.batch);
    if (auto done = AuditLog(m_db).append(&actor, QStringLiteral("stock.adjustment"), audit); !done)
        return done.error();
    if (auto done = unit.commit(); !done)
        return done.error();
    return doc;
}

} // namespace ovop
