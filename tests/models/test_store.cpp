// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include <catch2/catch.hpp>
#include <sqlite3.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSysInfo>

#include "TestSupport.h"
#include "models/audit/AuditLog.h"
#include "models/demo/DemoCatalog.h"
#include "models/people/UserService.h"
#include "models/settings/ShopSettings.h"
#include "models/store/InstanceLock.h"
#include "models/store/Migrations.h"
#include "models/store/Sql.h"

using namespace ovop;
using ovop::test::TempShop;
using ovop::test::fileBytes;
using ovop::test::rawExec;
using ovop::test::writeFile;

namespace {

// Opening must refuse the file with a message containing expected, leaving its bytes as they were.
void requireRefusedUnchanged(const QString& path, const char* expected)
{
    const QByteArray before = fileBytes(path);
    OpenOptions options;
    options.create = true;
    auto db = Database::open(path, options);
    REQUIRE_FALSE(db.ok());
    INFO(db.message().toStdString());
    CHECK(db.message().contains(QString::fromUtf8(expected)));
    CHECK(fileBytes(path) == before);
}

// A connection of its own, for migrate() with a list of steps made up by the test.
class RawConnection
{
public:
    explicit RawConnection(const QString& path) : m_name(QStringLiteral("migration-test-%1").arg(++s_count))
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name());
            db.setDatabaseName(path);
            REQUIRE(db.open());
        }
    }
    ~RawConnection() { QSqlDatabase::removeDatabase(name()); }
    QSqlDatabase db() const { return QSqlDatabase::database(name(), false); }
    bool hasTable(const QString& table) const
    {
        QSqlQuery q(db());
        q.prepare(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = :name"));
        q.bindValue(QStringLiteral(":name"), table);
        return q.exec() && q.next() && q.value(0).toInt() == 1;
    }

private:
    QString name() const { return m_name; }
    static inline int s_count = 0;
    QString m_name;
};

Status createTable(const QSqlDatabase& db, const char* sql)
{
    return SqlQuery::execAll(db, {QString::fromLatin1(sql)});
}

} // namespace

TEST_CASE("Opening refuses a text file and leaves it as it was", "[store]")
{
    TempShop shop;
    writeFile(shop.path(), "name;price\nfelt slippers;1200\n");
    requireRefusedUnchanged(shop.path(), "not an SQLite file");
}

TEST_CASE("Opening refuses a damaged database and leaves it as it was", "[store]")
{
    TempShop shop;
    shop.openDemo();
    shop.close();
    QByteArray bytes = fileBytes(shop.path());
    REQUIRE(bytes.size() >= 3 * 4096);
    // Page 2 and the ones after it: garbage where b-tree pages were.
    for (qsizetype i = 4096; i < bytes.size(); ++i)
        bytes[i] = char((i * 7919) & 0xFF);
    writeFile(shop.path(), bytes);
    requireRefusedUnchanged(shop.path(), "damaged");
}

TEST_CASE("Opening refuses a database of a newer version and leaves it as it was", "[store]")
{
    TempShop shop;
    shop.openDemo();
    shop.close();
    rawExec(shop.path(), QStringLiteral("PRAGMA user_version = %1").arg(Database::latestVersion() + 1));
    requireRefusedUnchanged(shop.path(), "newer version");
}

TEST_CASE("Opening refuses an SQLite file of another program and leaves it as it was", "[store]")
{
    TempShop shop;
    rawExec(shop.path(), QStringLiteral("CREATE TABLE moz_bookmarks (id INTEGER PRIMARY KEY, title TEXT);"
                                        "INSERT INTO moz_bookmarks (title) VALUES ('news');"));
    requireRefusedUnchanged(shop.path(), "another program");
}

TEST_CASE("Opening a missing database without create refuses and creates nothing", "[store]")
{
    TempShop shop;
    auto db = Database::open(shop.path());
    REQUIRE_FALSE(db.ok());
    CHECK(db.message().contains(QStringLiteral("ovopctl init")));
    CHECK_FALSE(QFile::exists(shop.path()));
}

