// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "ui/transfers/ReceiveTransferDialog.h"

#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "models/core/Language.h"
#include "models/stock/StockLookup.h"
#include "ui/transfers/TransferFileDialogs.h"
#include "ui/widgets/AskFirst.h"

namespace ovop::ui {

namespace {

QTableWidgetItem* readOnly(const QString& text, bool number = false)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

ReceiveTransferDialog::ReceiveTransferDialog(Database& db, const Session& session, QWidget* parent)
    : QDialog(parent), m_db(db), m_session(session)
{
    setObjectName(QStringLiteral("receiveTransferDialog"));
    setModal(true);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("receiveSummary"));
    m_summary->setWordWrap(true);
    m_summary->setProperty("role", QStringLiteral("subheading"));

    m_lines = new QTableWidget(0, ColumnCount, this);
    m_lines->setObjectName(QStringLiteral("receiveLines"));
    m_lines->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_lines->setSelectionMode(QAbstractItemView::SingleSelection);
    m_lines->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_lines->verticalHeader()->hide();
    m_lines->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_lines->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    m_lines->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    m_message = keptMessageLine(this, QStringLiteral("receiveMessage"), 3);

    m_open = new QPushButton(this);
    m_open->setObjectName(QStringLiteral("receiveOpen"));
    m_open->setShortcut(QKeySequence::Open);
    connect(m_open, &QPushButton::clicked, this, &ReceiveTransferDialog::openFile);
    m_close = new QPushButton(this);
    m_close->setObjectName(QStringLiteral("receiveClose"));
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    m_saveConfirmation = new QPushButton(this);
    m_saveConfirmation->setObjectName(QStringLiteral("receiveSaveConfirmation"));
    m_saveConfirmation->setShortcut(QKeySequence::Save);
    connect(m_saveConfirmation, &QPushButton::clicked, this, &ReceiveTransferDialog::saveConfirmation);
    m_receive = new QPushButton(this);
    m_receive->setObjectName(QStringLiteral("receiveReceive"));
    m_receive->setProperty("role", QStringLiteral("primary"));
    m_receive->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    connect(m_receive, &QPushButton::clicked, this, &ReceiveTransferDialog::receive);
    for (QPushButton* b : {m_open, m_close, m_saveConfirmation, m_receive}) {
        b->setAutoDefault(false);
        b->setMinimumHeight(52);
    }

    auto* top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_open, 0, Qt::AlignTop);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_close);
    buttons->addWidget(m_saveConfirmation);
    buttons->addWidget(m_receive);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(8);
    layout->addLayout(top);
    layout->addWidget(m_lines, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    retranslateUi();
    updateButtons();
    resize(880, 560);
}

void ReceiveTransferDialog::openFile()
{
    const QString path = askTransferFileToOpen(this, tr("Open a transfer file or a confirmation"));
    if (!path.isEmpty())
        load(path);
}

void ReceiveTransferDialog::load(const QString& path)
{
    m_path = path;
    m_contents.reset();
    m_receipt.reset();
    m_refused = false;
    m_lines->setRowCount(0);
    m_summary->clear();
    TransferService transfers(m_db);
    auto contents = transfers.preview(path);
    if (!contents) {
        m_refused = true;
        showMessage(tr("%1 cannot be opened: %2").arg(QDir::toNativeSeparators(path), contents.message()), true);
        updateButtons();
        return;
    }
    m_contents = contents.value();
    showContents();
    if (!m_contents->isConfirmation) {
        const TransferDocument& t = m_contents->transfer;
        if (auto already = transfers.find(t.transferId, Transfer::Direction::In)) {
            m_refused = true;
            m_receipt = TransferReceipt{TransferReceipt::Outcome::AlreadyReceived, already.value()};
            showMessage(tr("Transfer %1 from %2 was already received (%3): nothing changes. Save confirmation "
                           "(Ctrl+S) writes its confirmation again.")
                            .arg(t.number, t.fromCode, Transfer::stateText(already->state)),
                        true);
        } else {
            showMessage(tr("Check the goods against the lines: where another quantity arrived, type it in the "
                           "Received column. Then Receive (Ctrl+Enter)."),
                        false);
        }
    } else {
        const TransferConfirmation& c = m_contents->confirmation;
        auto sent = transfers.find(c.transferId, Transfer::Direction::Out);
        if (sent && sent->state != Transfer::State::Sent) {
            m_refused = true;
            showMessage(tr("The confirmation of transfer %1 was already recorded (%2): nothing changes.")
                            .arg(c.number, Transfer::stateText(sent->state)),
                        true);
        } else {
            showMessage(tr("%1 confirms what arrived of transfer %2. Record (Ctrl+Enter) keeps it with the transfer.")
                            .arg(c.toCode, c.number),
                        false);
        }
    }
    updateButtons();
    if (!m_refused && !m_contents->isConfirmation && m_lines->rowCount() > 0) {
        m_lines->setFocus();
        m_lines->setCurrentCell(0, Received);
    }
}

