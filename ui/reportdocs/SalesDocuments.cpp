// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// The sales, stock and producers' money reports on paper.
#include <algorithm>

#include <QChart>
#include <QDateTime>

#include "models/core/Decimal.h"
#include "ui/reportdocs/ReportDocuments.h"
#include "ui/reportdocs/ReportPages.h"
#include "ui/reports/BreakdownCharts.h"

namespace ovop::ui::ReportDocuments {

using namespace reportpaper;

namespace {

QString made(const QString& language)
{
    const QDateTime now = QDateTime::currentDateTime();
    return word(language, QT_TRANSLATE_NOOP("ReportDocuments", "Made on %1 at %2"))
        .arg(day(now.date()), now.time().toString(QStringLiteral("HH:mm")));
}

QStringList headingLines(const ReportScope& scope, const QString& language)
{
    return {shops(scope, language),
            word(language, QT_TRANSLATE_NOOP("ReportDocuments", "Period: %1")).arg(period(scope)), made(language)};
}

QString breakdownTitle(int grouping, const QString& language)
{
    switch (SalesReport::Grouping(grouping)) {
    case SalesReport::Grouping::Day:
        return word(language, QT_TRANSLATE_NOOP("ReportDocuments", "Sales by day"));
    case SalesReport::Grouping::Category:
        return word(language, QT_TRANSLATE_NOOP("ReportDocuments", "Sales by category"));
    case SalesReport::Grouping::Oblast:
        return word(language, QT_TRANSLATE_NOOP("ReportDocuments", "Sales by oblast"));
    case SalesReport::Grouping::Village:
        return word(language, QT_TRANSLATE_NOOP("ReportDocuments", "Sales by village"));
    case SalesReport::Grouping::Producer:
        return word(language, QT_TRANSLATE_NOOP("ReportDocuments", "Sales by producer"));
    case SalesReport::Grouping::Payment:
        return word(language, QT_TRANSLATE_NOOP("ReportDocuments", "Sales by payment method"));
    case SalesReport::Grouping::Cashier:
        return word(language, QT_TRANSLATE_NOOP("ReportDocuments", "Sales by cashier"));
    }
    return {};
}

// A chart of bars tall enough for its bars' names.
qreal barsHeight(qsizetype bars)
{
    return std::clamp<qreal>(22 + 8 * qreal(bars), 50, 110);
}

constexpr int MaxBars = 12;

QString rate(int basisPoints, const QString& language)
{
    return decimal::format(basisPoints, 2, 0, language, false) + QLatin1Char('%');
}

void paintBreakdown(Pages& pages, const SalesBreakdown& b, const QString& language)
{
    const QString title = breakdownTitle(b.grouping, language);
    pages.section(title, 60);
    const bool byDay = SalesReport::Grouping(b.grouping) == SalesReport::Grouping::Day;
    if (!byDay && !b.rows.isEmpty()) {
        if (SalesReport::Grouping(b.grouping) == SalesReport::Grouping::Payment)
            pages.charts({BreakdownCharts::pie(b, title, language, {})}, 80);
        else
            pages.charts({BreakdownCharts::bars(b, title, language, MaxBars, {})},
                         barsHeight(std::min<qsizetype>(b.rows.size(), MaxBars)));
    }
    Table t;
    t.columns = {{word(language, QT_TRANSLATE_NOOP("ReportDocuments", "Name")), 34},
                 {word(language, QT_TRANSLATE_NOOP("ReportDocuments", "Number of sales")), 10, true},
                 {word(language, QT_TRANSLATE_NOOP("ReportDocuments", "Amount")), 19, true},
                 {word(language, QT_TRANSLATE_NOOP("ReportDocuments", "Returns")), 18, true},
                 {word(language, QT_TRANSLATE_NOOP("ReportDocuments", "Net")), 19, true}};
    for (const SalesGroupRow& r : b.rows)
        t.rows << QStringList{r.label, count(r.count, language), r.amount.format(language), r.returns.format(language),
                              r.net().format(language)};
    t.totals << QStringList{word(language, QT_TRANSLATE_NOOP("ReportDocuments", "Total")), count(b.count, language),
                            b.total.format(language), b.returns.format(language), b.net().format(language)};
    pages.table(t);
}

void paintTaxes(Pages& pages, const SalesSummary& s, const QString& language)
{
    pages.section(word(language, QT_TRANSLATE_NOOP("ReportDocuments", "Taxes contained in the sales")), 20);
    if (s.taxes.isEmpty()) {
        pages.note(word(language, QT_TRANSLATE_NOOP("ReportDocuments", "No sales in the period.")));
        return;
    }
    Table t;
    t.columns = {{word(language, QT_TRANSLATE_NOOP("ReportDocuments", "VAT rate")), 10, true},
                 {word(language, QT_TRANSLATE_NOOP("ReportDocuments", "Sales tax rate")), 11, true},
                 {word(language, QT_TRANSLATE_NOOP("ReportDocuments", "Number of sales")), 9, true},
                 {word(language, QT_TRANSLATE_NOOP("ReportDocuments", "Sales")), 19, true},
                 {word(language, QT_TRANSLATE_NOOP("ReportDocuments", "Returns")), 17, true},
                 {word(language, QT_TRANSLATE_NOOP("ReportDocuments", "VAT, net of returns")), 17, true},
                 {word(language, QT_TRANSLATE_NOOP("ReportDocuments", "Sales tax, net of returns")), 17, true}};
    for (const TaxRow& r : s.taxes)
        t.rows << QStringList{rate(r.vatRateBp, language),     rate(r.salesTaxRateBp, language),
                              count(r.salesCount, language),   r.sales.format(language),
                              r.returns.format(language),      r.netVat().format(language),
                              r.netSalesTax().format(language)};
    pages.table(t);
}

void paintSales(Pages& pages, const SalesSummary& s, const QList<SalesBreakdown>& breakdowns, const SalesSeries& series,
                const QString& language)
{
    pages.heading(word(language, QT_TRANSLATE_NOOP("ReportDocuments", "Sales report")),
                  headingLines(s.scope, language));
    pages.figures(
        {{word(language, QT_TRANSLATE_NOOP("ReportDocuments", "Number of sales")), count(s.salesCount, language)},
         {word(language, QT_TRANSLATE_NOOP("ReportDocuments", "At the prices sold")), s.gross.format(language)},
         {word(language, QT_TRANSLATE_NOOP("ReportDocuments", "Discounts")), s.discounts.format(language)},
         {word(language, QT_TRANSLATE_NOOP("ReportDocuments", "Paid by customers")), s.total.format(language)},
         {word(language, QT_TRANSLATE_NOOP("ReportDocuments", "Returns (%1)")).arg(s.returnsCount),
          s.returns.format(language)},
         {word(language, QT_TRANSLATE_NOOP("ReportDocuments", "Sales less returns")), s.net().format(language)}});
    if (!series.points.isEmpty()) {
        const QString title = series.step == SalesSeries::Step::Month
                                  ? word(language, QT_TRANSLATE_NOOP("ReportDocuments", "Sales by month"))
                                  : word(language, QT_TRANSLATE_NOOP("ReportDocuments", "Sales by day"));
        pages.section(title, 70);
        pages.charts({BreakdownCharts::line(series, title, language, {})}, 70);
    }
    for (const SalesBreakdown& b : breakdowns)
        paintBreakdown(pages, b, language);
    paintTaxes(pages, s, language);
}

// Stock rows as a breakdown, so that they are drawn as the sales are.
SalesBreakdown asBreakdown(const QList<StockGroupRow>& rows)
{
    SalesBreakdown b;
    for (const StockGroupRow& r : rows)
        b.rows << SalesGroupRow{r.key, r.label, r.products, r.value, {}};
    return b;
}

Table stockTable(const QString& first, const QList<StockGroupRow>& rows, const QString& language)
{
    Table t;
    t.columns = {{first, 60},
                 {word(language, QT_TRANSLATE_NOOP("ReportDocuments", "Products")), 15, true},
                 {word(language, QT_TRANSLATE_NOOP("ReportDocuments", "Value")), 25, true}};
    for (const StockGroupRow& r : rows)
        t.rows << QStringList{r.label, count(r.products, language), r.value.format(language)};
    return t;
}

void paintStock(Pages& pages, const StockValue& s, const QString& language)
{
    pages.heading(
        word(language, QT_TRANSLATE_NOOP("ReportDocuments", "Stock report")),
        {word(language, QT_TRANSLATE_NOOP("ReportDocuments", "On hand now, at the shelf prices")), made(language)});
    pages.figures(
        {{word(language, QT_TRANSLATE_NOOP("ReportDocuments", "Products in stock")), count(s.products, language)},
         {word(language, QT_TRANSLATE_NOOP("ReportDocuments", "Value of the stock")), s.value.format(language)},
         {word(language, QT_TRANSLATE_NOOP("ReportDocuments", "Of it on consignment")),
          s.consignmentValue.format(language)}});
    const QString byCategory = word(language, QT_TRANSLATE_NOOP("ReportDocuments", "Stock value by category"));
    pages.section(byCategory, 60);
    if (!s.byCategory.isEmpty())
        pages.charts({BreakdownCharts::bars(asBreakdown(s.byCategory), byCategory, language, MaxBars, {})},
                     barsHeight(std::min<qsizetype>(s.byCategory.size(), MaxBars)));
    Table categories =
        stockTable(word(language, QT_TRANSLATE_NOOP("ReportDocuments", "Category")), s.byCategory, language);
    categories.totals << QStringList{word(language, QT_TRANSLATE_NOOP("ReportDocuments", "Total")),
                                     count(s.products, language), s.value.format(language)};
    pages.table(categories);
    pages.section(word(language, QT_TRANSLATE_NOOP("ReportDocuments", "Stock value by producer")), 20);
    pages.table(stockTable(word(language, QT_TRANSLATE_NOOP("ReportDocuments", "Producer")), s.byProducer, language));
}

void paintProducers(Pages& pages, const ProducerMoney& m, const QString& language)
{
    pages.heading(word(language, QT_TRANSLATE_NOOP("ReportDocuments", "Producers' money")),
                  headingLines(m.scope, language));
    pages.figures(
        {{word(language, QT_TRANSLATE_NOOP("ReportDocuments", "Sold")), m.sold.format(language)},
         {word(language, QT_TRANSLATE_NOOP("ReportDocuments", "Returned")), m.returned.format(language)},
         {word(language, QT_TRANSLATE_NOOP("ReportDocuments", "Shop's commission")), m.commission.format(language)},
         {word(language, QT_TRANSLATE_NOOP("ReportDocuments", "Earned by producers")), m.earned.format(language)},
         {word(language, QT_TRANSLATE_NOOP("ReportDocuments", "Owed to producers")), m.owed.format(language)},
         {word(language, QT_TRANSLATE_NOOP("ReportDocuments", "Paid to producers")),
          (m.paid + m.purchased).format(language)}});
    pages.section(word(language, QT_TRANSLATE_NOOP("ReportDocuments", "By producer")), 20);
    Table t;
    t.columns = {{word(language, QT_TRANSLATE_NOOP("ReportDocuments", "Producer")), 32},
                 {word(language, QT_TRANSLATE_NOOP("ReportDocuments", "Village")), 18},
                 {word(language, QT_TRANSLATE_NOOP("ReportDocuments", "Sold")), 10, true},
                 {word(language, QT_TRANSLATE_NOOP("ReportDocuments", "Returned")), 10, true},
                 {word(language, QT_TRANSLATE_NOOP("ReportDocuments", "Commission")), 10, true},
                 {word(language, QT_TRANSLATE_NOOP("ReportDocuments", "Owed")), 10, true},
                 {word(language, QT_TRANSLATE_NOOP("ReportDocuments", "Paid")), 10, true}};
    for (const ProducerMoneyRow& r : m.rows)
        t.rows << QStringList{r.name + QStringLiteral(" (") + r.code + QLatin1Char(')'),
                              r.villageName.in(language),
                              r.sold.format(language),
                              r.returned.format(language),
                              r.commission.format(language),
                              r.owed.format(language),
                              r.paidOut().format(language)};
    t.totals << QStringList{word(language, QT_TRANSLATE_NOOP("ReportDocuments", "Total")),
                            {},
                            m.sold.format(language),
                            m.returned.format(language),
                            m.commission.format(language),
                            m.owed.format(language),
                            (m.paid + m.purchased).format(language)};
    pages.table(t);
    pages.note(
        word(language, QT_TRANSLATE_NOOP("ReportDocuments",
                                         "Paid: payouts made in the period and purchases received in it. Owed: "
                                         "the producers' share of consignment sales that no payout has paid yet.")));
}

} // namespace

// The sales report.
Result<QByteArray> salesPdf(const SalesSummary& summary, const QList<SalesBreakdown>& breakdowns,
                            const SalesSeries& series, const QString& language)
{
    return renderPdf(word(language, QT_TRANSLATE_NOOP("ReportDocuments", "Sales report")), language,
                     [&](Pages& p) { paintSales(p, summary, breakdowns, series, language); });
}

Status writeSalesPdf(const QString& path, const SalesSummary& summary, const QList<SalesBreakdown>& breakdowns,
                     const SalesSeries& series, const QString& language, Overwrite overwrite)
{
    return writePdf(path, overwrite, word(language, QT_TRANSLATE_NOOP("ReportDocuments", "Sales report")), language,
                    [&](Pages& p) { paintSales(p, summary, breakdowns, series, language); });
}

Status printSales(QPrinter* printer, const SalesSummary& summary, const QList<SalesBreakdown>& breakdowns,
                  const SalesSeries& series, const QString& language)
{
    return print(printer, word(language, QT_TRANSLATE_NOOP("ReportDocuments", "Sales report")), language,
                 [&](Pages& p) { paintSales(p, summary, breakdowns, series, language); });
}

// The stock report.
Result<QByteArray> stockPdf(const StockValue& stock, const QString& language)
{
    return renderPdf(word(language, QT_TRANSLATE_NOOP("ReportDocuments", "Stock report")), language,
                     [&](Pages& p) { paintStock(p, stock, language); });
}

Status writeStockPdf(const QString& path, const StockValue& stock, const QString& language, Overwrite overwrite)
{
    return writePdf(path, overwrite, word(language, QT_TRANSLATE_NOOP("ReportDocuments", "Stock report")), language,
                    [&](Pages& p) { paintStock(p, stock, language); });
}

Status printStock(QPrinter* printer, const StockValue& stock, const QString& language)
{
    return print(printer, word(language, QT_TRANSLATE_NOOP("ReportDocuments", "Stock report")), language,
                 [&](Pages& p) { paintStock(p, stock, language); });
}

// The producers' money.
Result<QByteArray> producersPdf(const ProducerMoney& money, const QString& language)
{
    return renderPdf(word(language, QT_TRANSLATE_NOOP("ReportDocuments", "Producers' money")), language,
                     [&](Pages& p) { paintProducers(p, money, language); });
}

Status writeProducersPdf(const QString& path, const ProducerMoney& money, const QString& language, Overwrite overwrite)
{
    return writePdf(path, overwrite, word(language, QT_TRANSLATE_NOOP("ReportDocuments", "Producers' money")), language,
                    [&](Pages& p) { paintProducers(p, money, language); });
}

Status printProducers(QPrinter* printer, const ProducerMoney& money, const QString& language)
{
    return print(printer, word(language, QT_TRANSLATE_NOOP("ReportDocuments", "Producers' money")), language,
                 [&](Pages& p) { paintProducers(p, money, language); });
}

} // namespace ovop::ui::ReportDocuments
