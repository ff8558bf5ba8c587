// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "ui/reports/DashboardLists.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "ui/reports/ColumnFit.h"
#include "ui/reports/ReportRowsDialog.h"

namespace ovop::ui {

namespace {

const QList<DashboardLists::List> Lists{DashboardLists::List::Top, DashboardLists::List::Slow,
                                        DashboardLists::List::Low, DashboardLists::List::Cash};

QString quantity(Quantity q, Unit unit, const QString& language)
{
    return q.format(language) + QChar(0x00A0) + Units::symbol(unit);
}

QString named(const QString& sku, const QString& name)
{
    return name.isEmpty() ? sku : name;
}

QString closedOn(const QDateTime& at, bool withTime)
{
    return at.toLocalTime().toString(withTime ? QStringLiteral("dd.MM.yyyy HH:mm") : QStringLiteral("dd.MM.yyyy"));
}

} // namespace

DashboardLists::DashboardLists(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("dashboardLists"));
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    const QStringList names{QStringLiteral("Top"), QStringLiteral("Slow"), QStringLiteral("Low"),
                            QStringLiteral("Cash")};
    for (int i = 0; i < Lists.size(); ++i) {
        const List list = Lists.at(i);
        auto* cell = new QVBoxLayout;
        auto* title = new QLabel(this);
        title->setObjectName(QStringLiteral("dashboardListTitle") + names.at(i));
        title->setWordWrap(true);
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
        auto* table = new QTableWidget(0, 3, this);
        table->setObjectName(QStringLiteral("dashboardList") + names.at(i));
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->setSelectionMode(QAbstractItemView::SingleSelection);
        table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        table->setWordWrap(false);
        table->verticalHeader()->hide();
        ColumnFit::keep(table);
        table->horizontalHeader()->setTextElideMode(Qt::ElideRight);
        table->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        auto* empty = new QLabel(this);
        empty->setObjectName(QStringLiteral("dashboardListEmpty") + names.at(i));
        empty->setProperty("role", QStringLiteral("hint"));
        empty->setWordWrap(true);
        empty->hide();
        cell->addWidget(title);
        cell->addWidget(table);
        cell->addWidget(empty);
        if (list == List::Low || list == List::Cash) {
            auto* button = new QPushButton(this);
            button->setObjectName(QStringLiteral("dashboardListAll") + names.at(i));
            auto* row = new QHBoxLayout;
            row->addStretch(1);
            row->addWidget(button);
            cell->addLayout(row);
            m_buttons.insert(list, button);
            connect(button, &QPushButton::clicked, this, [this, list] { openRows(list, 0); });
            connect(table, &QTableWidget::cellClicked, this, [this, list](int r, int) { openRows(list, r); });
        }
        cell->addStretch(1);
        grid->addLayout(cell, i / 2, i % 2);
        m_titles.insert(list, title);
        m_tables.insert(list, table);
        m_empty.insert(list, empty);
    }
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    retranslateUi();
}

QString DashboardLists::title(List list) const
{
    switch (list) {
    case List::Top:
        return tr("Products selling most");
    case List::Slow:
        return tr("In stock, selling least");
    case List::Low:
        return m_low.count > 0 ? tr("Below the minimum: %1").arg(m_low.count) : tr("Below the minimum");
    case List::Cash:
        return m_cash.shiftsClosed > 0
                   ? tr("Cash differences at closing: %1 of %2 shifts").arg(m_cash.rows.size()).arg(m_cash.shiftsClosed)
                   : tr("Cash differences at closing");
    }
    return {};
}

QStringList DashboardLists::headers(List list) const
{
    switch (list) {
    case List::Top:
        return {tr("Product"), tr("Sold"), tr("Net")};
    case List::Slow:
        return {tr("Product"), tr("Sold"), tr("On hand")};
    case List::Low:
        return {tr("Product"), tr("On hand"), tr("Minimum")};
    case List::Cash:
        return {tr("Closed"), tr("Till"), tr("Difference")};
    }
    return {};
}

void DashboardLists::retranslateUi()
{
    for (const List list : Lists) {
        m_titles.value(list)->setText(title(list));
        QTableWidget* table = m_tables.value(list);
        const QStringList texts = headers(list);
        table->setHorizontalHeaderLabels(texts);
        for (int c = 0; c < table->columnCount(); ++c)
            table->horizontalHeaderItem(c)->setToolTip(texts.value(c));
        ColumnFit::apply(table);
    }
    m_empty.value(List::Top)->setText(tr("Nothing sold in this period."));
    m_empty.value(List::Slow)->setText(tr("No products in stock."));
    m_empty.value(List::Low)->setText(tr("No product is below its minimum."));
    m_empty.value(List::Cash)
        ->setText(m_cash.shiftsClosed > 0 ? tr("Every shift's cash counted as expected.")
                                          : tr("No shift was closed in this period."));
    m_buttons.value(List::Low)->setText(tr("All below the minimum…"));
    m_buttons.value(List::Cash)->setText(tr("All shifts with a difference…"));
    m_buttons.value(List::Cash)
        ->setToolTip(tr("Short %1 in %2 shifts, over %3 in %4 shifts")
                         .arg(m_cash.shortages.format(m_language))
                         .arg(m_cash.shortageCount)
                         .arg(m_cash.surpluses.format(m_language))
                         .arg(m_cash.surplusCount));
}

