// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "ui/stock/ReceiveDialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

#include "models/catalog/CatalogService.h"
#include "models/catalog/ProducerService.h"
#include "models/core/Language.h"
#include "models/stock/StockQuery.h"
#include "models/store/Database.h"
#include "ui/widgets/FieldError.h"
#include "ui/widgets/FormHelpers.h"
#include "ui/widgets/AskFirst.h"

namespace ovop::ui {

namespace {
const QString DateFormat = QStringLiteral("dd.MM.yyyy");

} // namespace

ReceiveDialog::ReceiveDialog(Database& db, const Session& session, QWidget* parent)
    : QDialog(parent), m_db(db), m_session(session)
{
    setObjectName(QStringLiteral("receiveDialog"));
    setWindowTitle(tr("Receive goods"));

    m_producer = new QComboBox(this);
    m_producer->setObjectName(QStringLiteral("receiveProducer"));
    m_producer->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_producer->setMinimumContentsLength(16);
    m_producer->setToolTip(tr("Or scan the first product: its producer is chosen for you"));
    m_terms = new QComboBox(this);
    m_terms->setObjectName(QStringLiteral("receiveTerms"));
    m_terms->addItem(ProducerKinds::termsDisplayName(Producer::Terms::Consignment),
                     ProducerKinds::termsKey(Producer::Terms::Consignment));
    m_terms->addItem(ProducerKinds::termsDisplayName(Producer::Terms::Purchase),
                     ProducerKinds::termsKey(Producer::Terms::Purchase));
    m_date = new QDateEdit(this);
    m_date->setObjectName(QStringLiteral("receiveDate"));
    m_date->setDisplayFormat(DateFormat);
    m_date->setCalendarPopup(true);
    m_date->setMaximumDate(m_db.now().date());
    m_date->setDate(m_db.now().date());
    m_document = new QLineEdit(this);
    m_document->setObjectName(QStringLiteral("receiveDocument"));
    m_document->setMaxLength(ReceivingService::MaxTextLength);
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("receiveNote"));
    m_note->setMaxLength(ReceivingService::MaxTextLength);

    auto* form = new QGridLayout;
    form->setHorizontalSpacing(8);
    auto addField = [&](int row, int column, const QString& label, QWidget* field, const QString& key) {
        auto* error = new FieldError(field, this);
        error->setReservesSpace(true);
        m_errors.insert(key, error);
        auto* text = new QLabel(label, this);
        text->setBuddy(field);
        form->addWidget(text, row, column * 2, Qt::AlignTop);
        form->addWidget(FieldError::wrap(field, error), row, column * 2 + 1);
    };
    addField(0, 0, tr("&Producer"), m_producer, QStringLiteral("producer"));
    addField(0, 1, tr("&Terms"), m_terms, QStringLiteral("terms"));
    addField(1, 0, tr("Supplier's &document"), m_document, QStringLiteral("supplier_document"));
    addField(1, 1, tr("D&ate"), m_date, QStringLiteral("date"));
    addField(2, 0, tr("N&ote"), m_note, QStringLiteral("note"));
    form->setColumnStretch(1, 2);
    form->setColumnStretch(3, 1);

    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("receiveCode"));
    m_code->setPlaceholderText(tr("Scan or type a barcode or SKU, then Enter"));
    m_code->setClearButtonEnabled(true);
    m_add = new QPushButton(tr("Add (Enter)"), this);
    m_add->setObjectName(QStringLiteral("receiveAddButton"));
    m_add->setAutoDefault(false);
    m_remove = new QPushButton(tr("Remove line (%1)").arg(shortcutText(QKeySequence(Qt::CTRL | Qt::Key_Delete))), this);
    m_remove->setObjectName(QStringLiteral("receiveRemoveButton"));
    m_remove->setAutoDefault(false);
    auto* codeLabel = new QLabel(tr("&Goods"), this);
    codeLabel->setBuddy(m_code);
    auto* codeRow = new QHBoxLayout;
    codeRow->addWidget(codeLabel);
    codeRow->addWidget(m_code, 1);
    codeRow->addWidget(m_add);
    codeRow->addWidget(m_remove);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("receiveLines"));
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    m_table->setHorizontalHeaderLabels(
        {tr("SKU"), tr("Name"), tr("Quantity"), tr("Cost per unit"), tr("Batch"), tr("Expires")});

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("receiveMessage"));
    m_message->setWordWrap(true);
    QSizePolicy messagePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    messagePolicy.setRetainSizeWhenHidden(true);
    m_message->setSizePolicy(messagePolicy);
    m_message->setFixedHeight(2 * m_message->fontMetrics().lineSpacing() + 4);

    m_save = new QPushButton(tr("Save (%1)").arg(shortcutText(QKeySequence::Save)), this);
    m_save->setObjectName(QStringLiteral("receiveSaveButton"));
    m_save->setProperty("role", QStringLiteral("primary"));
    m_save->setAutoDefault(false);
    m_cancel = new QPushButton(tr("Cancel (Esc)"), this);
    m_cancel->setObjectName(QStringLiteral("receiveCancelButton"));
    m_cancel->setAutoDefault(false);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    buttons->addWidget(m_cancel);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(codeRow);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    connect(m_code, &QLineEdit::returnPressed, this, [this] {
        if (addCode(m_code->text()))
            m_code->clear();
        else
            m_code->selectAll();
    });
    connect(m_add, &QPushButton::clicked, this, [this] {
        if (addCode(m_code->text()))
            m_code->clear();
        m_code->setFocus();
    });
    connect(m_remove, &QPushButton::clicked, this, &ReceiveDialog::removeLine);
    auto* remove = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete), this);
    connect(remove, &QShortcut::activated, this, &ReceiveDialog::removeLine);
    auto* saveKey = new QShortcut(QKeySequence::Save, this);
    connect(saveKey, &QShortcut::activated, this, &ReceiveDialog::save);
    connect(m_save, &QPushButton::clicked, this, &ReceiveDialog::save);
    connect(m_cancel, &QPushButton::clicked, this, &ReceiveDialog::reject);
    connect(m_producer, &QComboBox::currentIndexChanged, this, &ReceiveDialog::producerChanged);
    connect(m_terms, &QComboBox::currentIndexChanged, this, &ReceiveDialog::termsChanged);
    connect(m_table, &QTableWidget::itemChanged, this,
            [this](QTableWidgetItem* item) { markCell(item->row(), item->column(), false); });

    fillProducers();
    updateColumns();
    m_code->setFocus();
    resize(960, 620);
}

