// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

class QLabel;
class QWidget;

namespace ovop::ui {

// A word-wrapped label shown later inside a form (an error under a field) may be given the height
// of its narrowest shape, one word per line, leaving a gap under the text. This keeps the label's
// minimum height at what its text needs at its present width, updated whenever it is resized or
// its text changes. The minimum height the label had before is kept as the least height.
void fitWrappedLabelHeight(QLabel* label);
// Fits again every such label under root, after their texts changed.
void refitWrappedLabels(QWidget* root);

} // namespace ovop::ui
