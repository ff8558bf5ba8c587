// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// The reports as CSV files (a header row, then one row per line of the report; amounts in som with
// a dot and two decimals), for the command line and the reports screen alike.
#pragma once

#include "models/io/Csv.h"
#include "models/reports/GroupSales.h"
#include "models/reports/ImpactReport.h"
#include "models/reports/ProducerMoneyReport.h"
#include "models/reports/SalesReport.h"
#include "models/reports/StockReport.h"

namespace ovop::reportcsv {

// "1234.50": som with a dot and two decimals, whatever the language.
QString amount(Money money);

CsvWriter sales(const SalesBreakdown& breakdown);
// The sales and returns listed behind a group: a row per document, or per line in the group for
// the groupings by goods; a return's amount negative, quantities with a dot.
CsvWriter groupSales(const GroupSales& group);
CsvWriter stock(const StockValue& stock);
CsvWriter producers(const ProducerMoney& money, const QString& language);
// The impact's producers reached, one row each, with their oblast, village, record and sales.
CsvWriter impact(const Impact& impact, const QString& language);

} // namespace ovop::reportcsv
