// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "ui/stock/AdjustDialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

#include "models/core/Language.h"
#include "models/stock/MinLevels.h"
#include "models/store/Database.h"
#include "ui/widgets/FieldError.h"
#include "ui/widgets/FormHelpers.h"
#include "ui/widgets/AskFirst.h"

namespace ovop::ui {

namespace {

QLabel* headingFor(const StockRow& row, const QString& language, QWidget* parent)
{
    auto* heading = new QLabel(QStringLiteral("%1 (%2)").arg(row.name.in(language), row.sku), parent);
    heading->setProperty("role", QStringLiteral("subheading"));
    heading->setWordWrap(true);
    return heading;
}

// Save and Cancel at the bottom right, Ctrl+S saving.
QHBoxLayout* saveCancel(QDialog* dialog, QPushButton*& save, const QString& name)
{
    save = new QPushButton(
        QCoreApplication::translate("AdjustDialog", "Save (%1)").arg(shortcutText(QKeySequence::Save)), dialog);
    save->setObjectName(name);
    save->setProperty("role", QStringLiteral("primary"));
    save->setAutoDefault(false);
    auto* cancel = new QPushButton(QCoreApplication::translate("AdjustDialog", "Cancel (Esc)"), dialog);
    cancel->setAutoDefault(false);
    QObject::connect(cancel, &QPushButton::clicked, dialog, &QDialog::reject);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(save);
    buttons->addWidget(cancel);
    return buttons;
}

QString currentLanguage(const Session& session)
{
    const QString current = Language::current();
    return current.isEmpty() ? session.language : current;
}
} // namespace

AdjustDialog::AdjustDialog(Database& db, const Session& session, const StockRow& row, QWidget* parent)
    : QDialog(parent), m_db(db), m_session(session), m_row(row)
{
    setObjectName(QStringLiteral("adjustDialog"));
    setWindowTitle(tr("Correct stock"));
    const QString lang = language();

    auto* onHand = new QLabel(tr("On hand: %1 %2").arg(row.onHand.format(lang), Units::symbol(row.unit)), this);
    m_reason = new QComboBox(this);
    m_reason->setObjectName(QStringLiteral("adjustReason"));
    for (AdjustmentReason reason : AdjustmentReasons::all())
        m_reason->addItem(AdjustmentReasons::displayName(reason), AdjustmentReasons::key(reason));
    m_quantity = new QLineEdit(this);
    m_quantity->setObjectName(QStringLiteral("adjustQuantity"));
    m_direction = new QLabel(this);
    m_direction->setProperty("role", QStringLiteral("hint"));
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("adjustNote"));
    m_note->setMaxLength(AdjustmentService::MaxNoteLength);

    auto* form = new QFormLayout;
    auto addRow = [&](const QString& label, QWidget* field, const QString& key) {
        auto* error = new FieldError(field, this);
        error->setReservesSpace(true);
        m_errors.insert(key, error);
        auto* text = new QLabel(label, this);
        text->setBuddy(field);
        form->addRow(text, FieldError::wrap(field, error));
        return text;
    };
    addRow(tr("&Reason"), m_reason, QStringLiteral("reason"));
    auto* quantityRow = new QWidget(this);
    auto* quantityLayout = new QHBoxLayout(quantityRow);
    quantityLayout->setContentsMargins(0, 0, 0, 0);
    quantityLayout->addWidget(m_quantity, 1);
    quantityLayout->addWidget(m_direction);
    m_quantity->setMinimumWidth(120);
    addRow(tr("&Quantity (%1)").arg(Units::symbol(row.unit)), quantityRow, QStringLiteral("quantity"));
    m_errors.value(QStringLiteral("quantity"))->setField(m_quantity);
    if (row.tracksBatches) {
        m_batch = new QComboBox(this);
        m_batch->setObjectName(QStringLiteral("adjustBatch"));
        m_batch->setEditable(true);
        m_batch->setInsertPolicy(QComboBox::NoInsert);
        for (const BatchStock& b : row.batches)
            m_batch->addItem(b.batch, b.batch);
        addRow(tr("&Batch"), m_batch, QStringLiteral("batch"));
        m_expires = new QDateEdit(this);
        m_expires->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
        m_expires->setCalendarPopup(true);
        m_expires->setDate(m_db.now().date().addYears(1));
        m_expiresLabel = addRow(tr("E&xpires (a new batch found)"), m_expires, QStringLiteral("expires_on"));
    }
    addRow(tr("&Note"), m_note, QStringLiteral("note"));

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("adjustMessage"));
    m_message->setWordWrap(true);
    m_message->setFixedHeight(2 * m_message->fontMetrics().lineSpacing() + 4);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(headingFor(row, lang, this));
    layout->addWidget(onHand);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_message);
    layout->addLayout(saveCancel(this, m_save, QStringLiteral("adjustSaveButton")));
    connect(m_save, &QPushButton::clicked, this, &AdjustDialog::save);
    connect(new QShortcut(QKeySequence::Save, this), &QShortcut::activated, this, &AdjustDialog::save);
    connect(m_reason, &QComboBox::currentIndexChanged, this, &AdjustDialog::reasonChanged);
    reasonChanged();
    setMinimumWidth(520);
    m_quantity->setFocus();
}

