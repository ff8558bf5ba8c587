// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "ui/payouts/ProducerReturnDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

#include "models/catalog/CatalogService.h"
#include "models/core/Language.h"
#include "models/payouts/ProducerDocuments.h"
#include "models/settings/ShopSettings.h"
#include "ui/documents/ProducerDocumentRenderer.h"
#include "ui/widgets/FileDialogs.h"
#include "ui/widgets/FormHelpers.h"

namespace ovop::ui {

ProducerReturnDialog::ProducerReturnDialog(Database& db, const Session& session, const QString& producerId,
                                           QWidget* parent)
    : QDialog(parent), m_db(db), m_session(session), m_producerId(producerId)
{
    setObjectName(QStringLiteral("producerReturnDialog"));
    setWindowTitle(tr("Return goods to the producer"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    auto* scan = new QHBoxLayout;
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("returnCode"));
    m_code->setPlaceholderText(tr("Scan or type a SKU or barcode, then Enter"));
    m_quantity = new QLineEdit(QStringLiteral("1"), this);
    m_quantity->setObjectName(QStringLiteral("returnQuantity"));
    m_quantity->setMaximumWidth(m_quantity->fontMetrics().horizontalAdvance(QStringLiteral("0000000000")));
    scan->addWidget(m_code, 1);
    auto* quantityLabel = new QLabel(tr("&Quantity"), this);
    quantityLabel->setBuddy(m_quantity);
    scan->addWidget(quantityLabel);
    scan->addWidget(m_quantity);
    // A row of two fields: its label names the code field, so that Alt and the letter reach it.
    auto* goodsLabel = new QLabel(tr("&Goods"), this);
    goodsLabel->setBuddy(m_code);
    form->addRow(goodsLabel, scan);
    layout->addLayout(form);
    m_lines = new QTableWidget(0, 3, this);
    m_lines->setObjectName(QStringLiteral("returnLines"));
    m_lines->setHorizontalHeaderLabels({tr("SKU"), tr("Goods"), tr("Qty")});
    m_lines->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_lines->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_lines->verticalHeader()->hide();
    m_lines->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    layout->addWidget(m_lines, 1);
    auto* noteForm = new QFormLayout;
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("returnNote"));
    m_note->setMaxLength(ProducerReturnService::MaxNoteLength);
    noteForm->addRow(tr("&Note"), m_note);
    layout->addLayout(noteForm);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("returnMessage"));
    m_message->setWordWrap(true);
    m_message->setMinimumHeight(2 * m_message->fontMetrics().lineSpacing() + 4);
    layout->addWidget(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_giveBack = buttons->addButton(tr("Give back (Ctrl+Enter)"), QDialogButtonBox::ActionRole);
    m_giveBack->setObjectName(QStringLiteral("returnGiveBack"));
    m_save = buttons->addButton(tr("Save document as PDF… (Ctrl+S)"), QDialogButtonBox::ActionRole);
    m_save->setObjectName(QStringLiteral("returnSave"));
    m_save->setShortcut(QKeySequence::Save);
    m_save->setEnabled(false);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, [this] { m_done ? accept() : reject(); });
    connect(m_giveBack, &QPushButton::clicked, this, [this] { (void)giveBack(); });
    connect(m_save, &QPushButton::clicked, this, &ProducerReturnDialog::savePdf);
    connect(m_code, &QLineEdit::returnPressed, this, [this] {
        if (addCode(m_code->text()))
            m_code->clear();
        m_code->setFocus();
    });
    resize(720, 480);
    m_code->setFocus();
}

Status ProducerReturnDialog::addCode(const QString& code, const QString& quantityText)
{
    if (m_done)
        return Error{tr("This return is recorded already.")};
    CatalogService catalog(m_db);
    auto product = catalog.findBySku(code.trimmed());
    if (product && !product->has_value())
        product = catalog.findByBarcode(code.trimmed());
    if (!product || !product->has_value()) {
        const QString message = product ? tr("No product has the code %1.").arg(code.trimmed()) : product.message();
        showMessage(message, true);
        return Error{message};
    }
    const Product& p = product->value();
    if (p.producerId != m_producerId) {
        const QString message = tr("%1 is another producer's: only this producer's goods go back.").arg(p.sku);
        showMessage(message, true);
        return Error{message};
    }
    auto quantity = Quantity::parse(quantityText.isEmpty() ? m_quantity->text() : quantityText);
    if (!quantity || quantity->milli() <= 0) {
        const QString message = tr("Give a quantity of more than zero.");
        showMessage(message, true);
        return Error{message};
    }
    m_chosen << ProducerReturnService::Line{p.id, quantity.value()};
    const int row = m_lines->rowCount();
    m_lines->insertRow(row);
    m_lines->setItem(row, 0, new QTableWidgetItem(p.sku));
    m_lines->setItem(row, 1, new QTableWidgetItem(p.name.in(Language::current())));
    auto* qty = new QTableWidgetItem(quantity->format(Language::current()));
    qty->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_lines->setItem(row, 2, qty);
    m_lines->selectRow(row);
    m_quantity->setText(QStringLiteral("1"));
    showMessage({}, false);
    return {};
}

Status ProducerReturnDialog::giveBack()
{
    if (m_done)
        return {};
    auto done = ProducerReturnService(m_db).giveBack(m_session, m_producerId, m_chosen, m_note->text());
    if (!done) {
        showMessage(done.message(), true);
        return done.error();
    }
    m_done = done.value();
    m_giveBack->setEnabled(false);
    m_save->setEnabled(true);
    m_code->setEnabled(false);
    showMessage(tr("Return %1 recorded: save or print its document for both to sign.").arg(m_done->number), false);
    m_save->setFocus();
    return {};
}

Status ProducerReturnDialog::writePdf(const QString& path, Overwrite overwrite)
{
    if (!m_done)
        return Error{tr("Record the return first.")};
    auto settings = SettingsService(m_db).load();
    if (!settings)
        return settings.error();
    const Status written = ProducerDocumentRenderer::writePdf(
        path, ProducerDocuments::producerReturn(m_done.value(), settings.value(), settings->receiptLanguage),
        overwrite);
    showMessage(written ? tr("Saved to %1.").arg(QDir::toNativeSeparators(path)) : written.message(), !written);
    return written;
}

void ProducerReturnDialog::savePdf()
{
    if (!m_done)
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path =
        chooseFileToSave(this, tr("Save as PDF"), folder + QLatin1Char('/') + m_done->number + QStringLiteral(".pdf"),
                         tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    Overwrite overwrite = Overwrite::Allow;
    if (!path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive)) {
        path += QStringLiteral(".pdf");
        overwrite = Overwrite::Refuse;
    }
    (void)writePdf(path, overwrite);
}

void ProducerReturnDialog::keyPressEvent(QKeyEvent* event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        event->modifiers().testFlag(Qt::ControlModifier)) {
        (void)giveBack();
        return;
    }
    if (event->key() == Qt::Key_Delete && m_lines->hasFocus() && !m_done) {
        const int row = m_lines->currentRow();
        if (row >= 0 && row < m_chosen.size()) {
            m_chosen.removeAt(row);
            m_lines->removeRow(row);
        }
        return;
    }
    // Enter in the code field adds a line; it never closes the dialog.
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        return;
    QDialog::keyPressEvent(event);
}

void ProducerReturnDialog::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setProperty("role", error ? QStringLiteral("error") : QStringLiteral("ok"));
    repolish(m_message);
}

} // namespace ovop::ui
