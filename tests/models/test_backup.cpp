// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <thread>

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include "TestSupport.h"
#include "models/audit/AuditLog.h"
#include "models/audit/IntegrityCheck.h"
#include "models/people/UserService.h"
#include "models/store/Backup.h"
#include "models/store/InstanceLock.h"
#include "models/store/Sql.h"

using namespace ovop;
using ovop::test::cheapPins;
using ovop::test::fileBytes;
using ovop::test::rawExec;
using ovop::test::rowCount;
using ovop::test::TempShop;
using ovop::test::writeFile;

namespace {

std::unique_ptr<Database> openFile(const QString& path)
{
    auto db = Database::open(path);
    INFO(db.message().toStdString());
    REQUIRE(db.ok());
    return std::move(db).value();
}

QString lastAction(Database& db)
{
    SqlQuery q(db.sql(), QStringLiteral("SELECT action FROM audit_log ORDER BY seq DESC LIMIT 1"));
    REQUIRE(q.exec().ok());
    REQUIRE(q.next());
    return q.value(0).toString();
}

} // namespace

TEST_CASE("A backup is a complete, checked copy, audited", "[backup]")
{
    TempShop shop;
    Database& db = shop.openDemo();
    const QString file = shop.file(QStringLiteral("copy.sqlite"));
    REQUIRE(BackupService(db).backup(shop.session(QStringLiteral("manager")), file).ok());
    CHECK(lastAction(db) == QStringLiteral("backup"));
    CHECK_FALSE(QFile::exists(file + QStringLiteral("-wal")));
    CHECK_FALSE(QFile::exists(file + QStringLiteral(".part")));

    auto inspection = Database::inspect(file);
    REQUIRE(inspection.ok());
    CHECK(inspection->version == Database::latestVersion());
    auto copy = openFile(file);
    CHECK(rowCount(*copy, QStringLiteral("users")) == 3);
    CHECK(rowCount(*copy, QStringLiteral("audit_log")) == rowCount(db, QStringLiteral("audit_log")) - 1);
    CHECK(AuditLog(*copy).verify().ok());
}

TEST_CASE("A backup is refused without permission, over an existing file or into a missing folder", "[backup]")
{
    TempShop shop;
    Database& db = shop.openDemo();
    BackupService backups(db);
    const qint64 auditBefore = rowCount(db, QStringLiteral("audit_log"));

    const QString file = shop.file(QStringLiteral("copy.sqlite"));
    const Status cashier = backups.backup(shop.session(QStringLiteral("cashier")), file);
    REQUIRE_FALSE(cashier.ok());
    CHECK(cashier.message().contains(QStringLiteral("Only a manager")));
    CHECK_FALSE(QFile::exists(file));

    writeFile(file, "keep me");
    const Status existing = backups.backup(shop.session(QStringLiteral("admin")), file);
    REQUIRE_FALSE(existing.ok());
    CHECK(existing.message().contains(QStringLiteral("already exists")));
    CHECK(fileBytes(file) == "keep me");

    const Status missing = backups.backup(shop.session(QStringLiteral("admin")),
                                          shop.file(QStringLiteral("no/such/folder/copy.sqlite")));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.message().contains(QStringLiteral("does not exist")));
    CHECK(rowCount(db, QStringLiteral("audit_log")) == auditBefore);
}

TEST_CASE("A backup is consistent while another connection writes", "[backup]")
{
    TempShop shop;
    Database& db = shop.openDemo();
    const Session admin = shop.session(QStringLiteral("admin"));
    const qint64 before = rowCount(db, QStringLiteral("audit_log"));

    // Another program (the GUI) keeps writing, in transactions of several entries each, until the copy
    // is in place: the backup's own audit entry is then written without a race against the writer
    // (the service's patience with a writer that keeps the lock is not what this test is about).
    const QString file = shop.file(QStringLiteral("during.sqlite"));
    std::atomic<int> committed{0};
    std::atomic<bool> stop{false};
    QString writerError;
    std::thread writer([&] {
        auto other = Database::open(shop.path());
        if (!other) {
            writerError = other.message();
            return;
        }
        for (int round = 0; !stop && !QFileInfo::exists(file) && round < 10000; ++round) {
            Transaction tx(other.value()->sql());
            if (!tx.isActive())
                continue; // busy for a moment: try again
            bool ok = true;
            for (int i = 0; i < 5 && ok; ++i)
                ok = AuditLog(*other.value()).append(&admin, QStringLiteral("settings.change"), {{"round", round}}).ok();
            if (ok && tx.commit().ok())
                committed += 5;
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
        }
    });
    while (committed == 0 && writerError.isEmpty())
        std::this_thread::yield();

    const Status taken = BackupService(db).backup(shop.session(QStringLiteral("manager")), file);
    const int committedAfterBackup = committed;
    stop = true;
    writer.join();
    REQUIRE(writerError.isEmpty());
    INFO(taken.message().toStdString() << " " << taken.error().detail.toStdString());
    REQUIRE(taken.ok());

    auto copy = openFile(file);
    const qint64 copied = rowCount(*copy, QStringLiteral("audit_log"));
    CHECK(copied >= before + 5);
    CHECK(copied <= before + committedAfterBackup);
    CHECK((copied - before) % 5 == 0); // whole transactions only
    CHECK(AuditLog(*copy).verify().ok());
    CHECK(checkIntegrity(*copy).isEmpty());
    CHECK(AuditLog(db).verify().ok());
}