void DashboardLists::fill(List list, const QList<QStringList>& rows, const QStringList& tips)
{
    QTableWidget* table = m_tables.value(list);
    table->clearContents();
    table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < rows.at(r).size() && c < table->columnCount(); ++c) {
            auto* item = new QTableWidgetItem(rows.at(r).at(c));
            item->setTextAlignment(c == 0 ? Qt::AlignLeft | Qt::AlignVCenter : Qt::AlignRight | Qt::AlignVCenter);
            item->setToolTip(c == 0 ? tips.value(r) : rows.at(r).at(c));
            table->setItem(r, c, item);
        }
    }
    // As tall as its rows: the page scrolls, the short lists do not.
    const int height = table->horizontalHeader()->sizeHint().height() +
                       int(rows.size()) * table->verticalHeader()->defaultSectionSize() + 2 * table->frameWidth();
    table->setFixedHeight(height);
    ColumnFit::apply(table);
    table->setVisible(!rows.isEmpty());
    m_empty.value(list)->setVisible(rows.isEmpty());
    if (QPushButton* button = m_buttons.value(list))
        button->setVisible(!rows.isEmpty());
}

QList<QStringList> DashboardLists::lowRows(bool whole) const
{
    QList<QStringList> rows;
    for (const StockRow& r : m_low.rows) {
        const QString name = named(r.sku, r.name.in(m_language));
        if (whole)
            rows << QStringList{name,
                                r.sku,
                                r.producerName,
                                quantity(r.onHand, r.unit, m_language),
                                quantity(r.minLevel, r.unit, m_language),
                                quantity(r.minLevel - r.onHand, r.unit, m_language)};
        else
            rows << QStringList{name, quantity(r.onHand, r.unit, m_language), quantity(r.minLevel, r.unit, m_language)};
        if (!whole && rows.size() >= ShownRows)
            break;
    }
    return rows;
}

QList<QStringList> DashboardLists::cashRows(bool whole) const
{
    QList<QStringList> rows;
    for (const CashDifferenceRow& r : m_cash.rows) {
        if (whole)
            rows << QStringList{closedOn(r.closedAt, true),
                                r.originShop + QStringLiteral(" · ") + r.originDevice,
                                QString::number(r.shiftNumber),
                                QString::number(r.zNumber),
                                r.closedBy,
                                r.expectedCash.format(m_language),
                                r.countedCash.format(m_language),
                                r.difference.format(m_language)};
        else
            rows << QStringList{closedOn(r.closedAt, false), r.originDevice, r.difference.format(m_language)};
        if (!whole && rows.size() >= ShownRows)
            break;
    }
    return rows;
}

void DashboardLists::setReports(const ProductRanking& ranking, const LowStock& low, const CashDifferences& cash,
                                const QString& language)
{
    m_ranking = ranking;
    m_low = low;
    m_cash = cash;
    m_language = language;
    retranslateUi();

    QList<QStringList> top, slow;
    QStringList topTips, slowTips;
    for (const ProductSalesRow& r : m_ranking.top) {
        top << QStringList{named(r.sku, r.name), quantity(r.netSold(), r.unit, language), r.net().format(language)};
        topTips << r.sku + QStringLiteral(" — ") + r.name;
    }
    for (const ProductSalesRow& r : m_ranking.slow) {
        slow << QStringList{named(r.sku, r.name), quantity(r.netSold(), r.unit, language),
                            quantity(r.onHand, r.unit, language)};
        slowTips << r.sku + QStringLiteral(" — ") + r.name;
    }
    fill(List::Top, top.mid(0, ShownRows), topTips);
    fill(List::Slow, slow.mid(0, ShownRows), slowTips);
    QStringList lowTips;
    for (const StockRow& r : m_low.rows.mid(0, ShownRows))
        lowTips << r.sku + QStringLiteral(" — ") + r.name.in(language);
    fill(List::Low, lowRows(false), lowTips);
    QStringList cashTips;
    for (const CashDifferenceRow& r : m_cash.rows.mid(0, ShownRows))
        cashTips << tr("%1 · %2, shift %3, closed by %4")
                        .arg(r.originShop, r.originDevice, QString::number(r.shiftNumber), r.closedBy);
    fill(List::Cash, cashRows(false), cashTips);
}

void DashboardLists::openRows(List list, int row)
{
    if (list != List::Low && list != List::Cash)
        return;
    Q_EMIT rowsOpened(list, row);
    const bool low = list == List::Low;
    const QStringList wholeHeaders =
        low ? QStringList{tr("Product"), tr("SKU"), tr("Producer"), tr("On hand"), tr("Minimum"), tr("Short by")}
            : QStringList{tr("Closed"),    tr("Till"),     tr("Shift"),   tr("Z report"),
                          tr("Closed by"), tr("Expected"), tr("Counted"), tr("Difference")};
    ReportRowsDialog dialog(title(list), wholeHeaders, low ? lowRows(true) : cashRows(true), row, this);
    dialog.exec();
}

} // namespace ovop::ui
