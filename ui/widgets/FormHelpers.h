// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariant>

#include "models/core/Result.h"

class QComboBox;
class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QScrollArea;
class QWidget;

namespace ovop::ui {

class FieldError;

// Small pieces shared by the editor forms (products, producers, villages).

// A multi-line text field of a fixed height that Tab leaves instead of typing a tab.
QPlainTextEdit* fixedHeightTextEdit(QWidget* parent, int height);

// A combo box the user may also type into to find an entry (matching anywhere in the text, any case),
// without adding what was typed as a new entry.
void makeSearchable(QComboBox* combo);

// The form of an editor column: fields grow with the column, rows 6 pixels apart.
QFormLayout* editorColumnForm();

// An editor column: its heading (a subheading label, returned), then form, then empty space.
QLabel* layOutEditorColumn(QWidget* column, QFormLayout* form);

// Selects the combo box item carrying value, or the first item when none does.
void selectData(QComboBox* combo, const QVariant& value);

// Applies the style sheet again after a dynamic property (such as "role" or "invalid") changed.
void repolish(QWidget* widget);

// Shows text in a form's message label, styled as an error or as good news; hidden when empty.
void showFormMessage(QLabel* label, const QString& text, bool error);

// Single-line fields and combo boxes in widget (itself or inside it) show the start of their text
// when it is set (not its end), and the whole text in their tool tip.
void showStartOfText(QWidget* widget);

// Two form columns of equal width side by side, in a frameless scroll area that scrolls vertically.
QScrollArea* twoColumnScrollArea(QWidget* left, QWidget* right, QWidget* parent);

// Shows each problem under its field's error label (several for one field on separate lines) and
// returns the messages of problems for which the form has no field.
QStringList showFieldProblems(const QMap<QString, FieldError*>& errors, const FieldProblems& problems);

// Gives the keyboard focus to the first field (in key order) that shows an error.
void focusFirstFieldError(const QMap<QString, FieldError*>& errors);

// Hides every error label of the form.
void clearFieldErrors(const QMap<QString, FieldError*>& errors);

} // namespace ovop::ui