void ReceiveTransferDialog::showContents()
{
    const QString lang = Language::current();
    m_lines->setRowCount(0);
    if (!m_contents)
        return;
    if (m_contents->isConfirmation) {
        const TransferConfirmation& c = m_contents->confirmation;
        m_summary->setText(tr("Confirmation of transfer %1: %2 (%3) received the goods on %4.")
                               .arg(c.number, c.toName, c.toCode,
                                    c.receivedAt.toLocalTime().toString(QStringLiteral("dd.MM.yyyy HH:mm"))));
        m_lines->setRowCount(int(c.lines.size()));
        for (int row = 0; row < c.lines.size(); ++row) {
            const ConfirmationLine& l = c.lines.at(row);
            QString name;
            if (auto product = StockLookup::byCode(m_db, l.sku))
                name = product->name.in(lang);
            m_lines->setItem(row, Line, readOnly(QString::number(l.lineNo), true));
            m_lines->setItem(row, Sku, readOnly(l.sku));
            m_lines->setItem(row, Name, readOnly(name));
            m_lines->setItem(row, Batch, readOnly(QString()));
            m_lines->setItem(row, Sent, readOnly(l.sent.format(lang), true));
            m_lines->setItem(row, Received, readOnly(l.received.format(lang), true));
        }
        return;
    }
    const TransferDocument& t = m_contents->transfer;
    m_summary->setText(tr("Transfer %1 from %2 (%3), sent on %4 by %5.")
                           .arg(t.number, t.fromName, t.fromCode,
                                t.sentAt.toLocalTime().toString(QStringLiteral("dd.MM.yyyy HH:mm")), t.user));
    m_lines->setRowCount(int(t.lines.size()));
    for (int row = 0; row < t.lines.size(); ++row) {
        const TransferFileLine& l = t.lines.at(row);
        m_lines->setItem(row, Line, readOnly(QString::number(l.lineNo), true));
        m_lines->setItem(row, Sku, readOnly(l.sku));
        m_lines->setItem(row, Name, readOnly(l.name.in(lang)));
        QString batch = l.batch;
        if (l.expiresOn.isValid())
            batch += (batch.isEmpty() ? QString() : QStringLiteral(", ")) +
                     tr("until %1").arg(l.expiresOn.toString(QStringLiteral("dd.MM.yyyy")));
        m_lines->setItem(row, Batch, readOnly(batch));
        m_lines->setItem(row, Sent, readOnly(l.quantity.format(lang), true));
        auto* received = new QTableWidgetItem(l.quantity.format(lang));
        received->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        received->setData(Qt::UserRole, l.lineNo);
        m_lines->setItem(row, Received, received);
    }
}

