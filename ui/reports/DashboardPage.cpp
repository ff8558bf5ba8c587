// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "ui/reports/DashboardPage.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include "models/core/Language.h"
#include "models/reports/CashDifferenceReport.h"
#include "models/reports/ProductSalesReport.h"
#include "models/reports/StockReport.h"
#include "models/settings/ShopSettings.h"
#include "models/store/Database.h"
#include "ui/reports/BreakdownCharts.h"
#include "ui/reports/DashboardLists.h"
#include "ui/reports/ReportExport.h"
#include "ui/reports/ReportFilters.h"
#include "ui/reports/GroupSalesDialog.h"
#include "ui/widgets/FormHelpers.h"

namespace ovop::ui {

namespace {

const QStringList FigureNames{QStringLiteral("sales"),   QStringLiteral("count"),     QStringLiteral("average"),
                              QStringLiteral("returns"), QStringLiteral("discounts"), QStringLiteral("stock"),
                              QStringLiteral("low"),     QStringLiteral("cash")};
// Figures in a row: four fit 1024 pixels with their names in Kyrgyz and Russian (wrapped).
constexpr int FiguresInRow = 4;

} // namespace

DashboardPage::DashboardPage(Database& db, const Session& session, QWidget* parent)
    : QWidget(parent), m_db(db), m_session(session)
{
    setObjectName(QStringLiteral("dashboardPage"));
    if (auto settings = SettingsService(m_db).load(); settings)
        m_shopCode = settings.value().shopCode;

    auto* outer = new QVBoxLayout(this);
    // Two rows, so that the choices keep their whole texts at 1024 pixels in Kyrgyz and Russian.
    auto* filters = new QGridLayout;
    m_periodLabel = new QLabel(this);
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("dashboardPeriod"));
    m_period->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_periodLabel->setBuddy(m_period);
    m_from = ReportFilters::dateEdit(QStringLiteral("dashboardFrom"), this);
    m_to = ReportFilters::dateEdit(QStringLiteral("dashboardTo"), this);
    m_shopLabel = new QLabel(this);
    m_shop = new QComboBox(this);
    m_shop->setObjectName(QStringLiteral("dashboardShop"));
    m_shop->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_shopLabel->setBuddy(m_shop);
    auto* dates = new QHBoxLayout;
    dates->addWidget(m_period);
    dates->addWidget(m_from);
    dates->addWidget(new QLabel(QStringLiteral("–"), this));
    dates->addWidget(m_to);
    dates->addStretch(1);
    filters->addWidget(m_periodLabel, 0, 0);
    filters->addLayout(dates, 0, 1);
    // The reports of the period and shops shown, as PDF or CSV, or printed.
    m_export = new ReportExport(
        m_db, m_session, [this] { return scope(); }, this);
    m_exportButton = new QPushButton(this);
    m_exportButton->setObjectName(QStringLiteral("reportExportButton"));
    connect(m_export, &ReportExport::finished, this,
            [this](const QString& text, bool error) { showFormMessage(m_message, text, error); });
    auto* shops = new QHBoxLayout;
    shops->addWidget(m_shop);
    shops->addStretch(1);
    shops->addWidget(m_exportButton);
    filters->addWidget(m_shopLabel, 1, 0);
    filters->addLayout(shops, 1, 1);
    filters->setColumnStretch(1, 1);
    outer->addLayout(filters);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("dashboardMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    outer->addWidget(m_message);

    auto* content = new QWidget;
    auto* grid = new QGridLayout(content);
    grid->setContentsMargins(0, 0, 0, 0);
    auto* figures = new QGridLayout;
    for (int i = 0; i < FigureNames.size(); ++i) {
        auto* name = new QLabel(content);
        name->setProperty("role", QStringLiteral("hint"));
        name->setWordWrap(true);
        name->setAlignment(Qt::AlignLeft | Qt::AlignBottom);
        auto* value = new QLabel(content);
        value->setObjectName(QStringLiteral("dashboardFigure_") + FigureNames.at(i));
        QFont big = value->font();
        big.setBold(true);
        big.setPointSizeF(big.pointSizeF() * 1.35);
        value->setFont(big);
        figures->addWidget(name, (i / FiguresInRow) * 2, i % FiguresInRow);
        figures->addWidget(value, (i / FiguresInRow) * 2 + 1, i % FiguresInRow);
        m_figureNames.insert(FigureNames.at(i), name);
        m_figures.insert(FigureNames.at(i), value);
    }
    figures->setHorizontalSpacing(16);
    for (int c = 0; c < FiguresInRow; ++c)
        figures->setColumnStretch(c, 1);
    grid->addLayout(figures, 0, 0, 1, 2);
    // Top and slow products, low stock and the shifts' cash differences, under the figures.
    m_lists = new DashboardLists(content);
    grid->addWidget(m_lists, 1, 0, 1, 2);
    const QList<Chart> charts{Chart::OverTime, Chart::Category, Chart::Oblast, Chart::Producer, Chart::Payment};
    for (int i = 0; i < charts.size(); ++i) {
        auto* view = new QChartView(content);
        view->setObjectName(QStringLiteral("dashboardChart%1").arg(i));
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(300);
        m_views.insert(charts.at(i), view);
        if (charts.at(i) == Chart::OverTime)
            grid->addWidget(view, 2, 0, 1, 2);
        else
            grid->addWidget(view, 3 + (i - 1) / 2, (i - 1) % 2);
    }
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    outer->addWidget(scroll, 1);

    retranslateUi();
    setPeriod(Period::Last30Days);
    connect(m_period, &QComboBox::currentIndexChanged, this, &DashboardPage::periodChosen);
    auto datesEdited = [this] {
        if (m_settingPeriod)
            return;
        m_settingPeriod = true;
        m_period->setCurrentIndex(m_period->findData(int(Period::Custom)));
        m_settingPeriod = false;
        reload();
    };
    connect(m_from, &QDateEdit::dateChanged, this, datesEdited);
    connect(m_to, &QDateEdit::dateChanged, this, datesEdited);
    connect(m_shop, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_settingPeriod)
            reload();
    });
}

