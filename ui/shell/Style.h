// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

class QApplication;

namespace ovop::ui {

// The look of the whole application: calm colours, high contrast, targets of at least 44 px.
// Widgets choose a variant through the dynamic property "role" (primary, danger, pad, error,
// heading, ...).
void applyStyle(QApplication& app);

} // namespace ovop::ui
