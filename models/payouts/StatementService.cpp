// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "models/payouts/StatementService.h"

#include <QHash>
#include <QJsonObject>

#include "models/audit/AuditLog.h"
#include "models/core/Language.h"
#include "models/payouts/CommissionService.h"
#include "models/people/Session.h"
#include "models/settings/ShopSettings.h"
#include "models/stock/DocumentNumbers.h"
#include "models/store/Database.h"
#include "models/store/Sql.h"

namespace ovop {

namespace {

QDateTime localTime(const QVariant& stored)
{
    return QDateTime::fromString(stored.toString(), Qt::ISODateWithMs).toLocalTime();
}

// The producer's sale lines sold in [begin, end) and the return lines of the producer's sales
// returned then, that no statement holds; columns: kind, document, line, product, category,
// quantity, amount, sku, names (3), sale receipt, return receipt, at.
const QString PendingSql = QStringLiteral(
    "SELECT 'sale', l.sale_id, l.line_no, l.product_id, p.category, l.quantity, l.amount, l.sku, l.name_ky, "
    "l.name_ru, l.name_en, s.receipt, '', s.at, s.seq FROM sale_lines l JOIN sales s ON s.id = l.sale_id "
    "JOIN products p ON p.id = l.product_id WHERE l.producer_id = :producer AND s.at >= :begin AND s.at < :end "
    "AND NOT EXISTS (SELECT 1 FROM statement_lines x WHERE x.kind = 'sale' AND x.document_id = l.sale_id "
    "AND x.document_line = l.line_no) "
    "UNION ALL "
    "SELECT 'return', rl.return_id, rl.line_no, rl.product_id, p.category, rl.quantity, rl.amount, l.sku, l.name_ky, "
    "l.name_ru, l.name_en, s.receipt, r.receipt, r.at, r.seq FROM return_lines rl JOIN returns r ON r.id = "
    "rl.return_id JOIN sale_lines l ON l.sale_id = rl.sale_id AND l.line_no = rl.sale_line_no JOIN sales s ON "
    "s.id = rl.sale_id JOIN products p ON p.id = rl.product_id WHERE l.producer_id = :producer AND r.at >= :begin "
    "AND r.at < :end AND NOT EXISTS (SELECT 1 FROM statement_lines x WHERE x.kind = 'return' AND x.document_id = "
    "rl.return_id AND x.document_line = rl.line_no) "
    "ORDER BY 14, 1 DESC, 15, 3");

const QString HeadSql = QStringLiteral(
    "SELECT st.id, st.number, st.producer_id, p.code, p.name, v.name_ky, v.name_ru, v.name_en, p.payment_details, "
    "st.period_from, st.period_to, st.gross, st.returns, st.commission, st.owed, st.language, st.at, "
    "coalesce(u.name, ''), pay.number, coalesce(pay.amount, 0) FROM statements st JOIN producers p ON p.id = "
    "st.producer_id LEFT JOIN villages v ON v.id = p.village_id LEFT JOIN users u ON u.id = st.user_id "
    "LEFT JOIN payouts pay ON pay.statement_id = st.id ");

const QString LinesSql = QStringLiteral(
    "SELECT sl.line_no, sl.kind, sl.document_id, sl.document_line, sl.product_id, sl.quantity, sl.amount, "
    "sl.commission_bp, sl.commission, coalesce(l1.sku, l2.sku), coalesce(l1.name_ky, l2.name_ky), "
    "coalesce(l1.name_ru, l2.name_ru), coalesce(l1.name_en, l2.name_en), coalesce(s1.receipt, s2.receipt), "
    "coalesce(r.receipt, ''), coalesce(r.at, s1.at) FROM statement_lines sl "
    "LEFT JOIN sale_lines l1 ON sl.kind = 'sale' AND l1.sale_id = sl.document_id AND l1.line_no = sl.document_line "
    "LEFT JOIN sales s1 ON s1.id = l1.sale_id "
    "LEFT JOIN return_lines rl ON sl.kind = 'return' AND rl.return_id = sl.document_id AND rl.line_no = "
    "sl.document_line LEFT JOIN returns r ON r.id = rl.return_id "
    "LEFT JOIN sale_lines l2 ON l2.sale_id = rl.sale_id AND l2.line_no = rl.sale_line_no "
    "LEFT JOIN sales s2 ON s2.id = rl.sale_id WHERE sl.statement_id = :id ORDER BY sl.line_no");

void addUp(Statement& s)
{
    s.gross = s.returns = s.commission = Money();
    for (const StatementLine& l : s.lines) {
        if (l.kind == StatementLine::Kind::Sale) {
            s.gross += l.amount;
            s.commission += l.commission;
        } else {
            s.returns += l.amount;
            s.commission -= l.commission;
        }
    }
    s.owed = s.gross - s.returns - s.commission;
}

} // namespace

StatementService::StatementService(Database& db) : m_db(db) {}

std::pair<QString, QString> StatementService::storedBounds(const QDate& from, const QDate& to)
{
    return {storedTime(QDateTime(from, QTime(0, 0), Qt::LocalTime)),
            storedTime(QDateTime(to.addDays(1), QTime(0, 0), Qt::LocalTime))};
}

Result<Statement> StatementService::collect(const QString& producerId, const QDate& from, const QDate& to,
                                            bool forRecord) const
{
    if (!from.isValid() || !to.isValid())
        return Error::ofField(QStringLiteral("period"), tr("Give the first and the last day of the period."));
    if (from > to)
        return Error::ofField(QStringLiteral("period"), tr("The period cannot begin (%1) after it ends (%2).")
                                                            .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)));
    const QDate today = m_db.now().toLocalTime().date();
    if (forRecord && to > today)
        return Error::ofField(QStringLiteral("period"),
                              tr("The period cannot end after today (%1): sales of days to come would be missing.")
                                  .arg(today.toString(Qt::ISODate)));

    SqlQuery producer(m_db.sql(), QStringLiteral("SELECT p.code, p.name, p.terms, v.name_ky, v.name_ru, v.name_en, "
                                                 "p.payment_details FROM producers p LEFT JOIN villages v ON "
                                                 "v.id = p.village_id WHERE p.id = :id"));
    producer.bind(QStringLiteral(":id"), producerId);
    if (auto done = producer.exec(); !done)
        return done.error();
    if (!producer.next()) {
        if (auto done = producer.finished(); !done)
            return done.error();
        return Error{tr("The producer was not found."), producerId, {}, ErrorKind::NotFound};
    }
    Statement s;
    s.producerId = producerId;
    s.producerCode = producer.value(0).toString();
    s.producerName = producer.value(1).toString();
    s.village = LocalizedText{producer.value(3).toString(), producer.value(4).toString(), producer.value(5).toString()};
    s.paymentDetails = producer.value(6).toString();
    s.from = from;
    s.to = to;
    if (producer.value(2).toString() != QLatin1String("consignment"))
        return Error{tr("%1 (%2) sells to the shop outright: purchase producers are paid when their goods are "
                        "received, not by statement.")
                         .arg(s.producerName, s.producerCode)};

    const auto [begin, end] = storedBounds(from, to);
    SqlQuery q(m_db.sql(), PendingSql);
    q.bind(QStringLiteral(":producer"), producerId)
        .bind(QStringLiteral(":begin"), begin)
        .bind(QStringLiteral(":end"), end);
    if (auto done = q.exec(); !done)
        return done.error();
    CommissionService commission(m_db);
    QHash<QString, int> rates; // by category
    while (q.next()) {
        StatementLine l;
        l.lineNo = int(s.lines.size()) + 1;
        l.kind =
            q.value(0).toString() == QLatin1String("sale") ? StatementLine::Kind::Sale : StatementLine::Kind::Return;
        l.documentId = q.value(1).toString();
        l.documentLine = q.value(2).toInt();
        l.productId = q.value(3).toString();
        const QString category = q.value(4).toString();
        l.quantity = Quantity::fromMilli(q.value(5).toLongLong());
        l.amount = Money::fromTyiyn(q.value(6).toLongLong());
        l.sku = q.value(7).toString();
        l.name = LocalizedText{q.value(8).toString(), q.value(9).toString(), q.value(10).toString()};
        l.saleReceipt = q.value(11).toString();
        l.returnReceipt = q.value(12).toString();
        l.at = localTime(q.value(13));
        if (!rates.contains(category)) {
            auto rate = commission.rateFor(producerId, category);
            if (!rate)
                return rate.error();
            rates.insert(category, rate.value());
        }
        l.commissionBp = rates.value(category);
        l.commission = commissionOf(l.amount, l.commissionBp);
        s.lines << l;
    }
    if (auto done = q.finished(); !done)
        return done.error();
    addUp(s);
    return s;
}

