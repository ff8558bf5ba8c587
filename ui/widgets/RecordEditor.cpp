// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "ui/widgets/RecordEditor.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include "models/core/Language.h"
#include "ui/widgets/FieldError.h"
#include "ui/widgets/FormHelpers.h"
#include "ui/widgets/WrappedLabelHeight.h"

namespace ovop::ui {

RecordEditor::RecordEditor(Database& db, const Session& session, const QString& name, Permission editPermission,
                           QWidget* parent)
    : QDialog(parent), m_db(db), m_session(session), m_name(name), m_editPermission(editPermission),
      m_readOnly(!session.can(editPermission))
{
    setObjectName(name + QStringLiteral("Editor"));
}

void RecordEditor::setFrameTexts(const FrameTexts& texts)
{
    m_texts = texts;
    updateButtons();
}

void RecordEditor::setWrappingLabels(int minimumWidth)
{
    m_labelMinimumWidth = minimumWidth;
}

void RecordEditor::addRow(QFormLayout* form, const QString& key, QWidget* editor)
{
    auto* error = new FieldError(editor, this);
    error->setObjectName(QStringLiteral("error_") + key);
    error->setReservesSpace(true);
    showStartOfText(editor);
    QLabel* label = FieldError::rowLabel(editor);
    // As high as the field, at the top of the row (above the line kept for the field's error).
    label->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    if (m_labelMinimumWidth >= 0) {
        label->setWordWrap(true);
        label->setMinimumWidth(m_labelMinimumWidth);
        fitWrappedLabelHeight(label);
    }
    form->addRow(label, FieldError::wrap(editor, error));
    m_fields.insert(key, editor);
    m_errors.insert(key, error);
    m_labels.insert(key, label);
}

void RecordEditor::setField(const QString& key, QWidget* editor)
{
    m_fields.insert(key, editor);
}

void RecordEditor::addError(const QString& key, FieldError* error)
{
    error->setObjectName(QStringLiteral("error_") + key);
    error->setReservesSpace(true);
    m_errors.insert(key, error);
}

void RecordEditor::setLabelTexts(const QMap<QString, QString>& texts)
{
    for (auto it = texts.cbegin(); it != texts.cend(); ++it) {
        if (QLabel* label = m_labels.value(it.key())) {
            label->setText(it.value());
            if (m_labelMinimumWidth >= 0)
                fitWrappedLabelHeight(label);
        }
    }
}

void RecordEditor::setColumns(QWidget* left, QWidget* right)
{
    // Made after the columns, so that the keyboard reaches the buttons after the fields.
    QScrollArea* scroll = twoColumnScrollArea(left, right, this);
    const QString Name = m_name.isEmpty() ? m_name : m_name.at(0).toUpper() + m_name.mid(1);
    m_message = new QLabel(this);
    m_message->setObjectName(m_name + QStringLiteral("EditorMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A place of its own, two lines high whether or not a message is shown: nothing moves.
    QSizePolicy messagePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    messagePolicy.setRetainSizeWhenHidden(true);
    m_message->setSizePolicy(messagePolicy);
    m_message->setFixedHeight(2 * m_message->fontMetrics().lineSpacing() + 4);
    m_message->hide();
    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("save%1Button").arg(Name));
    m_save->setProperty("role", QStringLiteral("primary"));
    m_save->setDefault(true);
    connect(m_save, &QPushButton::clicked, this, &RecordEditor::save);
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("cancel%1Button").arg(Name));
    connect(m_cancel, &QPushButton::clicked, this, &RecordEditor::reject);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addStretch(0);
    buttons->addWidget(m_save);
    buttons->addWidget(m_cancel);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);
}

bool RecordEditor::startSave()
{
    clearProblems();
    showMessage(QString(), false);
    if (m_readOnly) {
        showMessage(Roles::refusal(m_editPermission).message, true);
        return false;
    }
    return true;
}

void RecordEditor::showProblems(const FieldProblems& problems)
{
    const QStringList general = showFieldProblems(m_errors, problems);
    showMessage(general.isEmpty() ? m_texts.nothingSaved : general.join(QLatin1Char('\n')), true);
    focusFirstFieldError(m_errors);
}

