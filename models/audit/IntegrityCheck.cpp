// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "models/audit/IntegrityCheck.h"

#include "models/audit/AuditLog.h"
#include "models/audit/AuditProtection.h"
#include "models/reports/ProducerRollup.h"
#include "models/reports/ProductRollup.h"
#include "models/reports/SalesRollup.h"
#include "models/sales/SalesCheck.h"
#include "models/sales/ShiftService.h"
#include "models/stock/StockLedger.h"
#include "models/store/Database.h"
#include "models/store/Sql.h"

namespace ovop {

const std::vector<IntegrityStep>& integritySteps()
{
    static const std::vector<IntegrityStep> steps = {
        {QStringLiteral("sqlite"), &IntegrityCheck::sqliteIntegrity},
        {QStringLiteral("foreign-keys"), &IntegrityCheck::foreignKeys},
        {QStringLiteral("audit"), &IntegrityCheck::auditChain},
        {QStringLiteral("audit-protection"), [](Database& db) { return AuditProtection::triggerProblems(db.sql()); }},
        {QStringLiteral("audit-witnesses"), &AuditProtection::witnessProblems},
        {QStringLiteral("stock-levels"), &IntegrityCheck::stockLevels},
        {QStringLiteral("stock-documents"), &IntegrityCheck::stockDocuments},
        {QStringLiteral("sale-totals"), &SalesCheck::totals},
        {QStringLiteral("sale-movements"), &SalesCheck::movements},
        {QStringLiteral("receipt-numbers"), &SalesCheck::receiptNumbers},
        {QStringLiteral("shift-cash"), &IntegrityCheck::shiftCash},
        {QStringLiteral("sales-rollup"), &IntegrityCheck::salesRollup},
        {QStringLiteral("producer-rollup"), &IntegrityCheck::producerRollup},
        {QStringLiteral("product-rollup"), &IntegrityCheck::productRollup},
    };
    return steps;
}

QStringList checkIntegrity(Database& db, const std::vector<IntegrityStep>& steps)
{
    QStringList problems;
    for (const IntegrityStep& step : steps)
        problems << step.run(db);
    return problems;
}

namespace {

// The problems a step found, or when it could not look, why (cannotLook has %1 for the reason).
QStringList listed(const Result<QStringList>& problems, const QString& cannotLook)
{
    if (!problems)
        return {cannotLook.arg(problems.message())};
    return problems.value();
}

} // namespace

QStringList IntegrityCheck::sqliteIntegrity(Database& db)
{
    SqlQuery q(db.sql(), QStringLiteral("PRAGMA integrity_check"));
    if (auto s = q.exec(); !s)
        return {tr("The database file is damaged and cannot be checked: %1 Restore it from a backup.")
                    .arg(s.error().detail)};
    QStringList problems;
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << tr("The database file is damaged: %1. Restore it from a backup.").arg(line);
    }
    if (auto done = q.finished(); !done)
        problems << tr("The database file is damaged and cannot be checked: %1 Restore it from a backup.")
                        .arg(done.error().detail);
    return problems;
}

QStringList IntegrityCheck::foreignKeys(Database& db)
{
    SqlQuery q(db.sql(), QStringLiteral("PRAGMA foreign_key_check"));
    if (auto s = q.exec(); !s)
        return {tr("The links between records cannot be checked: %1").arg(s.error().detail)};
    QStringList problems;
    while (q.next())
        problems << tr("Record %1 of table %2 refers to a record of table %3 that does not exist.")
                        .arg(q.value(1).toString(), q.value(0).toString(), q.value(2).toString());
    if (auto done = q.finished(); !done)
        problems << tr("The links between records cannot be checked: %1").arg(done.error().detail);
    return problems;
}

QStringList IntegrityCheck::auditChain(Database& db)
{
    return AuditLog(db).verify().problems;
}

QStringList IntegrityCheck::stockLevels(Database& db)
{
    return listed(StockLedger(db).levelProblems(), tr("The stock levels cannot be compared with the ledger: %1"));
}

QStringList IntegrityCheck::stockDocuments(Database& db)
{
    return listed(StockLedger(db).documentProblems(), tr("The stock movements' documents cannot be checked: %1"));
}

QStringList IntegrityCheck::salesRollup(Database& db)
{
    return listed(SalesRollup(db.sql()).problems(),
                  tr("The sales figures kept for the reports cannot be compared with the ledger: %1"));
}

QStringList IntegrityCheck::producerRollup(Database& db)
{
    return listed(ProducerRollup(db.sql()).problems(),
                  tr("The producers' money kept for the reports cannot be compared with the ledger: %1"));
}

QStringList IntegrityCheck::shiftCash(Database& db)
{
    return listed(ShiftService(db).problems(), tr("The Z reports cannot be compared with their shifts: %1"));
}

QStringList IntegrityCheck::productRollup(Database& db)
{
    return listed(ProductRollup(db.sql()).problems(),
                  tr("The products' sales kept for the reports cannot be compared with the ledger: %1"));
}

} // namespace ovop
