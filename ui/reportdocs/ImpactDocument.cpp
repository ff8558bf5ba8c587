// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// The impact report on paper, for buyers and donors.
#include <algorithm>

#include <QChart>
#include <QDateTime>

#include "ui/reportdocs/ReportDocuments.h"
#include "ui/reportdocs/ReportPages.h"
#include "ui/reports/BreakdownCharts.h"

namespace ovop::ui::ReportDocuments {

using namespace reportpaper;

namespace {

QString title(const QString& language)
{
    return word(language, QT_TRANSLATE_NOOP("ReportDocuments", "Impact report"));
}

QString shareAndMoney(double share, Money amount, const QString& language)
{
    return QStringLiteral("%1 (%2)").arg(percent(share, language), amount.format(language));
}

QString recorded(int producers, double share, const QString& language)
{
    return word(language, QT_TRANSLATE_NOOP("ReportDocuments", "%1 producers, %2 of the sales"))
        .arg(producers)
        .arg(percent(share, language));
}

void paintFigures(Pages& pages, const Impact& i, const QString& l)
{
    pages.figures(
        {{word(l, QT_TRANSLATE_NOOP("ReportDocuments", "Sales less returns")), i.salesTotal.format(l)},
         {word(l, QT_TRANSLATE_NOOP("ReportDocuments", "Paid to producers")), i.paidToProducers.format(l)},
         {word(l, QT_TRANSLATE_NOOP("ReportDocuments", "Owed to producers")), i.owedToProducers.format(l)},
         {word(l, QT_TRANSLATE_NOOP("ReportDocuments", "Producers reached")), count(i.producersReached, l)},
         {word(l, QT_TRANSLATE_NOOP("ReportDocuments", "Villages reached")), count(i.villagesReached, l)},
         {word(l, QT_TRANSLATE_NOOP("ReportDocuments", "Oblasts reached")), count(i.oblastsReached, l)},
         {word(l, QT_TRANSLATE_NOOP("ReportDocuments", "Sales from women-led producers")),
          shareAndMoney(i.womenLedShare, i.womenLedSales, l)},
         {word(l, QT_TRANSLATE_NOOP("ReportDocuments", "Sales by the share of women members")),
          percent(i.womenMembersShare, l)},
         {word(l, QT_TRANSLATE_NOOP("ReportDocuments", "Sales from producers whose working-conditions visit is "
                                                       "current")),
          shareAndMoney(i.currentCheckShare, i.currentCheckSales, l)},
         {word(l, QT_TRANSLATE_NOOP("ReportDocuments", "Materials and dyes on record")),
          recorded(i.materialsRecorded, i.materialsRecordedShare, l)},
         {word(l, QT_TRANSLATE_NOOP("ReportDocuments", "Environmental practice on record")),
          recorded(i.environmentRecorded, i.environmentRecordedShare, l)},
         {word(l, QT_TRANSLATE_NOOP("ReportDocuments", "Producers with a visit overdue")),
          count(i.overdueProducers.size(), l)}});
}

void paintOblasts(Pages& pages, const Impact& i, const QString& l)
{
    const QString heading = word(l, QT_TRANSLATE_NOOP("ReportDocuments", "Sales by oblast"));
    pages.section(heading, 60);
    if (!i.byOblast.isEmpty()) {
        SalesBreakdown b;
        for (const OblastImpact& o : i.byOblast)
            b.rows << SalesGroupRow{o.oblastCode, o.oblastName.in(l), o.producers, o.amount, {}};
        pages.charts({BreakdownCharts::bars(b, heading, l, 12, {})},
                     std::clamp<qreal>(22 + 8 * qreal(b.rows.size()), 45, 110));
    }
    Table t;
    t.columns = {{word(l, QT_TRANSLATE_NOOP("ReportDocuments", "Oblast")), 40},
                 {word(l, QT_TRANSLATE_NOOP("ReportDocuments", "Sales")), 24, true},
                 {word(l, QT_TRANSLATE_NOOP("ReportDocuments", "Producers")), 18, true},
                 {word(l, QT_TRANSLATE_NOOP("ReportDocuments", "Villages")), 18, true}};
    for (const OblastImpact& o : i.byOblast)
        t.rows << QStringList{o.oblastName.in(l), o.amount.format(l), count(o.producers, l), count(o.villages, l)};
    t.totals << QStringList{word(l, QT_TRANSLATE_NOOP("ReportDocuments", "Total")), i.salesTotal.format(l),
                            count(i.producersReached, l), count(i.villagesReached, l)};
    pages.table(t);
}

void paintShares(Pages& pages, const Impact& i, const QString& l)
{
    const QString heading = word(l, QT_TRANSLATE_NOOP("ReportDocuments", "Shares of the sales"));
    pages.section(heading, 60);
    pages.charts({BreakdownCharts::shares(
                     {{word(l, QT_TRANSLATE_NOOP("ReportDocuments", "Women-led producers")), i.womenLedShare},
                      {word(l, QT_TRANSLATE_NOOP("ReportDocuments", "Women members")), i.womenMembersShare},
                      {word(l, QT_TRANSLATE_NOOP("ReportDocuments", "Visit current")), i.currentCheckShare},
                      {word(l, QT_TRANSLATE_NOOP("ReportDocuments", "Materials on record")), i.materialsRecordedShare},
                      {word(l, QT_TRANSLATE_NOOP("ReportDocuments", "Environmental practice on record")),
                       i.environmentRecordedShare}},
                     heading, l)},
                 62);
}

void paintOverdue(Pages& pages, const Impact& i, const QString& l)
{
    pages.section(word(l, QT_TRANSLATE_NOOP("ReportDocuments", "Working-conditions visit overdue")), 20);
    if (i.overdueProducers.isEmpty()) {
        pages.note(
            word(l, QT_TRANSLATE_NOOP("ReportDocuments", "Every producer whose goods sold has had a visit in time.")));
        return;
    }
    Table t;
    t.columns = {{word(l, QT_TRANSLATE_NOOP("ReportDocuments", "Code")), 14},
                 {word(l, QT_TRANSLATE_NOOP("ReportDocuments", "Producer")), 46},
                 {word(l, QT_TRANSLATE_NOOP("ReportDocuments", "Last visit")), 18},
                 {word(l, QT_TRANSLATE_NOOP("ReportDocuments", "Sales")), 22, true}};
    Money total;
    for (const OverdueProducer& p : i.overdueProducers) {
        t.rows << QStringList{p.code, p.name,
                              p.lastVisit.isValid() ? day(p.lastVisit)
                                                    : word(l, QT_TRANSLATE_NOOP("ReportDocuments", "never")),
                              p.sales.format(l)};
        total = total + p.sales;
    }
    t.totals << QStringList{word(l, QT_TRANSLATE_NOOP("ReportDocuments", "Total")), {}, {}, total.format(l)};
    pages.table(t);
}

void paintProducers(Pages& pages, const Impact& i, const QString& l)
{
    pages.section(word(l, QT_TRANSLATE_NOOP("ReportDocuments", "Producers reached and their practice")), 20);
    const QString yes = word(l, QT_TRANSLATE_NOOP("ReportDocuments", "yes"));
    Table t;
    t.columns = {{word(l, QT_TRANSLATE_NOOP("ReportDocuments", "Producer")), 19},
                 {word(l, QT_TRANSLATE_NOOP("ReportDocuments", "Village")), 12},
                 {word(l, QT_TRANSLATE_NOOP("ReportDocuments", "Sales")), 12, true},
                 {word(l, QT_TRANSLATE_NOOP("ReportDocuments", "Women-led")), 9},
                 {word(l, QT_TRANSLATE_NOOP("ReportDocuments", "Women / members")), 11, true},
                 {word(l, QT_TRANSLATE_NOOP("ReportDocuments", "Last visit")), 11},
                 {word(l, QT_TRANSLATE_NOOP("ReportDocuments", "Materials and dyes")), 13},
                 {word(l, QT_TRANSLATE_NOOP("ReportDocuments", "Environmental practice")), 13}};
    for (const ProducerMoneyRow& r : i.producers)
        t.rows << QStringList{r.name + QStringLiteral(" (") + r.code + QLatin1Char(')'),
                              r.villageName.in(l),
                              r.net().format(l),
                              r.womenLed ? yes : QString(),
                              QStringLiteral("%1 / %2").arg(r.women).arg(r.members),
                              r.lastVisit.isValid() ? day(r.lastVisit)
                                                    : word(l, QT_TRANSLATE_NOOP("ReportDocuments", "never")),
                              r.materialsAndDyes,
                              r.environmentalPractice};
    pages.table(t);
}

void paintImpact(Pages& pages, const Impact& i, const QString& l)
{
    const QDateTime now = QDateTime::currentDateTime();
    pages.heading(title(l),
                  {shops(i.scope, l), word(l, QT_TRANSLATE_NOOP("ReportDocuments", "Period: %1")).arg(period(i.scope)),
                   word(l, QT_TRANSLATE_NOOP("ReportDocuments", "Made on %1 at %2"))
                       .arg(day(now.date()), now.time().toString(QStringLiteral("HH:mm")))});
    paintFigures(pages, i, l);
    pages.note(word(l, QT_TRANSLATE_NOOP("ReportDocuments",
                                         "Sales are net of returns; shares are of the sales less returns. A visit "
                                         "is judged current or overdue as of %1."))
                   .arg(day(i.asOf)));
    paintOblasts(pages, i, l);
    paintShares(pages, i, l);
    paintOverdue(pages, i, l);
    paintProducers(pages, i, l);
}

} // namespace

Result<QByteArray> impactPdf(const Impact& impact, const QString& language)
{
    return renderPdf(title(language), language, [&](Pages& p) { paintImpact(p, impact, language); });
}

Status writeImpactPdf(const QString& path, const Impact& impact, const QString& language, Overwrite overwrite)
{
    return writePdf(path, overwrite, title(language), language, [&](Pages& p) { paintImpact(p, impact, language); });
}

Status printImpact(QPrinter* printer, const Impact& impact, const QString& language)
{
    return print(printer, title(language), language, [&](Pages& p) { paintImpact(p, impact, language); });
}

} // namespace ovop::ui::ReportDocuments