QString ReceiveDialog::language() const
{
    const QString current = Language::current();
    return current.isEmpty() ? m_session.language : current;
}

void ReceiveDialog::fillProducers()
{
    m_producer->clear();
    m_producer->addItem(tr("Choose a producer"), QString());
    ProducerFilter filter;
    filter.state = ProducerFilter::State::Active;
    const auto list = ProducerService(m_db).list(m_session, filter);
    if (!list) {
        showMessage(list.message(), true);
        return;
    }
    m_producers = list.value();
    for (const Producer& p : m_producers)
        m_producer->addItem(QStringLiteral("%1 (%2)").arg(p.name, p.code), p.id);
}

bool ReceiveDialog::selectProducer(const QString& code)
{
    for (int i = 0; i < m_producers.size(); ++i)
        if (m_producers.at(i).code.compare(code, Qt::CaseInsensitive) == 0) {
            m_producer->setCurrentIndex(i + 1);
            return true;
        }
    return false;
}

void ReceiveDialog::producerChanged()
{
    m_errors.value(QStringLiteral("producer"))->clearError();
    const int i = m_producer->currentIndex() - 1;
    if (i < 0 || i >= m_producers.size())
        return;
    const Producer& p = m_producers.at(i);
    selectData(m_terms, ProducerKinds::termsKey(p.terms));
    // The producer's exempt-seller document, unless the user typed another.
    if (m_document->text().isEmpty() || m_document->text() == m_prefilledDocument) {
        m_document->setText(p.exemptSellerDocument);
        m_prefilledDocument = p.exemptSellerDocument;
    }
    // Goods of another producer cannot be on this delivery.
    int removed = 0;
    for (int row = int(m_lines.size()) - 1; row >= 0; --row)
        if (m_lines.at(row).product.producerId != p.id) {
            m_lines.removeAt(row);
            m_table->removeRow(row);
            ++removed;
        }
    if (removed > 0)
        showMessage(tr("%n line(s) of another producer's goods were taken off the delivery.", nullptr, removed), true);
    updateColumns();
}

void ReceiveDialog::termsChanged()
{
    updateColumns();
}