TEST_CASE("A failing upgrade step rolls back whole", "[store][migrations]")
{
    TempShop shop;
    RawConnection connection(shop.path());
    const std::vector<Migration> steps = {
        {1, QStringLiteral("first"), [](const MigrationContext& c) { return createTable(c.db, "CREATE TABLE a (x)"); }},
        {2, QStringLiteral("faulty"),
         [](const MigrationContext& c) -> Status {
             if (auto s = createTable(c.db, "CREATE TABLE b (x)"); !s)
                 return s;
             if (auto s = createTable(c.db, "INSERT INTO a VALUES (1)"); !s)
                 return s;
             return createTable(c.db, "INSERT INTO no_such_table VALUES (1)");
         }},
        {3, QStringLiteral("never reached"),
         [](const MigrationContext& c) { return createTable(c.db, "CREATE TABLE c (x)"); }},
    };
    const Status migrated = migrate(connection.db(), steps);
    REQUIRE_FALSE(migrated.ok());
    CHECK(migrated.message().contains(QStringLiteral("data version 2")));
    CHECK(migrated.message().contains(QStringLiteral("left as it was")));
    CHECK(schemaVersion(connection.db()) == 1);
    CHECK(connection.hasTable(QStringLiteral("a")));
    CHECK_FALSE(connection.hasTable(QStringLiteral("b")));
    CHECK_FALSE(connection.hasTable(QStringLiteral("c")));
    QSqlQuery rows(connection.db());
    REQUIRE(rows.exec(QStringLiteral("SELECT count(*) FROM a")));
    REQUIRE(rows.next());
    CHECK(rows.value(0).toInt() == 0);

    // A first step that fails leaves an empty database at version 0.
    TempShop other;
    RawConnection second(other.path());
    CHECK_FALSE(migrate(second.db(), {steps[1]}).ok());
    CHECK(schemaVersion(second.db()) == 0);
    CHECK_FALSE(second.hasTable(QStringLiteral("b")));
}

TEST_CASE("Every fixture of an older schema upgrades with its data", "[store][migrations][fixtures]")
{
    const QDir data(QStringLiteral(OVOP_TEST_DATA_DIR));
    const QStringList fixtures = data.entryList({QStringLiteral("schema-v*.sql")}, QDir::Files, QDir::Name);
    REQUIRE_FALSE(fixtures.isEmpty());
    for (const QString& fixture : fixtures) {
        INFO(fixture.toStdString());
        const int fixtureVersion = fixture.mid(8, fixture.size() - 12).toInt();
        REQUIRE(fixtureVersion >= 1);
        REQUIRE(fixtureVersion <= Database::latestVersion());
        TempShop shop;
        QFile sql(data.filePath(fixture));
        REQUIRE(sql.open(QIODevice::ReadOnly));
        rawExec(shop.path(), QString::fromUtf8(sql.readAll()));
        auto before = Database::inspect(shop.path());
        REQUIRE(before.ok());
        CHECK(before->version == fixtureVersion);

        Database& db = shop.open();
        CHECK(db.version() == Database::latestVersion());
        CHECK(db.origin().shopCode == QStringLiteral("BIS-1"));
        CHECK(SettingsService(db).load()->shopName == QStringLiteral("OVOP+1 Bishkek"));
        const auto audit = AuditLog(db).verify();
        CHECK(audit.ok());
        CHECK(audit.entries >= 8);
        UserService users(db);
        CHECK(users.activeUserNames().value().size() >= 3);
        auto admin = users.login(QStringLiteral("admin"), QStringLiteral("1111"));
        REQUIRE(admin.ok());
        CHECK(admin->role == Role::Admin);
        CHECK(AuditLog(db).verify().ok()); // still whole after writing to it
    }
}

TEST_CASE("One program at a time holds a database", "[store][lock]")
{
    TempShop shop;
    {
        auto first = InstanceLock::acquire(shop.path());
        REQUIRE(first.ok());
        auto second = InstanceLock::acquire(shop.path());
        REQUIRE_FALSE(second.ok());
        INFO(second.message().toStdString());
        CHECK(second.message().contains(QString::number(QCoreApplication::applicationPid())));
        CHECK(second.message().contains(QSysInfo::machineHostName()));
        CHECK(second.message().contains(QStringLiteral("test_models")));
    }
    CHECK(InstanceLock::acquire(shop.path()).ok());
}

TEST_CASE("A lock left by a process that died is taken over", "[store][lock]")
{
    TempShop shop;
    writeFile(shop.path() + QStringLiteral(".lock"),
              "99999999\novop-pos\n" + QSysInfo::machineHostName().toUtf8() + "\n");
    auto lock = InstanceLock::acquire(shop.path());
    INFO(lock.message().toStdString());
    CHECK(lock.ok());
}

