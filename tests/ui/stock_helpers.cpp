// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "StockFixture.h"

#include <memory>

#include <QApplication>
#include <QFileDialog>
#include <QTest>
#include <QTimer>

#include "models/demo/DemoShop.h"
#include "models/settings/ShopSettings.h"
#include "models/stock/StockLedger.h"
#include "models/stock/StockLookup.h"

namespace ovop::test {

namespace {
[[noreturn]] void fail(const QString& what, const QString& message)
{
    qFatal("%s: %s", qPrintable(what), qPrintable(message));
}
} // namespace

std::unique_ptr<Shop> makeDemoShop(const QString& shopCode, DemoTill till)
{
    auto shop = std::make_unique<Shop>();
    if (!shop->dir.isValid())
        fail(QStringLiteral("temporary folder"), shop->dir.errorString());
    OpenOptions options;
    options.create = true;
    options.clock = &shop->clock;
    options.pinHashCost = PinHashCost::Minimum;
    auto db = Database::open(shop->dir.filePath(QStringLiteral("shop.sqlite")), options);
    if (!db)
        fail(QStringLiteral("open"), db.message());
    shop->db = std::move(db.value());
    if (auto seeded = seedDemoData(*shop->db, till); !seeded)
        fail(QStringLiteral("demo"), seeded.message());
    if (!shopCode.isEmpty())
        if (auto set = SettingsService(*shop->db).set(shop->admin(), QStringLiteral("shop_code"), shopCode); !set)
            fail(QStringLiteral("shop code"), set.message());
    return shop;
}

Quantity onHand(Shop& shop, const QString& code)
{
    auto product = StockLookup::byCode(*shop.db, code);
    if (!product)
        fail(QStringLiteral("product ") + code, product.message());
    auto quantity = StockLedger(*shop.db).onHand(product->id);
    if (!quantity)
        fail(QStringLiteral("on hand ") + code, quantity.message());
    return quantity.value();
}

void whenOpen(const QString& objectName, std::function<void(QWidget*)> fn, std::function<bool(QWidget*)> ready)
{
    auto* timer = new QTimer(qApp);
    auto tries = std::make_shared<int>(0);
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [=] {
        QWidget* modal = QApplication::activeModalWidget();
        if (!modal || modal->objectName() != objectName || !modal->isVisible() || (ready && !ready(modal))) {
            if (++*tries > 500)
                timer->deleteLater();
            return;
        }
        timer->stop();
        timer->deleteLater();
        modal->activateWindow(); // as a window manager does with a new dialog
        for (int i = 0; i < 200 && QApplication::activeWindow() != modal; ++i)
            QTest::qWait(10);
        fn(modal);
    });
    timer->start();
}

void answerFileDialog(const QString& path)
{
    auto* timer = new QTimer(qApp);
    auto tries = std::make_shared<int>(0);
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [=] {
        auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible()) {
            if (++*tries > 500)
                timer->deleteLater();
            return;
        }
        timer->stop();
        timer->deleteLater();
        dialog->selectFile(path);
        QMetaObject::invokeMethod(dialog, "accept", Qt::DirectConnection);
    });
    timer->start();
}

} // namespace ovop::test
