// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "ui/till/ReturnDialog.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

#include "models/core/Language.h"
#include "models/sales/ReturnService.h"
#include "models/sales/SaleService.h"
#include "models/sales/Till.h"
#include "models/settings/ShopSettings.h"
#include "ui/sales/ApprovalDialog.h"
#include "ui/till/ReceiptPreviewDialog.h"
#include "ui/till/ReturnLinesModel.h"
#include "ui/till/TillText.h"
#include "ui/widgets/FieldError.h"
#include "ui/widgets/FormHelpers.h"

namespace ovop::ui {

ReturnDialog::ReturnDialog(Database& db, const Session& actor, QWidget* parent)
    : QDialog(parent), m_db(db), m_actor(actor)
{
    setObjectName(QStringLiteral("returnDialog"));
    m_model = new ReturnLinesModel(this);

    // The receipt: a scanner types its number and Enter.
    m_receipt = new QLineEdit(this);
    m_receipt->setObjectName(QStringLiteral("returnReceiptField"));
    m_receipt->setMinimumHeight(44);
    m_receipt->setClearButtonEnabled(true);
    QFont big = m_receipt->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    m_receipt->setFont(big);
    m_receiptLabel = new QLabel(this);
    m_receiptLabel->setBuddy(m_receipt);
    m_find = new QPushButton(this);
    m_find->setObjectName(QStringLiteral("findReceiptButton"));
    m_find->setAutoDefault(false);
    m_find->setMinimumHeight(44);
    m_receiptError = new FieldError(m_receipt, this);
    m_receiptError->setObjectName(QStringLiteral("returnReceiptError"));
    m_receiptError->setReservesSpace(true);
    connect(m_receipt, &QLineEdit::returnPressed, this, [this] { lookUp(m_receipt->text()); });
    connect(m_find, &QPushButton::clicked, this, [this] { lookUp(m_receipt->text()); });

    m_saleInfo = new QLabel(this);
    m_saleInfo->setObjectName(QStringLiteral("returnSaleInfo"));
    m_saleInfo->setWordWrap(true);
    m_saleInfo->setProperty("role", QStringLiteral("hint"));

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("returnLinesTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(36);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(ReturnLinesModel::Name, QHeaderView::Stretch);
    m_view->horizontalHeader()->setTextElideMode(Qt::ElideRight);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_linesError = new FieldError(m_view, this);
    m_linesError->setObjectName(QStringLiteral("returnLinesError"));
    m_linesError->setReservesSpace(true);
    connect(m_model, &ReturnLinesModel::refused, m_linesError, &FieldError::showError);
    connect(m_model, &ReturnLinesModel::chosenChanged, this, &ReturnDialog::updateRefund);

    m_all = new QPushButton(this);
    m_all->setObjectName(QStringLiteral("returnAllButton"));
    m_none = new QPushButton(this);
    m_none->setObjectName(QStringLiteral("returnNoneButton"));
    connect(m_all, &QPushButton::clicked, this, [this] {
        m_linesError->clearError();
        m_model->returnAll();
    });
    connect(m_none, &QPushButton::clicked, this, [this] {
        m_linesError->clearError();
        m_model->returnNone();
    });

    // Where the money and the goods go, and the receipt's language.
    m_refundToLabel = new QLabel(this);
    m_refundOriginal = new QRadioButton(this);
    m_refundOriginal->setObjectName(QStringLiteral("refundOriginal"));
    m_refundCash = new QRadioButton(this);
    m_refundCash->setObjectName(QStringLiteral("refundCash"));
    m_refundOriginal->setChecked(true);
    auto* refundGroup = new QButtonGroup(this);
    refundGroup->addButton(m_refundOriginal);
    refundGroup->addButton(m_refundCash);
    m_goodsLabel = new QLabel(this);
    m_goodsShelf = new QRadioButton(this);
    m_goodsShelf->setObjectName(QStringLiteral("goodsShelf"));
    m_goodsDamaged = new QRadioButton(this);
    m_goodsDamaged->setObjectName(QStringLiteral("goodsDamaged"));
    m_goodsShelf->setChecked(true);
    auto* goodsGroup = new QButtonGroup(this);
    goodsGroup->addButton(m_goodsShelf);
    goodsGroup->addButton(m_goodsDamaged);
    m_languageLabel = new QLabel(this);
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("returnLanguage"));
    for (const QString& code : Language::codes())
        m_language->addItem(Language::nativeName(code), code);
    m_languageLabel->setBuddy(m_language);

    auto* options = new QGridLayout;
    options->setHorizontalSpacing(12);
    options->addWidget(m_refundToLabel, 0, 0);
    options->addWidget(m_refundOriginal, 0, 1);
    options->addWidget(m_refundCash, 0, 2);
    options->addWidget(m_goodsLabel, 1, 0);
    options->addWidget(m_goodsShelf, 1, 1);
    options->addWidget(m_goodsDamaged, 1, 2);
    options->addWidget(m_languageLabel, 2, 0);
    options->addWidget(m_language, 2, 1);
    options->setColumnStretch(3, 1);

    m_refund = new QLabel(this);
    m_refund->setObjectName(QStringLiteral("returnRefund"));
    QFont total = m_refund->font();
    total.setPointSizeF(total.pointSizeF() * 1.6);
    total.setBold(true);
    m_refund->setFont(total);
    m_refund->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("returnResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setText(QStringLiteral(" "));
    m_result->setMinimumHeight(3 * m_result->fontMetrics().lineSpacing() + 4);
    m_result->setText(QString());

    m_receiptButton = new QPushButton(this);
    m_receiptButton->setObjectName(QStringLiteral("returnReceiptButton"));
    m_receiptButton->setEnabled(false);
    m_close = new QPushButton(this);
    m_return = new QPushButton(this);
    m_return->setObjectName(QStringLiteral("makeReturnButton"));
    m_return->setProperty("role", QStringLiteral("primary"));
    for (QPushButton* b : {m_all, m_none, m_receiptButton, m_close, m_return}) {
        b->setAutoDefault(false);
        b->setMinimumHeight(44);
    }
    connect(m_receiptButton, &QPushButton::clicked, this, &ReturnDialog::showReceipt);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_return, &QPushButton::clicked, this, &ReturnDialog::submit);
    for (const QKeySequence& key : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)})
        connect(new QShortcut(key, this), &QShortcut::activated, this, &ReturnDialog::submit);
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_P), this), &QShortcut::activated, this, [this] {
        if (m_last)
            showReceipt();
    });

    auto* receiptRow = new QHBoxLayout;
    receiptRow->addWidget(m_receiptLabel);
    receiptRow->addWidget(m_receipt, 1);
    receiptRow->addWidget(m_find);
    auto* lineButtons = new QHBoxLayout;
    lineButtons->addWidget(m_all);
    lineButtons->addWidget(m_none);
    lineButtons->addStretch(1);
    lineButtons->addWidget(m_refund);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_receiptButton);
    buttons->addStretch(1);
    buttons->addWidget(m_close);
    buttons->addWidget(m_return);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(6);
    layout->addLayout(receiptRow);
    layout->addWidget(m_receiptError);
    layout->addWidget(m_saleInfo);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_linesError);
    layout->addLayout(lineButtons);
    layout->addLayout(options);
    layout->addWidget(m_result);
    layout->addLayout(buttons);
    retranslateUi();
    updateRefund();
    resize(900, 640);
    m_receipt->setFocus();
}

