// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// Sales and returns written straight into the till's tables, for tests of what adds them up.
#pragma once

#include <QList>
#include <QPair>
#include <QString>

#include "TestSupport.h"

namespace ovop::test {

using Payments = QList<QPair<QString, qint64>>; // method key, amount in tyiyn

// The demo shop (admin, manager, cashier) with helpers that append sales and returns as the till
// would (documents with their payments; no lines).
class TillShop
{
public:
    TillShop();

    Database& db() { return m_shop.db(); }
    TempShop& shop() { return m_shop; }

    Session admin;
    Session manager;
    Session cashier;

    // A sale of the shift: gross and discount in tyiyn, payments as handed over; the change is
    // what was paid beyond the total. Returns its id.
    QString addSale(const QString& shiftId, qint64 gross, qint64 discount, const Payments& payments);
    // A return of a sale in the shift, refunded as given. Returns its id.
    QString addReturn(const QString& shiftId, const QString& saleId, const Payments& refunds);
    // Runs SQL on the test's own connection; fails the test when it is refused.
    void exec(const QString& sql);
    // Whether the SQL is refused (a trigger or a constraint).
    bool refused(const QString& sql);

private:
    TempShop m_shop;
    int m_receipts = 0;
};

} // namespace ovop::test
