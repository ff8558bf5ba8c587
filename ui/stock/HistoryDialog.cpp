// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "ui/stock/HistoryDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "models/stock/AdjustmentService.h"
#include "models/stock/StockQuery.h"
#include "ui/widgets/FormHelpers.h"

namespace ovop::ui {

namespace {
enum Column { When, Kind, Document, QuantityColumn, Batch, User, Reason, ColumnCount };
constexpr int MaxWrappedWidth = 170; // the movement's name and the user's, wrapped beyond it
}

HistoryDialog::HistoryDialog(Database& db, const QString& productId, const QString& title, const QString& language,
                             QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("stockHistoryDialog"));
    setWindowTitle(tr("Stock history: %1").arg(title));
    auto* heading = new QLabel(title, this);
    heading->setProperty("role", QStringLiteral("subheading"));
    heading->setWordWrap(true);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("stockHistoryTable"));
    m_table->setHorizontalHeaderLabels({tr("Date"), tr("Movement"), tr("Document"),
                                        tr("Qty", "column header: the quantity moved"), tr("Batch"), tr("User"),
                                        tr("Reason")});
    m_table->horizontalHeaderItem(QuantityColumn)->setToolTip(tr("Quantity"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    // Long movement names, users and reasons wrap onto a second line rather than widen the table.
    m_table->setWordWrap(true);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("stockHistoryMessage"));
    m_message->setWordWrap(true);
    m_message->setFixedHeight(2 * m_message->fontMetrics().lineSpacing() + 4);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setToolTip(tr("Close (Esc)"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    load(db, productId, language);
    resize(960, 560);
}

void HistoryDialog::load(Database& db, const QString& productId, const QString& language)
{
    const auto history = StockQuery(db).history(productId);
    if (!history) {
        showFormMessage(m_message, history.message(), true);
        return;
    }
    const QList<StockHistoryEntry>& entries = history.value();
    m_table->setRowCount(int(entries.size()));
    for (int r = 0; r < entries.size(); ++r) {
        const StockHistoryEntry& e = entries.at(r);
        QString reason;
        if (const auto key = AdjustmentReasons::fromKey(e.reason))
            reason = AdjustmentReasons::displayName(*key);
        else
            reason = e.reason;
        if (!e.note.isEmpty())
            reason = reason.isEmpty() ? e.note : reason + QStringLiteral(": ") + e.note;
        QString batch = e.batch;
        if (e.expiresOn.isValid())
            batch += QStringLiteral(" (%1)").arg(e.expiresOn.toString(QStringLiteral("dd.MM.yyyy")));
        const QString quantity =
            (e.quantity.milli() > 0 ? QStringLiteral("+") : QString()) + e.quantity.format(language);
        const QStringList cells{e.at.toLocalTime().toString(QStringLiteral("dd.MM.yyyy HH:mm")),
                                StockQuery::kindDisplayName(e.kind),
                                e.documentNumber,
                                quantity,
                                batch,
                                e.userName,
                                reason};
        for (int c = 0; c < ColumnCount; ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(cells.at(c));
            if (c == QuantityColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(r, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    // The reason (with its note) comes last and takes what the other columns leave, wrapped and
    // whole in its tooltip, so that the table does not scroll sideways; no batch column for goods
    // that have never moved by batch.
    bool batches = false;
    for (const StockHistoryEntry& e : entries)
        batches = batches || !e.batch.isEmpty();
    m_table->setColumnHidden(Batch, !batches);
    QHeaderView* header = m_table->horizontalHeader();
    header->resizeSection(Kind, qMin(header->sectionSize(Kind), MaxWrappedWidth));
    header->resizeSection(User, qMin(header->sectionSize(User), MaxWrappedWidth));
    header->setSectionResizeMode(Reason, QHeaderView::Stretch);
    if (entries.isEmpty())
        showFormMessage(m_message, tr("This product has no stock movements yet."), false);
    if (!entries.isEmpty()) {
        m_table->selectRow(0);
        m_table->setFocus();
    }
}

} // namespace ovop::ui
