// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "models/audit/IntegrityCheck.h"
#include "models/demo/DemoShop.h"
#include "models/people/UserService.h"
#include "models/settings/ShopSettings.h"

using namespace ovop;
using ovop::test::TempShop;
using ovop::test::rawExec;
using ovop::test::rowCount;
using ovop::test::tableDump;

TEST_CASE("A sound database passes every check", "[integrity]")
{
    TempShop shop;
    Database& db = shop.openDemo();
    CHECK(checkIntegrity(db).isEmpty());
    QStringList names;
    for (const IntegrityStep& step : integritySteps())
        names << step.name;
    CHECK(names.mid(0, 3) == QStringList{"sqlite", "foreign-keys", "audit"});
}

TEST_CASE("Each step's problems are collected and later checks plug in as steps", "[integrity]")
{
    TempShop shop;
    Database& db = shop.openDemo();
    const std::vector<IntegrityStep> steps = {
        {QStringLiteral("a"), [](Database&) { return QStringList{QStringLiteral("first")}; }},
        {QStringLiteral("b"), [](Database&) { return QStringList(); }},
        {QStringLiteral("c"), [](Database&) { return QStringList{QStringLiteral("second"), QStringLiteral("third")}; }},
    };
    CHECK(checkIntegrity(db, steps) == QStringList{"first", "second", "third"});
}

TEST_CASE("A record pointing at a missing record is reported", "[integrity]")
{
    TempShop shop;
    shop.openDemo();
    shop.close();
    rawExec(shop.path(), QStringLiteral("CREATE TABLE parent (id INTEGER PRIMARY KEY);"
                                        "CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id REFERENCES parent(id));"
                                        "INSERT INTO child VALUES (7, 42);"));
    Database& db = shop.reopen();
    const QStringList problems = IntegrityCheck::foreignKeys(db);
    REQUIRE(problems.size() == 1);
    CHECK(problems.first().contains(QStringLiteral("Record 7 of table child")));
    CHECK(problems.first().contains(QStringLiteral("parent")));
    CHECK(checkIntegrity(db) == problems);
}

TEST_CASE("The demo shop has its settings and three users", "[demo]")
{
    TempShop shop;
    Database& db = shop.open();
    REQUIRE(seedDemoShop(db).ok());
    UserService users(db);
    CHECK(users.activeUserNames().value() == QStringList{"admin", "cashier", "manager"});
    const std::pair<const char*, const char*> logins[] = {{"admin", "1111"}, {"manager", "2222"}, {"cashier", "3333"}};
    const Role roles[] = {Role::Admin, Role::Manager, Role::Cashier};
    for (int i = 0; i < 3; ++i) {
        auto session = users.login(QString::fromLatin1(logins[i].first), QString::fromLatin1(logins[i].second));
        REQUIRE(session.ok());
        CHECK(session->role == roles[i]);
    }
    const ShopSettings settings = SettingsService(db).load().value();
    CHECK(settings.shopCode == QStringLiteral("BIS-1"));
    CHECK(settings.deviceId == QStringLiteral("T1"));
    CHECK(checkIntegrity(db).isEmpty());

    const QString before = tableDump(db, QStringLiteral("users"));
    const qint64 auditBefore = rowCount(db, QStringLiteral("audit_log"));
    const Status again = seedDemoShop(db);
    REQUIRE_FALSE(again.ok());
    CHECK(again.message().contains(QStringLiteral("already has users")));
    CHECK(tableDump(db, QStringLiteral("users")) == before);
    CHECK(rowCount(db, QStringLiteral("audit_log")) == auditBefore);
}
