// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "models/reports/ProducerMoneyReport.h"

#include "models/people/Session.h"
#include "models/reports/ReportSql.h"
#include "models/store/Database.h"

namespace ovop {

namespace {

// The parts (producer, sold, returned, commission, owed, paid, purchased) of the period. The sale
// and return lines come from the producers' daily figures (producer_rollup, see ProducerRollup),
// added up per producer and statement: whether the producer sells on consignment and whether the
// statement is paid are decided here, as of now.
QString partsSql(const ReportScope& scope)
{
    const QString consignment = QStringLiteral("pr.terms = 'consignment'");
    const QString kept =
        QStringLiteral("SELECT k.producer, k.statement, sum(k.sold) AS sold, sum(k.returned) AS returned, "
                       "sum(k.commission) AS commission FROM producer_rollup k WHERE k.day BETWEEN :first_day AND "
                       ":last_day") +
        reportsql::rollupShopFilter(scope, QStringLiteral("k")) + QStringLiteral(" GROUP BY k.producer, k.statement");
    const QString lines =
        QStringLiteral("SELECT kp.key AS pid, g.sold AS sold, g.returned AS returned, CASE WHEN %1 THEN "
                       "g.commission ELSE 0 END AS commission, CASE WHEN %1 AND pay.id IS NULL THEN g.sold - "
                       "g.returned - g.commission ELSE 0 END AS owed, 0 AS paid, 0 AS purchased FROM (%2) g JOIN "
                       "report_keys kp ON kp.id = g.producer JOIN producers pr ON pr.id = kp.key JOIN report_keys "
                       "kx ON kx.id = g.statement LEFT JOIN payouts pay ON pay.statement_id = kx.key")
            .arg(consignment, kept);
    const QString payouts = QStringLiteral("SELECT pay.producer_id, 0, 0, 0, 0, pay.amount, 0 FROM payouts pay "
                                           "WHERE pay.at >= :begin AND pay.at < :end") +
                            reportsql::shopFilter(scope, QStringLiteral("pay"));
    const QString purchases =
        QStringLiteral("SELECT rc.producer_id, 0, 0, 0, 0, 0, rc.cost_total FROM receivings rc WHERE rc.terms = "
                       "'purchase' AND rc.received_on >= :from_day AND rc.received_on <= :to_day") +
        reportsql::shopFilter(scope, QStringLiteral("rc"));
    return lines + QStringLiteral(" UNION ALL ") + payouts + QStringLiteral(" UNION ALL ") + purchases;
}

} // namespace

ProducerMoneyReport::ProducerMoneyReport(Database& db) : m_db(db) {}

QString ProducerMoneyReport::sql(const ReportScope& scope)
{
    return QStringLiteral("WITH grouped AS (SELECT pid, sum(sold) AS sold, sum(returned) AS returned, "
                          "sum(commission) AS commission, sum(owed) AS owed, sum(paid) AS paid, "
                          "sum(purchased) AS purchased FROM (") +
           partsSql(scope) +
           QStringLiteral(") GROUP BY pid) SELECT pr.id, pr.code, pr.name, pr.terms, pr.women_led, "
                          "pr.members, pr.women, pr.last_visit_date, pr.materials_and_dyes, "
                          "pr.environmental_practice, v.id, v.name_ky, v.name_ru, v.name_en, o.code, "
                          "o.name_ky, o.name_ru, o.name_en, g.sold, g.returned, g.commission, g.owed, "
                          "g.paid, g.purchased FROM grouped g JOIN producers pr ON pr.id = g.pid "
                          "LEFT JOIN villages v ON v.id = pr.village_id LEFT JOIN oblasts o ON "
                          "o.id = v.oblast_id ORDER BY pr.code");
}

Result<ProducerMoney> ProducerMoneyReport::build(const Session& actor, const ReportScope& scope) const
{
    if (!actor.can(Permission::ViewReports))
        return Roles::refusal(Permission::ViewReports);
    if (auto checked = ReportScopes::check(scope); !checked)
        return checked.error();
    SqlQuery q(m_db.sql(), sql(scope));
    reportsql::bindScope(q, scope);
    reportsql::bindDays(q, scope);
    reportsql::bindRollup(q, scope);
    if (auto done = q.exec(); !done)
        return done.error();
    ProducerMoney out;
    out.scope = scope;
    while (q.next()) {
        ProducerMoneyRow r;
        r.producerId = q.value(0).toString();
        r.code = q.value(1).toString();
        r.name = q.value(2).toString();
        r.terms = ProducerKinds::termsFromKey(q.value(3).toString()).value_or(Producer::Terms::Consignment);
        r.womenLed = q.value(4).toInt() == 1;
        r.members = q.value(5).toInt();
        r.women = q.value(6).toInt();
        r.lastVisit = QDate::fromString(q.value(7).toString(), Qt::ISODate);
        r.materialsAndDyes = q.value(8).toString();
        r.environmentalPractice = q.value(9).toString();
        r.villageId = q.value(10).toString();
        r.villageName = LocalizedText{q.value(11).toString(), q.value(12).toString(), q.value(13).toString()};
        r.oblastCode = q.value(14).toString();
        r.oblastName = LocalizedText{q.value(15).toString(), q.value(16).toString(), q.value(17).toString()};
        r.sold = Money::fromTyiyn(q.value(18).toLongLong());
        r.returned = Money::fromTyiyn(q.value(19).toLongLong());
        r.commission = Money::fromTyiyn(q.value(20).toLongLong());
        r.owed = Money::fromTyiyn(q.value(21).toLongLong());
        r.paid = Money::fromTyiyn(q.value(22).toLongLong());
        r.purchased = Money::fromTyiyn(q.value(23).toLongLong());
        out.sold += r.sold;
        out.returned += r.returned;
        out.commission += r.commission;
        out.earned += r.earned();
        out.owed += r.owed;
        out.paid += r.paid;
        out.purchased += r.purchased;
        out.rows << r;
    }
    if (auto done = q.finished(); !done)
        return done.error();
    return out;
}

} // namespace ovop