void RecordEditor::clearProblems()
{
    clearFieldErrors(m_errors);
}

void RecordEditor::showRefusal(const QString& message, const FieldProblems& problems)
{
    if (problems.isEmpty())
        showMessage(message, true);
    else
        showProblems(problems);
}

void RecordEditor::showMessage(const QString& text, bool error)
{
    showFormMessage(m_message, text, error);
    m_message->setToolTip(text);
}

void RecordEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateButtons();
}

void RecordEditor::restyleFields()
{
    // The style sheet reads "readOnly" when it styles a field: again, once it changed.
    for (QWidget* w : findChildren<QWidget*>()) {
        if (qobject_cast<QLineEdit*>(w) || qobject_cast<QPlainTextEdit*>(w) || qobject_cast<QComboBox*>(w) ||
            qobject_cast<QAbstractSpinBox*>(w))
            repolish(w);
    }
}

void RecordEditor::updateButtons()
{
    m_save->setText(m_texts.save);
    m_save->setEnabled(!m_readOnly);
    m_save->setVisible(!m_readOnly);
    m_cancel->setDefault(m_readOnly);
    m_save->setToolTip(m_readOnly ? Roles::refusal(m_editPermission).message : QString());
    m_cancel->setText(m_readOnly ? m_texts.close : m_texts.cancel);
}

void RecordEditor::markClean()
{
    m_clean = formState();
}

bool RecordEditor::hasUnsavedChanges() const
{
    return !m_readOnly && (hasOtherChanges() || formState() != m_clean);
}

QStringList RecordEditor::formState() const
{
    // What every field holds, read the same way whatever the language the lists are shown in.
    QStringList state;
    for (const QWidget* w : findChildren<QWidget*>()) {
        const QWidget* parent = w->parentWidget();
        if (qobject_cast<const QComboBox*>(parent) || qobject_cast<const QAbstractSpinBox*>(parent))
            continue; // the box's own line edit
        if (const auto* edit = qobject_cast<const QLineEdit*>(w)) {
            state << edit->text();
        } else if (const auto* text = qobject_cast<const QPlainTextEdit*>(w)) {
            state << text->toPlainText();
        } else if (const auto* combo = qobject_cast<const QComboBox*>(w)) {
            const bool listed = !combo->isEditable() || combo->findText(combo->currentText()) == combo->currentIndex();
            state << (listed ? QStringLiteral("#") + combo->currentData().toString()
                             : QStringLiteral("=") + combo->currentText());
        } else if (const auto* spin = qobject_cast<const QAbstractSpinBox*>(w)) {
            state << spin->text();
        } else if (const auto* button = qobject_cast<const QAbstractButton*>(w); button && button->isCheckable()) {
            state << (button->isChecked() ? QStringLiteral("1") : QStringLiteral("0"));
        }
    }
    return state;
}

void RecordEditor::reject()
{
    if (!hasUnsavedChanges()) {
        QDialog::reject();
        return;
    }
    QMessageBox box(QMessageBox::Question, windowTitle(), tr("Save the changes before closing?"), QMessageBox::NoButton,
                    this);
    box.setObjectName(QStringLiteral("unsavedChangesDialog"));
    box.setInformativeText(tr("If you discard them, the record stays as it was."));
    QPushButton* saveChoice = box.addButton(m_texts.save, QMessageBox::AcceptRole);
    saveChoice->setObjectName(QStringLiteral("saveChangesButton"));
    QPushButton* discard = box.addButton(tr("Discard changes"), QMessageBox::DestructiveRole);
    discard->setObjectName(QStringLiteral("discardChangesButton"));
    QPushButton* keep = box.addButton(tr("Keep editing"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepEditingButton"));
    box.setDefaultButton(saveChoice);
    box.setEscapeButton(keep);
    box.exec();
    if (box.clickedButton() == saveChoice)
        save(); // accepts when saved; else the problems are shown and the editor stays open
    else if (box.clickedButton() == discard)
        QDialog::reject();
}

void RecordEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

QString RecordEditor::language() const
{
    const QString current = Language::current();
    return current.isEmpty() ? m_session.language : current;
}

} // namespace ovop::ui
