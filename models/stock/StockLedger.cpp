// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "models/stock/StockLedger.h"

#include "models/stock/ReceivingService.h"

#include <QJsonObject>

#include "models/audit/AuditLog.h"
#include "models/catalog/Product.h"
#include "models/people/Session.h"
#include "models/stock/ReceivingService.h"
#include "models/store/Database.h"
#include "models/store/Sql.h"

namespace ovop {

namespace {

using Kind = StockMovement::Kind;
using Document = StockMovement::Document;

constexpr Kind AllKinds[] = {Kind::Receive,   Kind::Sale,        Kind::Return,     Kind::Adjust,        Kind::Damage,
                             Kind::Stocktake, Kind::TransferOut, Kind::TransferIn, Kind::ProducerReturn};
constexpr Document AllDocuments[] = {Document::Receiving,     Document::Sale,      Document::Return,
                                     Document::Adjustment,    Document::Stocktake, Document::Transfer,
                                     Document::ProducerReturn};

// +1: only into the shop, -1: only out of it, 0: either way.
int signOf(Kind kind)
{
    switch (kind) {
    case Kind::Receive:
    case Kind::Return:
    case Kind::TransferIn:
        return 1;
    case Kind::Sale:
    case Kind::Damage:
    case Kind::TransferOut:
    case Kind::ProducerReturn:
        return -1;
    case Kind::Adjust:
    case Kind::Stocktake:
        break;
    }
    return 0;
}

QVariant orNull(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

StockMovement movementFrom(const SqlQuery& q)
{
    StockMovement m;
    m.id = q.value(0).toString();
    m.productId = q.value(1).toString();
    m.quantity = Quantity::fromMilli(q.value(2).toLongLong());
    m.kind = StockMovement::kindFromKey(q.value(3).toString()).value_or(Kind::Adjust);
    m.document = StockMovement::documentFromKey(q.value(4).toString()).value_or(Document::Adjustment);
    m.documentId = q.value(5).toString();
    m.documentLine = q.value(6).toInt();
    m.batch = q.value(7).toString();
    m.expiresOn = QDate::fromString(q.value(8).toString(), Qt::ISODate);
    if (!q.value(9).isNull())
        m.unitCost = Money::fromTyiyn(q.value(9).toLongLong());
    m.producerId = q.value(10).toString();
    m.reason = q.value(11).toString();
    m.at = QDateTime::fromString(q.value(12).toString(), Qt::ISODateWithMs);
    m.userId = q.value(13).toString();
    m.originShop = q.value(14).toString();
    m.originDevice = q.value(15).toString();
    return m;
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
    case Kind::TransferOut:
        return QStringLiteral("transfer_out");
    case Kind::TransferIn:
        return QStringLiteral("transfer_in");
    case Kind::ProducerReturn:
        return QStringLiteral("producer_return");
    case Kind::Receive: break;
    }
    return QStringLiteral("receive");
}

std::optional<StockMovement::Kind> StockMovement::kindFromKey(const QString& key)
{
    for (Kind kind : AllKinds)
        if (kindKey(kind) == key)
            return kind;
    return std::nullopt;
}

QString StockMovement::documentKey(Document document)
{
    switch (document) {
    case Document::Sale:
        return QStringLiteral("sale");
    case Document::Return:
        return QStringLiteral("return");
    case Document::Adjustment:
        return QStringLiteral("adjustment");
    case Document::Stocktake:
        return QStringLiteral("stocktake");
    case Document::Transfer:
        return QStringLiteral("transfer");
    case Document::ProducerReturn:
        return QStringLiteral("producer_return");
    case Document::Receiving:
        break;
    }
    return QStringLiteral("receiving");
}

std::optional<StockMovement::Document> StockMovement::documentFromKey(const QString& key)
{
    for (Document document : AllDocuments)
        if (documentKey(document) == key)
            return document;
    return std::nullopt;
}

StockMovement::Document StockMovement::documentOf(Kind kind)
{
    switch (kind) {
    case Kind::Receive:
        return Document::Receiving;
    case Kind::Sale:
        return Document::Sale;
    case Kind::Return:
        return Document::Return;
    case Kind::Stocktake:
        return Document::Stocktake;
    case Kind::TransferOut:
    case Kind::TransferIn:
        return Document::Transfer;
    case Kind::ProducerReturn:
        return Document::ProducerReturn;
    case Kind::Adjust:
    case Kind::Damage:
        break;
    }
    return Document::Adjustment;
}

StockLedger::StockLedger(Database& db) : m_db(db) {}

Result<Quantity> StockLedger::onHand(const QString& productId) const
{
    SqlQuery q(m_db.sql(),
               QStringLiteral("SELECT coalesce(sum(quantity), 0) FROM stock_levels WHERE product_id = :id"));
    q.bind(QStringLiteral(":id"), productId);
    if (auto done = q.exec(); !done)
        return done.error();
    return Quantity::fromMilli(q.next() ? q.value(0).toLongLong() : 0);
}

Result<QHash<QString, Quantity>> StockLedger::onHandAll() const
{
    SqlQuery q(m_db.sql(), QStringLiteral("SELECT product_id, sum(quantity) FROM stock_levels GROUP BY product_id"));
    if (auto done = q.exec(); !done)
        return done.error();
    QHash<QString, Quantity> out;
    while (q.next())
        out.insert(q.value(0).toString(), Quantity::fromMilli(q.value(1).toLongLong()));
    if (auto done = q.finished(); !done)
        return done.error();
    return out;
}

Result<QList<StockLevel>> StockLedger::levels(const QString& productId) const
{
    SqlQuery q(m_db.sql(), QStringLiteral("SELECT product_id, batch, quantity, expires_on FROM stock_levels "
                                          "WHERE product_id = :id ORDER BY batch"));
    q.bind(QStringLiteral(":id"), productId);
    if (auto done = q.exec(); !done)
        return done.error();
    QList<StockLevel> out;
    while (q.next())
        out << StockLevel{q.value(0).toString(), q.value(1).toString(), Quantity::fromMilli(q.value(2).toLongLong()),
                          QDate::fromString(q.value(3).toString(), Qt::ISODate)};
    if (auto done = q.finished(); !done)
        return done.error();
    return out;
}

Result<bool> StockLedger::hasMovements(const QString& productId) const
{
    SqlQuery q(m_db.sql(), QStringLiteral("SELECT 1 FROM stock_movements WHERE product_id = :id LIMIT 1"));
    q.bind(QStringLiteral(":id"), productId);
    if (auto done = q.exec(); !done)
        return done.error();
    return q.next();
}

Result<QList<StockMovement>> StockLedger::movements(const QString& productId) const
{
    SqlQuery q(m_db.sql(), QStringLiteral("SELECT id, product_id, quantity, kind, document_type, document_id, "
                                          "document_line, batch, expires_on, unit_cost, producer_id, reason, at, "
                                          "user_id, origin_shop, origin_device FROM stock_movements "
                                          "WHERE product_id = :id ORDER BY seq"));
    q.bind(QStringLiteral(":id"), productId);
    if (auto done = q.exec(); !done)
        return done.error();
    QList<StockMovement> out;
    while (q.next())
        out << movementFrom(q);
    if (auto done = q.finished(); !done)
        return done.error();
    return out;
}

Result<StockMovement> StockLedger::receive(const Session& actor, const QString& productId, Quantity quantity,
                                           const QString& reason, const Receiving& details)
{
    if (!actor.can(Permission::ManageStock))
        return Roles::refusal(Permission::ManageStock);
    if (quantity.milli() <= 0)
        return Error{tr("The quantity received must be more than zero.")};
    Transaction unit(m_db.sql());
    if (!unit.isActive())
        return unit.beginError();
    // The goods come from the product's producer, on a receiving document of one line: purchased
    // when their cost is known, on consignment otherwise.
    SqlQuery product(m_db.sql(), QStringLiteral("SELECT producer_id, sku FROM products WHERE id = :id"));
    product.bind(QStringLiteral(":id"), productId);
    if (auto done = product.exec(); !done)
        return done.error();
    if (!product.next())
        return Error{tr("The product was not found."), {}, {}, ErrorKind::NotFound};
    if (product.value(0).isNull())
        return Error{
            tr("%1 has no producer: goods are received from their producer.").arg(product.value(1).toString())};
    ovop::Receiving doc;
    doc.id = m_db.newId();
    doc.producerId = product.value(0).toString();
    doc.terms = details.unitCost ? Producer::Terms::Purchase : Producer::Terms::Consignment;
    doc.date = m_db.now().date();
    doc.note = reason.trimmed().left(ReceivingService::MaxTextLength);
    if (details.unitCost)
        doc.costTotal = details.unitCost->times(quantity);
    doc.at = m_db.now();
    doc.userId = actor.userId;
    if (auto stored = ReceivingService::storeDocument(m_db, unit, doc); !stored)
        return stored.error();
    MovementLine line;
    line.productId = productId;
    line.quantity = quantity;
    line.kind = StockMovement::Kind::Receive;
    line.documentId = doc.id;
    line.documentLine = 1;
    line.batch = details.batch;
    line.expiresOn = details.expiresOn;
    line.unitCost = details.unitCost;
    line.reason = reason;
    auto recorded = record(unit, actor, line);
    if (!recorded)
        return recorded.error();
    QJsonObject audit{{QStringLiteral("product_id"), productId},
                      {QStringLiteral("receiving_id"), line.documentId},
                      {QStringLiteral("number"), doc.number},
                      {QStringLiteral("quantity_milli"), quantity.milli()},
                      {QStringLiteral("reason"), recorded->reason}};
    if (!recorded->batch.isEmpty())
        audit.insert(QStringLiteral("batch"), recorded->batch);
    if (recorded->expiresOn.isValid())
        audit.insert(QStringLiteral("expires_on"), recorded->expiresOn.toString(Qt::ISODate));
    if (recorded->unitCost)
        audit.insert(QStringLiteral("unit_cost_tyiyn"), recorded->unitCost->tyiyn());
    if (auto done = AuditLog(m_db).append(&actor, QStringLiteral("stock.receive"), audit); !done)
        return done.error();
    if (auto done = unit.commit(); !done)
        return done.error();
    return recorded;
}

Result<StockMovement> StockLedger::record(const Transaction& unit, const Session& actor, const MovementLine& line)
{
    if (!unit.isActive() || !Transaction::isOpen(m_db.sql()))
        qFatal("StockLedger::record runs inside its caller's unit of work");

    // What the movement depends on, read inside the unit so that no other writer changes it between.
    SqlQuery product(m_db.sql(), QStringLiteral("SELECT unit, producer_id, name_ky, name_ru, name_en FROM products "
                                                "WHERE id = :id"));
    product.bind(QStringLiteral(":id"), line.productId);
    if (auto done = product.exec(); !done)
        return done.error();
    if (!product.next())
        return Error{tr("The product was not found; it may have been removed."), {}, {}, ErrorKind::NotFound};
    const Unit unitOfSale = Units::fromKey(product.value(0).toString()).value_or(Unit::Piece);
    const LocalizedText name{product.value(2).toString(), product.value(3).toString(), product.value(4).toString()};

    const int sign = signOf(line.kind);
    if (line.quantity.isZero() || (sign > 0 && line.quantity.milli() < 0) || (sign < 0 && line.quantity.milli() > 0))
        return Error::ofField(QStringLiteral("quantity"), sign > 0   ? tr("The quantity must be more than zero.")
                                                          : sign < 0 ? tr("The quantity must be less than zero.")
                                                                     : tr("The quantity must not be zero."));
    if (!Units::sellsInFractions(unitOfSale) && !line.quantity.isWhole())
        return Error::ofField(QStringLiteral("quantity"),
                              tr("%1 is counted in whole pieces: enter a whole number.").arg(name.in(actor.language)));
    if (line.documentId.isEmpty() || line.documentLine < 1)
        return Error{tr("A stock movement must belong to a document line."), line.documentId};
    const QString reason = line.reason.trimmed();
    if (reason.size() > MaxReasonLength)
        return Error::ofField(QStringLiteral("reason"),
                              tr("The note is longer than %1 characters; shorten it.").arg(MaxReasonLength));
    const QString batch = line.batch.trimmed();
    if (batch.size() > MaxBatchLength)
        return Error::ofField(QStringLiteral("batch"),
                              tr("The batch is longer than %1 characters; shorten it.").arg(MaxBatchLength));
    if (line.unitCost && line.unitCost->isNegative())
        return Error::ofField(QStringLiteral("unit_cost"), tr("The cost cannot be less than zero."));

    StockMovement m;
    m.id = m_db.newId();
    m.productId = line.productId;
    m.quantity = line.quantity;
    m.kind = line.kind;
    m.document = line.document.value_or(StockMovement::documentOf(line.kind));
    m.documentId = line.documentId;
    m.documentLine = line.documentLine;
    m.batch = batch;
    m.expiresOn = line.expiresOn;
    m.unitCost = line.unitCost;
    m.producerId = product.value(1).toString();
    m.reason = reason;
    m.at = m_db.now();
    m.userId = actor.userId;
    m.originShop = m_db.origin().shopCode;
    m.originDevice = m_db.origin().deviceId;
    const QString at = storedTime(m.at);

    SqlQuery q(
        m_db.sql(),
        QStringLiteral("INSERT INTO stock_movements (id, product_id, quantity, kind, document_type, document_id, "
                       "document_line, batch, expires_on, unit_cost, producer_id, reason, at, user_id, "
                       "created_at, origin_shop, origin_device) VALUES (:id, :product, :quantity, :kind, "
                       ":document, :document_id, :line, :batch, :expires, :cost, :producer, :reason, :at, "
                       ":user, :created, :shop, :device)"));
    q.bind(QStringLiteral(":id"), m.id)
        .bind(QStringLiteral(":product"), m.productId)
        .bind(QStringLiteral(":quantity"), m.quantity.milli())
        .bind(QStringLiteral(":kind"), StockMovement::kindKey(m.kind))
        .bind(QStringLiteral(":document"), StockMovement::documentKey(m.document))
        .bind(QStringLiteral(":document_id"), SqlQuery::text(m.documentId))
        .bind(QStringLiteral(":line"), m.documentLine)
        .bind(QStringLiteral(":batch"), SqlQuery::text(m.batch))
        .bind(QStringLiteral(":expires"),
              m.expiresOn.isValid() ? QVariant(m.expiresOn.toString(Qt::ISODate)) : QVariant())
        .bind(QStringLiteral(":cost"), m.unitCost ? QVariant(m.unitCost->tyiyn()) : QVariant())
        .bind(QStringLiteral(":producer"), orNull(m.producerId))
        .bind(QStringLiteral(":reason"), SqlQuery::text(m.reason))
        .bind(QStringLiteral(":at"), at)
        .bind(QStringLiteral(":user"), orNull(m.userId))
        .bind(QStringLiteral(":created"), at)
        .bind(QStringLiteral(":shop"), SqlQuery::text(m.originShop))
        .bind(QStringLiteral(":device"), SqlQuery::text(m.originDevice));
    if (auto done = q.exec(); !done)
        return done.error();
    return m;
}

Result<QStringList> StockLedger::levelProblems() const
{
    // Every (product, batch) that the ledger or the levels know, with both sums; a missing side is 0.
    SqlQuery q(m_db.sql(),
               QStringLiteral(
                   "WITH ledger AS (SELECT product_id, batch, sum(quantity) AS total FROM stock_movements "
                   "GROUP BY product_id, batch), "
                   "keys AS (SELECT product_id, batch FROM ledger UNION SELECT product_id, batch FROM stock_levels) "
                   "SELECT k.product_id, k.batch, coalesce(l.total, 0), coalesce(s.quantity, 0), "
                   "coalesce(p.sku, k.product_id) FROM keys k "
                   "LEFT JOIN ledger l ON l.product_id = k.product_id AND l.batch = k.batch "
                   "LEFT JOIN stock_levels s ON s.product_id = k.product_id AND s.batch = k.batch "
                   "LEFT JOIN products p ON p.id = k.product_id "
                   "WHERE coalesce(l.total, 0) <> coalesce(s.quantity, 0) ORDER BY 5, 2"));
    if (auto done = q.exec(); !done)
        return done.error();
    QStringList problems;
    while (q.next()) {
        const QString product = q.value(1).toString().isEmpty()
                                    ? q.value(4).toString()
                                    : tr("%1, batch %2").arg(q.value(4).toString(), q.value(1).toString());
        problems << tr("The stock of %1 is kept as %2 but its movements add up to %3.")
                        .arg(product, Quantity::fromMilli(q.value(3).toLongLong()).format(QStringLiteral("en")),
                             Quantity::fromMilli(q.value(2).toLongLong()).format(QStringLiteral("en")));
    }
    if (auto done = q.finished(); !done)
        return done.error();
    return problems;
}

Result<QStringList> StockLedger::documentProblems() const
{
    // Movements recorded before documents existed have none (document_id NULL) and are not asked for.
    SqlQuery q(
        m_db.sql(),
        QStringLiteral("SELECT coalesce(p.sku, m.product_id), m.kind, m.document_type, m.document_id, m.at "
                       "FROM stock_movements m LEFT JOIN products p ON p.id = m.product_id "
                       "WHERE m.document_id IS NOT NULL AND NOT CASE m.document_type"
                       " WHEN 'receiving' THEN EXISTS (SELECT 1 FROM receivings WHERE id = m.document_id)"
                       " WHEN 'adjustment' THEN EXISTS (SELECT 1 FROM adjustments WHERE id = m.document_id)"
                       " WHEN 'sale' THEN EXISTS (SELECT 1 FROM sales WHERE id = m.document_id)"
                       " WHEN 'return' THEN EXISTS (SELECT 1 FROM returns WHERE id = m.document_id)"
                       " WHEN 'stocktake' THEN EXISTS (SELECT 1 FROM stocktakes WHERE id = m.document_id)"
                       " WHEN 'transfer' THEN EXISTS (SELECT 1 FROM transfers WHERE transfer_id = m.document_id)"
                       " WHEN 'producer_return' THEN EXISTS (SELECT 1 FROM producer_returns WHERE id = m.document_id)"
                       " ELSE 0 END ORDER BY m.seq"));
    if (auto done = q.exec(); !done)
        return done.error();
    QStringList problems;
    while (q.next())
        problems << tr("The %1 movement of %2 at %3 names %4 %5, which does not exist.")
                        .arg(q.value(1).toString(), q.value(0).toString(), q.value(4).toString(), q.value(2).toString(),
                             q.value(3).toString());
    if (auto done = q.finished(); !done)
        return done.error();
    return problems;
}

} // namespace ovop
