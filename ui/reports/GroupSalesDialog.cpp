// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "ui/reports/GroupSalesDialog.h"

#include <algorithm>

#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QScreen>
#include <QSplitter>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

#include "ui/reports/ColumnFit.h"

namespace ovop::ui {

namespace {

QTableWidget* reportTable(const QString& name, QWidget* parent)
{
    auto* table = new QTableWidget(parent);
    table->setObjectName(name);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setTextElideMode(Qt::ElideRight);
    return table;
}

// A row of texts, then figures from column firstFigure on (lined up on the right).
void setRow(QTableWidget* table, int row, const QStringList& cells, int firstFigure, const QString& tip = QString())
{
    for (int c = 0; c < cells.size() && c < table->columnCount(); ++c) {
        auto* item = new QTableWidgetItem(cells.at(c));
        item->setTextAlignment(c < firstFigure ? Qt::AlignLeft | Qt::AlignVCenter : Qt::AlignRight | Qt::AlignVCenter);
        if (c == 0 && !tip.isEmpty())
            item->setToolTip(tip);
        table->setItem(row, c, item);
    }
}

} // namespace

GroupSalesDialog::GroupSalesDialog(Database& db, const Session& session, const ReportScope& scope,
                                   SalesReport::Grouping grouping, const QList<SalesGroupRow>& groups, int selected,
                                   const QString& title, QWidget* parent)
    : QDialog(parent), m_db(db), m_session(session), m_scope(scope), m_grouping(grouping), m_groupRows(groups)
{
    setObjectName(QStringLiteral("groupSalesDialog"));
    setWindowTitle(title);
    const QString lang = m_scope.language;
    auto* layout = new QVBoxLayout(this);
    auto* split = new QSplitter(Qt::Vertical, this);

    m_groups = reportTable(QStringLiteral("groupSalesGroups"), split);
    m_groups->setColumnCount(5);
    m_groups->setHorizontalHeaderLabels({tr("Name"), tr("Sales"), tr("Amount"), tr("Returns"), tr("Net")});
    m_groups->setRowCount(int(groups.size()));
    for (int r = 0; r < groups.size(); ++r) {
        const SalesGroupRow& g = groups.at(r);
        setRow(m_groups, r,
               {g.label, QString::number(g.count), g.amount.format(lang), g.returns.format(lang), g.net().format(lang)},
               1);
    }
    ColumnFit::keep(m_groups, 200);

    auto* below = new QWidget(split);
    auto* belowLayout = new QVBoxLayout(below);
    belowLayout->setContentsMargins(0, 0, 0, 0);
    m_summary = new QLabel(below);
    m_summary->setObjectName(QStringLiteral("groupSalesSummary"));
    m_summary->setWordWrap(true);
    belowLayout->addWidget(m_summary);
    m_sales = reportTable(QStringLiteral("groupSalesTable"), below);
    belowLayout->addWidget(m_sales, 1);
    split->addWidget(m_groups);
    split->addWidget(below);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setChildrenCollapsible(false);
    layout->addWidget(split, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_groups, &QTableWidget::currentCellChanged, this, [this](int row) { showGroup(row); });
    if (selected >= 0 && selected < groups.size()) {
        m_groups->selectRow(selected);
        m_groups->scrollToItem(m_groups->item(selected, 0));
    }
    if (m_shownGroup < 0) // nothing chosen: say how to choose
        showGroup(-1);
    m_groups->setFocus();

    // Within the screen: at 1024x768 the whole dialog shows, its columns fitting.
    QSize size(1000, 680);
    if (const QScreen* screen = QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableSize() - QSize(24, 48));
    resize(size);
}

void GroupSalesDialog::showGroup(int row)
{
    m_shownGroup = row;
    m_shown = GroupSales{};
    if (row < 0 || row >= m_groupRows.size()) {
        m_summary->setText(tr("Choose a row above to see its sales."));
        fillSales();
        return;
    }
    const SalesGroupRow& group = m_groupRows.at(row);
    auto read = GroupSalesReport(m_db).build(m_session, m_scope, m_grouping, group.key);
    if (!read) {
        m_summary->setText(read.message());
        fillSales();
        return;
    }
    m_shown = read.value();
    const QString lang = m_scope.language;
    QString summary = tr("%1: %n sale(s), %2", nullptr, m_shown.count).arg(group.label, m_shown.amount.format(lang));
    if (m_shown.returnsCount > 0)
        summary += QStringLiteral("; ") +
                   tr("%n return(s), %1", nullptr, m_shown.returnsCount).arg(m_shown.returns.format(lang)) +
                   QStringLiteral("; ") + tr("net %1").arg(m_shown.net().format(lang));
    if (m_shown.more() > 0)
        summary += QStringLiteral(". ") +
                   tr("%n more not shown: the newest %1 are listed.", nullptr, m_shown.more()).arg(m_shown.rows.size());
    m_summary->setText(summary);
    fillSales();
    Q_EMIT groupShown(row);
}

void GroupSalesDialog::fillSales()
{
    const QString lang = m_scope.language;
    const bool lines = GroupSalesReport::ofGoods(m_grouping);
    // The origin shop only when the rows come from more than one: the goods' names take the room.
    QSet<QString> origins;
    for (const GroupSaleRow& doc : m_shown.rows)
        origins.insert(doc.shop);
    const bool shops = origins.size() > 1;
    QStringList headers{lines ? tr("Goods") : tr("Document"), tr("Date"), tr("Receipt")};
    if (shops)
        headers << tr("Shop");
    headers << tr("Cashier");
    if (lines)
        headers << tr("Quantity");
    headers << tr("Amount");
    m_sales->clear();
    m_sales->setColumnCount(int(headers.size()));
    m_sales->setHorizontalHeaderLabels(headers);
    int count = 0;
    for (const GroupSaleRow& doc : m_shown.rows)
        count += lines ? std::max(1, int(doc.lines.size())) : 1;
    m_sales->setRowCount(count);
    const int cashier = shops ? 4 : 3;
    int r = 0;
    auto add = [&](const GroupSaleRow& doc, const QStringList& cells, const QString& tip) {
        // The texts, then the quantity (of goods) and the amount.
        setRow(m_sales, r, cells, int(cells.size()) - (lines ? 2 : 1), tip);
        // The cashier's login beside the name.
        m_sales->item(r, cashier)->setToolTip(doc.cashierLogin);
        ++r;
    };
    for (const GroupSaleRow& doc : m_shown.rows) {
        const QString when = doc.at.toString(QStringLiteral("dd.MM.yyyy HH:mm"));
        auto cells = [&](const QString& first, const QString& quantity, Money amount) {
            QStringList out{first, when, doc.receipt};
            if (shops)
                out << doc.shop;
            out << doc.cashierName;
            if (lines)
                out << quantity;
            out << (doc.isReturn() ? Money() - amount : amount).format(lang);
            return out;
        };
        const QString kind = doc.isReturn() ? tr("Return of sale %1").arg(doc.saleReceipt) : tr("Sale");
        if (!lines || doc.lines.isEmpty()) {
            add(doc, cells(kind, QString(), doc.amount), kind);
            continue;
        }
        for (const GroupSaleLine& l : doc.lines) {
            const QString goods = QStringLiteral("%1 (%2)").arg(l.name, l.sku);
            const QString first = doc.isReturn() ? tr("Returned: %1").arg(goods) : goods;
            const QString quantity = l.quantity.format(lang) + QChar(0x00A0) + Units::symbol(l.unit);
            add(doc, cells(first, quantity, l.amount), first + QStringLiteral("\n") + kind);
        }
    }
    if (!m_sales->findChild<ColumnFit*>(QStringLiteral("columnFit"), Qt::FindDirectChildrenOnly))
        ColumnFit::keep(m_sales, 200);
    else
        ColumnFit::apply(m_sales);
}

} // namespace ovop::ui