Result<Statement> StatementService::preview(const Session& actor, const QString& producerId, const QDate& from,
                                            const QDate& to) const
{
    if (!actor.can(Permission::PayProducers))
        return Roles::refusal(Permission::PayProducers);
    return collect(producerId, from, to, false);
}

Result<Statement> StatementService::make(const Session& actor, const QString& producerId, const QDate& from,
                                         const QDate& to, const QString& language)
{
    if (!actor.can(Permission::PayProducers))
        return Roles::refusal(Permission::PayProducers);
    QString lang = language.trimmed();
    if (!lang.isEmpty() && !Language::isValid(lang))
        return Error::ofField(QStringLiteral("language"), tr("Unknown language \"%1\": use ky, ru or en.").arg(lang));
    if (lang.isEmpty()) {
        auto settings = SettingsService(m_db).load();
        if (!settings)
            return settings.error();
        lang = Language::isValid(settings->receiptLanguage) ? settings->receiptLanguage : QStringLiteral("ru");
    }

    Transaction unit(m_db.sql());
    if (!unit.isActive())
        return unit.beginError();
    // The lines are read inside the unit: a statement made at the same time on another computer
    // cannot take them too (and statement_lines would refuse it if it tried).
    auto collected = collect(producerId, from, to, true);
    if (!collected)
        return collected.error();
    Statement s = std::move(collected).value();
    if (s.lines.isEmpty())
        return Error{tr("Nothing of %1 was sold or returned from %2 to %3 that is not already on a statement.")
                         .arg(s.producerName, from.toString(Qt::ISODate), to.toString(Qt::ISODate)),
                     QStringLiteral("empty")};
    s.id = m_db.newId();
    s.language = lang;
    auto number = DocumentNumbers::take(m_db, unit, DocumentNumbers::Kind::Statement, s.id);
    if (!number)
        return number.error();
    s.number = number.value();
    const QString at = m_db.storedNow();
    SqlQuery head(m_db.sql(),
                  QStringLiteral("INSERT INTO statements (id, number, producer_id, period_from, period_to, gross, "
                                 "returns, commission, owed, language, at, user_id, created_at, origin_shop, "
                                 "origin_device) VALUES (:id, :number, :producer, :from, :to, :gross, :returns, "
                                 ":commission, :owed, :lang, :at, :user, :at, :shop, :device)"));
    head.bind(QStringLiteral(":id"), s.id)
        .bind(QStringLiteral(":number"), s.number)
        .bind(QStringLiteral(":producer"), producerId)
        .bind(QStringLiteral(":from"), from.toString(Qt::ISODate))
        .bind(QStringLiteral(":to"), to.toString(Qt::ISODate))
        .bind(QStringLiteral(":gross"), s.gross.tyiyn())
        .bind(QStringLiteral(":returns"), s.returns.tyiyn())
        .bind(QStringLiteral(":commission"), s.commission.tyiyn())
        .bind(QStringLiteral(":owed"), s.owed.tyiyn())
        .bind(QStringLiteral(":lang"), lang)
        .bind(QStringLiteral(":at"), at)
        .bind(QStringLiteral(":user"), actor.userId)
        .bind(QStringLiteral(":shop"), SqlQuery::text(m_db.origin().shopCode))
        .bind(QStringLiteral(":device"), SqlQuery::text(m_db.origin().deviceId));
    if (auto done = head.exec(); !done)
        return done.error();
    SqlQuery line(m_db.sql(), QStringLiteral("INSERT INTO statement_lines (statement_id, line_no, kind, document_id, "
                                             "document_line, product_id, quantity, amount, commission_bp, "
                                             "commission) VALUES (:id, :no, :kind, :doc, :doc_line, :product, "
                                             ":qty, :amount, :bp, :commission)"));
    for (const StatementLine& l : s.lines) {
        line.bind(QStringLiteral(":id"), s.id)
            .bind(QStringLiteral(":no"), l.lineNo)
            .bind(QStringLiteral(":kind"), StatementLine::kindKey(l.kind))
            .bind(QStringLiteral(":doc"), l.documentId)
            .bind(QStringLiteral(":doc_line"), l.documentLine)
            .bind(QStringLiteral(":product"), l.productId)
            .bind(QStringLiteral(":qty"), l.quantity.milli())
            .bind(QStringLiteral(":amount"), l.amount.tyiyn())
            .bind(QStringLiteral(":bp"), l.commissionBp)
            .bind(QStringLiteral(":commission"), l.commission.tyiyn());
        if (auto done = line.exec(); !done)
            return done.error();
    }
    const QJsonObject audit{{QStringLiteral("statement_id"), s.id},
                            {QStringLiteral("number"), s.number},
                            {QStringLiteral("producer_id"), producerId},
                            {QStringLiteral("producer"), s.producerCode},
                            {QStringLiteral("from"), from.toString(Qt::ISODate)},
                            {QStringLiteral("to"), to.toString(Qt::ISODate)},
                            {QStringLiteral("lines"), int(s.lines.size())},
                            {QStringLiteral("gross"), s.gross.tyiyn()},
                            {QStringLiteral("returns"), s.returns.tyiyn()},
                            {QStringLiteral("commission"), s.commission.tyiyn()},
                            {QStringLiteral("owed"), s.owed.tyiyn()}};
    if (auto done = AuditLog(m_db).append(&actor, QStringLiteral("producer.statement"), audit); !done)
        return done.error();
    if (auto done = unit.commit(); !done)
        return done.error();
    return find(actor, s.id);
}

