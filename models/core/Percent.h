// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QString>

namespace ovop {

// A rate in basis points as people read it in a language: 1200 -> "12%", 1250 -> "12,5%" in
// Kyrgyz and Russian, "12.5%" in English (no trailing zeros after the separator).
QString percentText(int basisPoints, const QString& language);

} // namespace ovop
