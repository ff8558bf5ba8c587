// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "ui/transfers/SendGoodsDialog.h"

#include <QApplication>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

#include "models/core/Language.h"
#include "models/stock/StockLookup.h"
#include "models/store/Database.h"
#include "ui/transfers/TransferFileDialogs.h"
#include "ui/widgets/AskFirst.h"

namespace ovop::ui {

SendGoodsDialog::SendGoodsDialog(Database& db, const Session& session, QWidget* parent)
    : QDialog(parent), m_db(db), m_session(session)
{
    setObjectName(QStringLiteral("sendGoodsDialog"));
    setModal(true);

    m_shopLabel = new QLabel(this);
    m_shop = new QLineEdit(this);
    m_shop->setObjectName(QStringLiteral("sendGoodsShop"));
    m_shop->setMaxLength(20);
    m_shop->setFixedWidth(180);
    m_shop->setPlaceholderText(QStringLiteral("KAR-1"));
    m_shopLabel->setBuddy(m_shop);
    connect(m_shop, &QLineEdit::returnPressed, this, [this] { m_code->setFocus(); });

    m_codeLabel = new QLabel(this);
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("sendGoodsCode"));
    m_code->setProperty("role", QStringLiteral("tillScan"));
    m_code->setMaxLength(64);
    m_code->setMinimumWidth(200);
    m_codeLabel->setBuddy(m_code);
    m_quantityLabel = new QLabel(this);
    m_quantity = new QLineEdit(this);
    m_quantity->setObjectName(QStringLiteral("sendGoodsQuantity"));
    m_quantity->setMaxLength(12);
    m_quantity->setFixedWidth(110);
    m_quantity->setPlaceholderText(QStringLiteral("1"));
    m_quantityLabel->setBuddy(m_quantity);
    m_add = new QPushButton(this);
    m_add->setObjectName(QStringLiteral("sendGoodsAdd"));
    m_add->setAutoDefault(false);
    connect(m_code, &QLineEdit::returnPressed, this, &SendGoodsDialog::addLine);
    connect(m_quantity, &QLineEdit::returnPressed, this, &SendGoodsDialog::addLine);
    connect(m_add, &QPushButton::clicked, this, &SendGoodsDialog::addLine);

    m_lines = new QTableWidget(0, 3, this);
    m_lines->setObjectName(QStringLiteral("sendGoodsLines"));
    m_lines->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_lines->setSelectionMode(QAbstractItemView::SingleSelection);
    m_lines->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_lines->verticalHeader()->hide();
    m_lines->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_lines->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_lines->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    auto* deleteKey = new QShortcut(QKeySequence::Delete, m_lines, nullptr, nullptr, Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, this, &SendGoodsDialog::removeLine);

    m_message = keptMessageLine(this, QStringLiteral("sendGoodsMessage"));

    m_remove = new QPushButton(this);
    m_remove->setObjectName(QStringLiteral("sendGoodsRemove"));
    m_remove->setAutoDefault(false);
    connect(m_remove, &QPushButton::clicked, this, &SendGoodsDialog::removeLine);
    m_close = new QPushButton(this);
    m_close->setObjectName(QStringLiteral("sendGoodsClose"));
    m_close->setAutoDefault(false);
    connect(m_close, &QPushButton::clicked, this, &SendGoodsDialog::reject);
    m_send = new QPushButton(this);
    m_send->setObjectName(QStringLiteral("sendGoodsSend"));
    m_send->setProperty("role", QStringLiteral("primary"));
    m_send->setAutoDefault(false);
    m_send->setShortcut(QKeySequence::Save);
    connect(m_send, &QPushButton::clicked, this, &SendGoodsDialog::send);
    for (QPushButton* b : {m_add, m_remove, m_close, m_send})
        b->setMinimumHeight(52);

