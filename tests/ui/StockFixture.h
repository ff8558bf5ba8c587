// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <functional>
#include <memory>

#include <QString>

#include "ShopFixture.h"
#include "models/demo/DemoShop.h"
#include "models/core/Quantity.h"

class QWidget;

namespace ovop::test {

// The honey of the demo catalogue (HON-001, kept in batches, 30 on hand) and its barcode.
inline const QString DemoHoneyCode = QStringLiteral("4700123000111");

// The demo shop (ovopctl init --demo, without the till's history) in a temporary database, under
// another shop code when one is given (set through the settings, as a second shop of the network
// would be).
// The demo shop; its till without sales unless asked for the demo's history.
std::unique_ptr<Shop> makeDemoShop(const QString& shopCode = QString(), DemoTill till = DemoTill::Empty);

// What the shop holds of the product with this code (barcode or SKU).
Quantity onHand(Shop& shop, const QString& code);

// Answers the next file dialog (open or save) with path, once it is open. Call before the action
// that opens it.
void answerFileDialog(const QString& path);

// Runs fn on the next modal window whose object name is objectName (polling; gives up after five
// seconds), once ready (when given) says it is ready. Call before the action that opens it.
void whenOpen(const QString& objectName, std::function<void(QWidget*)> fn, std::function<bool(QWidget*)> ready = {});

} // namespace ovop::test