void ReturnDialog::run(Database& db, const Session& actor, QWidget* parent, const QString& receipt)
{
    ReturnDialog dialog(db, actor, parent);
    if (!receipt.isEmpty()) {
        dialog.m_receipt->setText(receipt);
        dialog.lookUp(receipt);
    }
    dialog.exec();
}

void ReturnDialog::lookUp(const QString& receipt)
{
    m_receiptError->clearError();
    m_linesError->clearError();
    const QString number = receipt.trimmed();
    if (number.isEmpty()) {
        m_receiptError->showError(tr("Scan the receipt's barcode or type its number."));
        return;
    }
    auto sale = SaleService(m_db).find(number);
    m_receipt->selectAll(); // the next scan replaces it
    if (!sale) {
        m_model->clear();
        m_saleInfo->clear();
        m_receiptError->showError(sale.message());
        return;
    }
    m_model->setSale(sale.value(), m_actor.language);
    const int at = m_language->findData(sale->language);
    if (at >= 0)
        m_language->setCurrentIndex(at);
    const QString language = m_actor.language;
    m_saleInfo->setText(tr("Receipt %1 of %2, cashier %3: %4, paid %5.")
                            .arg(sale->receipt, sale->at.toString(QStringLiteral("dd.MM.yyyy HH:mm")),
                                 sale->cashierName, sale->total.format(language),
                                 TillText::payments(sale->payments, language)));
    m_saleInfo->setToolTip(m_saleInfo->text());
    if (m_model->rowCount() > 0) {
        m_view->setCurrentIndex(m_model->index(0, ReturnLinesModel::ToReturn));
        m_view->setFocus();
    }
}

void ReturnDialog::updateRefund()
{
    m_refund->setText(tr("To refund: %1").arg(m_model->refund().format(m_actor.language)));
    m_return->setEnabled(m_model->hasSale() && m_model->anythingChosen());
    m_all->setEnabled(m_model->hasSale());
    m_none->setEnabled(m_model->hasSale());
}

