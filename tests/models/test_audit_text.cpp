// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// Audit entries as sentences: money, names instead of ids, translated reasons.
#include <catch2/catch.hpp>

#include "test_catalog_fixtures.h"
#include "models/audit/AuditLog.h"
#include "models/audit/AuditText.h"
#include "models/core/Money.h"
#include "models/people/UserService.h"

using namespace ovop;
using ovop::test::CatalogShop;

namespace {

AuditEntry newest(Database& db, const Session& actor, const QString& action)
{
    AuditFilter filter;
    filter.action = action;
    auto entries = AuditLog(db).entries(actor, filter);
    REQUIRE(entries.ok());
    REQUIRE_FALSE(entries->isEmpty());
    return entries->first();
}

} // namespace

TEST_CASE("A product change reads with money and names in the user's language", "[audit][text]")
{
    CatalogShop shop;
    shop.addProducer(QStringLiteral("BOS-01"), QStringLiteral("Айгүл"));
    shop.addProducer(QStringLiteral("KOC-01"), QStringLiteral("Кочкор шырдак"), QStringLiteral("kochkor"));
    Product p = shop.addProduct(
        CatalogShop::product(QStringLiteral("FLT-001"), QStringLiteral("Тапочки"), 1200, QStringLiteral("BOS-01")));
    p.price = Money::fromSom(1350);
    p.name.en = QStringLiteral("Slippers");
    p.producerCode = QStringLiteral("KOC-01");
    p.producerId.clear();
    REQUIRE(shop.catalog().save(shop.manager, p).ok());

    const AuditEntry change = newest(shop.db(), shop.manager, QStringLiteral("product.change"));
    const AuditNames names(&shop.db());
    const QString ru = AuditText::describe(change, names, QStringLiteral("ru"));
    INFO(ru.toStdString());
    CHECK(ru.contains(QStringLiteral("«Тапочки» (FLT-001)")));
    CHECK(ru.contains(Money::fromSom(1200).format(QStringLiteral("ru")) + QStringLiteral(" → ") +
                      Money::fromSom(1350).format(QStringLiteral("ru"))));
    CHECK(ru.contains(QStringLiteral("Айгүл → Кочкор шырдак")));
    CHECK_FALSE(ru.contains(QStringLiteral("120000")));
    CHECK_FALSE(ru.contains(QStringLiteral("price")));

    // In English the English name, in English quotation marks; money in the English way.
    const QString en = AuditText::describe(change, names, QStringLiteral("en"));
    INFO(en.toStdString());
    CHECK(en.contains(QStringLiteral("“Slippers” (FLT-001)")));
    CHECK(en.contains(Money::fromSom(1350).format(QStringLiteral("en"))));

    // Without the records (an old entry, a deleted product) the SKU and code stand for them.
    const QString bare = AuditText::describe(change, AuditNames(), QStringLiteral("ru"));
    CHECK(bare.contains(QStringLiteral("FLT-001")));
    CHECK(bare.contains(QStringLiteral("BOS-01 → KOC-01")));
    CHECK(bare.contains(Money::fromSom(1350).format(QStringLiteral("ru"))));
}

TEST_CASE("Users are named and refusal reasons are words", "[audit][text]")
{
    test::TempShop shop;
    Database& db = shop.openDemo();
    const Session admin = shop.session(QStringLiteral("admin"));
    REQUIRE(UserService(db).setActive(admin, QStringLiteral("cashier"), false).ok());
    CHECK_FALSE(UserService(db).login(QStringLiteral("cashier"), QStringLiteral("3333")).ok());
    const AuditNames names(&db);

    const QString disabled =
        AuditText::describe(newest(db, admin, QStringLiteral("user.disable")), names, QStringLiteral("ru"));
    CHECK(disabled.contains(QStringLiteral("Нурлан Бекмуратов (cashier)")));

    const QString refused =
        AuditText::describe(newest(db, admin, QStringLiteral("login.failed")), names, QStringLiteral("ru"));
    INFO(refused.toStdString());
    CHECK(refused.contains(AuditText::reasonText(QStringLiteral("disabled"))));
    CHECK_FALSE(refused.contains(QStringLiteral("reason")));

    AuditEntry locked;
    locked.action = QStringLiteral("login.failed");
    locked.details = QJsonObject{{QStringLiteral("reason"), QStringLiteral("locked")}};
    CHECK(AuditText::describe(locked, names, QStringLiteral("en")) ==
          QStringLiteral("Login refused: the user is locked after wrong PINs."));
}
