// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// The cost of PIN hashes: interactive unless a database is opened for less, upgraded at login.
#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "models/people/PinHash.h"
#include "models/people/UserService.h"
#include "models/store/Sql.h"

using namespace ovop;
using ovop::test::TempShop;

namespace {

// libsodium's interactive limits (64 MiB, 2 passes) and its smallest (8 KiB, 1 pass), as they are written.
const QString InteractivePrefix = QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1$");
const QString MinimumPrefix = QStringLiteral("$argon2id$v=19$m=8,t=1,p=1$");

QString pinHashOf(Database& db, const QString& name)
{
    SqlQuery q(db.sql(), QStringLiteral("SELECT pin_hash FROM users WHERE name = :name"));
    q.bind(QStringLiteral(":name"), name);
    REQUIRE(q.exec().ok());
    REQUIRE(q.next());
    return q.value(0).toString();
}

// The newest audit entry: its action and whether its details say the PIN hash was made again.
QPair<QString, bool> lastEntry(Database& db)
{
    SqlQuery q(db.sql(), QStringLiteral("SELECT action, coalesce(json_extract(details, '$.pin_rehashed'), 0) "
                                        "FROM audit_log ORDER BY seq DESC LIMIT 1"));
    REQUIRE(q.exec().ok());
    REQUIRE(q.next());
    return {q.value(0).toString(), q.value(1).toInt() != 0};
}

std::unique_ptr<Database> openAt(TempShop& shop, PinHashCost cost)
{
    OpenOptions options;
    options.create = true;
    options.clock = &shop.clock();
    options.pinHashCost = cost;
    auto db = Database::open(shop.path(), options);
    INFO(db.message().toStdString());
    REQUIRE(db.ok());
    return std::move(db).value();
}

NewUser admin()
{
    return {QStringLiteral("admin"), QString(), Role::Admin, QStringLiteral("1111"), QStringLiteral("en")};
}

} // namespace

TEST_CASE("A database opened with the default options hashes PINs at the interactive cost", "[users][pin]")
{
    CHECK(OpenOptions().pinHashCost == PinHashCost::Interactive);
    TempShop shop;
    OpenOptions options;
    options.create = true;
    auto db = Database::open(shop.path(), options);
    REQUIRE(db.ok());
    CHECK(db.value()->pinHashCost() == PinHashCost::Interactive);
    REQUIRE(UserService(*db.value()).createFirstAdmin(admin()).ok());
    CHECK(pinHashOf(*db.value(), QStringLiteral("admin")).startsWith(InteractivePrefix));
}

TEST_CASE("A database opened for the minimum cost hashes PINs with Argon2id at its smallest limits", "[users][pin]")
{
    TempShop shop;
    auto db = openAt(shop, PinHashCost::Minimum);
    REQUIRE(UserService(*db).createFirstAdmin(admin()).ok());
    const QString hash = pinHashOf(*db, QStringLiteral("admin"));
    CHECK(hash.startsWith(MinimumPrefix));
    CHECK(pinhash::matches(QStringLiteral("1111"), hash));
    CHECK_FALSE(pinhash::matches(QStringLiteral("1112"), hash));
    CHECK(pinhash::weakerThan(hash, PinHashCost::Interactive));
    CHECK_FALSE(pinhash::weakerThan(hash, PinHashCost::Minimum));
}

TEST_CASE("A login upgrades a weaker PIN hash to the database's cost and never weakens one", "[users][pin]")
{
    TempShop shop;
    {
        auto cheap = openAt(shop, PinHashCost::Minimum);
        REQUIRE(UserService(*cheap).createFirstAdmin(admin()).ok());
    }
    auto db = openAt(shop, PinHashCost::Interactive);
    UserService users(*db);
    const QString weak = pinHashOf(*db, QStringLiteral("admin"));
    REQUIRE(weak.startsWith(MinimumPrefix));

    // A wrong PIN changes nothing of the hash.
    REQUIRE_FALSE(users.login(QStringLiteral("admin"), QStringLiteral("9999")).ok());
    CHECK(pinHashOf(*db, QStringLiteral("admin")) == weak);

    REQUIRE(users.login(QStringLiteral("admin"), QStringLiteral("1111")).ok());
    const QString strong = pinHashOf(*db, QStringLiteral("admin"));
    CHECK(strong.startsWith(InteractivePrefix));
    CHECK(lastEntry(*db) == qMakePair(QStringLiteral("login"), true));

    // Once upgraded, a login checks the new hash and keeps it.
    REQUIRE(users.login(QStringLiteral("admin"), QStringLiteral("1111")).ok());
    CHECK(pinHashOf(*db, QStringLiteral("admin")) == strong);
    CHECK(lastEntry(*db) == qMakePair(QStringLiteral("login"), false));

    // A database opened for less keeps the stronger hash.
    db.reset();
    auto cheap = openAt(shop, PinHashCost::Minimum);
    REQUIRE(UserService(*cheap).login(QStringLiteral("admin"), QStringLiteral("1111")).ok());
    CHECK(pinHashOf(*cheap, QStringLiteral("admin")) == strong);
    CHECK(lastEntry(*cheap) == qMakePair(QStringLiteral("login"), false));
}

TEST_CASE("OVOP_PIN_HASH_COST names the cost: interactive when unset", "[users][pin]")
{
    const QByteArray saved = qgetenv(pinhash::CostVariable);
    const bool wasSet = qEnvironmentVariableIsSet(pinhash::CostVariable);
    qunsetenv(pinhash::CostVariable);
    CHECK(pinhash::costFromEnvironment().value() == PinHashCost::Interactive);
    qputenv(pinhash::CostVariable, "interactive");
    CHECK(pinhash::costFromEnvironment().value() == PinHashCost::Interactive);
    qputenv(pinhash::CostVariable, "minimum");
    CHECK(pinhash::costFromEnvironment().value() == PinHashCost::Minimum);
    qputenv(pinhash::CostVariable, "cheap");
    const auto refused = pinhash::costFromEnvironment();
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.message().contains(QStringLiteral("OVOP_PIN_HASH_COST=cheap")));
    if (wasSet)
        qputenv(pinhash::CostVariable, saved);
    else
        qunsetenv(pinhash::CostVariable);
}