QString AdjustDialog::language() const
{
    return currentLanguage(m_session);
}

void AdjustDialog::reasonChanged()
{
    const bool found = m_reason->currentData().toString() == QLatin1String("found");
    m_direction->setText(found ? tr("comes into stock") : tr("goes out of stock"));
    if (m_expires) {
        m_expires->setVisible(found);
        m_expiresLabel->setVisible(found);
    }
}

bool AdjustDialog::save()
{
    clearFieldErrors(m_errors);
    showFormMessage(m_message, QString(), false);
    AdjustmentRequest request;
    request.productId = m_row.productId;
    request.reason = AdjustmentReasons::fromKey(m_reason->currentData().toString()).value_or(AdjustmentReason::Other);
    request.note = m_note->text();
    auto quantity = Quantity::parse(m_quantity->text());
    if (!quantity || quantity.value().milli() <= 0) {
        m_errors.value(QStringLiteral("quantity"))
            ->showError(quantity ? tr("Enter how much, more than zero.") : quantity.message());
        m_quantity->setFocus();
        return false;
    }
    const bool found = request.reason == AdjustmentReason::Found;
    request.quantity = found ? quantity.value() : Quantity::fromMilli(-quantity.value().milli());
    if (m_batch) {
        request.batch = m_batch->currentText().trimmed();
        const bool known = m_batch->findText(request.batch) >= 0;
        if (found && !known && !request.batch.isEmpty())
            request.expiresOn = m_expires->date();
    }
    const auto done = AdjustmentService(m_db).adjust(m_session, request);
    if (!done) {
        const QStringList rest = showFieldProblems(m_errors, done.error().problems);
        if (done.error().problems.isEmpty() || !rest.isEmpty())
            showFormMessage(m_message, done.message(), true);
        focusFirstFieldError(m_errors);
        return false;
    }
    m_done = done.value();
    accept();
    return true;
}

MinLevelDialog::MinLevelDialog(Database& db, const Session& session, const StockRow& row, QWidget* parent)
    : QDialog(parent), m_db(db), m_session(session), m_row(row)
{
    setObjectName(QStringLiteral("minLevelDialog"));
    setWindowTitle(tr("Minimum level"));
    const QString lang = currentLanguage(session);
    m_level = new QLineEdit(row.minLevel.format(lang), this);
    m_level->setObjectName(QStringLiteral("minLevelField"));
    m_level->selectAll();
    m_error = new FieldError(m_level, this);
    m_error->setReservesSpace(true);
    auto* hint = new QLabel(tr("Below this level the product is low and goes on the reorder list. "
                               "0 removes the minimum. On hand: %1 %2.")
                                .arg(row.onHand.format(lang), Units::symbol(row.unit)),
                            this);
    hint->setProperty("role", QStringLiteral("hint"));
    hint->setWordWrap(true);
    auto* form = new QFormLayout;
    auto* label = new QLabel(tr("&Minimum (%1)").arg(Units::symbol(row.unit)), this);
    label->setBuddy(m_level);
    form->addRow(label, FieldError::wrap(m_level, m_error));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(headingFor(row, lang, this));
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addStretch(1);
    layout->addLayout(saveCancel(this, m_save, QStringLiteral("minLevelSaveButton")));
    connect(m_save, &QPushButton::clicked, this, &MinLevelDialog::save);
    connect(new QShortcut(QKeySequence::Save, this), &QShortcut::activated, this, &MinLevelDialog::save);
    connect(m_level, &QLineEdit::returnPressed, this, &MinLevelDialog::save);
    setMinimumWidth(460);
}

bool MinLevelDialog::save()
{
    m_error->clearError();
    const QString text = m_level->text().trimmed();
    auto level = text.isEmpty() ? Result<Quantity>(Quantity()) : Quantity::parse(text);
    if (!level) {
        m_error->showError(level.message());
        return false;
    }
    const Status done = MinLevels(m_db).set(m_session, m_row.productId, level.value());
    if (!done) {
        m_error->showError(done.message());
        m_level->setFocus();
        return false;
    }
    accept();
    return true;
}

} // namespace ovop::ui