void ReceiveDialog::updateColumns()
{
    const bool purchase = m_terms->currentData().toString() == ProducerKinds::termsKey(Producer::Terms::Purchase);
    bool batches = false;
    for (const Line& line : m_lines)
        batches = batches || line.product.tracksBatches;
    m_table->setColumnHidden(Cost, !purchase);
    m_table->setColumnHidden(Batch, !batches);
    m_table->setColumnHidden(Expires, !batches);
    m_remove->setEnabled(!m_lines.isEmpty());
}

bool ReceiveDialog::addCode(const QString& typed)
{
    const QString code = typed.trimmed();
    if (code.isEmpty())
        return false;
    const auto id = StockQuery(m_db).productIdFor(code);
    if (!id) {
        showMessage(id.error().kind == ErrorKind::NotFound ? tr("No product has the barcode or SKU “%1”.").arg(code)
                                                           : id.message(),
                    true);
        return false;
    }
    const auto product = CatalogService(m_db).get(id.value());
    if (!product) {
        showMessage(product.message(), true);
        return false;
    }
    const Product& p = product.value();
    const QString name = QStringLiteral("%1 (%2)").arg(p.name.in(language()), p.sku);
    if (!p.active) {
        showMessage(tr("%1 is archived: put it back on sale before receiving it.").arg(name), true);
        return false;
    }
    if (m_producer->currentData().toString().isEmpty()) {
        const int at = m_producer->findData(p.producerId);
        if (at < 0) {
            showMessage(tr("The producer of %1 is archived or unknown.").arg(name), true);
            return false;
        }
        m_producer->setCurrentIndex(at);
    } else if (m_producer->currentData().toString() != p.producerId) {
        showMessage(tr("%1 is made by %2, not by the producer of this delivery: receive it on a delivery of its own.")
                        .arg(name, p.producerName.isEmpty() ? p.producerCode : p.producerName),
                    true);
        return false;
    }
    for (int row = 0; row < m_lines.size(); ++row) {
        if (m_lines.at(row).product.id != p.id)
            continue;
        // Scanned again: one more.
        auto quantity = Quantity::parse(m_table->item(row, QuantityColumn)->text());
        const Quantity more = Quantity::fromMilli((quantity ? quantity.value().milli() : 0) + Quantity::Scale);
        m_table->item(row, QuantityColumn)->setText(more.format(language()));
        m_table->setCurrentCell(row, QuantityColumn);
        showMessage(tr("%1: %2 now.").arg(name, more.format(language())), false);
        return true;
    }

    const int row = int(m_lines.size());
    m_lines.append(Line{p});
    m_table->insertRow(row);
    auto fixed = [](const QString& text) {
        auto* item = new QTableWidgetItem(text);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        item->setToolTip(text);
        return item;
    };
    m_table->setItem(row, Sku, fixed(p.sku));
    m_table->setItem(row, Name, fixed(p.name.in(language())));
    auto* quantity = new QTableWidgetItem(Quantity::fromUnits(1).format(language()));
    quantity->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    quantity->setToolTip(tr("In %1; type to change").arg(Units::symbol(p.unit)));
    m_table->setItem(row, QuantityColumn, quantity);
    auto* cost = new QTableWidgetItem;
    cost->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_table->setItem(row, Cost, cost);
    if (p.tracksBatches) {
        m_table->setItem(row, Batch, new QTableWidgetItem);
        auto* expires = new QDateEdit(m_table);
        expires->setDisplayFormat(DateFormat);
        expires->setCalendarPopup(true);
        expires->setDate(m_db.now().date().addYears(1));
        m_table->setCellWidget(row, Expires, expires);
    } else {
        m_table->setItem(row, Batch, fixed(QString()));
        m_table->setItem(row, Expires, fixed(QString()));
    }
    updateColumns();
    m_table->setCurrentCell(row, QuantityColumn);
    showMessage(tr("%1 added.").arg(name), false);
    return true;
}

void ReceiveDialog::setLine(int row, const QString& quantity, const QString& cost, const QString& batch,
                            const QDate& expiresOn)
{
    if (row < 0 || row >= m_lines.size())
        return;
    m_table->item(row, QuantityColumn)->setText(quantity);
    m_table->item(row, Cost)->setText(cost);
    if (m_lines.at(row).product.tracksBatches) {
        m_table->item(row, Batch)->setText(batch);
        if (auto* edit = qobject_cast<QDateEdit*>(m_table->cellWidget(row, Expires)); edit && expiresOn.isValid())
            edit->setDate(expiresOn);
    }
}

void ReceiveDialog::removeLine()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_lines.size())
        return;
    m_lines.removeAt(row);
    m_table->removeRow(row);
    updateColumns();
    m_code->setFocus();
}

