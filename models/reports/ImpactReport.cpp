// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "models/reports/ImpactReport.h"

#include <algorithm>
#include <map>
#include <set>

#include "models/people/Session.h"
#include "models/reports/SalesReport.h"
#include "models/store/Database.h"

namespace ovop {

namespace {

double shareOf(double part, Money whole)
{
    return whole.tyiyn() == 0 ? 0.0 : part / double(whole.tyiyn());
}

} // namespace

ImpactReport::ImpactReport(Database& db) : m_db(db) {}

Result<Impact> ImpactReport::build(const Session& actor, const ReportScope& scope) const
{
    auto summary = SalesReport(m_db).summary(actor, scope);
    if (!summary)
        return summary.error();
    auto money = ProducerMoneyReport(m_db).build(actor, scope);
    if (!money)
        return money.error();
    return compute(scope, m_db.now().date(), summary->net(), money.value());
}

Impact ImpactReport::compute(const ReportScope& scope, const QDate& asOf, Money salesTotal, const ProducerMoney& money)
{
    Impact out;
    out.scope = scope;
    out.asOf = asOf;
    out.salesTotal = salesTotal;
    out.paidToProducers = money.paid + money.purchased;
    out.owedToProducers = money.owed;
    std::set<QString> villages;
    std::set<QString> oblasts;
    std::map<QString, OblastImpact> byOblast;
    std::map<QString, std::set<QString>> oblastVillages;
    double womenMembers = 0;
    Money materials;
    Money environment;
    for (const ProducerMoneyRow& r : money.rows) {
        if (r.sold.isZero())
            continue; // paid or received from, but nothing of theirs sold in the period
        out.producers << r;
        villages.insert(r.villageId);
        oblasts.insert(r.oblastCode);
        OblastImpact& o = byOblast[r.oblastCode];
        o.oblastCode = r.oblastCode;
        o.oblastName = r.oblastName;
        o.amount += r.net();
        o.producers += 1;
        oblastVillages[r.oblastCode].insert(r.villageId);
        if (r.womenLed)
            out.womenLedSales += r.net();
        if (r.members > 0)
            womenMembers += double(r.net().tyiyn()) * r.women / r.members;
        Producer register_;
        register_.lastVisitDate = r.lastVisit;
        if (register_.visitOverdue(asOf))
            out.overdueProducers << OverdueProducer{r.code, r.name, r.lastVisit, r.net()};
        else
            out.currentCheckSales += r.net();
        if (!r.materialsAndDyes.trimmed().isEmpty()) {
            out.materialsRecorded += 1;
            materials += r.net();
        }
        if (!r.environmentalPractice.trimmed().isEmpty()) {
            out.environmentRecorded += 1;
            environment += r.net();
        }
    }
    out.producersReached = int(out.producers.size());
    out.villagesReached = int(villages.size());
    out.oblastsReached = int(oblasts.size());
    out.womenLedShare = shareOf(double(out.womenLedSales.tyiyn()), salesTotal);
    out.womenMembersShare = shareOf(womenMembers, salesTotal);
    out.currentCheckShare = shareOf(double(out.currentCheckSales.tyiyn()), salesTotal);
    out.materialsRecordedShare = shareOf(double(materials.tyiyn()), salesTotal);
    out.environmentRecordedShare = shareOf(double(environment.tyiyn()), salesTotal);
    for (auto& [code, o] : byOblast) {
        o.villages = int(oblastVillages[code].size());
        out.byOblast << o;
    }
    std::stable_sort(out.byOblast.begin(), out.byOblast.end(),
                     [](const OblastImpact& a, const OblastImpact& b) { return b.amount < a.amount; });
    std::stable_sort(out.overdueProducers.begin(), out.overdueProducers.end(),
                     [](const OverdueProducer& a, const OverdueProducer& b) { return b.sales < a.sales; });
    return out;
}

} // namespace ovop
