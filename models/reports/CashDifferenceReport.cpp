// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "models/reports/CashDifferenceReport.h"

#include "models/people/Session.h"
#include "models/reports/ReportSql.h"
#include "models/store/Database.h"

namespace ovop {

namespace {

QDateTime storedAt(const QVariant& value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

} // namespace

CashDifferenceReport::CashDifferenceReport(Database& db) : m_db(db) {}

Result<CashDifferences> CashDifferenceReport::build(const Session& actor, const ReportScope& scope) const
{
    if (!actor.can(Permission::ViewReports))
        return Roles::refusal(Permission::ViewReports);
    if (auto checked = ReportScopes::check(scope); !checked)
        return checked.error();

    SqlQuery q(m_db.sql(),
               QStringLiteral("SELECT z.shift_id, s.number, z.z_number, z.origin_shop, z.origin_device, s.opened_at, "
                              "z.closed_at, coalesce(uo.name, s.opened_by), coalesce(uc.name, z.closed_by), "
                              "z.expected_cash, z.counted_cash, z.difference FROM z_reports z "
                              "JOIN shifts s ON s.id = z.shift_id LEFT JOIN users uo ON uo.id = s.opened_by "
                              "LEFT JOIN users uc ON uc.id = z.closed_by "
                              "WHERE z.closed_at >= :begin AND z.closed_at < :end") +
                   reportsql::shopFilter(scope, QStringLiteral("z")) +
                   QStringLiteral(" ORDER BY z.closed_at DESC, z.seq DESC"));
    q.raw().setForwardOnly(true);
    reportsql::bindScope(q, scope);
    if (auto done = q.exec(); !done)
        return done.error();
    CashDifferences out;
    out.scope = scope;
    while (q.next()) {
        out.shiftsClosed += 1;
        const Money difference = Money::fromTyiyn(q.value(11).toLongLong());
        if (difference.isZero())
            continue;
        CashDifferenceRow row;
        row.shiftId = q.value(0).toString();
        row.shiftNumber = q.value(1).toInt();
        row.zNumber = q.value(2).toInt();
        row.originShop = q.value(3).toString();
        row.originDevice = q.value(4).toString();
        row.openedAt = storedAt(q.value(5));
        row.closedAt = storedAt(q.value(6));
        row.openedBy = q.value(7).toString();
        row.closedBy = q.value(8).toString();
        row.expectedCash = Money::fromTyiyn(q.value(9).toLongLong());
        row.countedCash = Money::fromTyiyn(q.value(10).toLongLong());
        row.difference = difference;
        out.total += difference;
        if (difference < Money()) {
            out.shortages -= difference;
            out.shortageCount += 1;
        } else {
            out.surpluses += difference;
            out.surplusCount += 1;
        }
        out.rows << row;
    }
    if (auto done = q.finished(); !done)
        return done.error();
    return out;
}

} // namespace ovop
