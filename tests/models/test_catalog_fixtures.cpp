// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "test_catalog_fixtures.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>

#include "models/places/PlaceSeed.h"
#include "models/store/Sql.h"

namespace ovop::test {

CatalogShop::CatalogShop() : m_db(&m_shop.open()), m_catalog(*m_db), m_producers(*m_db)
{
    manager.userId = QStringLiteral("user-manager");
    manager.userName = QStringLiteral("manager");
    manager.role = Role::Manager;
    cashier.userId = QStringLiteral("user-cashier");
    cashier.userName = QStringLiteral("cashier");
    cashier.role = Role::Cashier;
    // The users behind the sessions, so that the records they make refer to users that exist.
    for (const Session* s : {&manager, &cashier}) {
        SqlQuery q(m_db->sql(), QStringLiteral("INSERT INTO users (id, name, role, pin_hash, created_at, origin_shop, "
                                               "origin_device) VALUES (:id, :name, :role, 'none', "
                                               "'2025-01-01T00:00:00.000Z', 'TST', 'T1')"));
        q.bind(QStringLiteral(":id"), s->userId)
            .bind(QStringLiteral(":name"), s->userName)
            .bind(QStringLiteral(":role"), Roles::key(s->role));
        REQUIRE(q.exec().ok());
    }
}

Producer CatalogShop::addProducer(const QString& code, const QString& name, const QString& villageCode)
{
    Producer p;
    p.code = code;
    p.name = name;
    p.villageId = PlaceSeed::villageId(villageCode);
    p.lastVisitDate = QDate(2025, 1, 10);
    auto saved = m_producers.save(manager, p);
    INFO(saved.message().toStdString());
    REQUIRE(saved.ok());
    return saved.value();
}

Product CatalogShop::product(const QString& sku, const QString& nameRu, qint64 priceSom, const QString& producerCode,
                             const QStringList& barcodes)
{
    Product p;
    p.sku = sku;
    p.name.ru = nameRu;
    p.category = QStringLiteral("felt");
    p.price = Money::fromSom(priceSom);
    p.producerCode = producerCode;
    p.barcodes = barcodes;
    return p;
}

Product CatalogShop::addProduct(const Product& product)
{
    auto saved = m_catalog.save(manager, product);
    INFO(saved.message().toStdString());
    REQUIRE(saved.ok());
    return saved.value();
}

QList<QJsonObject> CatalogShop::auditDetails(const QString& action)
{
    SqlQuery q(m_db->sql(), QStringLiteral("SELECT details FROM audit_log WHERE action = :action ORDER BY seq"));
    q.bind(QStringLiteral(":action"), action);
    REQUIRE(q.exec().ok());
    QList<QJsonObject> out;
    while (q.next())
        out << QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    return out;
}

} // namespace ovop::test