void DashboardPage::setPeriod(Period period)
{
    const QDate today = m_db.now().date();
    QDate from = today;
    switch (period) {
    case Period::Last7Days:
        from = today.addDays(-6);
        break;
    case Period::Last30Days:
        from = today.addDays(-29);
        break;
    case Period::ThisMonth:
        from = QDate(today.year(), today.month(), 1);
        break;
    case Period::Last3Months:
        from = today.addMonths(-3).addDays(1);
        break;
    case Period::Last12Months:
        from = today.addMonths(-12).addDays(1);
        break;
    case Period::Custom:
        return;
    }
    m_settingPeriod = true;
    m_period->setCurrentIndex(m_period->findData(int(period)));
    m_from->setDate(from);
    m_to->setDate(today);
    m_settingPeriod = false;
    reload();
}

void DashboardPage::periodChosen()
{
    if (m_settingPeriod)
        return;
    setPeriod(Period(m_period->currentData().toInt()));
}

const SalesBreakdown& DashboardPage::breakdown(Chart chart) const
{
    static const SalesBreakdown none;
    const auto it = m_breakdowns.constFind(chart);
    return it == m_breakdowns.cend() ? none : *it;
}

QString DashboardPage::chartTitle(Chart chart) const
{
    switch (chart) {
    case Chart::OverTime:
        return m_series.step == SalesSeries::Step::Month ? tr("Sales by month") : tr("Sales by day");
    case Chart::Category:
        return tr("Sales by category");
    case Chart::Oblast:
        return tr("Sales by oblast");
    case Chart::Producer:
        return tr("Producers selling most");
    case Chart::Payment:
        return tr("Payment methods");
    }
    return {};
}

ReportScope DashboardPage::scope() const
{
    ReportScope scope;
    scope.from = m_from->date();
    scope.to = m_to->date();
    scope.language = Language::current();
    if (const QString shop = m_shop->currentData().toString(); !shop.isEmpty())
        scope.shops << shop;
    return scope;
}

