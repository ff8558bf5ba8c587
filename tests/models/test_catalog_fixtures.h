// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include "TestSupport.h"
#include "models/catalog/CatalogService.h"
#include "models/catalog/ProducerService.h"
#include "models/people/Session.h"

namespace ovop::test {

// An empty shop with a manager and a cashier session and helpers to fill the catalogue.
class CatalogShop
{
public:
    CatalogShop();

    Database& db() { return *m_db; }
    TempShop& shop() { return m_shop; }
    CatalogService& catalog() { return m_catalog; }
    ProducerService& producers() { return m_producers; }

    Session manager;
    Session cashier;

    // A producer in a seeded village ("bosteri"), saved; fails the test when refused.
    Producer addProducer(const QString& code, const QString& name, const QString& villageCode = QStringLiteral("bosteri"));
    // A valid product that is not saved yet.
    static Product product(const QString& sku, const QString& nameRu, qint64 priceSom, const QString& producerCode,
                           const QStringList& barcodes = {});
    Product addProduct(const Product& product);

    // The audit entries of an action, oldest first.
    QList<QJsonObject> auditDetails(const QString& action);

private:
    TempShop m_shop;
    Database* m_db;
    CatalogService m_catalog;
    ProducerService m_producers;
};

} // namespace ovop::test
