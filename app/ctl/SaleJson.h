// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QJsonObject>

#include "Command.h"
#include "models/sales/Sale.h"

namespace ovop::ctl {

// A sale as `sale --json` and `sale show --json` print it: receipt, total, tax, paid, change and
// the lines (sku, quantity, price, discount, amount); amounts in tyiyn.
QJsonObject saleJson(const Sale& sale);
// A return as `refund --json` prints it.
QJsonObject returnJson(const SaleReturn& doc);
// A sale as a short text for `sale show`.
void printSale(Context& ctx, const Sale& sale);
// Hands a committed sale or return to the fiscal register; a failure is printed as a warning (the
// document stays listed by `fiscal list --failed` for `fiscal retry`), never as a failed sale.
void sendToFiscalRegister(Context& ctx, Database& db, const QString& documentType, const QString& documentId);

} // namespace ovop::ctl
