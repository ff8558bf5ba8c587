// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "ui/widgets/FormHelpers.h"

#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QStyle>
#include <QVBoxLayout>

#include "ui/widgets/FieldError.h"

namespace ovop::ui {

QPlainTextEdit* fixedHeightTextEdit(QWidget* parent, int height)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(height);
    return edit;
}

void makeSearchable(QComboBox* combo)
{
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    combo->completer()->setFilterMode(Qt::MatchContains);
    combo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
}

QFormLayout* editorColumnForm()
{
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setVerticalSpacing(6);
    return form;
}

QLabel* layOutEditorColumn(QWidget* column, QFormLayout* form)
{
    auto* heading = new QLabel(column);
    heading->setProperty("role", QStringLiteral("subheading"));
    auto* layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addStretch(1);
    return heading;
}

void selectData(QComboBox* combo, const QVariant& value)
{
    const int index = combo->findData(value);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

void repolish(QWidget* widget)
{
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
}

void showFormMessage(QLabel* label, const QString& text, bool error)
{
    label->setText(text);
    label->setProperty("role", error ? QStringLiteral("error") : QStringLiteral("ok"));
    repolish(label);
    label->setVisible(!text.isEmpty());
}

void showStartOfText(QWidget* widget)
{
    QList<QLineEdit*> edits = widget->findChildren<QLineEdit*>();
    QList<QComboBox*> combos = widget->findChildren<QComboBox*>();
    if (auto* edit = qobject_cast<QLineEdit*>(widget))
        edits << edit;
    if (auto* combo = qobject_cast<QComboBox*>(widget))
        combos << combo;
    for (QLineEdit* edit : edits) {
        // Text set by the program (not typed) shows from its start; typing is left alone.
        QObject::connect(edit, &QLineEdit::textChanged, edit, [edit](const QString& text) {
            if (!qobject_cast<QComboBox*>(edit->parentWidget()))
                edit->setToolTip(text);
            if (!edit->isModified())
                edit->setCursorPosition(0);
        });
        QObject::connect(edit, &QLineEdit::editingFinished, edit, [edit] { edit->setCursorPosition(0); });
    }
    for (QComboBox* combo : combos) {
        combo->setToolTip(combo->currentText());
        QObject::connect(combo, &QComboBox::currentTextChanged, combo,
                         [combo](const QString& text) { combo->setToolTip(text); });
    }
}

QScrollArea* twoColumnScrollArea(QWidget* left, QWidget* right, QWidget* parent)
{
    auto* columns = new QWidget;
    auto* columnsLayout = new QHBoxLayout(columns);
    columnsLayout->setContentsMargins(0, 0, 8, 0);
    columnsLayout->setSpacing(24);
    columnsLayout->addWidget(left, 1);
    columnsLayout->addWidget(right, 1);
    auto* scroll = new QScrollArea(parent);
    scroll->setWidget(columns);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return scroll;
}

QStringList showFieldProblems(const QMap<QString, FieldError*>& errors, const FieldProblems& problems)
{
    QMap<QString, QStringList> byField;
    QStringList general;
    for (const FieldProblem& p : problems) {
        if (errors.contains(p.field))
            byField[p.field] << p.message;
        else
            general << p.message;
    }
    for (auto it = byField.cbegin(); it != byField.cend(); ++it)
        errors.value(it.key())->showError(it.value().join(QLatin1Char('\n')));
    return general;
}

void focusFirstFieldError(const QMap<QString, FieldError*>& errors)
{
    for (auto it = errors.cbegin(); it != errors.cend(); ++it) {
        if (it.value()->hasError() && it.value()->field()) {
            it.value()->field()->setFocus();
            break;
        }
    }
}

void clearFieldErrors(const QMap<QString, FieldError*>& errors)
{
    for (FieldError* error : errors)
        error->clearError();
}

} // namespace ovop::ui
