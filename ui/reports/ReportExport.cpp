// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "ui/reports/ReportExport.h"

#include <QMenu>
#include <QPrintDialog>
#include <QPrinter>

#include "models/reports/ImpactReport.h"
#include "models/reports/ProducerMoneyReport.h"
#include "models/reports/ReportCsv.h"
#include "models/reports/SalesReport.h"
#include "models/reports/SalesSeries.h"
#include "models/reports/StockReport.h"
#include "ui/reportdocs/ReportDocuments.h"
#include "ui/widgets/FileDialogs.h"

namespace ovop::ui {

namespace {

using Report = ReportExport::Report;

// The sales report's charts and tables: the line over time, then by category, oblast, producer and
// payment method; its CSV is the table by day.
struct SalesFigures
{
    SalesSummary summary;
    QList<SalesBreakdown> breakdowns;
    SalesSeries series;
    SalesBreakdown byDay;
};

Result<SalesFigures> salesFigures(Database& db, const Session& session, const ReportScope& scope)
{
    SalesReport report(db);
    auto summary = report.summary(session, scope);
    if (!summary)
        return summary.error();
    SalesFigures figures;
    figures.summary = summary.value();
    auto days = report.breakdown(session, scope, SalesReport::Grouping::Day);
    if (!days)
        return days.error();
    figures.byDay = days.value();
    figures.series = SalesSeries::of(figures.byDay);
    for (const auto grouping : {SalesReport::Grouping::Category, SalesReport::Grouping::Oblast,
                                SalesReport::Grouping::Producer, SalesReport::Grouping::Payment}) {
        auto made = report.breakdown(session, scope, grouping);
        if (!made)
            return made.error();
        figures.breakdowns << made.value();
    }
    return figures;
}

QString fileName(Report report, const ReportScope& scope, const QString& ending)
{
    static const char* const names[] = {"sales", "impact", "producers", "stock"};
    const QString period = report == Report::Stock ? QString()
                                                   : QStringLiteral("-%1-%2").arg(scope.from.toString(Qt::ISODate),
                                                                                  scope.to.toString(Qt::ISODate));
    return QString::fromLatin1(names[int(report)]) + period + ending;
}

} // namespace

ReportExport::ReportExport(Database& db, const Session& session, std::function<ReportScope()> scope, QWidget* parent)
    : QObject(parent), m_db(db), m_session(session), m_scope(std::move(scope)), m_parent(parent)
{
}

QString ReportExport::reportName(Report report)
{
    switch (report) {
    case Report::Sales:
        return tr("Sales report");
    case Report::Impact:
        return tr("Impact report");
    case Report::Producers:
        return tr("Producers' money");
    case Report::Stock:
        return tr("Stock and its value");
    }
    return {};
}

QMenu* ReportExport::makeMenu(QWidget* parent)
{
    auto* menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("reportExportMenu"));
    for (const Report report : {Report::Sales, Report::Impact, Report::Producers, Report::Stock}) {
        QMenu* sub = menu->addMenu(reportName(report));
        sub->addAction(tr("Save as PDF…"), this, [this, report] { chooseFile(report, Format::Pdf); });
        sub->addAction(tr("Save as CSV…"), this, [this, report] { chooseFile(report, Format::Csv); });
        sub->addAction(tr("Print…"), this, [this, report] { choosePrinter(report); });
    }
    return menu;
}

Status ReportExport::save(Report report, Format format, const ReportScope& scope, const QString& path,
                          Overwrite overwrite) const
{
    const bool pdf = format == Format::Pdf;
    switch (report) {
    case Report::Sales: {
        auto figures = salesFigures(m_db, m_session, scope);
        if (!figures)
            return figures.error();
        if (pdf)
            return ReportDocuments::writeSalesPdf(path, figures->summary, figures->breakdowns, figures->series,
                                                  scope.language, overwrite);
        return SafeFile::write(path, reportcsv::sales(figures->byDay).toBytes(), overwrite);
    }
    case Report::Impact: {
        auto impact = ImpactReport(m_db).build(m_session, scope);
        if (!impact)
            return impact.error();
        if (pdf)
            return ReportDocuments::writeImpactPdf(path, impact.value(), scope.language, overwrite);
        return SafeFile::write(path, reportcsv::impact(impact.value(), scope.language).toBytes(), overwrite);
    }
    case Report::Producers: {
        auto money = ProducerMoneyReport(m_db).build(m_session, scope);
        if (!money)
            return money.error();
        if (pdf)
            return ReportDocuments::writeProducersPdf(path, money.value(), scope.language, overwrite);
        return SafeFile::write(path, reportcsv::producers(money.value(), scope.language).toBytes(), overwrite);
    }
    case Report::Stock: {
        auto stock = StockReport(m_db).build(m_session, scope.language);
        if (!stock)
            return stock.error();
        if (pdf)
            return ReportDocuments::writeStockPdf(path, stock.value(), scope.language, overwrite);
        return SafeFile::write(path, reportcsv::stock(stock.value()).toBytes(), overwrite);
    }
    }
    return {};
}

Status ReportExport::print(Report report, const ReportScope& scope, QPrinter* printer) const
{
    switch (report) {
    case Report::Sales: {
        auto figures = salesFigures(m_db, m_session, scope);
        if (!figures)
            return figures.error();
        return ReportDocuments::printSales(printer, figures->summary, figures->breakdowns, figures->series,
                                           scope.language);
    }
    case Report::Impact: {
        auto impact = ImpactReport(m_db).build(m_session, scope);
        return impact ? ReportDocuments::printImpact(printer, impact.value(), scope.language) : Status(impact.error());
    }
    case Report::Producers: {
        auto money = ProducerMoneyReport(m_db).build(m_session, scope);
        return money ? ReportDocuments::printProducers(printer, money.value(), scope.language) : Status(money.error());
    }
    case Report::Stock: {
        auto stock = StockReport(m_db).build(m_session, scope.language);
        return stock ? ReportDocuments::printStock(printer, stock.value(), scope.language) : Status(stock.error());
    }
    }
    return {};
}

void ReportExport::chooseFile(Report report, Format format)
{
    const ReportScope scope = m_scope();
    const bool pdf = format == Format::Pdf;
    const QString ending = pdf ? QStringLiteral(".pdf") : QStringLiteral(".csv");
    const auto [path, overwrite] = chooseExportPath(
        m_parent, pdf ? tr("Save %1 as PDF").arg(reportName(report)) : tr("Save %1 as CSV").arg(reportName(report)),
        fileName(report, scope, ending), pdf ? tr("PDF documents (*.pdf)") : tr("CSV spreadsheets (*.csv)"), ending);
    if (path.isEmpty())
        return;
    const Status done = save(report, format, scope, path, overwrite);
    Q_EMIT finished(done ? tr("Saved %1.").arg(path) : done.message(), !done);
}

void ReportExport::choosePrinter(Report report)
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, m_parent);
    dialog.setWindowTitle(tr("Print: %1").arg(reportName(report)));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Status done = print(report, m_scope(), &printer);
    Q_EMIT finished(done ? tr("%1 was sent to the printer.").arg(reportName(report)) : done.message(), !done);
}

} // namespace ovop::ui