Result<QList<Statement>>
StatementService::select(const QString& where, const QList<std::pair<QString, QVariant>>& binds, bool withLines) const
{
    SqlQuery q(m_db.sql(), HeadSql + where + QStringLiteral(" ORDER BY st.seq DESC"));
    for (const auto& [name, value] : binds)
        q.bind(name, value);
    if (auto done = q.exec(); !done)
        return done.error();
    QList<Statement> out;
    while (q.next()) {
        Statement s;
        s.id = q.value(0).toString();
        s.number = q.value(1).toString();
        s.producerId = q.value(2).toString();
        s.producerCode = q.value(3).toString();
        s.producerName = q.value(4).toString();
        s.village = LocalizedText{q.value(5).toString(), q.value(6).toString(), q.value(7).toString()};
        s.paymentDetails = q.value(8).toString();
        s.from = QDate::fromString(q.value(9).toString(), Qt::ISODate);
        s.to = QDate::fromString(q.value(10).toString(), Qt::ISODate);
        s.gross = Money::fromTyiyn(q.value(11).toLongLong());
        s.returns = Money::fromTyiyn(q.value(12).toLongLong());
        s.commission = Money::fromTyiyn(q.value(13).toLongLong());
        s.owed = Money::fromTyiyn(q.value(14).toLongLong());
        s.language = q.value(15).toString();
        s.at = localTime(q.value(16));
        s.userName = q.value(17).toString();
        s.payoutNumber = q.value(18).toString();
        s.paid = Money::fromTyiyn(q.value(19).toLongLong());
        out << s;
    }
    if (auto done = q.finished(); !done)
        return done.error();
    if (!withLines)
        return out;
    SqlQuery lines(m_db.sql(), LinesSql);
    for (Statement& s : out) {
        lines.bind(QStringLiteral(":id"), s.id);
        if (auto done = lines.exec(); !done)
            return done.error();
        while (lines.next()) {
            StatementLine l;
            l.lineNo = lines.value(0).toInt();
            l.kind = lines.value(1).toString() == QLatin1String("sale") ? StatementLine::Kind::Sale
                                                                        : StatementLine::Kind::Return;
            l.documentId = lines.value(2).toString();
            l.documentLine = lines.value(3).toInt();
            l.productId = lines.value(4).toString();
            l.quantity = Quantity::fromMilli(lines.value(5).toLongLong());
            l.amount = Money::fromTyiyn(lines.value(6).toLongLong());
            l.commissionBp = lines.value(7).toInt();
            l.commission = Money::fromTyiyn(lines.value(8).toLongLong());
            l.sku = lines.value(9).toString();
            l.name = LocalizedText{lines.value(10).toString(), lines.value(11).toString(), lines.value(12).toString()};
            l.saleReceipt = lines.value(13).toString();
            l.returnReceipt = lines.value(14).toString();
            l.at = localTime(lines.value(15));
            s.lines << l;
        }
        if (auto done = lines.finished(); !done)
            return done.error();
    }
    return out;
}

