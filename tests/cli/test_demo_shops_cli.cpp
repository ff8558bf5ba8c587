// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// Two demo shops on one machine: the same catalogue and producers, each with its own users,
// device and stock, so that goods can travel between them.
#include "CliSupport.h"

using namespace clitest;

TEST_CASE("init --demo with a shop code makes a second demo shop with the same catalogue", "[cli][demo]")
{
    Shop bishkek(Shop::Empty);
    Shop karakol(Shop::Empty);
    Shop::require(bishkek.run({QStringLiteral("init"), QStringLiteral("--demo")}));
    const Run made =
        karakol.run({QStringLiteral("init"), QStringLiteral("--demo"), QStringLiteral("--shop-code"),
                     QStringLiteral("KAR-1"), QStringLiteral("--shop-name"), QStringLiteral("OVOP+1 Karakol")});
    Shop::require(made);
    CHECK(made.out.contains(QStringLiteral("KAR-1")));

    CHECK(karakol.scalar("SELECT value FROM settings WHERE key = 'shop_code'") == QStringLiteral("KAR-1"));
    CHECK(karakol.scalar("SELECT value FROM settings WHERE key = 'shop_name'") == QStringLiteral("OVOP+1 Karakol"));
    // The same identities for producers and products...
    for (const char* sql : {"SELECT group_concat(id || code, ',') FROM (SELECT id, code FROM producers ORDER BY code)",
                            "SELECT group_concat(id || sku, ',') FROM (SELECT id, sku FROM products ORDER BY sku)"}) {
        CHECK_FALSE(bishkek.scalar(sql).isEmpty());
        CHECK(bishkek.scalar(sql) == karakol.scalar(sql));
    }
    // ... but the shop's own users, stock movements and sales.
    CHECK(bishkek.scalar("SELECT id FROM users WHERE name = 'manager'") !=
          karakol.scalar("SELECT id FROM users WHERE name = 'manager'"));
    CHECK(karakol.scalar("SELECT count(*) FROM stock_movements WHERE origin_shop <> 'KAR-1'") == QStringLiteral("0"));
    CHECK(karakol.scalar("SELECT min(receipt) FROM sales").startsWith(QStringLiteral("KAR-1-T1-")));
    Shop::require(karakol.run({QStringLiteral("check")}));

    // A code without a name (or a name without a code) is a usage error, and nothing is made.
    Shop third(Shop::Empty);
    const Run half = third.run({QStringLiteral("init"), QStringLiteral("--demo"), QStringLiteral("--shop-name"),
                                QStringLiteral("OVOP+1 Osh")});
    CHECK(half.exitCode == 2);
    CHECK_FALSE(QFile::exists(third.db()));
}