TEST_CASE("A copy whose audit entry cannot be written is removed", "[backup]")
{
    TempShop shop;
    Database& db = shop.openDemo();
    const qint64 entries = rowCount(db, QStringLiteral("audit_log"));
    rawExec(shop.path(), QStringLiteral("CREATE TRIGGER refuse_entries BEFORE INSERT ON audit_log "
                                        "BEGIN SELECT RAISE(ABORT, 'refused for the test'); END;"));
    const QString file = shop.file(QStringLiteral("copy.sqlite"));
    const Status taken = BackupService(db).backup(shop.session(QStringLiteral("manager")), file);
    REQUIRE_FALSE(taken.ok());
    CHECK_FALSE(QFile::exists(file));
    CHECK(QDir(shop.file(QString())).entryList({QStringLiteral("copy.sqlite*")}, QDir::Files).isEmpty());

    const auto rotating = BackupService(db).rotateNow(shop.session(QStringLiteral("manager")));
    REQUIRE_FALSE(rotating.ok());
    CHECK(BackupService(db).dailyBackups().value().isEmpty());
    CHECK(rowCount(db, QStringLiteral("audit_log")) == entries);
}

TEST_CASE("Daily backups: one a day, the newest fourteen kept", "[backup]")
{
    TempShop shop;
    Database& db = shop.openDemo();
    BackupService backups(db);
    auto first = backups.rotateDaily();
    REQUIRE(first.ok());
    CHECK(QFileInfo(first.value()).fileName() == QStringLiteral("shop-2025-03-14.sqlite"));
    CHECK(QFileInfo(first.value()).dir().dirName() == QStringLiteral("backups"));
    CHECK(lastAction(db) == QStringLiteral("backup"));
    auto again = backups.rotateDaily();
    REQUIRE(again.ok());
    CHECK(again.value().isEmpty());

    for (int day = 1; day <= 20; ++day) {
        shop.clock().advanceSeconds(24 * 3600);
        auto taken = backups.rotateDaily();
        REQUIRE(taken.ok());
        CHECK_FALSE(taken.value().isEmpty());
    }
    const QStringList kept = backups.dailyBackups().value();
    REQUIRE(kept.size() == BackupService::DailyBackupsKept);
    CHECK(QFileInfo(kept.first()).fileName() == QStringLiteral("shop-2025-04-03.sqlite"));
    CHECK(QFileInfo(kept.last()).fileName() == QStringLiteral("shop-2025-03-21.sqlite"));
    CHECK(Database::inspect(kept.first()).ok());
}

TEST_CASE("Restore replaces the database after putting the current one aside", "[backup][restore]")
{
    TempShop shop;
    Database& db = shop.openDemo();
    const QString file = shop.file(QStringLiteral("monday.sqlite"));
    REQUIRE(BackupService(db).backup(shop.session(QStringLiteral("admin")), file).ok());
    REQUIRE(UserService(db).add(shop.session(QStringLiteral("admin")),
                                {QStringLiteral("later"), {}, Role::Cashier, QStringLiteral("5555"), {"ru"}})
                .ok());
    shop.close();

    QString savedCopy;
    const Status restored = BackupService::restore(shop.path(), file, {QStringLiteral("admin"), QStringLiteral("1111")},
                                                   cheapPins(), &savedCopy);
    INFO(restored.message().toStdString() << " " << restored.error().detail.toStdString());
    REQUIRE(restored.ok());
    REQUIRE(QFile::exists(savedCopy));
    CHECK(savedCopy.startsWith(shop.path() + QStringLiteral(".before-restore-")));

    Database& after = shop.reopen();
    CHECK(rowCount(after, QStringLiteral("users")) == 3);
    CHECK(lastAction(after) == QStringLiteral("restore"));
    CHECK(AuditLog(after).verify().ok());
    SqlQuery who(after.sql(), QStringLiteral("SELECT user_name FROM audit_log ORDER BY seq DESC LIMIT 1"));
    REQUIRE(who.exec().ok());
    REQUIRE(who.next());
    CHECK(who.value(0).toString() == QStringLiteral("admin"));
    auto aside = openFile(savedCopy);
    CHECK(rowCount(*aside, QStringLiteral("users")) == 4);
}