Result<Statement> StatementService::find(const Session& actor, const QString& idOrNumber) const
{
    if (!actor.can(Permission::PayProducers))
        return Roles::refusal(Permission::PayProducers);
    auto found = select(QStringLiteral("WHERE st.id = :key OR st.number = :key"),
                        {{QStringLiteral(":key"), idOrNumber.trimmed()}}, true);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error{tr("There is no statement %1.").arg(idOrNumber.trimmed()), {}, {}, ErrorKind::NotFound};
    return found->first();
}

Result<QList<Statement>> StatementService::list(const Session& actor, const QString& producerId) const
{
    if (!actor.can(Permission::PayProducers))
        return Roles::refusal(Permission::PayProducers);
    if (producerId.isEmpty())
        return select({}, {}, false);
    return select(QStringLiteral("WHERE st.producer_id = :producer"), {{QStringLiteral(":producer"), producerId}},
                  false);
}

Result<std::optional<Statement>> StatementService::findPeriod(const Session& actor, const QString& producerId,
                                                              const QDate& from, const QDate& to) const
{
    if (!actor.can(Permission::PayProducers))
        return Roles::refusal(Permission::PayProducers);
    auto found = select(QStringLiteral("WHERE st.producer_id = :producer AND st.period_from = :from AND "
                                       "st.period_to = :to"),
                        {{QStringLiteral(":producer"), producerId},
                         {QStringLiteral(":from"), from.toString(Qt::ISODate)},
                         {QStringLiteral(":to"), to.toString(Qt::ISODate)}},
                        true);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<Statement>();
    return std::optional<Statement>(found->first());
}

Result<Money> StatementService::unsettled(const Session& actor, const QString& producerId) const
{
    if (!actor.can(Permission::PayProducers))
        return Roles::refusal(Permission::PayProducers);
    const QDate today = m_db.now().toLocalTime().date();
    auto pending = collect(producerId, QDate(2000, 1, 1), today, false);
    if (!pending)
        return pending.error();
    return pending->owed;
}

} // namespace ovop
