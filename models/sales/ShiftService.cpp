// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "models/sales/ShiftService.h"

#include <QJsonObject>

#include "models/audit/AuditLog.h"
#include "models/people/Session.h"
#include "models/sales/ShiftRecords.h"
#include "models/store/Database.h"
#include "models/store/Sql.h"

namespace ovop {

using namespace shiftrecords;

namespace {

Error noOpenShift()
{
    return Error{ShiftService::tr("No shift is open on this till: open a shift first.")};
}

} // namespace

ShiftService::ShiftService(Database& db) : m_db(db) {}

Result<std::optional<Shift>> ShiftService::current() const
{
    // This till's shifts are opened one after another: only its newest can be open.
    SqlQuery q(m_db.sql(), ShiftSelect + QStringLiteral("WHERE s.origin_shop = :shop AND s.origin_device = :device "
                                                        "ORDER BY s.number DESC LIMIT 1"));
    q.bind(QStringLiteral(":shop"), SqlQuery::text(m_db.origin().shopCode))
        .bind(QStringLiteral(":device"), SqlQuery::text(m_db.origin().deviceId));
    if (auto done = q.exec(); !done)
        return done.error();
    if (!q.next()) {
        if (auto done = q.finished(); !done)
            return done.error();
        return std::optional<Shift>();
    }
    Shift s = shiftFrom(q);
    return s.open ? std::optional<Shift>(s) : std::optional<Shift>();
}

Result<std::optional<Shift>> ShiftService::currentIn(const Transaction& unit) const
{
    if (!unit.isActive() || !Transaction::isOpen(m_db.sql()))
        qFatal("ShiftService::currentIn runs inside its caller's unit of work");
    return current();
}

Result<Shift> ShiftService::open(const Session& actor, Money openingFloat)
{
    if (!actor.can(Permission::Sell))
        return Roles::refusal(Permission::Sell);
    if (openingFloat.isNegative())
        return Error::ofField(QStringLiteral("float"), tr("The float cannot be less than zero."));
    Transaction unit(m_db.sql());
    if (!unit.isActive())
        return unit.beginError();
    auto current = currentIn(unit);
    if (!current)
        return current.error();
    if (current->has_value())
        return Error{
            tr("Shift %1 is already open on this till: close it before opening another.").arg(current->value().number)};

    SqlQuery next(m_db.sql(), QStringLiteral("SELECT coalesce(max(number), 0) + 1 FROM shifts "
                                             "WHERE origin_shop = :shop AND origin_device = :device"));
    next.bind(QStringLiteral(":shop"), SqlQuery::text(m_db.origin().shopCode))
        .bind(QStringLiteral(":device"), SqlQuery::text(m_db.origin().deviceId));
    if (auto done = next.exec(); !done)
        return done.error();
    Shift s;
    s.id = m_db.newId();
    s.number = next.next() ? next.value(0).toInt() : 1;
    s.openedAt = m_db.now();
    s.openedBy = actor.userName;
    s.openingFloat = openingFloat;
    s.originShop = m_db.origin().shopCode;
    s.originDevice = m_db.origin().deviceId;
    const QString at = storedTime(s.openedAt);

    SqlQuery insert(m_db.sql(), QStringLiteral("INSERT INTO shifts (id, number, opened_at, opened_by, opening_float, "
                                               "created_at, origin_shop, origin_device) VALUES (:id, :number, :at, "
                                               ":user, :float, :created, :shop, :device)"));
    insert.bind(QStringLiteral(":id"), s.id)
        .bind(QStringLiteral(":number"), s.number)
        .bind(QStringLiteral(":at"), at)
        .bind(QStringLiteral(":user"), actor.userId)
        .bind(QStringLiteral(":float"), s.openingFloat.tyiyn())
        .bind(QStringLiteral(":created"), at)
        .bind(QStringLiteral(":shop"), SqlQuery::text(s.originShop))
        .bind(QStringLiteral(":device"), SqlQuery::text(s.originDevice));
    if (auto done = insert.exec(); !done)
        return done.error();
    const QJsonObject audit{{QStringLiteral("shift_id"), s.id},
                            {QStringLiteral("shift_number"), s.number},
                            {QStringLiteral("opening_float_tyiyn"), s.openingFloat.tyiyn()}};
    if (auto done = AuditLog(m_db).append(&actor, QStringLiteral("shift.open"), audit); !done)
        return done.error();
    if (auto done = unit.commit(); !done)
        return done.error();
    return s;
}

namespace {

// A cash movement into or out of the open shift's drawer, with its audit entry, in one unit.
Status moveCash(Database& db, const Session& actor, bool out, Money amount, const QString& reason)
{
    if (!actor.can(Permission::Sell))
        return Roles::refusal(Permission::Sell);
    if (amount <= Money())
        return Error::ofField(QStringLiteral("amount"), ShiftService::tr("The amount must be more than zero."));
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return Error::ofField(QStringLiteral("reason"),
                              out ? ShiftService::tr("Say why the cash is taken out of the drawer.")
                                  : ShiftService::tr("Say why the cash is put into the drawer."));
    if (why.size() > ShiftService::MaxReasonLength)
        return Error::ofField(QStringLiteral("reason"),
                              ShiftService::tr("The reason is longer than %1 characters; shorten it.")
                                  .arg(ShiftService::MaxReasonLength));

    Transaction unit(db.sql());
    if (!unit.isActive())
        return unit.beginError();
    auto shift = ShiftService(db).currentIn(unit);
    if (!shift)
        return shift.error();
    if (!shift->has_value())
        return noOpenShift();
    const Shift& s = shift->value();
    if (out) {
        // What the drawer holds, read in the same unit so that no sale or refund slips in between.
        const auto totals = computeTotals(db, s.id);
        if (!totals)
            return totals.error();
        if (amount > totals->expectedCash)
            return Error::ofField(QStringLiteral("amount"),
                                  ShiftService::tr("Only %1 is expected in the drawer: %2 cannot be taken out.")
                                      .arg(money(totals->expectedCash), money(amount)));
    }

    const QString id = db.newId();
    const QString at = db.storedNow();
    SqlQuery insert(db.sql(), QStringLiteral("INSERT INTO cash_movements (id, shift_id, kind, amount, reason, at, "
                                             "user_id, created_at, origin_shop, origin_device) VALUES (:id, :shift, "
                                             ":kind, :amount, :reason, :at, :user, :created, :shop, :device)"));
    insert.bind(QStringLiteral(":id"), id)
        .bind(QStringLiteral(":shift"), s.id)
        .bind(QStringLiteral(":kind"), out ? QStringLiteral("out") : QStringLiteral("in"))
        .bind(QStringLiteral(":amount"), amount.tyiyn())
        .bind(QStringLiteral(":reason"), why)
        .bind(QStringLiteral(":at"), at)
        .bind(QStringLiteral(":user"), actor.userId)
        .bind(QStringLiteral(":created"), at)
        .bind(QStringLiteral(":shop"), SqlQuery::text(db.origin().shopCode))
        .bind(QStringLiteral(":device"), SqlQuery::text(db.origin().deviceId));
    if (auto done = insert.exec(); !done)
        return done.error();
    const QJsonObject audit{{QStringLiteral("shift_id"), s.id},
                            {QStringLiteral("shift_number"), s.number},
                            {QStringLiteral("movement_id"), id},
                            {QStringLiteral("amount_tyiyn"), amount.tyiyn()},
                            {QStringLiteral("reason"), why}};
    if (auto done = AuditLog(db).append(
            &actor, out ? QStringLiteral("shift.cash_out") : QStringLiteral("shift.cash_in"), audit);
        !done)
        return done.error();
    return unit.commit();
}

} // namespace

Status ShiftService::cashIn(const Session& actor, Money amount, const QString& reason)
{
    return moveCash(m_db, actor, false, amount, reason);
}

Status ShiftService::cashOut(const Session& actor, Money amount, const QString& reason)
{
    return moveCash(m_db, actor, true, amount, reason);
}

Result<ShiftTotals> ShiftService::totals() const
{
    auto shift = current();
    if (!shift)
        return shift.error();
    if (!shift->has_value())
        return Error{tr("No shift is open on this till."), {}, {}, ErrorKind::NotFound};
    return computeTotals(m_db, shift->value().id);
}

Result<ShiftTotals> ShiftService::totals(const QString& shiftId) const
{
    return computeTotals(m_db, shiftId);
}

Result<ZReport> ShiftService::close(const Session& actor, const QMap<qint64, int>& counted)
{
    if (!actor.can(Permission::Sell))
        return Roles::refusal(Permission::Sell);
    const QList<qint64> denominations = cashDenominations();
    FieldProblems problems;
    for (auto it = counted.cbegin(); it != counted.cend(); ++it) {
        if (!denominations.contains(it.key()))
            problems << FieldProblem{QStringLiteral("counted"),
                                     tr("%1 is not a note or coin of the som: count notes of 5000 to 20 som and coins "
                                        "of 10, 5, 3 and 1 som and 50 tyiyn.")
                                         .arg(money(Money::fromTyiyn(it.key())))};
        else if (it.value() < 0)
            problems << FieldProblem{
                QStringLiteral("counted"),
                tr("The count of %1 cannot be less than zero.").arg(money(Money::fromTyiyn(it.key())))};
    }
    if (!problems.isEmpty())
        return problems;

    Transaction unit(m_db.sql());
    if (!unit.isActive())
        return unit.beginError();
    auto shift = currentIn(unit);
    if (!shift)
        return shift.error();
    if (!shift->has_value())
        return noOpenShift();
    const Shift& s = shift->value();
    auto totals = computeTotals(m_db, s.id);
    if (!totals)
        return totals.error();

    SqlQuery next(m_db.sql(), QStringLiteral("SELECT coalesce(max(z_number), 0) + 1 FROM z_reports "
                                             "WHERE origin_shop = :shop AND origin_device = :device"));
    next.bind(QStringLiteral(":shop"), SqlQuery::text(m_db.origin().shopCode))
        .bind(QStringLiteral(":device"), SqlQuery::text(m_db.origin().deviceId));
    if (auto done = next.exec(); !done)
        return done.error();
    ZReport z;
    z.id = m_db.newId();
    z.zNumber = next.next() ? next.value(0).toInt() : 1;
    z.totals = totals.value();
    z.counted = counted;
    z.countedCash = countedCashOf(counted);
    z.difference = z.countedCash - z.totals.expectedCash;
    z.closedAt = m_db.now();
    z.closedBy = actor.userName;
    z.originShop = m_db.origin().shopCode;
    z.originDevice = m_db.origin().deviceId;
    const QString at = storedTime(z.closedAt);

    SqlQuery insert(
        m_db.sql(),
        QStringLiteral("INSERT INTO z_reports (id, shift_id, z_number, closed_at, closed_by, expected_cash, "
                       "counted_cash, difference, counts, totals, created_at, origin_shop, origin_device) "
                       "VALUES (:id, :shift, :z, :at, :user, :expected, :counted, :difference, :counts, "
                       ":totals, :created, :shop, :device)"));
    insert.bind(QStringLiteral(":id"), z.id)
        .bind(QStringLiteral(":shift"), s.id)
        .bind(QStringLiteral(":z"), z.zNumber)
        .bind(QStringLiteral(":at"), at)
        .bind(QStringLiteral(":user"), actor.userId)
        .bind(QStringLiteral(":expected"), z.totals.expectedCash.tyiyn())
        .bind(QStringLiteral(":counted"), z.countedCash.tyiyn())
        .bind(QStringLiteral(":difference"), z.difference.tyiyn())
        .bind(QStringLiteral(":counts"), countsText(counted))
        .bind(QStringLiteral(":totals"), totalsText(z.totals))
        .bind(QStringLiteral(":created"), at)
        .bind(QStringLiteral(":shop"), SqlQuery::text(z.originShop))
        .bind(QStringLiteral(":device"), SqlQuery::text(z.originDevice));
    if (auto done = insert.exec(); !done)
        return done.error();
    const QJsonObject audit{{QStringLiteral("shift_id"), s.id},
                            {QStringLiteral("shift_number"), s.number},
                            {QStringLiteral("z_report_id"), z.id},
                            {QStringLiteral("z_number"), z.zNumber},
                            {QStringLiteral("expected_cash_tyiyn"), z.totals.expectedCash.tyiyn()},
                            {QStringLiteral("counted_cash_tyiyn"), z.countedCash.tyiyn()},
                            {QStringLiteral("difference_tyiyn"), z.difference.tyiyn()}};
    if (auto done = AuditLog(m_db).append(&actor, QStringLiteral("shift.close"), audit); !done)
        return done.error();
    if (auto done = unit.commit(); !done)
        return done.error();
    return z;
}

Result<ZReport> ShiftService::zReport(int zNumber) const
{
    SqlQuery q(m_db.sql(), ZSelect + QStringLiteral("WHERE z.origin_shop = :shop AND z.origin_device = :device "
                                                    "AND z.z_number = :z"));
    q.bind(QStringLiteral(":shop"), SqlQuery::text(m_db.origin().shopCode))
        .bind(QStringLiteral(":device"), SqlQuery::text(m_db.origin().deviceId))
        .bind(QStringLiteral(":z"), zNumber);
    if (auto done = q.exec(); !done)
        return done.error();
    if (!q.next()) {
        if (auto done = q.finished(); !done)
            return done.error();
        return Error{tr("There is no Z report %1 on this till.").arg(zNumber), {}, {}, ErrorKind::NotFound};
    }
    return zReportFrom(q);
}

Result<QList<Shift>> ShiftService::list() const
{
    SqlQuery q(m_db.sql(), ShiftSelect + QStringLiteral("WHERE s.origin_shop = :shop AND s.origin_device = :device "
                                                        "ORDER BY s.number DESC"));
    q.bind(QStringLiteral(":shop"), SqlQuery::text(m_db.origin().shopCode))
        .bind(QStringLiteral(":device"), SqlQuery::text(m_db.origin().deviceId));
    if (auto done = q.exec(); !done)
        return done.error();
    QList<Shift> out;
    while (q.next())
        out << shiftFrom(q);
    if (auto done = q.finished(); !done)
        return done.error();
    return out;
}

Result<QStringList> ShiftService::problems() const
{
    SqlQuery q(m_db.sql(), ZSelect + QStringLiteral("ORDER BY z.origin_shop, z.origin_device, z.z_number"));
    if (auto done = q.exec(); !done)
        return done.error();
    struct Stored
    {
        ZReport report;
        QString shiftId;
        Money expectedColumn;
    };
    QList<Stored> reports;
    while (q.next())
        reports << Stored{zReportFrom(q), q.value(11).toString(), Money::fromTyiyn(q.value(4).toLongLong())};
    if (auto done = q.finished(); !done)
        return done.error();

    QStringList out;
    for (const Stored& stored : reports) {
        const ZReport& z = stored.report;
        const QString name = tr("Z report %1 of till %2-%3").arg(z.zNumber).arg(z.originShop, z.originDevice);
        auto actual = computeTotals(m_db, stored.shiftId);
        if (!actual) {
            out << tr("%1: its shift cannot be added up: %2").arg(name, actual.message());
            continue;
        }
        const ShiftTotals& a = actual.value();
        const ShiftTotals& s = z.totals;
        auto compare = [&](const QString& what, Money kept, Money real) {
            if (kept != real)
                out << tr("%1: %2 is kept as %3, but the records add up to %4.")
                           .arg(name, what, money(kept), money(real));
        };
        auto compareCount = [&](const QString& what, int kept, int real) {
            if (kept != real)
                out << tr("%1: %2 is kept as %3, but the records count %4.").arg(name, what).arg(kept).arg(real);
        };
        compare(tr("the expected cash"), stored.expectedColumn, a.expectedCash);
        compare(tr("the float"), s.openingFloat, a.openingFloat);
        compare(tr("the cash taken for sales"), s.cashSales, a.cashSales);
        compare(tr("the cash paid back for returns"), s.cashRefunds, a.cashRefunds);
        compare(tr("the cash put in"), s.cashIn, a.cashIn);
        compare(tr("the cash taken out"), s.cashOut, a.cashOut);
        compare(tr("the expected cash in its totals"), s.expectedCash, a.expectedCash);
        compareCount(tr("the number of sales"), s.salesCount, a.salesCount);
        compare(tr("the sales total"), s.salesTotal, a.salesTotal);
        compareCount(tr("the number of returns"), s.returnsCount, a.returnsCount);
        compare(tr("the returns total"), s.returnsTotal, a.returnsTotal);
        compare(tr("the discounts"), s.discountsTotal, a.discountsTotal);
        QStringList methods = s.byMethod.keys() + a.byMethod.keys();
        methods.removeDuplicates();
        for (const QString& method : methods)
            compare(tr("the takings by %1").arg(method), s.byMethod.value(method), a.byMethod.value(method));
        const Money counted = countedCashOf(z.counted);
        if (counted != z.countedCash)
            out << tr("%1: the counted cash is kept as %2, but its count by notes and coins adds up to %3.")
                       .arg(name, money(z.countedCash), money(counted));
    }
    return out;
}

} // namespace ovop
