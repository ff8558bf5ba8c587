// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "models/reports/ReportsSchema.h"

#include "models/store/Sql.h"

namespace ovop {

QStringList reportIndexNames()
{
    return {QStringLiteral("sales_shop_at"), QStringLiteral("returns_at"), QStringLiteral("returns_shop_at"),
            QStringLiteral("payouts_at"), QStringLiteral("receivings_received_on")};
}

Status createReportIndexes(const MigrationContext& context)
{
    return SqlQuery::execAll(context.db,
                             {
                                 QStringLiteral("CREATE INDEX sales_shop_at ON sales(origin_shop, at)"),
                                 QStringLiteral("CREATE INDEX returns_at ON returns(at)"),
                                 QStringLiteral("CREATE INDEX returns_shop_at ON returns(origin_shop, at)"),
                                 QStringLiteral("CREATE INDEX payouts_at ON payouts(at)"),
                                 QStringLiteral("CREATE INDEX receivings_received_on ON receivings(received_on)"),
                             });
}

} // namespace ovop
