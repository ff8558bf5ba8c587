// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "CliSupport.h"

using namespace clitest;

TEST_CASE("check proves the stock levels equal the ledger", "[cli][stock]")
{
    Shop shop(Shop::Demo);
    CHECK(shop.scalar("SELECT count(*) FROM stock_levels").toInt() > 0);
    Shop::require(shop.run({QStringLiteral("check")}));

    // A level changed behind the ledger's back (the ledger itself refuses changes).
    sqlite3* handle = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(shop.db()).constData(), &handle) == SQLITE_OK);
    REQUIRE(sqlite3_exec(handle,
                         "UPDATE stock_levels SET quantity = quantity + 1000 WHERE product_id = "
                         "(SELECT id FROM products WHERE sku = 'FLT-001')",
                         nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(handle);

    const Run check = shop.run({QStringLiteral("check")});
    INFO("stdout: " << check.out.toStdString() << "\nstderr: " << check.err.toStdString());
    CHECK(check.exitCode == 1);
    CHECK((check.out + check.err).contains(QStringLiteral("FLT-001")));
}
