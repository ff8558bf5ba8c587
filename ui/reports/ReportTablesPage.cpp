// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "ui/reports/ReportTablesPage.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "models/core/Language.h"
#include "models/core/Percent.h"
#include "models/reports/ImpactReport.h"
#include "models/reports/ProducerMoneyReport.h"
#include "models/reports/SalesReport.h"
#include "models/settings/ShopSettings.h"
#include "models/store/Database.h"
#include "ui/reports/ReportExport.h"
#include "ui/reports/ReportFilters.h"
#include "ui/widgets/FormHelpers.h"

namespace ovop::ui {

namespace {

QString day(const QDate& date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd.MM.yyyy")) : QStringLiteral("—");
}

QString share(double fraction, const QString& language)
{
    return percentText(qRound(fraction * 10000), language);
}

} // namespace

ReportTablesPage::ReportTablesPage(Database& db, const Session& session, QWidget* parent)
    : QWidget(parent), m_db(db), m_session(session)
{
    setObjectName(QStringLiteral("reportTablesPage"));
    if (auto settings = SettingsService(m_db).load(); settings)
        m_shopCode = settings.value().shopCode;
    m_choiceLabel = new QLabel(this);
    m_choice = new QComboBox(this);
    m_choice->setObjectName(QStringLiteral("reportTablesChoice"));
    m_choice->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_choice->setMinimumContentsLength(24);
    m_choiceLabel->setBuddy(m_choice);
    m_periodLabel = new QLabel(this);
    m_from = ReportFilters::dateEdit(QStringLiteral("reportTablesFrom"), this);
    m_to = ReportFilters::dateEdit(QStringLiteral("reportTablesTo"), this);
    m_periodLabel->setBuddy(m_from);
    m_shop = new QComboBox(this);
    m_shop->setObjectName(QStringLiteral("reportTablesShop"));
    m_shop->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_export = new ReportExport(
        m_db, m_session, [this] { return scope(); }, this);
    m_exportButton = new QPushButton(this);
    m_exportButton->setObjectName(QStringLiteral("reportTablesExport"));

    auto* filters = new QGridLayout;
    filters->addWidget(m_choiceLabel, 0, 0);
    auto* choiceRow = new QHBoxLayout;
    choiceRow->addWidget(m_choice, 1);
    choiceRow->addWidget(m_shop);
    filters->addLayout(choiceRow, 0, 1);
    filters->addWidget(m_periodLabel, 1, 0);
    auto* dates = new QHBoxLayout;
    dates->addWidget(m_from);
    dates->addWidget(new QLabel(QStringLiteral("–"), this));
    dates->addWidget(m_to);
    dates->addStretch(1);
    dates->addWidget(m_exportButton);
    filters->addLayout(dates, 1, 1);
    filters->setColumnStretch(1, 1);

    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("reportTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_totals = new QLabel(this);
    m_totals->setObjectName(QStringLiteral("reportTablesTotals"));
    m_totals->setWordWrap(true);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("reportTablesMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_totals);

    const QDate today = m_db.now().date();
    m_from->setDate(today.addDays(1 - today.day()));
    m_to->setDate(today);
    retranslateUi();
    connect(m_choice, &QComboBox::currentIndexChanged, this, &ReportTablesPage::reload);
    connect(m_from, &QDateEdit::dateChanged, this, &ReportTablesPage::reload);
    connect(m_to, &QDateEdit::dateChanged, this, &ReportTablesPage::reload);
    connect(m_shop, &QComboBox::currentIndexChanged, this, &ReportTablesPage::reload);
    connect(m_export, &ReportExport::finished, this,
            [this](const QString& text, bool error) { showFormMessage(m_message, text, error); });
    reload();
}

void ReportTablesPage::setTable(Table table)
{
    m_choice->setCurrentIndex(m_choice->findData(int(table)));
}

void ReportTablesPage::setPeriod(const QDate& from, const QDate& to)
{
    m_filling = true;
    m_from->setDate(from);
    m_to->setDate(to);
    m_filling = false;
    reload();
}

ReportScope ReportTablesPage::scope() const
{
    ReportScope scope;
    scope.from = m_from->date();
    scope.to = m_to->date();
    scope.language = Language::current();
    if (const QString shop = m_shop->currentData().toString(); !shop.isEmpty())
        scope.shops << shop;
    return scope;
}

void ReportTablesPage::fill(const QStringList& headers, const QList<QStringList>& rows, int firstNumberColumn)
{
    m_table->clear();
    m_table->setColumnCount(int(headers.size()));
    m_table->setRowCount(int(rows.size()));
    m_table->setHorizontalHeaderLabels(headers);
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < rows.at(r).size(); ++c) {
            auto* item = new QTableWidgetItem(rows.at(r).at(c));
            item->setToolTip(rows.at(r).at(c));
            if (c >= firstNumberColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(r, c, item);
        }
    if (headers.isEmpty())
        return;
    m_table->resizeColumnsToContents();
    // The name column takes the room left, so that the figures stay whole at 1024 pixels.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(firstNumberColumn > 1 ? 1 : 0, QHeaderView::Stretch);
}

void ReportTablesPage::reload()
{
    if (m_filling || m_choice->currentIndex() < 0)
        return;
    const ReportScope scope = this->scope();
    const QString lang = scope.language;
    const auto table = Table(m_choice->currentData().toInt());
    showFormMessage(m_message, QString(), false);
    auto failed = [this](const QString& message) {
        fill({}, {}, 0);
        m_totals->clear();
        showFormMessage(m_message, message, true);
    };
    if (table <= Table::ByCashier) {
        const auto grouping = SalesReport::groupings().at(int(table));
        auto made = SalesReport(m_db).breakdown(m_session, scope, grouping);
        if (!made)
            return failed(made.message());
        QList<QStringList> rows;
        for (const SalesGroupRow& row : made->rows)
            rows << QStringList{row.label, QString::number(row.count), row.amount.format(lang),
                                row.returns.format(lang), row.net().format(lang)};
        fill({tr("Group"), tr("Sales"), tr("Amount"), tr("Returns"), tr("Net")}, rows, 1);
        m_totals->setText(tr("%n sale(s) · %1 · returns %2 · net %3", nullptr, made->count)
                              .arg(made->total.format(lang), made->returns.format(lang), made->net().format(lang)));
    } else if (table == Table::Taxes) {
        auto summary = SalesReport(m_db).summary(m_session, scope);
        if (!summary)
            return failed(summary.message());
        QList<QStringList> rows;
        for (const TaxRow& t : summary->taxes)
            rows << QStringList{
                tr("VAT %1 · sales tax %2").arg(percentText(t.vatRateBp, lang), percentText(t.salesTaxRateBp, lang)),
                QString::number(t.salesCount), t.sales.format(lang), t.netVat().format(lang),
                t.netSalesTax().format(lang)};
        fill({tr("Rates"), tr("Sales"), tr("Amount"), tr("VAT"), tr("Sales tax")}, rows, 1);
        for (const int column : {3, 4})
            m_table->horizontalHeaderItem(column)->setToolTip(tr("Contained in the sales, less the returns"));
        m_totals->setText(
            tr("Sales %1 · discounts %2 · returns %3")
                .arg(summary->total.format(lang), summary->discounts.format(lang), summary->returns.format(lang)));
    } else if (table == Table::ProducersMoney) {
        auto money = ProducerMoneyReport(m_db).build(m_session, scope);
        if (!money)
            return failed(money.message());
        QList<QStringList> rows;
        // The commission is the difference between the net sales and what the producer earned:
        // in the tooltip and the totals, so that the figures fit 1024 pixels in Kyrgyz and Russian.
        for (const ProducerMoneyRow& p : money->rows)
            rows << QStringList{QStringLiteral("%1 (%2)").arg(p.name, p.code), p.net().format(lang),
                                p.earned().format(lang), p.paidOut().format(lang), p.owed.format(lang)};
        fill({tr("Producer"), tr("Sold less returns"), tr("Earned"), tr("Paid"), tr("Owed")}, rows, 1);
        for (int r = 0; r < money->rows.size(); ++r)
            m_table->item(r, 2)->setToolTip(tr("Commission %1").arg(money->rows.at(r).commission.format(lang)));
        m_totals->setText(tr("Sold less returns %1 · commission %2 · earned %3 · paid %4 · owed %5")
                              .arg((money->sold - money->returned).format(lang), money->commission.format(lang),
                                   money->earned.format(lang), (money->paid + money->purchased).format(lang),
                                   money->owed.format(lang)));
    } else {
        auto impact = ImpactReport(m_db).build(m_session, scope);
        if (!impact)
            return failed(impact.message());
        QList<QStringList> rows;
        if (table == Table::ImpactByOblast) {
            for (const OblastImpact& o : impact->byOblast)
                rows << QStringList{o.oblastName.in(lang), o.amount.format(lang), QString::number(o.producers),
                                    QString::number(o.villages)};
            fill({tr("Oblast"), tr("Sales less returns"), tr("Producers"), tr("Villages")}, rows, 1);
        } else {
            for (const OverdueProducer& o : impact->overdueProducers)
                rows << QStringList{o.code, o.name, day(o.lastVisit), o.sales.format(lang)};
            fill({tr("Code"), tr("Producer"), tr("Last visit"), tr("Sales less returns")}, rows, 3);
        }
        m_totals->setText(tr("%1 producers in %2 villages of %3 oblasts · women-led %4 · visit current %5")
                              .arg(impact->producersReached)
                              .arg(impact->villagesReached)
                              .arg(impact->oblastsReached)
                              .arg(share(impact->womenLedShare, lang), share(impact->currentCheckShare, lang)));
    }
}

void ReportTablesPage::retranslateUi()
{
    m_filling = true;
    const int chosen = m_choice->currentIndex() >= 0 ? m_choice->currentData().toInt() : int(Table::ByCategory);
    m_choice->clear();
    const QStringList names{tr("Sales by day"),
                            tr("Sales by category"),
                            tr("Sales by oblast"),
                            tr("Sales by village"),
                            tr("Sales by producer"),
                            tr("Sales by payment method"),
                            tr("Sales by cashier"),
                            tr("Taxes contained, by rate"),
                            tr("Producers' money: earned, paid, owed"),
                            tr("Impact: sales by oblast"),
                            tr("Impact: producers whose visit is overdue")};
    for (int i = 0; i < names.size(); ++i)
        m_choice->addItem(names.at(i), i);
    m_choice->setCurrentIndex(m_choice->findData(chosen));
    ReportFilters::fillShops(m_shop, m_shopCode);
    m_choiceLabel->setText(tr("&Report"));
    m_periodLabel->setText(tr("&Period"));
    m_exportButton->setText(tr("Save or print…"));
    delete m_exportButton->menu();
    m_exportButton->setMenu(m_export->makeMenu(m_exportButton));
    m_filling = false;
}

void ReportTablesPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        reload();
    }
    QWidget::changeEvent(event);
}

} // namespace ovop::ui