void ReturnDialog::submit()
{
    if (!m_model->hasSale() || !m_model->anythingChosen())
        return;
    m_linesError->clearError();
    m_result->clear();
    ReturnRequest request;
    request.receipt = m_model->sale().receipt;
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_model->toReturn(row).milli() != 0)
            request.lines << ReturnRequest::Line{m_model->sale().lines.at(row).lineNo, m_model->toReturn(row)};
    request.refundTo = m_refundCash->isChecked() ? ReturnRequest::RefundTo::Cash : ReturnRequest::RefundTo::Original;
    request.damaged = m_goodsDamaged->isChecked();
    request.language = m_language->currentData().toString();

    ReturnService returns(m_db);
    auto done = returns.refund(m_actor, request);
    if (!done && done.error().kind == ErrorKind::NeedsApproval) {
        auto settings = SettingsService(m_db).load();
        if (!settings) {
            m_result->setText(settings.message());
            return;
        }
        Till till(m_db, m_actor, settings.value());
        ApprovalDialog approval(m_db, till, done.message(), this);
        if (approval.exec() != QDialog::Accepted || !approval.approval()) {
            m_result->setProperty("role", QStringLiteral("error"));
            repolish(m_result);
            m_result->setText(tr("Not returned: %1").arg(done.message()));
            return;
        }
        done = returns.refund(m_actor, request, &*approval.approval());
    }
    if (!done) {
        if (!done.problemsOf(QStringLiteral("quantity")).isEmpty()) {
            m_linesError->showError(done.problemsOf(QStringLiteral("quantity")).join(QLatin1Char('\n')));
            m_view->setFocus();
        } else {
            m_result->setProperty("role", QStringLiteral("error"));
            repolish(m_result);
            m_result->setText(done.message());
        }
        return;
    }
    m_last = done.value();
    // The sale again: what came back before now includes this return.
    if (auto sale = SaleService(m_db).find(request.receipt))
        m_model->setSale(sale.value(), m_actor.language);
    showResult(done.value());
    Q_EMIT returned(done.value());
}

void ReturnDialog::showResult(const SaleReturn& doc)
{
    const QString language = m_actor.language;
    QString text = tr("Return %1 made: %2 refunded — %3.")
                       .arg(doc.receipt, doc.total.format(language), TillText::payments(doc.refunds, language));
    if (!doc.approvedBy.isEmpty())
        text += QLatin1Char(' ') + tr("Approved by %1.").arg(doc.approvedBy);
    m_result->setProperty("role", QStringLiteral("ok"));
    repolish(m_result);
    m_result->setText(text);
    m_receiptButton->setEnabled(true);
    m_receiptButton->setFocus();
}

void ReturnDialog::showReceipt()
{
    if (!m_last)
        return;
    auto settings = SettingsService(m_db).load();
    if (!settings) {
        m_result->setText(settings.message());
        return;
    }
    const PrintedReceipt receipt = ReceiptLayout::saleReturn(*m_last, settings.value(), m_last->language, false);
    ReceiptPreviewDialog preview(receipt, tr("Return receipt %1").arg(m_last->receipt), m_result->text(),
                                 QStringLiteral("return-%1").arg(m_last->receipt), this);
    preview.exec();
}

void ReturnDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ReturnDialog::retranslateUi()
{
    setWindowTitle(tr("Return"));
    m_receiptLabel->setText(tr("Receipt No."));
    m_receipt->setPlaceholderText(tr("Scan the receipt's barcode or type its number"));
    m_find->setText(tr("Find (Enter)"));
    m_all->setText(tr("Return all"));
    m_all->setToolTip(tr("Everything on the receipt that has not come back yet"));
    m_none->setText(tr("Return nothing"));
    m_refundToLabel->setText(tr("Refund to"));
    m_refundOriginal->setText(tr("The sale's payments"));
    m_refundOriginal->setToolTip(tr("Card and QR payments get their money back first, the rest in cash"));
    m_refundCash->setText(tr("All in cash"));
    m_goodsLabel->setText(tr("The goods"));
    m_goodsShelf->setText(tr("Back on the shelf"));
    m_goodsDamaged->setText(tr("Damaged, written off"));
    m_languageLabel->setText(tr("Receipt language"));
    m_receiptButton->setText(tr("Return receipt… (Ctrl+P)"));
    m_receiptButton->setToolTip(tr("Print the return's receipt or save it as PDF"));
    m_close->setText(tr("Close"));
    m_close->setToolTip(tr("Close (Esc)"));
    m_return->setText(tr("Return (Ctrl+Enter)"));
    updateRefund();
}

} // namespace ovop::ui
