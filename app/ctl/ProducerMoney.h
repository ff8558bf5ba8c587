// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QJsonObject>

#include "models/payouts/Payouts.h"

namespace ovop::ctl {

struct Context;

// ovopctl producer return: unsold goods given back to their producer (ProducerReturnCommand.cpp).
int returnToProducer(Context& ctx);
// ovopctl producer commission: a producer's commission per category.
int producerCommission(Context& ctx);

// A statement as `statement --json` prints it (amounts in tyiyn, quantities in units):
// id, number, producer, producer_name, from, to, language, lines [{line, kind, sku, name,
// quantity, amount, commission_bp, commission, receipt, return_receipt, at}], gross, returns,
// commission, owed, paid, due, payout. Lines only when the statement was read with them.
QJsonObject statementJson(const Statement& s);
// A payout as `payout --json` prints it: id, number, statement, producer, amount, method, reference.
QJsonObject payoutJson(const Payout& p);
// A return to a producer: id, number, producer, note, lines [{sku, name, batch, expires_on, quantity}].
QJsonObject producerReturnJson(const ProducerReturn& r);

} // namespace ovop::ctl