void ReceiveTransferDialog::receive()
{
    if (!m_contents || m_refused || m_receipt)
        return;
    m_lines->setCurrentIndex(QModelIndex()); // takes the quantity being typed, if any
    QMap<int, Quantity> received;
    int differences = 0;
    if (!m_contents->isConfirmation) {
        const TransferDocument& t = m_contents->transfer;
        for (int row = 0; row < t.lines.size(); ++row) {
            QTableWidgetItem* item = m_lines->item(row, Received);
            auto quantity = Quantity::parse(item ? item->text().trimmed() : QString());
            if (!quantity) {
                showMessage(tr("Line %1: %2").arg(t.lines.at(row).lineNo).arg(quantity.message()), true);
                m_lines->setFocus();
                m_lines->setCurrentCell(row, Received);
                return;
            }
            received.insert(t.lines.at(row).lineNo, quantity.value());
            if (quantity.value() != t.lines.at(row).quantity)
                ++differences;
        }
        if (differences > 0 &&
            !askFirst(this, tr("Receive the transfer"),
                      tr("%n line(s) arrived with another quantity than was sent. Receive the goods as counted?",
                         nullptr, differences),
                      tr("Receive")))
            return;
    }
    auto done = TransferService(m_db).receive(m_session, m_path, received);
    if (!done) {
        showMessage(done.message(), true);
        return;
    }
    m_receipt = done.value();
    const Transfer& t = m_receipt->transfer;
    const QString state = Transfer::stateText(t.state);
    switch (m_receipt->outcome) {
    case TransferReceipt::Outcome::Received:
        showMessage(tr("Transfer %1 from %2 received (%3): the goods are in the stock. Save confirmation (Ctrl+S) "
                       "and give the file to %2.")
                        .arg(t.number, t.fromShop, state),
                    false);
        break;
    case TransferReceipt::Outcome::Confirmed:
        showMessage(tr("%1 confirmed transfer %2: %3.").arg(t.toShop, t.number, state), false);
        break;
    case TransferReceipt::Outcome::AlreadyReceived:
        showMessage(tr("Transfer %1 was already received: nothing changed.").arg(t.number), true);
        break;
    case TransferReceipt::Outcome::AlreadyConfirmed:
        showMessage(tr("The confirmation of transfer %1 was already recorded: nothing changed.").arg(t.number), true);
        break;
    }
    for (int row = 0; row < m_lines->rowCount(); ++row)
        if (QTableWidgetItem* item = m_lines->item(row, Received))
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    updateButtons();
    (m_saveConfirmation->isEnabled() ? m_saveConfirmation : m_close)->setFocus();
}

void ReceiveTransferDialog::saveConfirmation()
{
    if (!m_receipt || m_receipt->transfer.direction != Transfer::Direction::In)
        return;
    const Transfer& t = m_receipt->transfer;
    QString number = t.number;
    number.replace(QLatin1Char('/'), QLatin1Char('-'));
    const auto target =
        askTransferFileToSave(this, tr("Save the confirmation"), QStringLiteral("confirmation-%1.json").arg(number));
    if (!target)
        return;
    if (auto written = TransferService(m_db).writeConfirmation(t.transferId, target->path, target->overwrite);
        !written) {
        showMessage(written.message(), true);
        return;
    }
    m_confirmationPath = target->path;
    showMessage(
        tr("Confirmation written to %1: give it to %2.").arg(QDir::toNativeSeparators(target->path), t.fromShop),
        false);
    m_close->setFocus();
}

void ReceiveTransferDialog::updateButtons()
{
    const bool canRecord = m_contents && !m_refused && !m_receipt;
    m_receive->setEnabled(canRecord);
    m_saveConfirmation->setVisible(!m_contents || !m_contents->isConfirmation);
    m_saveConfirmation->setEnabled(m_receipt && m_receipt->transfer.direction == Transfer::Direction::In);
    m_lines->setEditTriggers(canRecord && !m_contents->isConfirmation ? QAbstractItemView::AllEditTriggers
                                                                      : QAbstractItemView::NoEditTriggers);
    retranslateUi();
}

void ReceiveTransferDialog::showMessage(const QString& text, bool error)
{
    showLineMessage(m_message, text, error);
}

void ReceiveTransferDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ReceiveTransferDialog::retranslateUi()
{
    setWindowTitle(tr("Receive a transfer"));
    if (!m_contents)
        m_summary->setText(tr("Open the transfer file that came with the goods, or a confirmation from the shop "
                              "they went to (Ctrl+O)."));
    setKeyedText(m_open, tr("Open file…"), true);
    m_close->setText(tr("Close") + QStringLiteral("\nEsc"));
    m_close->setToolTip(tr("Close (Esc)"));
    setKeyedText(m_saveConfirmation, tr("Save confirmation…"), true);
    setKeyedText(m_receive, m_contents && m_contents->isConfirmation ? tr("Record") : tr("Receive"), true);
    m_lines->setHorizontalHeaderLabels({tr("Line"), tr("SKU"), tr("Product"), tr("Batch"), tr("Sent"), tr("Received")});
}

} // namespace ovop::ui