namespace {

// An upgrade step that rebuilds products the way SQLite documents it: new table, copy, drop, rename.
Status rebuildProducts(const MigrationContext& c)
{
    QSqlQuery q(c.db);
    if (!q.exec(QStringLiteral("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = 'products'")) ||
        !q.next())
        return Error{QStringLiteral("no products table")};
    QString create = q.value(0).toString();
    q.finish();
    create.replace(QStringLiteral("CREATE TABLE products"), QStringLiteral("CREATE TABLE new_products"));
    return SqlQuery::execAll(c.db, {create, QStringLiteral("INSERT INTO new_products SELECT * FROM products"),
                                    QStringLiteral("DROP TABLE products"),
                                    QStringLiteral("ALTER TABLE new_products RENAME TO products")});
}

qint64 countRows(const QSqlDatabase& db, const QString& table)
{
    QSqlQuery q(db);
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM ") + table));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

} // namespace

TEST_CASE("An upgrade step that rebuilds a table keeps the rows that refer to it", "[store][migrations]")
{
    TempShop shop;
    Database& db = shop.openDemo();
    REQUIRE(seedDemoCatalog(db, shop.session(QStringLiteral("admin"))).ok());
    const qint64 barcodes = countRows(db.sql(), QStringLiteral("product_barcodes"));
    const qint64 products = countRows(db.sql(), QStringLiteral("products"));
    REQUIRE(barcodes > 0);
    const int next = Database::latestVersion() + 1;
    REQUIRE(migrate(db.sql(), {{next, QStringLiteral("rebuild products"), rebuildProducts}}).ok());
    CHECK(schemaVersion(db.sql()) == next);
    CHECK(countRows(db.sql(), QStringLiteral("products")) == products);
    CHECK(countRows(db.sql(), QStringLiteral("product_barcodes")) == barcodes);
    QSqlQuery fk(db.sql());
    REQUIRE(fk.exec(QStringLiteral("PRAGMA foreign_keys")));
    REQUIRE(fk.next());
    CHECK(fk.value(0).toInt() == 1);
}

TEST_CASE("An upgrade step that would leave broken references is rolled back", "[store][migrations]")
{
    TempShop shop;
    Database& db = shop.openDemo();
    REQUIRE(seedDemoCatalog(db, shop.session(QStringLiteral("admin"))).ok());
    const qint64 products = countRows(db.sql(), QStringLiteral("products"));
    const qint64 barcodes = countRows(db.sql(), QStringLiteral("product_barcodes"));
    const int before = schemaVersion(db.sql());
    // Foreign keys are off during the step, so this delete leaves barcodes of no product behind.
    const Migration orphaning{before + 1, QStringLiteral("orphans"), [](const MigrationContext& c) {
                                  return SqlQuery::execAll(c.db,
                                                           {QStringLiteral("DELETE FROM products WHERE seq IN "
                                                                           "(SELECT seq FROM products LIMIT 2)")});
                              }};
    const Status migrated = migrate(db.sql(), {orphaning});
    REQUIRE_FALSE(migrated.ok());
    CHECK(migrated.message().contains(QStringLiteral("left as it was")));
    CHECK(migrated.error().detail.contains(QStringLiteral("product_barcodes")));
    CHECK(schemaVersion(db.sql()) == before);
    CHECK(countRows(db.sql(), QStringLiteral("products")) == products);
    CHECK(countRows(db.sql(), QStringLiteral("product_barcodes")) == barcodes);
}

TEST_CASE("An upgrade step gets the clock ids and origin of the database", "[store][migrations]")
{
    TempShop shop;
    Database& db = shop.openDemo();
    MigrationContext seen;
    const Migration step{Database::latestVersion() + 1, QStringLiteral("look"), [&seen](const MigrationContext& c) {
                             seen = c;
                             return Status{};
                         }};
    FixedClock clock(QDateTime(QDate(2026, 3, 8), QTime(9, 30), Qt::UTC));
    SequentialIds ids;
    REQUIRE(migrate(db.sql(), {step}, clock, ids).ok());
    CHECK(seen.origin.shopCode == db.origin().shopCode);
    CHECK(seen.origin.deviceId == db.origin().deviceId);
    CHECK(seen.now() == QStringLiteral("2026-03-08T09:30:00.000Z"));
    CHECK(seen.newId() == QStringLiteral("00000000-0000-4000-8000-000000000001")); // from the ids given
}
