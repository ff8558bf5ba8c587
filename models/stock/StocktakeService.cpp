// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "models/stock/StocktakeService.h"

#include <QJsonObject>
#include <QMap>

#include "models/audit/AuditLog.h"
#include "models/people/Session.h"
#include "models/stock/BatchPicking.h"
#include "models/stock/DocumentNumbers.h"
#include "models/stock/StockLedger.h"
#include "models/stock/StockLookup.h"
#include "models/store/Database.h"
#include "models/store/Sql.h"

namespace ovop {

namespace {

using Scope = Stocktake::Scope;
using State = Stocktake::State;

QDateTime timeOf(const QVariant& v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

// The stocktake open now, or the last one when none is open.
Result<std::optional<Stocktake>> latest(Database& db, const QString& language)
{
    SqlQuery q(
        db.sql(),
        QStringLiteral("SELECT s.id, s.number, s.scope, s.scope_id, s.started_at, u.name, c.outcome, c.at, cu.name, "
                       "au.name, coalesce(cat.key, pr.code, ''), coalesce(cat.name_ky, ''), coalesce(cat.name_ru, ''), "
                       "coalesce(cat.name_en, ''), coalesce(pr.name, '') FROM stocktakes s "
                       "JOIN users u ON u.id = s.started_by "
                       "LEFT JOIN stocktake_closures c ON c.stocktake_id = s.id "
                       "LEFT JOIN users cu ON cu.id = c.user_id LEFT JOIN users au ON au.id = c.approved_by "
                       "LEFT JOIN categories cat ON s.scope = 'category' AND cat.id = s.scope_id "
                       "LEFT JOIN producers pr ON s.scope = 'producer' AND pr.id = s.scope_id "
                       "ORDER BY (c.outcome IS NULL) DESC, s.seq DESC LIMIT 1"));
    if (auto done = q.exec(); !done)
        return done.error();
    if (!q.next()) {
        if (auto done = q.finished(); !done)
            return done.error();
        return std::optional<Stocktake>();
    }
    Stocktake s;
    s.id = q.value(0).toString();
    s.number = q.value(1).toString();
    const QString scope = q.value(2).toString();
    s.scope = scope == QLatin1String("category")   ? Scope::Category
              : scope == QLatin1String("producer") ? Scope::Producer
                                                   : Scope::Shop;
    s.scopeId = q.value(3).toString();
    s.startedAt = timeOf(q.value(4));
    s.startedBy = q.value(5).toString();
    const QString outcome = q.value(6).toString();
    s.state = outcome == QLatin1String("posted")      ? State::Posted
              : outcome == QLatin1String("cancelled") ? State::Cancelled
                                                      : State::Open;
    s.closedAt = timeOf(q.value(7));
    s.closedBy = q.value(8).toString();
    s.approvedBy = q.value(9).toString();
    s.scopeCode = q.value(10).toString();
    s.scopeName =
        s.scope == Scope::Category
            ? LocalizedText{q.value(11).toString(), q.value(12).toString(), q.value(13).toString()}.in(language)
            : q.value(14).toString();
    return std::optional<Stocktake>(s);
}

Result<Stocktake> openOne(Database& db, const QString& language)
{
    auto found = latest(db, language);
    if (!found)
        return found.error();
    if (!found->has_value() || (*found)->state != State::Open)
        return Error{
            StocktakeService::tr("No stocktake is open: a manager starts one first."), {}, {}, ErrorKind::NotFound};
    return **found;
}

bool inScope(const Stocktake& s, const StockProduct& p, const QString& categoryKey)
{
    switch (s.scope) {
    case Scope::Category:
        return p.category == categoryKey;
    case Scope::Producer:
        return p.producerId == s.scopeId;
    case Scope::Shop:
        break;
    }
    return true;
}

Result<QString> categoryKeyOf(Database& db, const Stocktake& s)
{
    if (s.scope != Scope::Category)
        return QString();
    SqlQuery q(db.sql(), QStringLiteral("SELECT key FROM categories WHERE id = :id"));
    q.bind(QStringLiteral(":id"), s.scopeId);
    if (auto done = q.exec(); !done)
        return done.error();
    return q.next() ? q.value(0).toString() : QString();
}

// What posting writes for one product: per batch when its counts name batches, else for the
// product as a whole (a loss taken from the first-expiring batches first, expired or not, and beyond
// them from the batch without a name, below zero if need be; a gain into the batch without a name).
struct Correction
{
    QString batch;
    QDate expiresOn;
    Quantity quantity;
};

Result<QList<Correction>> correctionsOf(Database& db, const QString& stocktakeId, const StocktakeLine& line)
{
    QList<Correction> out;
    struct PerBatch
    {
        Quantity level, counted, since;
        QDate expiresOn;
    };
    QMap<QString, PerBatch> batches;
    SqlQuery levels(db.sql(), QStringLiteral("SELECT batch, quantity, expires_on FROM stock_levels WHERE product_id = "
                                             ":p"));
    levels.bind(QStringLiteral(":p"), line.productId);
    if (auto done = levels.exec(); !done)
        return done.error();
    while (levels.next()) {
        const QString batch = levels.value(0).toString();
        batches[batch].level = Quantity::fromMilli(levels.value(1).toLongLong());
        batches[batch].expiresOn = QDate::fromString(levels.value(2).toString(), Qt::ISODate);
    }
    if (auto done = levels.finished(); !done)
        return done.error();

    SqlQuery counts(db.sql(), QStringLiteral("SELECT batch, sum(quantity) FROM stocktake_counts WHERE stocktake_id = "
                                             ":s AND product_id = :p GROUP BY batch"));
    counts.bind(QStringLiteral(":s"), stocktakeId).bind(QStringLiteral(":p"), line.productId);
    if (auto done = counts.exec(); !done)
        return done.error();
    bool namesBatches = false;
    while (counts.next()) {
        const QString batch = counts.value(0).toString();
        batches[batch].counted = Quantity::fromMilli(counts.value(1).toLongLong());
        namesBatches = namesBatches || !batch.isEmpty();
    }
    if (auto done = counts.finished(); !done)
        return done.error();

    if (!namesBatches) {
        const Quantity difference = line.difference();
        if (difference.milli() > 0)
            return QList<Correction>{{QString(), batches.value(QString()).expiresOn, difference}};
        if (difference.isZero())
            return out;
        auto pick = BatchPicking(db).takeByExpiry(line.productId, -difference, db.now().date(),
                                                  BatchPicking::Shortfall::FromUnbatched);
        if (!pick)
            return pick.error();
        for (const BatchTake& take : pick->takes)
            out << Correction{take.batch, take.expiresOn, -take.quantity};
        return out;
    }

    SqlQuery since(db.sql(), QStringLiteral("SELECT m.batch, sum(m.quantity) FROM stock_movements m WHERE m.product_id "
                                            "= :p AND m.kind <> 'stocktake' AND m.seq > (SELECT c.after_seq FROM "
                                            "stocktake_counts c WHERE c.stocktake_id = :s AND c.product_id = :p "
                                            "ORDER BY c.seq LIMIT 1) GROUP BY m.batch"));
    since.bind(QStringLiteral(":s"), stocktakeId).bind(QStringLiteral(":p"), line.productId);
    if (auto done = since.exec(); !done)
        return done.error();
    while (since.next())
        batches[since.value(0).toString()].since = Quantity::fromMilli(since.value(1).toLongLong());
    if (auto done = since.finished(); !done)
        return done.error();
    for (auto it = batches.cbegin(); it != batches.cend(); ++it) {
        const Quantity d = it->counted + it->since - it->level;
        if (!d.isZero())
            out << Correction{it.key(), it->expiresOn, d};
    }
    return out;
}

} // namespace

QString Stocktake::scopeKey(Scope scope)
{
    switch (scope) {
    case Scope::Category:
        return QStringLiteral("category");
    case Scope::Producer:
        return QStringLiteral("producer");
    case Scope::Shop:
        break;
    }
    return QStringLiteral("shop");
}

QString Stocktake::stateKey(State state)
{
    switch (state) {
    case State::Posted:
        return QStringLiteral("posted");
    case State::Cancelled:
        return QStringLiteral("cancelled");
    case State::Open:
        break;
    }
    return QStringLiteral("open");
}

StocktakeService::StocktakeService(Database& db) : m_db(db) {}

Result<Stocktake> StocktakeService::start(const Session& actor, Stocktake::Scope scope, const QString& scopeCode)
{
    if (!actor.can(Permission::ManageStock))
        return Roles::refusal(Permission::ManageStock);
    const QString code = scopeCode.trimmed();
    Transaction unit(m_db.sql());
    if (!unit.isActive())
        return unit.beginError();
    auto open = latest(m_db, actor.language);
    if (!open)
        return open.error();
    if (open->has_value() && (*open)->state == State::Open)
        return Error{tr("Stocktake %1 is still open: post or cancel it before starting another.").arg((*open)->number),
                     {},
                     {},
                     ErrorKind::Conflict};

    Stocktake s;
    s.id = m_db.newId();
    s.scope = scope;
    s.scopeCode = code;
    if (scope != Scope::Shop) {
        if (code.isEmpty())
            return Error::ofField(QStringLiteral("scope"), scope == Scope::Category
                                                               ? tr("Name the category to count by its key.")
                                                               : tr("Name the producer to count by their code."));
        SqlQuery q(m_db.sql(),
                   scope == Scope::Category
                       ? QStringLiteral("SELECT id, name_ky, name_ru, name_en FROM categories WHERE key = :k")
                       : QStringLiteral("SELECT id, name, name, name FROM producers WHERE code = :k"));
        q.bind(QStringLiteral(":k"), code);
        if (auto done = q.exec(); !done)
            return done.error();
        if (!q.next())
            return Error{scope == Scope::Category ? tr("There is no category with the key %1.").arg(code)
                                                  : tr("There is no producer with the code %1.").arg(code),
                         {},
                         {},
                         ErrorKind::NotFound};
        s.scopeId = q.value(0).toString();
        s.scopeName =
            LocalizedText{q.value(1).toString(), q.value(2).toString(), q.value(3).toString()}.in(actor.language);
    }
    auto number = DocumentNumbers::take(m_db, unit, DocumentNumbers::Kind::Stocktake, s.id);
    if (!number)
        return number.error();
    s.number = number.value();
    s.startedAt = m_db.now();
    s.startedBy = actor.userName;
    const QString at = storedTime(s.startedAt);
    SqlQuery insert(m_db.sql(), QStringLiteral("INSERT INTO stocktakes (id, number, scope, scope_id, started_at, "
                                               "started_by, created_at, origin_shop, origin_device) VALUES (:id, "
                                               ":number, :scope, :scope_id, :at, :user, :at, :shop, :device)"));
    insert.bind(QStringLiteral(":id"), s.id)
        .bind(QStringLiteral(":number"), s.number)
        .bind(QStringLiteral(":scope"), Stocktake::scopeKey(scope))
        .bind(QStringLiteral(":scope_id"), s.scopeId.isEmpty() ? QVariant() : QVariant(s.scopeId))
        .bind(QStringLiteral(":at"), at)
        .bind(QStringLiteral(":user"), actor.userId)
        .bind(QStringLiteral(":shop"), SqlQuery::text(m_db.origin().shopCode))
        .bind(QStringLiteral(":device"), SqlQuery::text(m_db.origin().deviceId));
    if (auto done = insert.exec(); !done)
        return done.error();
    QJsonObject audit{{QStringLiteral("stocktake_id"), s.id},
                      {QStringLiteral("number"), s.number},
                      {QStringLiteral("scope"), Stocktake::scopeKey(scope)}};
    if (!code.isEmpty())
        audit.insert(QStringLiteral("scope_code"), code);
    if (auto done = AuditLog(m_db).append(&actor, QStringLiteral("stocktake.start"), audit); !done)
        return done.error();
    if (auto done = unit.commit(); !done)
        return done.error();
    return s;
}

Result<std::optional<Stocktake>> StocktakeService::current(const QString& language) const
{
    auto found = latest(m_db, language);
    if (!found)
        return found.error();
    if (found->has_value() && (*found)->state != State::Open)
        return std::optional<Stocktake>();
    return found;
}

Result<CountEntry> StocktakeService::count(const Session& actor, const QString& code, Quantity quantity,
                                           const QString& batch)
{
    if (!actor.can(Permission::CountStock))
        return Roles::refusal(Permission::CountStock);
    if (quantity.isZero())
        return Error::ofField(QStringLiteral("quantity"), tr("The quantity counted must not be zero."));
    const QString batchName = batch.trimmed();
    if (batchName.size() > StockLedger::MaxBatchLength)
        return Error::ofField(
            QStringLiteral("batch"),
            tr("The batch is longer than %1 characters; shorten it.").arg(StockLedger::MaxBatchLength));
    Transaction unit(m_db.sql());
    if (!unit.isActive())
        return unit.beginError();
    auto s = openOne(m_db, actor.language);
    if (!s)
        return s.error();
    auto product = StockLookup::byCode(m_db, code);
    if (!product)
        return product.error();
    const QString name = product->name.in(actor.language);
    auto categoryKey = categoryKeyOf(m_db, *s);
    if (!categoryKey)
        return categoryKey.error();
    if (!inScope(*s, *product, *categoryKey))
        return Error{tr("%1 is not part of this stocktake (%2 %3): put it aside and count it another time.")
                         .arg(name, s->scope == Scope::Category ? tr("category") : tr("producer"), s->scopeName),
                     {},
                     {},
                     ErrorKind::Validation};
    if (!Units::sellsInFractions(product->unit) && !quantity.isWhole())
        return Error::ofField(QStringLiteral("quantity"),
                              tr("%1 is counted in whole pieces: enter a whole number.").arg(name));
    if (!batchName.isEmpty() && !product->tracksBatches)
        return Error::ofField(QStringLiteral("batch"), tr("%1 is not kept by batch: count it without one.").arg(name));

    SqlQuery totals(m_db.sql(), QStringLiteral("SELECT coalesce(sum(quantity), 0), coalesce(sum(CASE WHEN batch = :b "
                                               "THEN quantity END), 0) FROM stocktake_counts WHERE stocktake_id = :s "
                                               "AND product_id = :p"));
    totals.bind(QStringLiteral(":b"), SqlQuery::text(batchName))
        .bind(QStringLiteral(":s"), s->id)
        .bind(QStringLiteral(":p"), product->id);
    if (auto done = totals.exec(); !done)
        return done.error();
    totals.next();
    const Quantity total = Quantity::fromMilli(totals.value(0).toLongLong()) + quantity;
    const Quantity inBatch = Quantity::fromMilli(totals.value(1).toLongLong()) + quantity;
    if (total.milli() < 0 || inBatch.milli() < 0)
        return Error::ofField(QStringLiteral("quantity"),
                              tr("Only %1 of %2 was counted%3: a correction cannot take back more.")
                                  .arg((total - quantity).milli() < (inBatch - quantity).milli()
                                           ? (total - quantity).format(actor.language)
                                           : (inBatch - quantity).format(actor.language),
                                       name, batchName.isEmpty() ? QString() : tr(" in batch %1").arg(batchName)));

    SqlQuery last(m_db.sql(), QStringLiteral("SELECT coalesce(max(seq), 0) FROM stock_movements"));
    if (auto done = last.exec(); !done)
        return done.error();
    const qint64 afterSeq = last.next() ? last.value(0).toLongLong() : 0;
    const QString at = m_db.storedNow();
    SqlQuery insert(m_db.sql(), QStringLiteral("INSERT INTO stocktake_counts (id, stocktake_id, product_id, batch, "
                                               "quantity, after_seq, at, user_id, created_at, origin_shop, "
                                               "origin_device) VALUES (:id, :s, :p, :b, :q, :after, :at, :user, :at, "
                                               ":shop, :device)"));
    insert.bind(QStringLiteral(":id"), m_db.newId())
        .bind(QStringLiteral(":s"), s->id)
        .bind(QStringLiteral(":p"), product->id)
        .bind(QStringLiteral(":b"), SqlQuery::text(batchName))
        .bind(QStringLiteral(":q"), quantity.milli())
        .bind(QStringLiteral(":after"), afterSeq)
        .bind(QStringLiteral(":at"), at)
        .bind(QStringLiteral(":user"), actor.userId)
        .bind(QStringLiteral(":shop"), SqlQuery::text(m_db.origin().shopCode))
        .bind(QStringLiteral(":device"), SqlQuery::text(m_db.origin().deviceId));
    if (auto done = insert.exec(); !done)
        return done.error();
    if (auto done = unit.commit(); !done)
        return done.error();
    return CountEntry{product->id, product->sku, product->name, batchName, quantity, total};
}

Result<StocktakeView> StocktakeService::show(const Session& actor) const
{
    if (!actor.can(Permission::CountStock))
        return Roles::refusal(Permission::CountStock);
    auto s = openOne(m_db, actor.language);
    if (!s)
        return s.error();
    return viewOf(*s, actor.language);
}

Result<StocktakeView> StocktakeService::viewOf(const Stocktake& stocktake, const QString&) const
{
    SqlQuery q(
        m_db.sql(),
        QStringLiteral(
            "WITH counted AS (SELECT product_id, sum(quantity) AS total, min(seq) AS first_seq FROM "
            "stocktake_counts WHERE stocktake_id = :s GROUP BY product_id), "
            "c AS (SELECT counted.product_id, counted.total, f.after_seq FROM counted JOIN stocktake_counts f "
            "ON f.seq = counted.first_seq), "
            "lines AS (SELECT p.id, p.sku, coalesce((SELECT b.barcode FROM product_barcodes b WHERE "
            "b.product_id = p.id ORDER BY b.position LIMIT 1), '') AS barcode, p.name_ky, p.name_ru, p.name_en, "
            "p.unit, p.price, p.tracks_batches, coalesce((SELECT sum(l.quantity) FROM stock_levels l WHERE "
            "l.product_id = p.id), 0) AS on_hand, c.total, c.after_seq, p.active FROM products p "
            "LEFT JOIN c ON c.product_id = p.id WHERE :scope = 'shop' OR (:scope = 'category' AND p.category = "
            "(SELECT key FROM categories WHERE id = :scope_id)) OR (:scope = 'producer' AND p.producer_id = "
            ":scope_id)) "
            "SELECT id, sku, barcode, name_ky, name_ru, name_en, unit, price, tracks_batches, on_hand, "
            "coalesce(total, 0), after_seq IS NOT NULL, coalesce((SELECT sum(m.quantity) FROM stock_movements m "
            "WHERE m.product_id = lines.id AND m.seq > lines.after_seq AND m.kind <> 'stocktake'), 0) FROM lines "
            "WHERE active = 1 OR on_hand <> 0 OR after_seq IS NOT NULL ORDER BY sku"));
    q.bind(QStringLiteral(":s"), stocktake.id)
        .bind(QStringLiteral(":scope"), Stocktake::scopeKey(stocktake.scope))
        .bind(QStringLiteral(":scope_id"), stocktake.scopeId);
    if (auto done = q.exec(); !done)
        return done.error();
    StocktakeView view;
    view.stocktake = stocktake;
    while (q.next()) {
        StocktakeLine l;
        l.productId = q.value(0).toString();
        l.sku = q.value(1).toString();
        l.barcode = q.value(2).toString();
        l.name = {q.value(3).toString(), q.value(4).toString(), q.value(5).toString()};
        l.unit = Units::fromKey(q.value(6).toString()).value_or(Unit::Piece);
        l.price = Money::fromTyiyn(q.value(7).toLongLong());
        l.tracksBatches = q.value(8).toInt() != 0;
        l.expected = Quantity::fromMilli(q.value(9).toLongLong());
        l.counted = Quantity::fromMilli(q.value(10).toLongLong());
        l.wasCounted = q.value(11).toInt() != 0;
        l.sinceCount = Quantity::fromMilli(q.value(12).toLongLong());
        if (!l.wasCounted)
            ++view.uncounted;
        const Money value = l.value();
        if (value.isNegative())
            view.losses += value;
        else
            view.gains += value;
        view.lines << l;
    }
    if (auto done = q.finished(); !done)
        return done.error();
    return view;
}

Result<StocktakePosting> StocktakeService::post(const Session& actor, const Session* approver)
{
    if (!actor.can(Permission::CountStock))
        return Roles::refusal(Permission::CountStock);
    if (!actor.can(Permission::ManageStock)) {
        if (!approver)
            return Error{tr("Posting a stocktake needs a manager's approval."),
                         QStringLiteral("stocktake"),
                         {},
                         ErrorKind::NeedsApproval};
        if (!approver->can(Permission::ManageStock))
            return Error{
                tr("%1 may not manage stock and cannot approve posting a stocktake.").arg(approver->displayName()),
                {},
                {},
                ErrorKind::Permission};
    }
    const Session& approving = actor.can(Permission::ManageStock) ? actor : *approver;
    Transaction unit(m_db.sql());
    if (!unit.isActive())
        return unit.beginError();
    auto s = openOne(m_db, actor.language);
    if (!s)
        return s.error();
    auto view = viewOf(*s, actor.language);
    if (!view)
        return view.error();

    StocktakePosting posting;
    StockLedger ledger(m_db);
    int lineNo = 0;
    for (const StocktakeLine& line : view->lines) {
        auto corrections = correctionsOf(m_db, s->id, line);
        if (!corrections)
            return corrections.error();
        for (const Correction& c : corrections.value()) {
            MovementLine m;
            m.productId = line.productId;
            m.quantity = c.quantity;
            m.kind = StockMovement::Kind::Stocktake;
            m.documentId = s->id;
            m.documentLine = ++lineNo;
            m.batch = c.batch;
            m.expiresOn = c.expiresOn;
            m.reason = QStringLiteral("stocktake");
            auto recorded = ledger.record(unit, actor, m);
            if (!recorded)
                return Error{recorded.message(), line.sku, recorded.problems(), recorded.error().kind};
            ++posting.movements;
        }
        posting.value += line.value();
    }

    const QString at = m_db.storedNow();
    SqlQuery close(m_db.sql(), QStringLiteral("INSERT INTO stocktake_closures (stocktake_id, outcome, at, user_id, "
                                              "approved_by, created_at, origin_shop, origin_device) VALUES (:s, "
                                              "'posted', :at, :user, :approver, :at, :shop, :device)"));
    close.bind(QStringLiteral(":s"), s->id)
        .bind(QStringLiteral(":at"), at)
        .bind(QStringLiteral(":user"), actor.userId)
        .bind(QStringLiteral(":approver"), approving.userId)
        .bind(QStringLiteral(":shop"), SqlQuery::text(m_db.origin().shopCode))
        .bind(QStringLiteral(":device"), SqlQuery::text(m_db.origin().deviceId));
    if (auto done = close.exec(); !done)
        return done.error();
    const QJsonObject audit{{QStringLiteral("stocktake_id"), s->id},
                            {QStringLiteral("number"), s->number},
                            {QStringLiteral("movements"), posting.movements},
                            {QStringLiteral("uncounted"), view->uncounted},
                            {QStringLiteral("value_tyiyn"), posting.value.tyiyn()},
                            {QStringLiteral("approver"), approving.userName}};
    if (auto done = AuditLog(m_db).append(&actor, QStringLiteral("stocktake.post"), audit); !done)
        return done.error();
    if (auto done = unit.commit(); !done)
        return done.error();
    posting.stocktake = *s;
    posting.stocktake.state = State::Posted;
    posting.stocktake.closedAt = QDateTime::fromString(at, Qt::ISODateWithMs);
    posting.stocktake.closedBy = actor.userName;
    posting.stocktake.approvedBy = approving.userName;
    return posting;
}

Result<Stocktake> StocktakeService::cancel(const Session& actor)
{
    if (!actor.can(Permission::ManageStock))
        return Roles::refusal(Permission::ManageStock);
    Transaction unit(m_db.sql());
    if (!unit.isActive())
        return unit.beginError();
    auto s = openOne(m_db, actor.language);
    if (!s)
        return s.error();
    const QString at = m_db.storedNow();
    SqlQuery close(m_db.sql(), QStringLiteral("INSERT INTO stocktake_closures (stocktake_id, outcome, at, user_id, "
                                              "created_at, origin_shop, origin_device) VALUES (:s, 'cancelled', :at, "
                                              ":user, :at, :shop, :device)"));
    close.bind(QStringLiteral(":s"), s->id)
        .bind(QStringLiteral(":at"), at)
        .bind(QStringLiteral(":user"), actor.userId)
        .bind(QStringLiteral(":shop"), SqlQuery::text(m_db.origin().shopCode))
        .bind(QStringLiteral(":device"), SqlQuery::text(m_db.origin().deviceId));
    if (auto done = close.exec(); !done)
        return done.error();
    if (auto done =
            AuditLog(m_db).append(&actor, QStringLiteral("stocktake.cancel"),
                                  {{QStringLiteral("stocktake_id"), s->id}, {QStringLiteral("number"), s->number}});
        !done)
        return done.error();
    if (auto done = unit.commit(); !done)
        return done.error();
    Stocktake out = *s;
    out.state = State::Cancelled;
    out.closedAt = QDateTime::fromString(at, Qt::ISODateWithMs);
    out.closedBy = actor.userName;
    return out;
}

} // namespace ovop
