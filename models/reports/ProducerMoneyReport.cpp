// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "models/reports/ProducerMoneyReport.h"

#include "models/payouts/CommissionService.h"
#include "models/people/Session.h"
#include "models/reports/ReportSql.h"
#include "models/store/Database.h"

namespace ovop {

namespace {

// The parts (producer, sold, returned, commission, owed, paid, purchased) of the period; a
// return's commission and owed count against the producer's sales.
QString partsSql(const ReportScope& scope)
{
    const QString rate = CommissionService::rateSql(QStringLiteral("o"), QStringLiteral("pr"));
    const QString consignment = QStringLiteral("pr.terms = 'consignment'");
    // A line's commission: the statement's when it is on one, else the statements' rule.
    auto commission = [&](const QString& amount) {
        return QStringLiteral("CASE WHEN %1 THEN coalesce(x.commission, %2) ELSE 0 END")
            .arg(consignment, CommissionService::commissionSql(amount, rate));
    };
    auto owed = [&](const QString& amount, const QString& sign) {
        return QStringLiteral("CASE WHEN %1 AND pay.id IS NULL THEN %2(%3 - %4) ELSE 0 END")
            .arg(consignment, sign, amount, commission(amount));
    };
    auto settled = [](const QString& kind, const QString& document, const QString& line) {
        return QStringLiteral(" LEFT JOIN statement_lines x ON x.kind = '%1' AND x.document_id = %2 AND "
                              "x.document_line = %3 LEFT JOIN payouts pay ON pay.statement_id = x.statement_id")
            .arg(kind, document, line);
    };
    const QString sales =
        QStringLiteral("SELECT l.producer_id AS pid, l.amount AS sold, 0 AS returned, %1 AS commission, %2 AS owed, "
                       "0 AS paid, 0 AS purchased FROM sales s JOIN sale_lines l ON l.sale_id = s.id "
                       "JOIN products p ON p.id = l.product_id JOIN producers pr ON pr.id = l.producer_id")
            .arg(commission(QStringLiteral("l.amount")), owed(QStringLiteral("l.amount"), QString())) +
        CommissionService::rateJoinSql(QStringLiteral("l.producer_id"), QStringLiteral("p.category"),
                                       QStringLiteral("o")) +
        settled(QStringLiteral("sale"), QStringLiteral("l.sale_id"), QStringLiteral("l.line_no")) +
        QStringLiteral(" WHERE s.at >= :begin AND s.at < :end") + reportsql::shopFilter(scope, QStringLiteral("s"));
    const QString returns =
        QStringLiteral("SELECT l.producer_id, 0, rl.amount, -(%1), %2, 0, 0 FROM returns r JOIN return_lines rl ON "
                       "rl.return_id = r.id JOIN sale_lines l ON l.sale_id = rl.sale_id AND l.line_no = "
                       "rl.sale_line_no JOIN products p ON p.id = rl.product_id JOIN producers pr ON pr.id = "
                       "l.producer_id")
            .arg(commission(QStringLiteral("rl.amount")), owed(QStringLiteral("rl.amount"), QStringLiteral("-"))) +
        CommissionService::rateJoinSql(QStringLiteral("l.producer_id"), QStringLiteral("p.category"),
                                       QStringLiteral("o")) +
        settled(QStringLiteral("return"), QStringLiteral("rl.return_id"), QStringLiteral("rl.line_no")) +
        QStringLiteral(" WHERE r.at >= :begin AND r.at < :end") + reportsql::shopFilter(scope, QStringLiteral("r"));
    const QString payouts = QStringLiteral("SELECT pay.producer_id, 0, 0, 0, 0, pay.amount, 0 FROM payouts pay "
                                           "WHERE pay.at >= :begin AND pay.at < :end") +
                            reportsql::shopFilter(scope, QStringLiteral("pay"));
    const QString purchases =
        QStringLiteral("SELECT rc.producer_id, 0, 0, 0, 0, 0, rc.cost_total FROM receivings rc WHERE rc.terms = "
                       "'purchase' AND rc.received_on >= :from_day AND rc.received_on <= :to_day") +
        reportsql::shopFilter(scope, QStringLiteral("rc"));
    return sales + QStringLiteral(" UNION ALL ") + returns + QStringLiteral(" UNION ALL ") + payouts +
           QStringLiteral(" UNION ALL ") + purchases;
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