void DashboardPage::reload()
{
    const ReportScope scope = this->scope();
    const QString lang = scope.language;

    SalesReport report(m_db);
    const auto summary = report.summary(m_session, scope);
    if (!summary) {
        showFormMessage(m_message, summary.message(), true);
        return;
    }
    const QMap<Chart, SalesReport::Grouping> groupings{{Chart::OverTime, SalesReport::Grouping::Day},
                                                       {Chart::Category, SalesReport::Grouping::Category},
                                                       {Chart::Oblast, SalesReport::Grouping::Oblast},
                                                       {Chart::Producer, SalesReport::Grouping::Producer},
                                                       {Chart::Payment, SalesReport::Grouping::Payment}};
    m_breakdowns.clear();
    for (auto it = groupings.cbegin(); it != groupings.cend(); ++it) {
        auto made = report.breakdown(m_session, scope, it.value());
        if (!made) {
            showFormMessage(m_message, made.message(), true);
            return;
        }
        m_breakdowns.insert(it.key(), made.value());
    }
    m_series = SalesSeries::of(m_breakdowns.value(Chart::OverTime));
    showFormMessage(m_message, summary->salesCount == 0 ? tr("No sales in this period.") : QString(), false);

    const SalesSummary& s = summary.value();
    m_figures.value(QStringLiteral("sales"))->setText(s.net().format(lang));
    m_figures.value(QStringLiteral("count"))->setText(QString::number(s.salesCount));
    m_figures.value(QStringLiteral("average"))
        ->setText(s.salesCount > 0 ? Money::fromTyiyn(s.total.tyiyn() / s.salesCount).format(lang)
                                   : QStringLiteral("—"));
    m_figures.value(QStringLiteral("returns"))->setText(s.returns.format(lang));
    m_figures.value(QStringLiteral("discounts"))->setText(s.discounts.format(lang));
    const auto stock = StockReport(m_db).build(m_session, lang);
    m_figures.value(QStringLiteral("stock"))->setText(stock ? stock->value.format(lang) : stock.message());

    const auto ranking = ProductSalesReport(m_db).build(m_session, scope);
    const auto low = StockReport(m_db).lowStock(m_session);
    const auto cash = CashDifferenceReport(m_db).build(m_session, scope);
    for (const QString& refused :
         {ranking ? QString() : ranking.message(), low ? QString() : low.message(), cash ? QString() : cash.message()})
        if (!refused.isEmpty())
            showFormMessage(m_message, refused, true);
    QLabel* lowFigure = m_figures.value(QStringLiteral("low"));
    lowFigure->setText(low ? QString::number(low->count) : QStringLiteral("—"));
    QLabel* cashFigure = m_figures.value(QStringLiteral("cash"));
    cashFigure->setText(cash ? cash->total.format(lang) : QStringLiteral("—"));
    cashFigure->setToolTip(cash ? tr("%1 of %2 shifts closed in the period: short %3, over %4")
                                      .arg(cash->rows.size())
                                      .arg(cash->shiftsClosed)
                                      .arg(cash->shortages.format(lang), cash->surpluses.format(lang))
                                : QString());
    m_lists->setReports(ranking ? ranking.value() : ProductRanking{}, low ? low.value() : LowStock{},
                        cash ? cash.value() : CashDifferences{}, lang);

    auto clickedOn = [this](Chart chart) { return [this, chart](int row) { openRows(chart, row); }; };
    auto show = [this](Chart chart, QChart* drawn) {
        QChartView* view = m_views.value(chart);
        QChart* old = view->chart();
        view->setChart(drawn);
        delete old;
    };
    show(Chart::OverTime,
         BreakdownCharts::line(m_series, chartTitle(Chart::OverTime), lang, clickedOn(Chart::OverTime)));
    show(Chart::Category, BreakdownCharts::bars(m_breakdowns.value(Chart::Category), chartTitle(Chart::Category), lang,
                                                10, clickedOn(Chart::Category)));
    show(Chart::Oblast, BreakdownCharts::bars(m_breakdowns.value(Chart::Oblast), chartTitle(Chart::Oblast), lang, 10,
                                              clickedOn(Chart::Oblast)));
    show(Chart::Producer, BreakdownCharts::bars(m_breakdowns.value(Chart::Producer), chartTitle(Chart::Producer), lang,
                                                8, clickedOn(Chart::Producer)));
    show(Chart::Payment, BreakdownCharts::pie(m_breakdowns.value(Chart::Payment), chartTitle(Chart::Payment), lang,
                                              clickedOn(Chart::Payment)));
}

