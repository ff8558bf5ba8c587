// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <functional>

#include <QString>

#include "CatalogFixture.h"

class QWidget;

namespace ovop::test {

// Barcodes of the shop catalogue (seedShopCatalog).
inline const QString FeltSlippersCode = QStringLiteral("4006381333931"); // FLT-001, 1 200 som
inline const QString HoneyCode = QStringLiteral("5901234123457");        // HON-001, 550 som

// Opens a shift on the shop's till (as the manager, with a float of 1 000 som).
void openShift(Shop& shop);

// Types a code and Enter into the widget that has the focus, as a barcode scanner does.
void scanIntoFocus(const QString& code);

// Runs fn on the modal dialog named objectName once it is open (polling; gives up after five
// seconds). Call before the action that opens it.
void whenModal(const QString& objectName, std::function<void(QWidget*)> fn);

// Types text and, when enter is set, Enter into the widget that has the focus.
void typeIntoFocus(const QString& text, bool enter = true);

} // namespace ovop::test
