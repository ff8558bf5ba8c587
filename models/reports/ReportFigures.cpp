// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "models/reports/ReportFigures.h"

#include <functional>

#include <QJsonArray>

#include "models/audit/AuditLog.h"
#include "models/people/Session.h"
#include "models/reports/ProducerRollup.h"
#include "models/reports/ProductRollup.h"
#include "models/reports/SalesRollup.h"
#include "models/store/Database.h"
#include "models/store/Sql.h"

namespace ovop {

namespace {

template <typename Rollup> std::function<Result<QStringList>(const QSqlDatabase&)> problemsOf()
{
    return [](const QSqlDatabase& db) { return Rollup(db).problems(); };
}

template <typename Rollup> std::function<Status(const QSqlDatabase&)> rebuildOf()
{
    return [](const QSqlDatabase& db) { return Rollup(db).rebuild(); };
}

struct Kept
{
    QString name; // the check step's
    std::function<Result<QStringList>(const QSqlDatabase&)> problems;
    std::function<Status(const QSqlDatabase&)> rebuild;
};

} // namespace

Result<QStringList> ReportFigures::repair(Database& db, const Session& actor)
{
    if (actor.role != Role::Admin)
        return Error{tr("Only an administrator may make the figures kept for the reports again."),
                     {},
                     {},
                     ErrorKind::Permission};
    const QList<Kept> kept = {
        {QStringLiteral("sales-rollup"), problemsOf<SalesRollup>(), rebuildOf<SalesRollup>()},
        {QStringLiteral("producer-rollup"), problemsOf<ProducerRollup>(), rebuildOf<ProducerRollup>()},
        {QStringLiteral("product-rollup"), problemsOf<ProductRollup>(), rebuildOf<ProductRollup>()},
    };
    Transaction unit(db.sql());
    if (!unit.isActive())
        return unit.beginError();
    QStringList rebuilt;
    for (const Kept& k : kept) {
        auto problems = k.problems(db.sql());
        if (!problems)
            return problems.error();
        if (problems->isEmpty())
            continue;
        if (auto done = k.rebuild(db.sql()); !done)
            return done.error();
        rebuilt << k.name;
    }
    if (rebuilt.isEmpty())
        return rebuilt;
    if (auto done = AuditLog(db).append(&actor, QStringLiteral("reports.rebuild"),
                                        {{QStringLiteral("rebuilt"), QJsonArray::fromStringList(rebuilt)}});
        !done)
        return done.error();
    if (auto done = unit.commit(); !done)
        return done.error();
    return rebuilt;
}

} // namespace ovop
