// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "models/payouts/PayoutService.h"

#include <QJsonObject>

#include "models/audit/AuditLog.h"
#include "models/core/Language.h"
#include "models/payouts/StatementService.h"
#include "models/people/Session.h"
#include "models/sales/ShiftRecords.h"
#include "models/sales/ShiftService.h"
#include "models/stock/DocumentNumbers.h"
#include "models/store/Database.h"
#include "models/store/Sql.h"

namespace ovop {

QString Payout::methodKey(Method method)
{
    switch (method) {
    case Method::Bank:
        return QStringLiteral("bank");
    case Method::Wallet:
        return QStringLiteral("wallet");
    case Method::Cash:
        break;
    }
    return QStringLiteral("cash");
}

std::optional<Payout::Method> Payout::methodFromKey(const QString& key)
{
    for (Method m : {Method::Cash, Method::Bank, Method::Wallet})
        if (methodKey(m) == key.trimmed().toLower())
            return m;
    return std::nullopt;
}

namespace {

const QString PayoutSelect = QStringLiteral(
    "SELECT pay.id, pay.number, pay.statement_id, st.number, pay.producer_id, p.name, pay.amount, pay.method, "
    "pay.reference, coalesce(pay.cash_movement_id, ''), pay.at, coalesce(u.name, '') FROM payouts pay "
    "JOIN statements st ON st.id = pay.statement_id JOIN producers p ON p.id = pay.producer_id "
    "LEFT JOIN users u ON u.id = pay.user_id ");

Payout payoutFrom(const SqlQuery& q)
{
    Payout p;
    p.id = q.value(0).toString();
    p.number = q.value(1).toString();
    p.statementId = q.value(2).toString();
    p.statementNumber = q.value(3).toString();
    p.producerId = q.value(4).toString();
    p.producerName = q.value(5).toString();
    p.amount = Money::fromTyiyn(q.value(6).toLongLong());
    p.method = Payout::methodFromKey(q.value(7).toString()).value_or(Payout::Method::Cash);
    p.reference = q.value(8).toString();
    p.cashMovementId = q.value(9).toString();
    p.at = QDateTime::fromString(q.value(10).toString(), Qt::ISODateWithMs).toLocalTime();
    p.userName = q.value(11).toString();
    return p;
}

} // namespace

PayoutService::PayoutService(Database& db) : m_db(db) {}

Result<Payout> PayoutService::pay(const Session& actor, const QString& statementIdOrNumber, Payout::Method method,
                                  const QString& reference)
{
    if (!actor.can(Permission::PayProducers))
        return Roles::refusal(Permission::PayProducers);
    const QString ref = reference.trimmed();
    if (method != Payout::Method::Cash && ref.isEmpty())
        return Error::ofField(QStringLiteral("reference"),
                              method == Payout::Method::Bank
                                  ? tr("Give the bank transfer's reference, as the bank's receipt shows it.")
                                  : tr("Give the wallet transfer's reference, as the wallet's receipt shows it."));
    if (ref.size() > MaxReferenceLength)
        return Error::ofField(QStringLiteral("reference"),
                              tr("The reference is longer than %1 characters; shorten it.").arg(MaxReferenceLength));

    Transaction unit(m_db.sql());
    if (!unit.isActive())
        return unit.beginError();
    // The statement and whether it was paid, read inside the unit: two computers paying the same
    // statement at once cannot both pay it.
    auto statement = StatementService(m_db).find(actor, statementIdOrNumber);
    if (!statement)
        return statement.error();
    const Statement& s = statement.value();
    const QString language = actor.language;
    if (s.isPaid())
        return Error{tr("Statement %1 was paid already with payout %2 (%3): it cannot be paid twice.")
                         .arg(s.number, s.payoutNumber, s.paid.format(language)),
                     {},
                     {},
                     ErrorKind::Conflict};
    if (s.owed <= Money())
        return Error{s.owed.isZero()
                         ? tr("Statement %1 owes %2 nothing: there is nothing to pay.").arg(s.number, s.producerName)
                         : tr("On statement %1 the returns outweigh the sales: %2 owes the shop %3, there is nothing "
                              "to pay.")
                               .arg(s.number, s.producerName, (-s.owed).format(language))};

    Payout p;
    p.id = m_db.newId();
    p.statementId = s.id;
    p.statementNumber = s.number;
    p.producerId = s.producerId;
    p.producerName = s.producerName;
    p.amount = s.owed;
    p.method = method;
    p.reference = ref;
    p.at = m_db.now();
    p.userName = actor.userName;
    auto number = DocumentNumbers::take(m_db, unit, DocumentNumbers::Kind::Payout, p.id);
    if (!number)
        return number.error();
    p.number = number.value();
    const QString at = m_db.storedNow();

    QString shiftId;
    if (method == Payout::Method::Cash) {
        auto shift = ShiftService(m_db).currentIn(unit);
        if (!shift)
            return shift.error();
        if (!shift->has_value())
            return Error{tr("A cash payout comes out of the drawer: open a shift on this till first, or pay by bank "
                            "or wallet.")};
        shiftId = shift->value().id;
        const auto totals = shiftrecords::computeTotals(m_db, shiftId);
        if (!totals)
            return totals.error();
        if (p.amount > totals->expectedCash)
            return Error{tr("Only %1 is expected in the drawer: %2 for %3 cannot be paid in cash.")
                             .arg(totals->expectedCash.format(language), p.amount.format(language), s.producerName)};
        p.cashMovementId = m_db.newId();
        SqlQuery cash(m_db.sql(),
                      QStringLiteral("INSERT INTO cash_movements (id, shift_id, kind, amount, reason, at, user_id, "
                                     "created_at, origin_shop, origin_device) VALUES (:id, :shift, 'out', :amount, "
                                     ":reason, :at, :user, :at, :shop, :device)"));
        cash.bind(QStringLiteral(":id"), p.cashMovementId)
            .bind(QStringLiteral(":shift"), shiftId)
            .bind(QStringLiteral(":amount"), p.amount.tyiyn())
            .bind(QStringLiteral(":reason"),
                  tr("Payout %1 to %2 for statement %3").arg(p.number, s.producerName, s.number))
            .bind(QStringLiteral(":at"), at)
            .bind(QStringLiteral(":user"), actor.userId)
            .bind(QStringLiteral(":shop"), SqlQuery::text(m_db.origin().shopCode))
            .bind(QStringLiteral(":device"), SqlQuery::text(m_db.origin().deviceId));
        if (auto done = cash.exec(); !done)
            return done.error();
    }

    SqlQuery insert(m_db.sql(),
                    QStringLiteral("INSERT INTO payouts (id, number, statement_id, producer_id, amount, method, "
                                   "reference, cash_movement_id, at, user_id, created_at, origin_shop, origin_device) "
                                   "VALUES (:id, :number, :statement, :producer, :amount, :method, :ref, :cash, :at, "
                                   ":user, :at, :shop, :device)"));
    insert.bind(QStringLiteral(":id"), p.id)
        .bind(QStringLiteral(":number"), p.number)
        .bind(QStringLiteral(":statement"), p.statementId)
        .bind(QStringLiteral(":producer"), p.producerId)
        .bind(QStringLiteral(":amount"), p.amount.tyiyn())
        .bind(QStringLiteral(":method"), Payout::methodKey(method))
        .bind(QStringLiteral(":ref"), SqlQuery::text(ref))
        .bind(QStringLiteral(":cash"), p.cashMovementId.isEmpty() ? QVariant() : QVariant(p.cashMovementId))
        .bind(QStringLiteral(":at"), at)
        .bind(QStringLiteral(":user"), actor.userId)
        .bind(QStringLiteral(":shop"), SqlQuery::text(m_db.origin().shopCode))
        .bind(QStringLiteral(":device"), SqlQuery::text(m_db.origin().deviceId));
    if (auto done = insert.exec(); !done)
        return done.error();
    QJsonObject audit{
        {QStringLiteral("payout_id"), p.id},           {QStringLiteral("number"), p.number},
        {QStringLiteral("statement_id"), s.id},        {QStringLiteral("statement"), s.number},
        {QStringLiteral("producer_id"), s.producerId}, {QStringLiteral("producer"), s.producerCode},
        {QStringLiteral("amount"), p.amount.tyiyn()},  {QStringLiteral("method"), Payout::methodKey(method)}};
    if (!ref.isEmpty())
        audit.insert(QStringLiteral("reference"), ref);
    if (!shiftId.isEmpty()) {
        audit.insert(QStringLiteral("shift_id"), shiftId);
        audit.insert(QStringLiteral("movement_id"), p.cashMovementId);
    }
    if (auto done = AuditLog(m_db).append(&actor, QStringLiteral("producer.payout"), audit); !done)
        return done.error();
    if (auto done = unit.commit(); !done)
        return done.error();
    return p;
}

Result<std::optional<Payout>> PayoutService::ofStatement(const Session& actor, const QString& statementId) const
{
    if (!actor.can(Permission::PayProducers))
        return Roles::refusal(Permission::PayProducers);
    SqlQuery q(m_db.sql(), PayoutSelect + QStringLiteral("WHERE pay.statement_id = :id"));
    q.bind(QStringLiteral(":id"), statementId);
    if (auto done = q.exec(); !done)
        return done.error();
    if (!q.next()) {
        if (auto done = q.finished(); !done)
            return done.error();
        return std::optional<Payout>();
    }
    return std::optional<Payout>(payoutFrom(q));
}

Result<QList<Payout>> PayoutService::list(const Session& actor, const QString& producerId) const
{
    if (!actor.can(Permission::PayProducers))
        return Roles::refusal(Permission::PayProducers);
    SqlQuery q(m_db.sql(),
               PayoutSelect +
                   (producerId.isEmpty() ? QString() : QStringLiteral("WHERE pay.producer_id = :producer ")) +
                   QStringLiteral("ORDER BY pay.seq DESC"));
    if (!producerId.isEmpty())
        q.bind(QStringLiteral(":producer"), producerId);
    if (auto done = q.exec(); !done)
        return done.error();
    QList<Payout> out;
    while (q.next())
        out << payoutFrom(q);
    if (auto done = q.finished(); !done)
        return done.error();
    return out;
}

} // namespace ovop
