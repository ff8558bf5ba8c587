// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QList>

#include "models/core/Result.h"

namespace ovop {

class Database;
struct Session;

// The demo shop's past six months, so that the reports have a story to tell: a shift a day (opened
// in the morning, closed in the evening with its Z report), sales of every producer's goods by the
// sellers taking turns, more at weekends, in the summer tourist season and before the New Year,
// paid in cash, by card and by QR, a few damaged goods brought back, the month's goods delivered
// at its start, and two producers' statements made and paid. Everything goes through the
// services, with the database's clock moved through those days; the same shop and the same
// "today" always give the same history (seed: the shop code). Before the till's own history
// (demo/DemoSales.h), whose shifts are today's. manager makes the deliveries and statements.
Status seedDemoHistory(Database& db, const Session& manager, const QList<Session>& sellers);

} // namespace ovop
