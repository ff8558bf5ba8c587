// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "models/reports/RollupCheck.h"

#include "models/store/Sql.h"

namespace ovop {

Result<RollupDifferences> rollupDifferences(const QSqlDatabase& db, const QString& ledgerSql, const QString& keptSql,
                                            const QString& orderBy, int limit)
{
    SqlQuery q(db, QStringLiteral("SELECT 0, * FROM (%1 EXCEPT %2) UNION ALL SELECT 1, * FROM (%2 EXCEPT %1) "
                                  "ORDER BY %3 LIMIT %4")
                       .arg(ledgerSql, keptSql, orderBy)
                       .arg(limit + 1));
    if (auto done = q.exec(); !done)
        return done.error();
    RollupDifferences out;
    while (q.next()) {
        if (out.rows.size() == limit) {
            out.more = true;
            break;
        }
        RollupDifference d;
        d.fromLedger = q.value(0).toInt() == 0;
        for (int column = 1; column <= 4; ++column)
            d.key << q.value(column).toString();
        out.rows << d;
    }
    if (auto done = q.finished(); !done)
        return done.error();
    return out;
}

} // namespace ovop
