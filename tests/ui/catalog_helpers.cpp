// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "CatalogFixture.h"

#include <memory>

#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

#include "models/catalog/CatalogService.h"
#include "models/catalog/ProducerService.h"
#include "models/core/Language.h"
#include "models/places/PlaceSeed.h"

namespace ovop::test {

Product makeProduct(const QString& sku, const LocalizedText& name, const QString& category, qint64 som,
                    const QString& producerCode, const QString& barcode)
{
    Product p;
    p.sku = sku;
    p.name = name;
    p.category = category;
    p.price = Money::fromSom(som);
    p.producerCode = producerCode;
    if (!barcode.isEmpty())
        p.barcodes << barcode;
    return p;
}

void seedShopCatalog(Shop& shop, int filler)
{
    const Session admin = shop.admin();
    Producer felt;
    felt.code = QStringLiteral("BOS-01");
    felt.name = QStringLiteral("Айгүл Асанова");
    felt.villageId = PlaceSeed::villageId(QStringLiteral("bosteri"));
    Producer honey;
    honey.code = QStringLiteral("BIR-01");
    honey.name = QStringLiteral("Бирлик бал");
    honey.kind = Producer::Kind::Cooperative;
    honey.members = 12;
    honey.villageId = PlaceSeed::villageId(QStringLiteral("birlik"));
    for (const Producer& p : {felt, honey}) {
        if (auto saved = ProducerService(*shop.db).save(admin, p); !saved)
            qFatal("producer: %s", qPrintable(saved.message()));
    }
    QList<Product> products{
        makeProduct(
            QStringLiteral("FLT-001"),
            {QStringLiteral("Кийиз өтүк"), QStringLiteral("Войлочные тапочки"), QStringLiteral("Felt slippers")},
            QStringLiteral("felt"), 1200, QStringLiteral("BOS-01"), QStringLiteral("4006381333931")),
        makeProduct(QStringLiteral("HON-001"),
                    {QStringLiteral("Таңкы бал"), QStringLiteral("Утренний мёд"), QStringLiteral("Morning honey")},
                    QStringLiteral("honey-food"), 550, QStringLiteral("BIR-01"), QStringLiteral("5901234123457")),
    };
    for (int i = 1; i <= filler; ++i)
        products << makeProduct(
            QStringLiteral("GEN-%1").arg(i, 3, 10, QLatin1Char('0')),
            {QStringLiteral("Буюм %1").arg(i), QStringLiteral("Изделие %1").arg(i), QStringLiteral("Item %1").arg(i)},
            QStringLiteral("felt"), 100 + i, QStringLiteral("BOS-01"));
    CatalogService catalog(*shop.db);
    for (const Product& p : products) {
        if (auto saved = catalog.save(admin, p); !saved)
            qFatal("product: %s", qPrintable(saved.message()));
    }
}

void answerModal(const QString& buttonName, QString* dialogName, QString* dialogText)
{
    auto* timer = new QTimer(qApp);
    auto tries = std::make_shared<int>(0);
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [=] {
        QWidget* modal = QApplication::activeModalWidget();
        auto* button = modal ? modal->findChild<QPushButton*>(buttonName) : nullptr;
        if (!button) {
            if (++*tries > 300) // three seconds: give up, the test then fails on what it checks
                timer->deleteLater();
            return;
        }
        if (dialogName)
            *dialogName = modal->objectName();
        if (dialogText) {
            if (auto* box = qobject_cast<QMessageBox*>(modal))
                *dialogText = box->text() + QLatin1Char('\n') + box->informativeText();
        }
        timer->stop();
        timer->deleteLater();
        button->click();
    });
    timer->start();
}

void switchLanguage(const QString& language)
{
    Language::install(language);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
}

} // namespace ovop::test
