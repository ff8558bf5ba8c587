// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// The GUI keeps the database open while ovopctl works on it: no committed write may be lost, and
// nothing the program reads or writes may be the database itself.
#include <unistd.h>

#include "cli/CliSupport.h"

using namespace clitest;

namespace {

int markers(const Shop& shop, const QString& text)
{
    return shop
        .scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'test.marker' AND "
                               "json_extract(details, '$.text') = '%1'")
                    .arg(text)
                    .toUtf8()
                    .constData())
        .toInt();
}

} // namespace

TEST_CASE("A write survives a kill after a worker of the same process opened and closed the database", "[cli][locks]")
{
    Shop shop;
    Session gui(shop.db());
    // The export worker of the GUI opens a connection of its own and closes it again.
    REQUIRE(gui.send(QStringLiteral("worker")) == QStringLiteral("ok"));
    // Any ovopctl command: it opens the database, reads and closes it. Were the GUI's locks gone, it
    // would think itself the last user, fold the write-ahead log into the file and delete it.
    Shop::require(shop.run({QStringLiteral("product"), QStringLiteral("list")}));
    REQUIRE(gui.send(QStringLiteral("write after-worker")) == QStringLiteral("ok"));
    gui.kill();

    CHECK(markers(shop, QStringLiteral("after-worker")) == 1);
    const Run check = shop.run({QStringLiteral("check")});
    INFO(check.out.toStdString() << check.err.toStdString());
    CHECK(check.exitCode == 0);
}

TEST_CASE("Reading a file of the open database as an import is refused and writes survive", "[cli][locks]")
{
    Shop shop;
    Session gui(shop.db());
    for (const QString& name :
         {QStringLiteral("shop.sqlite"), QStringLiteral("shop.sqlite-wal"), QStringLiteral("shop.sqlite-shm")}) {
        const QString answer = gui.send(QStringLiteral("read ") + shop.file(name));
        INFO(name.toStdString() << ": " << answer.toStdString());
        CHECK(answer.startsWith(QStringLiteral("refused: ")));
        CHECK(answer.contains(QStringLiteral("database")));
    }
    // Through a symbolic link and a hard link too.
    REQUIRE(QFile::link(shop.db(), shop.file(QStringLiteral("products.csv"))));
    CHECK(gui.send(QStringLiteral("read ") + shop.file(QStringLiteral("products.csv")))
              .startsWith(QStringLiteral("refused")));
    REQUIRE(::link(QFile::encodeName(shop.file(QStringLiteral("shop.sqlite-shm"))).constData(),
                   QFile::encodeName(shop.file(QStringLiteral("other.csv"))).constData()) == 0);
    CHECK(gui.send(QStringLiteral("read ") + shop.file(QStringLiteral("other.csv")))
              .startsWith(QStringLiteral("refused")));

    Shop::require(shop.run({QStringLiteral("product"), QStringLiteral("list")}));
    REQUIRE(gui.send(QStringLiteral("write after-read")) == QStringLiteral("ok"));
    gui.kill();
    CHECK(markers(shop, QStringLiteral("after-read")) == 1);
}