    auto* form = new QGridLayout;
    form->addWidget(m_shopLabel, 0, 0);
    form->addWidget(m_shop, 0, 1, 1, 4, Qt::AlignLeft);
    form->addWidget(m_codeLabel, 1, 0);
    form->addWidget(m_code, 1, 1);
    form->addWidget(m_quantityLabel, 1, 2);
    form->addWidget(m_quantity, 1, 3);
    form->addWidget(m_add, 1, 4);
    form->setColumnStretch(1, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(m_close);
    buttons->addWidget(m_send);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(8);
    layout->addLayout(form);
    layout->addWidget(m_lines, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    retranslateUi();
    showLines();
    resize(900, 600);
    m_shop->setFocus();
}

void SendGoodsDialog::addLine()
{
    const QString code = m_code->text().trimmed();
    if (code.isEmpty()) {
        m_code->setFocus();
        return;
    }
    Quantity quantity = Quantity::fromUnits(1);
    if (const QString typed = m_quantity->text().trimmed(); !typed.isEmpty()) {
        auto parsed = Quantity::parse(typed);
        if (!parsed || parsed->isZero()) {
            showMessage(parsed ? tr("The quantity must be more than zero.") : parsed.message(), true);
            m_quantity->setFocus();
            m_quantity->selectAll();
            return;
        }
        quantity = parsed.value();
    }
    auto product = StockLookup::byCode(m_db, code);
    if (!product) {
        QApplication::beep();
        showMessage(tr("%1: %2").arg(code, product.message()), true);
        m_code->setFocus();
        m_code->selectAll();
        return;
    }
    const QString lang = Language::current();
    int row = -1;
    for (int i = 0; i < m_items.size(); ++i)
        if (m_items.at(i).productId == product->id)
            row = i;
    if (row < 0) {
        m_items << Line{product->id, product->sku, product->name.in(lang), quantity};
        row = int(m_items.size()) - 1;
    } else {
        m_items[row].quantity = m_items.at(row).quantity + quantity;
    }
    showLines();
    m_lines->selectRow(row);
    m_lines->scrollToItem(m_lines->item(row, 0));
    showMessage(tr("%1 (%2): %3 to send.")
                    .arg(m_items.at(row).name, m_items.at(row).sku, m_items.at(row).quantity.format(lang)),
                false);
    m_quantity->clear();
    m_code->setFocus();
    m_code->selectAll();
}

void SendGoodsDialog::removeLine()
{
    const int row = m_lines->currentRow();
    if (row < 0 || row >= m_items.size())
        return;
    const Line removed = m_items.takeAt(row);
    showLines();
    if (!m_items.isEmpty())
        m_lines->selectRow(std::min(row, int(m_items.size()) - 1));
    showMessage(tr("%1 (%2) removed.").arg(removed.name, removed.sku), false);
    (m_items.isEmpty() ? static_cast<QWidget*>(m_code) : m_lines)->setFocus();
}

void SendGoodsDialog::showLines()
{
    const QString lang = Language::current();
    m_lines->setRowCount(int(m_items.size()));
    for (int row = 0; row < m_items.size(); ++row) {
        const Line& l = m_items.at(row);
        m_lines->setItem(row, 0, new QTableWidgetItem(l.sku));
        m_lines->setItem(row, 1, new QTableWidgetItem(l.name));
        auto* quantity = new QTableWidgetItem(l.quantity.format(lang));
        quantity->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_lines->setItem(row, 2, quantity);
    }
    m_remove->setEnabled(!m_items.isEmpty());
    m_send->setEnabled(!m_items.isEmpty());
}

void SendGoodsDialog::send()
{
    const QString to = m_shop->text().trimmed().toUpper();
    if (to.isEmpty()) {
        showMessage(tr("Type the code of the shop the goods go to, like KAR-1."), true);
        m_shop->setFocus();
        return;
    }
    if (m_items.isEmpty()) {
        showMessage(tr("Add the goods to send first: scan them or type their codes."), true);
        m_code->setFocus();
        return;
    }
    const QString day = m_db.now().toLocalTime().toString(QStringLiteral("yyyy-MM-dd"));
    const auto target =
        askTransferFileToSave(this, tr("Save the transfer file"), QStringLiteral("transfer-%1-%2.json").arg(to, day));
    if (!target)
        return;
    QList<TransferItem> items;
    for (const Line& l : m_items)
        items << TransferItem{l.sku, l.productId, l.quantity};
    auto sent = TransferService(m_db).send(m_session, to, items, target->path, target->overwrite);
    if (!sent) {
        showMessage(sent.message(), true);
        return;
    }
    m_sent = sent.value();
    m_items.clear();
    accept();
}

void SendGoodsDialog::reject()
{
    if (!m_items.isEmpty() &&
        !askFirst(this, tr("Send goods"),
                  tr("Close without sending? The %n line(s) typed are lost.", nullptr, int(m_items.size())),
                  tr("Close without sending")))
        return;
    QDialog::reject();
}

void SendGoodsDialog::showMessage(const QString& text, bool error)
{
    showLineMessage(m_message, text, error);
}

void SendGoodsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void SendGoodsDialog::retranslateUi()
{
    setWindowTitle(tr("Send goods to another shop"));
    m_shopLabel->setText(tr("&To shop:"));
    m_shop->setToolTip(tr("The code of the shop the goods go to, as in its settings, like KAR-1."));
    m_codeLabel->setText(tr("&Code:"));
    m_code->setToolTip(tr("Scan a product or type its barcode or SKU and Enter."));
    m_quantityLabel->setText(tr("&Quantity:"));
    m_quantity->setToolTip(tr("Empty for one."));
    m_add->setText(tr("Add") + QStringLiteral("\nEnter"));
    m_add->setToolTip(tr("Add (Enter)"));
    m_remove->setText(tr("Remove line") + QStringLiteral("\nDel"));
    m_remove->setToolTip(tr("Remove the selected line (Del in the table)"));
    m_close->setText(tr("Close") + QStringLiteral("\nEsc"));
    m_close->setToolTip(tr("Close (Esc)"));
    setKeyedText(m_send, tr("Save the file and send"), true);
    m_send->setToolTip(tr("Asks where to save the transfer file, then takes the goods out of the stock (%1).")
                           .arg(shortcutText(m_send->shortcut())));
    m_lines->setHorizontalHeaderLabels({tr("SKU"), tr("Product"), tr("Quantity")});
}

} // namespace ovop::ui
