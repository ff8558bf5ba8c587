// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

class QLabel;

namespace ovop::ui {

// A word-wrapped label in a form inside a scroll area (a long field name in Kyrgyz or Russian) may
// be given the height of another width and be cut or leave a gap. This keeps the label's height at
// what its text needs at its present width, updated whenever it is resized. The minimum height the
// label had before is kept as the least height. Call it again after the text changed.
void fitWrappedLabelHeight(QLabel* label);

} // namespace ovop::ui
