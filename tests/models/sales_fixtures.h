// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include "TestSupport.h"
#include "models/people/Session.h"
#include "models/sales/SaleService.h"
#include "models/sales/Till.h"

namespace ovop::test {

// The demo shop (users admin 1111, manager 2222, cashier 3333; the demo catalogue) with a till.
class SalesShop
{
public:
    SalesShop();
    Database& db() { return m_shop.db(); }
    TempShop& shop() { return m_shop; }
    Session admin;
    Session manager;
    Session cashier;
    ShopSettings settings();
    // Opens a shift on this till with the float, as the manager.
    void openShift(Money openingFloat = Money::fromSom(1000));
    Till till(const Session& who) { return Till(db(), who, settings()); }
    // Sells code x quantity per item, paid in cash exactly; fails the test when refused.
    Sale sell(const QList<std::pair<QString, qint64>>& skuAndUnits, const Session& who);
    QList<QJsonObject> auditDetails(const QString& action);

private:
    TempShop m_shop;
};

} // namespace ovop::test
