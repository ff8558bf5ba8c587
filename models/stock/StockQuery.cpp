// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "models/stock/StockQuery.h"

#include <algorithm>

#include "models/catalog/CatalogService.h"
#include "models/catalog/SearchText.h"
#include "models/store/Database.h"
#include "models/store/Sql.h"

namespace ovop {

namespace {

LocalizedText textAt(const SqlQuery& q, int first)
{
    return {q.value(first).toString(), q.value(first + 1).toString(), q.value(first + 2).toString()};
}

// A row's flags and value once its batches are known.
void finish(StockRow& row, const QDate& today)
{
    row.value = row.price.times(row.onHand);
    row.low = row.minLevel.milli() > 0 && row.onHand.milli() < row.minLevel.milli();
    std::sort(row.batches.begin(), row.batches.end(), [](const BatchStock& a, const BatchStock& b) {
        if (a.expiresOn.isValid() != b.expiresOn.isValid())
            return a.expiresOn.isValid();
        return a.expiresOn != b.expiresOn ? a.expiresOn < b.expiresOn : a.batch < b.batch;
    });
    for (const BatchStock& b : row.batches) {
        if (b.onHand.milli() <= 0 || !b.expiresOn.isValid())
            continue;
        if (b.expiresOn < today)
            row.expired = true;
        else if (b.expiresOn <= today.addDays(StockQuery::ExpiringDays))
            row.expiringSoon = true;
    }
}

} // namespace

StockQuery::StockQuery(Database& db) : m_db(db) {}

QString StockQuery::listSql(const StockFilter& filter)
{
    QString sql = QStringLiteral(
        "SELECT p.id, p.sku, p.name_ky, p.name_ru, p.name_en, p.category, c.name_ky, c.name_ru, c.name_en, "
        "pr.id, pr.code, pr.name, v.id, v.name_ky, v.name_ru, v.name_en, p.unit, p.tracks_batches, p.active, "
        "p.price, coalesce(m.quantity, 0), s.batch, s.quantity, s.expires_on, pr.phone "
        "FROM products p JOIN producers pr ON pr.id = p.producer_id "
        "LEFT JOIN villages v ON v.id = pr.village_id "
        "LEFT JOIN categories c ON c.key = p.category "
        "LEFT JOIN min_levels m ON m.product_id = p.id "
        "LEFT JOIN stock_levels s ON s.product_id = p.id "
        "WHERE (p.active = 1 OR EXISTS (SELECT 1 FROM stock_levels x WHERE x.product_id = p.id AND x.quantity <> 0))");
    if (!filter.category.isEmpty())
        sql += QStringLiteral(" AND p.category = :category");
    if (!filter.producerId.isEmpty())
        sql += QStringLiteral(" AND pr.id = :producer");
    else if (!filter.producerCode.isEmpty())
        sql += QStringLiteral(" AND pr.code = :producer");
    if (!filter.villageId.isEmpty())
        sql += QStringLiteral(" AND pr.village_id = :village");
    return sql + QStringLiteral(" ORDER BY p.sku COLLATE NOCASE, p.id, s.batch");
}

Result<StockList> StockQuery::list(const StockFilter& filter) const
{
    SqlQuery q(m_db.sql(), listSql(filter));
    q.raw().setForwardOnly(true);
    if (!filter.category.isEmpty())
        q.bind(QStringLiteral(":category"), filter.category);
    if (!filter.producerId.isEmpty() || !filter.producerCode.isEmpty())
        q.bind(QStringLiteral(":producer"),
               filter.producerId.isEmpty() ? filter.producerCode.trimmed() : filter.producerId);
    if (!filter.villageId.isEmpty())
        q.bind(QStringLiteral(":village"), filter.villageId);
    if (auto done = q.exec(); !done)
        return done.error();

    const QDate today = m_db.now().date();
    const QString typed = filter.text.trimmed();
    StockList out;
    auto keep = [&](StockRow& row) {
        finish(row, today);
        if (filter.lowOnly && !row.low)
            return;
        if (filter.expiredOnly && !row.expired)
            return;
        if (!typed.isEmpty() &&
            !SearchText::matchesPrefixes(
                typed,
                QStringList{row.sku, row.name.ky, row.name.ru, row.name.en, row.producerCode, row.producerName}.join(
                    QLatin1Char(' '))))
            return;
        out.totalValue += row.value;
        out.lowCount += row.low ? 1 : 0;
        out.expiredCount += row.expired ? 1 : 0;
        out.rows << row;
    };
    StockRow row;
    while (q.next()) {
        const QString id = q.value(0).toString();
        if (id != row.productId) {
            if (!row.productId.isEmpty())
                keep(row);
            row = StockRow{};
            row.productId = id;
            row.sku = q.value(1).toString();
            row.name = textAt(q, 2);
            row.category = q.value(5).toString();
            row.categoryName = textAt(q, 6);
            row.producerId = q.value(9).toString();
            row.producerCode = q.value(10).toString();
            row.producerName = q.value(11).toString();
            row.villageId = q.value(12).toString();
            row.villageName = textAt(q, 13);
            row.unit = Units::fromKey(q.value(16).toString()).value_or(Unit::Piece);
            row.tracksBatches = q.value(17).toBool();
            row.active = q.value(18).toBool();
            row.price = Money::fromTyiyn(q.value(19).toLongLong());
            row.minLevel = Quantity::fromMilli(q.value(20).toLongLong());
            row.producerPhone = q.value(24).toString();
        }
        if (q.value(22).isNull())
            continue;
        const Quantity level = Quantity::fromMilli(q.value(22).toLongLong());
        row.onHand = row.onHand + level;
        if (!level.isZero() && (!q.value(21).toString().isEmpty() || !q.value(23).isNull()))
            row.batches << BatchStock{q.value(21).toString(), QDate::fromString(q.value(23).toString(), Qt::ISODate),
                                      level};
    }
    if (auto done = q.finished(); !done)
        return done.error();
    if (!row.productId.isEmpty())
        keep(row);
    return out;
}

Result<QList<StockHistoryEntry>> StockQuery::history(const QString& productId) const
{
    SqlQuery q(
        m_db.sql(),
        QStringLiteral("SELECT m.at, m.kind, m.document_type, CASE m.document_type"
                       " WHEN 'receiving' THEN (SELECT number FROM receivings WHERE id = m.document_id)"
                       " WHEN 'adjustment' THEN (SELECT number FROM adjustments WHERE id = m.document_id)"
                       " WHEN 'sale' THEN (SELECT receipt FROM sales WHERE id = m.document_id)"
                       " WHEN 'return' THEN (SELECT receipt FROM returns WHERE id = m.document_id)"
                       " WHEN 'stocktake' THEN (SELECT number FROM stocktakes WHERE id = m.document_id)"
                       " WHEN 'transfer' THEN (SELECT number FROM transfers WHERE transfer_id = m.document_id LIMIT 1)"
                       " WHEN 'producer_return' THEN (SELECT number FROM producer_returns WHERE id = m.document_id)"
                       " END, m.quantity, m.batch, m.expires_on,"
                       " (SELECT reason FROM adjustments WHERE id = m.document_id), m.reason,"
                       " coalesce(nullif(u.full_name, ''), u.name, '') "
                       "FROM stock_movements m LEFT JOIN users u ON u.id = m.user_id "
                       "WHERE m.product_id = :id ORDER BY m.seq DESC"));
    q.bind(QStringLiteral(":id"), productId);
    if (auto done = q.exec(); !done)
        return done.error();
    QList<StockHistoryEntry> out;
    while (q.next()) {
        StockHistoryEntry e;
        e.at = QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs);
        e.kind = StockMovement::kindFromKey(q.value(1).toString()).value_or(StockMovement::Kind::Adjust);
        e.document =
            StockMovement::documentFromKey(q.value(2).toString()).value_or(StockMovement::Document::Adjustment);
        e.documentNumber = q.value(3).toString();
        e.quantity = Quantity::fromMilli(q.value(4).toLongLong());
        e.batch = q.value(5).toString();
        e.expiresOn = QDate::fromString(q.value(6).toString(), Qt::ISODate);
        e.reason = q.value(7).toString();
        e.note = q.value(8).toString();
        e.userName = q.value(9).toString();
        out << e;
    }
    if (auto done = q.finished(); !done)
        return done.error();
    return out;
}