void ReceiveDialog::markCell(int row, int column, bool bad)
{
    if (QTableWidgetItem* item = m_table->item(row, column))
        item->setBackground(bad ? QBrush(QColor(0xf9, 0xd6, 0xd3)) : QBrush());
}

bool ReceiveDialog::save()
{
    clearFieldErrors(m_errors);
    const bool purchase = m_terms->currentData().toString() == ProducerKinds::termsKey(Producer::Terms::Purchase);
    ReceivingRequest request;
    request.producerId = m_producer->currentData().toString();
    request.terms = ProducerKinds::termsFromKey(m_terms->currentData().toString());
    request.date = m_date->date();
    request.supplierDocument = m_document->text();
    request.note = m_note->text();

    QStringList problems;
    if (request.producerId.isEmpty())
        m_errors.value(QStringLiteral("producer"))->showError(tr("Choose a producer."));
    if (m_lines.isEmpty())
        problems << tr("Scan or type the goods received first.");
    for (int row = 0; row < m_lines.size(); ++row) {
        const Product& p = m_lines.at(row).product;
        const QString where = tr("Line %1: ").arg(row + 1);
        ReceivingLine line;
        line.productId = p.id;
        auto quantity = Quantity::parse(m_table->item(row, QuantityColumn)->text());
        markCell(row, QuantityColumn, !quantity || quantity.value().milli() <= 0);
        if (!quantity)
            problems << where + quantity.message();
        else if (quantity.value().milli() <= 0)
            problems << where + tr("the quantity must be more than zero.");
        else
            line.quantity = quantity.value();
        if (purchase) {
            auto cost = Money::parse(m_table->item(row, Cost)->text());
            markCell(row, Cost, !cost);
            if (!cost)
                problems << where + tr("goods bought need their cost per unit.") + QLatin1Char(' ') + cost.message();
            else
                line.unitCost = cost.value();
        }
        if (p.tracksBatches) {
            line.batch = m_table->item(row, Batch)->text().trimmed();
            markCell(row, Batch, line.batch.isEmpty());
            if (line.batch.isEmpty())
                problems << where + tr("enter the batch of %1.").arg(p.sku);
            if (auto* edit = qobject_cast<QDateEdit*>(m_table->cellWidget(row, Expires)))
                line.expiresOn = edit->date();
        }
        request.lines << line;
    }
    if (!problems.isEmpty() || m_errors.value(QStringLiteral("producer"))->hasError()) {
        showMessage(problems.isEmpty() ? tr("Choose a producer.") : problems.join(QLatin1Char('\n')), true);
        focusFirstFieldError(m_errors);
        return false;
    }

    const auto done = ReceivingService(m_db).receive(m_session, request);
    if (!done) {
        showFieldProblems(m_errors, done.error().problems);
        showMessage(done.message(), true);
        focusFirstFieldError(m_errors);
        return false;
    }
    m_received = done.value();
    m_lines.clear();
    accept();
    return true;
}

QList<QPair<QString, Quantity>> ReceiveDialog::receivedSkus() const
{
    QList<QPair<QString, Quantity>> out;
    for (int row = 0; row < m_received.lines.size() && row < m_table->rowCount(); ++row)
        out.append({m_table->item(row, Sku)->text(), m_received.lines.at(row).quantity});
    return out;
}

void ReceiveDialog::showMessage(const QString& text, bool error)
{
    showFormMessage(m_message, text, error);
    m_message->setToolTip(text);
}

void ReceiveDialog::reject()
{
    if (!m_lines.isEmpty()) {
        QMessageBox box(QMessageBox::Question, tr("Receive goods"),
                        tr("The delivery of %n line(s) is not saved yet.", nullptr, int(m_lines.size())),
                        QMessageBox::NoButton, this);
        box.setObjectName(QStringLiteral("unsavedDialog"));
        QPushButton* saveIt = box.addButton(tr("Save"), QMessageBox::AcceptRole);
        QPushButton* discard = box.addButton(tr("Discard"), QMessageBox::DestructiveRole);
        QPushButton* keep = box.addButton(tr("Keep editing"), QMessageBox::RejectRole);
        box.setDefaultButton(keep);
        box.setEscapeButton(keep);
        box.exec();
        if (box.clickedButton() == saveIt) {
            save();
            return;
        }
        if (box.clickedButton() != discard)
            return;
    }
    QDialog::reject();
}

} // namespace ovop::ui