void DashboardPage::openRows(Chart chart, int row)
{
    Q_EMIT rowsOpened(chart, row);
    const SalesBreakdown& drawn = breakdown(chart);
    QList<SalesGroupRow> groups;
    if (chart == Chart::OverTime) {
        // The points: a day, or a month (its days in the period), as the core takes them.
        const bool months = m_series.step == SalesSeries::Step::Month;
        for (const SalesPoint& p : m_series.points)
            groups << SalesGroupRow{p.start.toString(months ? QStringLiteral("yyyy-MM") : QStringLiteral("yyyy-MM-dd")),
                                    m_series.label(p, drawn.scope.language), p.count, p.amount, p.returns};
    } else {
        groups = drawn.rows;
    }
    const QString period = tr("%1 to %2")
                               .arg(drawn.scope.from.toString(QStringLiteral("dd.MM.yyyy")),
                                    drawn.scope.to.toString(QStringLiteral("dd.MM.yyyy")));
    GroupSalesDialog dialog(m_db, m_session, drawn.scope, SalesReport::Grouping(drawn.grouping), groups, row,
                            chartTitle(chart) + QStringLiteral(", ") + period, this);
    dialog.exec();
}

void DashboardPage::retranslateUi()
{
    m_settingPeriod = true;
    const int period = m_period->currentIndex() >= 0 ? m_period->currentData().toInt() : int(Period::Last30Days);
    m_period->clear();
    m_period->addItem(tr("Last 7 days"), int(Period::Last7Days));
    m_period->addItem(tr("Last 30 days"), int(Period::Last30Days));
    m_period->addItem(tr("This month"), int(Period::ThisMonth));
    m_period->addItem(tr("Last 3 months"), int(Period::Last3Months));
    m_period->addItem(tr("Last 12 months"), int(Period::Last12Months));
    m_period->addItem(tr("Chosen days"), int(Period::Custom));
    m_period->setCurrentIndex(m_period->findData(period));
    ReportFilters::fillShops(m_shop, m_shopCode);
    m_settingPeriod = false;
    m_periodLabel->setText(tr("&Period"));
    m_shopLabel->setText(tr("S&hops"));
    m_figureNames.value(QStringLiteral("sales"))->setText(tr("Sales less returns"));
    m_figureNames.value(QStringLiteral("count"))->setText(tr("Sales"));
    m_figureNames.value(QStringLiteral("average"))->setText(tr("Average sale"));
    m_figureNames.value(QStringLiteral("returns"))->setText(tr("Returns"));
    m_figureNames.value(QStringLiteral("discounts"))->setText(tr("Discounts"));
    m_figureNames.value(QStringLiteral("stock"))->setText(tr("Stock value at shelf prices"));
    m_figureNames.value(QStringLiteral("low"))->setText(tr("Products below their minimum"));
    m_figureNames.value(QStringLiteral("cash"))->setText(tr("Cash differences at shift closing"));
    m_exportButton->setText(tr("Save or print a report…"));
    m_exportButton->setToolTip(tr("The sales, impact, producers' money or stock report of the period and shops "
                                  "shown: PDF with its charts, CSV, or on paper"));
    delete m_exportButton->menu();
    m_exportButton->setMenu(m_export->makeMenu(m_exportButton));
}

void DashboardPage::changeEvent(QEvent* event)
{
    // The screen's language changed: the filters, the figures' names and the charts in the new one.
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        reload();
    }
    QWidget::changeEvent(event);
}

} // namespace ovop::ui