TEST_CASE("Restore refuses a bad backup and changes nothing", "[backup][restore]")
{
    TempShop shop;
    shop.openDemo();
    shop.close();
    const BackupService::Credentials admin{QStringLiteral("admin"), QStringLiteral("1111")};
    QByteArray before = fileBytes(shop.path());
    const QStringList filesBefore = QDir(shop.file(QString())).entryList(QDir::Files);

    auto refused = [&](const QString& candidate, const BackupService::Credentials& actor, const char* expected) {
        INFO(candidate.toStdString());
        const Status s = BackupService::restore(shop.path(), candidate, actor, cheapPins());
        REQUIRE_FALSE(s.ok());
        INFO(s.message().toStdString());
        CHECK(s.message().contains(QString::fromUtf8(expected)));
        // A refused login is recorded in the database it was tried on; nothing else changes.
        if (s.error().kind == ErrorKind::Permission || s.message().contains(QStringLiteral("PIN"))) {
            Database& db = shop.reopen();
            CHECK(rowCount(db, QStringLiteral("users")) == 3);
            SqlQuery restores(db.sql(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'restore'"));
            REQUIRE(restores.exec().ok());
            REQUIRE(restores.next());
            CHECK(restores.value(0).toInt() == 0);
            shop.close();
            before = fileBytes(shop.path());
        } else {
            CHECK(fileBytes(shop.path()) == before);
        }
    };
    const QString garbage = shop.file(QStringLiteral("garbage.sqlite"));
    writeFile(garbage, QByteArray(8192, 'x'));
    refused(garbage, admin, "not an SQLite file");
    const QString empty = shop.file(QStringLiteral("empty.sqlite"));
    writeFile(empty, QByteArray());
    refused(empty, admin, "holds no shop data");
    refused(shop.file(QStringLiteral("missing.sqlite")), admin, "There is no file");
    const QString foreign = shop.file(QStringLiteral("foreign.sqlite"));
    rawExec(foreign, QStringLiteral("CREATE TABLE notes (text TEXT)"));
    refused(foreign, admin, "another program");
    const QString newer = shop.file(QStringLiteral("newer.sqlite"));
    QFile::copy(shop.path(), newer);
    rawExec(newer, QStringLiteral("PRAGMA user_version = %1").arg(Database::latestVersion() + 1));
    refused(newer, admin, "newer version");
    refused(shop.path(), admin, "the database itself");

    const QString good = shop.file(QStringLiteral("good.sqlite"));
    QFile::copy(shop.path(), good);
    refused(good, {}, "Log in as an administrator");
    refused(good, {}, "nothing was restored");
    refused(good, {QStringLiteral("manager"), QStringLiteral("2222")}, "Only an administrator");
    refused(good, {QStringLiteral("admin"), QStringLiteral("9999")}, "Wrong PIN");
    {
        auto lock = InstanceLock::acquire(shop.path());
        REQUIRE(lock.ok());
        refused(good, admin, "already open");
    }
    QStringList filesAfter = QDir(shop.file(QString())).entryList(QDir::Files);
    filesAfter.removeAll(QStringLiteral("good.sqlite"));
    for (const QString& name : filesAfter)
        CHECK_FALSE(name.contains(QStringLiteral("before-restore")));
}

TEST_CASE("A damaged database is kept aside unchanged and restored by an administrator of the backup",
          "[backup][restore]")
{
    TempShop shop;
    Database& db = shop.openDemo();
    const QString file = shop.file(QStringLiteral("good.sqlite"));
    REQUIRE(BackupService(db).backup(shop.session(QStringLiteral("admin")), file).ok());
    shop.close();
    QByteArray bytes = fileBytes(shop.path());
    for (qsizetype i = 4096; i < bytes.size(); ++i)
        bytes[i] = char(0xA5);
    writeFile(shop.path(), bytes);
    REQUIRE_FALSE(Database::open(shop.path()).ok());

    // Without an administrator of the backup, nothing happens.
    CHECK_FALSE(BackupService::restore(shop.path(), file, {}, cheapPins()).ok());
    CHECK_FALSE(
        BackupService::restore(shop.path(), file, {QStringLiteral("cashier"), QStringLiteral("3333")}, cheapPins())
            .ok());
    CHECK(fileBytes(shop.path()) == bytes);

    QString savedCopy;
    const Status restored = BackupService::restore(shop.path(), file, {QStringLiteral("admin"), QStringLiteral("1111")},
                                                   cheapPins(), &savedCopy);
    INFO(restored.message().toStdString() << " " << restored.error().detail.toStdString());
    REQUIRE(restored.ok());
    CHECK(fileBytes(savedCopy) == bytes);
    Database& after = shop.reopen();
    CHECK(rowCount(after, QStringLiteral("users")) == 3);
    CHECK(lastAction(after) == QStringLiteral("restore"));
    CHECK(AuditLog(after).verify().ok());
}