Result<QString> StockQuery::productIdFor(const QString& code) const
{
    const QString typed = code.trimmed();
    CatalogService catalog(m_db);
    auto found = catalog.lookupForSale(typed);
    if (!found)
        return found.error();
    if (found->has_value())
        return (*found)->productId;
    auto bySku = catalog.findBySku(typed);
    if (!bySku)
        return bySku.error();
    if (!bySku->has_value())
        return Error{tr("No product has the code %1. Check the code, or search by name.").arg(typed),
                     {},
                     {},
                     ErrorKind::NotFound};
    return (*bySku)->id;
}

QString StockQuery::kindDisplayName(StockMovement::Kind kind)
{
    switch (kind) {
    case StockMovement::Kind::Receive:
        return tr("Received");
    case StockMovement::Kind::Sale:
        return tr("Sold");
    case StockMovement::Kind::Return:
        return tr("Returned by a customer");
    case StockMovement::Kind::Adjust:
        return tr("Corrected");
    case StockMovement::Kind::Damage:
        return tr("Damaged");
    case StockMovement::Kind::Stocktake:
        return tr("Stocktake");
    case StockMovement::Kind::TransferOut:
        return tr("Sent to another shop");
    case StockMovement::Kind::TransferIn:
        return tr("Received from another shop");
    case StockMovement::Kind::ProducerReturn:
        return tr("Returned to the producer");
    }
    return QString();
}

} // namespace ovop
