// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "sales_fixtures.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>

#include "models/demo/DemoCatalog.h"
#include "models/sales/ShiftService.h"
#include "models/settings/ShopSettings.h"
#include "models/store/Sql.h"

namespace ovop::test {

SalesShop::SalesShop()
{
    m_shop.openDemo();
    admin = m_shop.session(QStringLiteral("admin"));
    manager = m_shop.session(QStringLiteral("manager"));
    cashier = m_shop.session(QStringLiteral("cashier"));
    const Status seeded = seedDemoCatalog(db(), admin);
    INFO(seeded.message().toStdString());
    REQUIRE(seeded.ok());
}

ShopSettings SalesShop::settings()
{
    auto loaded = SettingsService(db()).load();
    REQUIRE(loaded.ok());
    return loaded.value();
}

void SalesShop::openShift(Money openingFloat)
{
    auto opened = ShiftService(db()).open(manager, openingFloat);
    INFO(opened.message().toStdString());
    REQUIRE(opened.ok());
}

Sale SalesShop::sell(const QList<std::pair<QString, qint64>>& skuAndUnits, const Session& who)
{
    Till t = till(who);
    for (const auto& [code, units] : skuAndUnits) {
        auto added = t.addCode(code, Quantity::fromUnits(units));
        INFO(added.message().toStdString());
        REQUIRE(added.ok());
    }
    auto sold = SaleService(db()).commit(t, {Payment{PaymentMethod::Cash, t.totals().total}}, QStringLiteral("ru"));
    INFO(sold.message().toStdString());
    REQUIRE(sold.ok());
    return sold.value();
}

QList<QJsonObject> SalesShop::auditDetails(const QString& action)
{
    SqlQuery q(db().sql(), QStringLiteral("SELECT details FROM audit_log WHERE action = :a ORDER BY seq"));
    q.bind(QStringLiteral(":a"), action);
    REQUIRE(q.exec().ok());
    QList<QJsonObject> out;
    while (q.next())
        out << QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    return out;
}

} // namespace ovop::test
