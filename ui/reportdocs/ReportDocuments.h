// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include "models/core/Result.h"
#include "models/reports/ImpactReport.h"
#include "models/reports/ProducerMoneyReport.h"
#include "models/reports/SalesReport.h"
#include "models/reports/SalesSeries.h"
#include "models/reports/StockReport.h"
#include "models/store/FileGuard.h"

class QPrinter;

namespace ovop::ui {

// The reports on A4 pages, in ky, ru or en, figures as the core computed them: a heading (report,
// shops, period, when made), the headline figures, the charts of the dashboard (Qt Charts, drawn as
// vectors) and the tables, their header repeated on every page. Each report as PDF bytes, as a PDF
// file written whole or not at all (an existing file only with Overwrite::Allow), or on a printer.
// Charts are widgets' graphics: a QApplication must exist.
namespace ReportDocuments {

// The period's sales: the summary (sales, discounts, returns, taxes by rate), the sales over time
// as a line (series; left out when it has no points) and each breakdown as a chart (bars; a pie for
// payment methods; a breakdown by day is the line) with its table.
Result<QByteArray> salesPdf(const SalesSummary& summary, const QList<SalesBreakdown>& breakdowns,
                            const SalesSeries& series, const QString& language);
Status writeSalesPdf(const QString& path, const SalesSummary& summary, const QList<SalesBreakdown>& breakdowns,
                     const SalesSeries& series, const QString& language, Overwrite overwrite = Overwrite::Refuse);
Status printSales(QPrinter* printer, const SalesSummary& summary, const QList<SalesBreakdown>& breakdowns,
                  const SalesSeries& series, const QString& language);

// The stock on hand and its value, by category (bars and table) and by producer (table).
Result<QByteArray> stockPdf(const StockValue& stock, const QString& language);
Status writeStockPdf(const QString& path, const StockValue& stock, const QString& language,
                     Overwrite overwrite = Overwrite::Refuse);
Status printStock(QPrinter* printer, const StockValue& stock, const QString& language);

// What the producers earned, are owed and were paid in the period, per producer.
Result<QByteArray> producersPdf(const ProducerMoney& money, const QString& language);
Status writeProducersPdf(const QString& path, const ProducerMoney& money, const QString& language,
                         Overwrite overwrite = Overwrite::Refuse);
Status printProducers(QPrinter* printer, const ProducerMoney& money, const QString& language);

// The impact report: money paid and owed to producers, producers, villages and oblasts reached
// (chart and table by oblast), the shares of the sales from women-led producers, women members and
// producers whose working-conditions visit is current (chart), the overdue producers with their
// sales, and the materials and environmental practice on record per producer.
Result<QByteArray> impactPdf(const Impact& impact, const QString& language);
Status writeImpactPdf(const QString& path, const Impact& impact, const QString& language,
                      Overwrite overwrite = Overwrite::Refuse);
Status printImpact(QPrinter* printer, const Impact& impact, const QString& language);

} // namespace ReportDocuments

} // namespace ovop::ui
