// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "ui/transfers/TransfersPage.h"

#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include "models/core/Language.h"
#include "models/stock/TransferService.h"
#include "ui/transfers/ReceiveTransferDialog.h"
#include "ui/transfers/SendGoodsDialog.h"
#include "ui/transfers/TransferListModel.h"
#include "ui/widgets/AskFirst.h"
#include "ui/widgets/TableColumns.h"

namespace ovop::ui {

namespace {

QTableWidgetItem* cell(const QString& text, bool number = false)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

TransfersPage::TransfersPage(Database& db, const Session& session, QWidget* parent)
    : QWidget(parent), m_db(db), m_session(session)
{
    setObjectName(QStringLiteral("transfersPage"));
    m_heading = new QLabel(this); // what the page is for, under the window's title
    m_heading->setWordWrap(true);

    m_send = new QPushButton(this);
    m_send->setObjectName(QStringLiteral("sendGoodsButton"));
    m_send->setProperty("role", QStringLiteral("primary"));
    m_send->setShortcut(QKeySequence::New);
    m_receive = new QPushButton(this);
    m_receive->setObjectName(QStringLiteral("receiveTransferButton"));
    m_receive->setShortcut(QKeySequence::Open);
    m_reload = new QPushButton(this);
    m_reload->setObjectName(QStringLiteral("transfersReloadButton"));
    m_reload->setShortcut(QKeySequence(Qt::Key_F5));
    for (QPushButton* b : {m_send, m_receive, m_reload}) {
        b->setMinimumHeight(52);
        b->setAutoDefault(false);
    }
    connect(m_send, &QPushButton::clicked, this, &TransfersPage::sendGoods);
    connect(m_receive, &QPushButton::clicked, this, &TransfersPage::receiveTransfer);
    connect(m_reload, &QPushButton::clicked, this, &TransfersPage::reload);

    m_model = new TransferListModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(TransferListModel::SortRole);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("transfersTable"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    m_view->installEventFilter(this);
    QString user = m_session.userName.isEmpty() ? QStringLiteral("anyone") : m_session.userName;
    user.replace(QLatin1Char('/'), QLatin1Char('_')).replace(QLatin1Char('\\'), QLatin1Char('_'));
    m_columns = new TableColumns(m_view, QStringLiteral("transfersPage/columns/") + user, TransferListModel::State,
                                 // The quantities and the direction are in the lines below and in From
                                 // and To; the header's menu shows them as columns of their own.
                                 {TransferListModel::Direction, TransferListModel::Sent, TransferListModel::Received});
    m_columns->restore();
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TransfersPage::showLines);
    connect(m_view, &QTableView::doubleClicked, this, [this] { m_lines->setFocus(); });

    m_linesCaption = new QLabel(this);
    m_linesCaption->setObjectName(QStringLiteral("transferLinesCaption"));
    m_linesCaption->setProperty("role", QStringLiteral("subheading"));
    m_lines = new QTableWidget(0, 6, this);
    m_lines->setObjectName(QStringLiteral("transferLines"));
    m_lines->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_lines->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_lines->verticalHeader()->hide();
    m_lines->setWordWrap(false);
    m_lines->installEventFilter(this);
    m_lineColumns = new TableColumns(m_lines, QStringLiteral("transfersPage/lineColumns/") + user, 2, {});

    m_message = keptMessageLine(this, QStringLiteral("transfersMessage"));

    auto* top = new QHBoxLayout;
    top->addWidget(m_send);
    top->addWidget(m_receive);
    top->addStretch(1);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_message, 1);
    bottom->addWidget(m_reload, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->setSpacing(8);
    layout->addWidget(m_heading);
    layout->addLayout(top);
    layout->addWidget(m_view, 3);
    layout->addWidget(m_linesCaption);
    layout->addWidget(m_lines, 2);
    layout->addLayout(bottom);

    retranslateUi();
    m_lineColumns->restore();
    reload();
}

void TransfersPage::reload()
{
    const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
    QString id;
    int direction = -1;
    if (current.isValid()) {
        id = m_model->transfer(current.row()).transferId;
        direction = int(m_model->transfer(current.row()).direction);
    }
    auto transfers = TransferService(m_db).list(m_session);
    if (!transfers)
        showMessage(transfers.message(), true);
    m_model->setTransfers(transfers.ok() ? transfers.value() : QList<Transfer>());
    m_columns->fitToContents();
    if (m_model->rowCount() > 0)
        select(id, direction);
    showLines();
}

void TransfersPage::select(const QString& transferId, int direction)
{
    int row = transferId.isEmpty() ? -1 : m_model->rowOf(transferId, Transfer::Direction(direction));
    const QModelIndex index = row >= 0 ? m_proxy->mapFromSource(m_model->index(row, 0)) : m_proxy->index(0, 0);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void TransfersPage::showLines()
{
    m_lines->setRowCount(0);
    const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
    if (!current.isValid()) {
        m_linesCaption->setText(m_model->rowCount() == 0 ? tr("No transfers yet.") : QString());
        return;
    }
    const Transfer& listed = m_model->transfer(current.row());
    auto found = TransferService(m_db).find(listed.transferId, listed.direction);
    if (!found) {
        showMessage(found.message(), true);
        return;
    }
    const QString lang = Language::current();
    m_linesCaption->setText(tr("Lines of transfer %1").arg(found->number));
    m_lines->setRowCount(int(found->lines.size()));
    for (int row = 0; row < found->lines.size(); ++row) {
        const TransferLineView& l = found->lines.at(row);
        m_lines->setItem(row, 0, cell(QString::number(l.lineNo), true));
        m_lines->setItem(row, 1, cell(l.sku));
        m_lines->setItem(row, 2, cell(l.name.in(lang)));
        QString batch = l.batch;
        if (l.expiresOn.isValid())
            batch += (batch.isEmpty() ? QString() : QStringLiteral(", ")) +
                     tr("until %1").arg(l.expiresOn.toString(QStringLiteral("dd.MM.yyyy")));
        m_lines->setItem(row, 3, cell(batch));
        m_lines->setItem(row, 4, cell(l.sent.format(lang), true));
        auto* received = cell(l.received ? l.received->format(lang) : QString(), true);
        if (l.received && *l.received != l.sent)
            received->setForeground(QColor(0xb3, 0x26, 0x1e));
        m_lines->setItem(row, 5, received);
    }
    m_lineColumns->fitToContents();
}

void TransfersPage::sendGoods()
{
    SendGoodsDialog dialog(m_db, m_session, this);
    if (dialog.exec() == QDialog::Accepted && dialog.sent()) {
        const Transfer& t = *dialog.sent();
        reload();
        select(t.transferId, int(t.direction));
        showMessage(tr("Transfer %1 to %2: the goods left the stock. Give the transfer file to %2 with the goods.")
                        .arg(t.number, t.toShop),
                    false);
    }
    m_view->setFocus();
}

void TransfersPage::receiveTransfer()
{
    ReceiveTransferDialog dialog(m_db, m_session, this);
    QTimer::singleShot(0, &dialog, &ReceiveTransferDialog::openFile);
    dialog.exec();
    reload();
    if (const auto& receipt = dialog.receipt()) {
        select(receipt->transfer.transferId, int(receipt->transfer.direction));
        if (receipt->outcome == TransferReceipt::Outcome::Received ||
            receipt->outcome == TransferReceipt::Outcome::Confirmed)
            showMessage(
                tr("Transfer %1: %2.").arg(receipt->transfer.number, Transfer::stateText(receipt->transfer.state)),
                false);
    }
    m_view->setFocus();
}

bool TransfersPage::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (watched == m_view && (key == Qt::Key_Return || key == Qt::Key_Enter) && m_lines->rowCount() > 0) {
            m_lines->setFocus();
            m_lines->setCurrentCell(0, 2);
            return true;
        }
        if (watched == m_lines && key == Qt::Key_Escape) {
            m_view->setFocus();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void TransfersPage::showMessage(const QString& text, bool error)
{
    showLineMessage(m_message, text, error);
}

void TransfersPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_model->setLanguage(Language::current());
        retranslateUi();
        showLines();
    }
    QWidget::changeEvent(event);
}

void TransfersPage::retranslateUi()
{
    m_heading->setText(tr("Goods sent to the other shops of the network and received from them, each with a "
                          "file that goes with the goods."));
    setKeyedText(m_send, tr("Send goods"), true);
    setKeyedText(m_receive, tr("Receive transfer"), true);
    m_receive->setToolTip(tr("Opens a transfer file that came with goods, or the confirmation of goods sent from "
                             "here (%1).")
                              .arg(shortcutText(m_receive->shortcut())));
    setKeyedText(m_reload, tr("Reload"), true);
    m_view->setToolTip(tr("Enter shows the lines of the selected transfer; Esc comes back."));
    m_lines->setHorizontalHeaderLabels({tr("Line"), tr("SKU"), tr("Product"), tr("Batch"), tr("Sent"), tr("Received")});
}

} // namespace ovop::ui
