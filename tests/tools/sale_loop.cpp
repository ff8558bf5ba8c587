// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// A till that sells without pause, for the test that kills it at random moments:
//   sale_loop DATABASE
// opens a shift when none is open, prints "ready", then commits sales of three lines paid in cash
// one after another (a breath of 1 ms between them), printing each receipt number on its own line once its sale is
// committed, until it is killed.
#include <iostream>

#include <QCoreApplication>
#include <QThread>

#include "models/people/Session.h"
#include "models/sales/SaleService.h"
#include "models/sales/ShiftService.h"
#include "models/sales/Till.h"
#include "models/settings/ShopSettings.h"
#include "models/store/Database.h"
#include "models/store/Sql.h"

using namespace ovop;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::cerr << "usage: sale_loop DATABASE" << std::endl;
        return 2;
    }
    auto db = Database::open(QString::fromLocal8Bit(argv[1]));
    if (!db) {
        std::cout << "refused: " << db.message().toStdString() << std::endl;
        return 1;
    }
    Database& shop = *db.value();
    Session seller;
    {
        // Read and let go: a statement left open would hold a read transaction, and a write after
        // another till's commit would then be refused at once instead of waiting its turn.
        SqlQuery user(shop.sql(), QStringLiteral("SELECT id, name FROM users WHERE role = 'manager' LIMIT 1"));
        if (!user.exec() || !user.next()) {
            std::cout << "refused: no manager" << std::endl;
            return 1;
        }
        seller.userId = user.value(0).toString();
        seller.userName = user.value(1).toString();
        seller.role = Role::Manager;
    }
    ShiftService shifts(shop);
    auto current = shifts.current();
    if (current && !current->has_value()) {
        if (auto opened = shifts.open(seller, Money::fromSom(1000)); !opened) {
            std::cout << "refused: " << opened.message().toStdString() << std::endl;
            return 1;
        }
    }
    auto settings = SettingsService(shop).load();
    if (!settings) {
        std::cout << "refused: " << settings.message().toStdString() << std::endl;
        return 1;
    }
    std::cout << "ready" << std::endl;
    Till till(shop, seller, settings.value());
    SaleService sales(shop);
    const QStringList codes{QStringLiteral("FLT-001"), QStringLiteral("FLT-002"), QStringLiteral("TEX-001")};
    for (;;) {
        for (const QString& code : codes) {
            if (auto added = till.addCode(code); !added) {
                std::cout << "refused: " << added.message().toStdString() << std::endl;
                return 1;
            }
        }
        auto sold = sales.commit(till, {Payment{PaymentMethod::Cash, till.totals().total}});
        if (!sold) {
            std::cout << "refused: " << sold.message().toStdString() << std::endl;
            return 1;
        }
        std::cout << sold->receipt.toStdString() << std::endl;
        // A breath between customers: SQLite's busy wait is not a queue, and a writer that pauses
        // only a millisecond could keep the other tills of the test from taking the lock for tens of
        // seconds (seen with four tills on two cores).
        QThread::msleep(5);
    }
}
