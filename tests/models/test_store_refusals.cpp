// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// A database that is busy, read-only or in use is reported as exactly that, never as damaged, and a
// restore never replaces a database that another program has open.
#include <catch2/catch.hpp>

#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include "TestSupport.h"
#include "models/store/Backup.h"
#include "models/store/FileGuard.h"
#include "models/store/Sql.h"

using namespace ovop;
using ovop::test::fileBytes;
using ovop::test::TempShop;

namespace {

// Another program holding the database exclusively (as a restore does), on a connection of its own.
class ExclusiveHolder
{
public:
    explicit ExclusiveHolder(const QString& path)
    {
        REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &m_db) == SQLITE_OK);
        REQUIRE(sqlite3_exec(m_db, "PRAGMA locking_mode=EXCLUSIVE; BEGIN EXCLUSIVE; COMMIT;", nullptr, nullptr,
                             nullptr) == SQLITE_OK);
    }
    ~ExclusiveHolder() { sqlite3_close(m_db); }

private:
    sqlite3* m_db = nullptr;
};

} // namespace

TEST_CASE("A database held exclusively by another program is busy and not damaged", "[store][refusals]")
{
    TempShop shop;
    shop.open();
    shop.close();
    ExclusiveHolder holder(shop.path());
    // How long to wait before saying "busy" is a choice of the caller; the answer is the same.
    constexpr int shortWaitMs = 100;

    auto inspected = Database::inspect(shop.path(), shortWaitMs);
    REQUIRE_FALSE(inspected.ok());
    CHECK(inspected.error().kind == ErrorKind::Busy);
    CHECK_FALSE(inspected.message().contains(QStringLiteral("damaged")));
    CHECK_FALSE(inspected.message().contains(QStringLiteral("from a backup")));

    OpenOptions options = ovop::test::cheapPins();
    options.busyWaitMs = shortWaitMs;
    auto opened = Database::open(shop.path(), options);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().kind == ErrorKind::Busy);
    CHECK_FALSE(opened.message().contains(QStringLiteral("damaged")));
}

TEST_CASE("A write refused by a read-only database is said plainly", "[store][refusals]")
{
    TempShop shop;
    shop.open();
    shop.close();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("read-only-test"));
    {
        db.setDatabaseName(shop.path());
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        REQUIRE(db.open());
        SqlQuery write(db, QStringLiteral("INSERT INTO settings (key, value) VALUES ('x', 'y')"));
        const Status s = write.exec();
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().kind == ErrorKind::ReadOnly);
        CHECK(s.message().contains(QStringLiteral("read-only")));
        CHECK_FALSE(s.message().contains(QStringLiteral("busy")));
        CHECK_FALSE(s.message().contains(QStringLiteral("damaged")));
        db.close();
    }
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("read-only-test"));
}

TEST_CASE("A restore is refused while another connection has the database open", "[store][restore]")
{
    TempShop shop;
    Database& db = shop.openDemo();
    const QString file = shop.file(QStringLiteral("copy.sqlite"));
    REQUIRE(BackupService(db).backup(shop.session(QStringLiteral("admin")), file).ok());
    // db stays open, as an ovopctl or a GUI would keep it; the restore need not wait long to see it.
    OpenOptions options = ovop::test::cheapPins();
    options.busyWaitMs = 100;
    const Status s =
        BackupService::restore(shop.path(), file, {QStringLiteral("admin"), QStringLiteral("1111")}, options);
    REQUIRE_FALSE(s.ok());
    INFO(s.message().toStdString());
    CHECK(s.message().contains(QStringLiteral("open in another program")));
    CHECK(s.message().contains(QStringLiteral("Nothing was restored")));
    SqlQuery restores(db.sql(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'restore'"));
    REQUIRE(restores.exec().ok());
    REQUIRE(restores.next());
    CHECK(restores.value(0).toInt() == 0);
    const QStringList left =
        QDir(shop.file(QString())).entryList({QStringLiteral("*before-restore*"), QStringLiteral("*.restoring*")});
    CHECK(left.isEmpty());
}

TEST_CASE("Nothing is written over the database or its companions or its backups", "[store][files]")
{
    TempShop shop;
    Database& db = shop.openDemo();
    REQUIRE(BackupService(db).rotateDaily().ok());
    const QString backup = BackupService(db).dailyBackups().value().first();
    const QByteArray before = fileBytes(shop.path());
    for (const QString& target :
         {shop.path(), shop.path() + QStringLiteral("-wal"), shop.path() + QStringLiteral("-shm"),
          shop.path() + QStringLiteral(".lock"), backup, shop.file(QStringLiteral("backups/new.csv"))}) {
        INFO(target.toStdString());
        const Status s = SafeFile::write(target, "sku,price\r\n", Overwrite::Allow);
        REQUIRE_FALSE(s.ok());
        CHECK(s.message().contains(QStringLiteral("never written over")));
    }
    // Through a symbolic link, a hard link and a roundabout path.
    REQUIRE(QFile::link(shop.path(), shop.file(QStringLiteral("link.csv"))));
    CHECK_FALSE(SafeFile::write(shop.file(QStringLiteral("link.csv")), "x", Overwrite::Allow).ok());
    REQUIRE(::link(QFile::encodeName(shop.path()).constData(),
                   QFile::encodeName(shop.file(QStringLiteral("hard.csv"))).constData()) == 0);
    CHECK_FALSE(SafeFile::write(shop.file(QStringLiteral("hard.csv")), "x", Overwrite::Allow).ok());
    CHECK_FALSE(SafeFile::write(shop.file(QStringLiteral("backups/../shop.sqlite")), "x", Overwrite::Allow).ok());
    CHECK(fileBytes(shop.path()) == before);

    // An ordinary file: written whole, never replaced unasked, replaced when the user said so.
    const QString csv = shop.file(QStringLiteral("products.csv"));
    REQUIRE(SafeFile::write(csv, "one", Overwrite::Refuse).ok());
    // As any new file here: not the owner-only permissions of the temporary file it was written to.
    const mode_t mask = ::umask(0);
    ::umask(mask);
    struct stat written;
    REQUIRE(::stat(QFile::encodeName(csv).constData(), &written) == 0);
    CHECK((written.st_mode & 0777) == (0666 & ~mask));
    const Status again = SafeFile::write(csv, "two", Overwrite::Refuse);
    CHECK(again.error().kind == ErrorKind::Conflict);
    CHECK(fileBytes(csv) == "one");
    REQUIRE(SafeFile::write(csv, "three", Overwrite::Allow).ok());
    CHECK(fileBytes(csv) == "three");
    CHECK(QDir(shop.file(QString())).entryList({QStringLiteral("*.part")}, QDir::Files | QDir::Hidden).isEmpty());
}
