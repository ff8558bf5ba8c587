// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "ui/widgets/RecordEditor.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
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
    QLabel* label = FieldError::rowLabel(editor);
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
}

void RecordEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateButtons();
}

void RecordEditor::updateButtons()
{
    m_save->setText(m_texts.save);
    m_save->setEnabled(!m_readOnly);
    m_save->setToolTip(m_readOnly ? Roles::refusal(m_editPermission).message : QString());
    m_cancel->setText(m_readOnly ? m_texts.close : m_texts.cancel);
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
