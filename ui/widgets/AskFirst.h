// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QString>

class QKeySequence;
class QLabel;
class QPushButton;
class QWidget;

namespace ovop::ui {

// Asks before a change the user may regret (the dialog "confirmDialog", its buttons "confirmButton"
// and "cancelButton"): action names the button that goes ahead; Cancel is the default, so that a
// stray Enter (or a scan) changes nothing. True when the user went ahead.
bool askFirst(QWidget* parent, const QString& title, const QString& text, const QString& action);

// A message line that keeps its room (lines high) even when empty, so that nothing moves when a
// message appears.
QLabel* keptMessageLine(QWidget* parent, const QString& objectName, int lines = 2);
// Shows text in a kept message line, styled as an error or as good news.
void showLineMessage(QLabel* line, const QString& text, bool error);

// A button whose words end with its key, e.g. "Post (F8)", or with the key on a second line (so that a
// long Kyrgyz or Russian word takes less width); the key is its shortcut and its tool tip names both.
void setKeyedText(QPushButton* button, const QString& text, bool keyBelow = false);

// A shortcut as the keys are printed on a keyboard and named in the texts: "Ctrl+Enter", not Qt's
// "Ctrl+Return".
QString shortcutText(const QKeySequence& key);

} // namespace ovop::ui
