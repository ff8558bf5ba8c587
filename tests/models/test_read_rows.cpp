// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// A read that fails part-way through its rows (the database busy, damaged, an I/O error) is an error,
// not a shorter list that looks complete.
#include <sqlite3.h>

#include <catch2/catch.hpp>

#include <QFile>
#include <QtEndian>

#include "models/audit/AuditLog.h"
#include "models/store/Sql.h"
#include "test_catalog_fixtures.h"

using namespace ovop;
using namespace ovop::test;

namespace {

// fail_on_third(x): x, except at its third call, where it fails as a row that cannot be read.
void failOnThird(sqlite3_context* context, int, sqlite3_value** args)
{
    int* calls = static_cast<int*>(sqlite3_user_data(context));
    if (++*calls == 3) {
        sqlite3_result_error(context, "the third row cannot be read", -1);
        return;
    }
    sqlite3_result_value(context, args[0]);
}

QList<int> readAll(SqlQuery& q)
{
    QList<int> out;
    while (q.next())
        out << q.value(0).toInt();
    return out;
}

// A table of four rows and the function fail_on_third on the connection; calls counts its calls.
void prepareRows(Database& db, int& calls)
{
    REQUIRE(SqlQuery::execAll(db.sql(), {QStringLiteral("CREATE TABLE t (x INTEGER)"),
                                         QStringLiteral("INSERT INTO t VALUES (1), (2), (3), (4)")})
                .ok());
    REQUIRE(sqlite3_create_function_v2(db.handle(), "fail_on_third", 1, SQLITE_UTF8, &calls, &failOnThird, nullptr,
                                       nullptr, nullptr) == SQLITE_OK);
}

qsizetype pageSizeOf(const QByteArray& file)
{
    const int size = qFromBigEndian<quint16>(file.constData() + 16);
    return size == 1 ? 65536 : size;
}

// The first leaf page of a table b-tree in the file: down the leftmost child of each interior page.
int firstLeafPage(const QByteArray& file, int rootPage)
{
    const qsizetype pageSize = pageSizeOf(file);
    int page = rootPage;
    for (;;) {
        const qsizetype start = (page - 1) * pageSize;
        const qsizetype header = start + (page == 1 ? 100 : 0);
        const auto type = quint8(file.at(header));
        if (type == 0x0D) // a leaf of a table
            return page;
        REQUIRE(type == 0x05); // an interior page of a table
        const qsizetype firstCell = start + qFromBigEndian<quint16>(file.constData() + header + 12);
        page = int(qFromBigEndian<quint32>(file.constData() + firstCell));
    }
}

} // namespace

TEST_CASE("SqlQuery ends the rows at one that cannot be read with an error and not as at the last row",
          "[read-failures][sql]")
{
    TempShop shop;
    Database& db = shop.open();
    int calls = 0;
    prepareRows(db, calls);

    SqlQuery q(db.sql(), QStringLiteral("SELECT fail_on_third(x) FROM t ORDER BY rowid"));
    REQUIRE(q.exec().ok());
    CHECK(readAll(q) == QList<int>{1, 2});
    const Status& finished = q.finished();
    REQUIRE_FALSE(finished.ok());
    CHECK(finished.error().kind == ErrorKind::Storage);
    CHECK(finished.error().detail.contains(QStringLiteral("the third row cannot be read")));
    // Asking again does not turn the failure into the end of the rows.
    CHECK_FALSE(q.next());
    CHECK_FALSE(q.finished().ok());

    SECTION("the same statement run again starts with a clean state")
    {
        calls = 10; // no third call any more
        REQUIRE(q.exec().ok());
        CHECK(q.finished().ok());
        CHECK(readAll(q) == QList<int>{1, 2, 3, 4});
        CHECK(q.finished().ok());
    }
}

TEST_CASE("SqlQuery finishes without an error after the last row and with one after a failed exec",
          "[read-failures][sql]")
{
    TempShop shop;
    Database& db = shop.open();
    int calls = 0;
    prepareRows(db, calls);

    SqlQuery all(db.sql(), QStringLiteral("SELECT x FROM t ORDER BY x"));
    REQUIRE(all.exec().ok());
    CHECK(readAll(all) == QList<int>{1, 2, 3, 4});
    CHECK(all.finished().ok());

    SqlQuery none(db.sql(), QStringLiteral("SELECT x FROM t WHERE x > 10"));
    REQUIRE(none.exec().ok());
    CHECK(readAll(none).isEmpty());
    CHECK(none.finished().ok());

    SqlQuery missing(db.sql(), QStringLiteral("SELECT x FROM no_such_table"));
    REQUIRE_FALSE(missing.exec().ok());
    CHECK_FALSE(missing.next());
    REQUIRE_FALSE(missing.finished().ok());
    CHECK(missing.finished().error().kind == ErrorKind::Storage);
}

TEST_CASE("A list that meets a damaged page part-way is an error and not the entries before it",
          "[read-failures][audit]")
{
    CatalogShop shop;
    Database& db = shop.db();
    AuditLog audit(db);
    // Enough entries for the log to fill several pages of the file.
    const QString filler(200, QLatin1Char('x'));
    for (int i = 0; i < 80; ++i)
        REQUIRE(audit
                    .append(&shop.manager, QStringLiteral("settings.change"),
                            {{QStringLiteral("key"), QStringLiteral("address")},
                             {QStringLiteral("old"), filler},
                             {QStringLiteral("new"), filler + QString::number(i)}})
                    .ok());
    const auto before = audit.entries(shop.manager);
    REQUIRE(before.ok());
    REQUIRE(before->size() >= 80);

    // Every page into the database file, then the page of the oldest entries overwritten with zeros,
    // as a failing disk would leave it; the connection then reads its pages from the file again.
    SqlQuery checkpoint(db.sql(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    REQUIRE(checkpoint.exec().ok());
    SqlQuery root(db.sql(), QStringLiteral("SELECT rootpage FROM sqlite_schema WHERE name = 'audit_log'"));
    REQUIRE(root.exec().ok());
    REQUIRE(root.next());
    const int rootPage = root.value(0).toInt();
    const QByteArray bytes = fileBytes(db.path());
    const int leaf = firstLeafPage(bytes, rootPage);
    REQUIRE(leaf != rootPage);
    const qsizetype pageSize = pageSizeOf(bytes);
    {
        QFile file(db.path());
        REQUIRE(file.open(QIODevice::ReadWrite));
        REQUIRE(file.seek((leaf - 1) * pageSize));
        REQUIRE(file.write(QByteArray(pageSize, '\0')) == pageSize);
    }
    sqlite3_db_release_memory(db.handle());

    // Newest first: the entries of the pages before the damaged one are read, then the read fails.
    const auto after = audit.entries(shop.manager);
    REQUIRE_FALSE(after.ok());
    CHECK(after.error().kind == ErrorKind::Damaged);
    // The check of the chain reads oldest first and says the log cannot be read.
    const AuditLog::Verification verified = audit.verify();
    CHECK_FALSE(verified.problems.isEmpty());
}
