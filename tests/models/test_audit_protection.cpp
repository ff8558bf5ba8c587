// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// Tampering with the audit log behind the program's back is found: dropped or altered triggers,
// deleted newest entries, and a log rewritten and hashed anew by a forger.
#include <catch2/catch.hpp>

#include <sqlite3.h>

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include "TestSupport.h"
#include "models/audit/AuditLog.h"
#include "models/audit/AuditProtection.h"
#include "models/audit/IntegrityCheck.h"
#include "models/store/Backup.h"
#include "models/store/Sql.h"

using namespace ovop;
using ovop::test::rawExec;
using ovop::test::TempShop;

namespace {

bool mentions(const QStringList& problems, const char* text)
{
    for (const QString& p : problems)
        if (p.contains(QString::fromUtf8(text)))
            return true;
    return false;
}

void addEntries(Database& db, int count)
{
    for (int i = 0; i < count; ++i)
        REQUIRE(AuditLog(db).append(nullptr, QStringLiteral("test.entry"), {{QStringLiteral("n"), i}}).ok());
}

// What a forger who knows the chain's rule does: change one entry, then hash every entry anew.
void rewriteAndRehash(const QString& path, qint64 seqToChange)
{
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK);
    REQUIRE(sqlite3_exec(db, "DROP TRIGGER audit_log_no_update", nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_stmt* read = nullptr;
    REQUIRE(sqlite3_prepare_v2(db,
                               "SELECT seq, id, at, user_id, user_name, action, details, origin_shop, "
                               "origin_device FROM audit_log ORDER BY seq",
                               -1, &read, nullptr) == SQLITE_OK);
    QList<QStringList> rows;
    while (sqlite3_step(read) == SQLITE_ROW) {
        QStringList row;
        for (int c = 0; c < 9; ++c)
            row << QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(read, c)));
        rows << row;
    }
    sqlite3_finalize(read);
    sqlite3_stmt* write = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, "UPDATE audit_log SET details = ?1, prev_hash = ?2, hash = ?3 WHERE seq = ?4", -1,
                               &write, nullptr) == SQLITE_OK);
    QString previous(64, QLatin1Char('0'));
    for (QStringList row : rows) {
        if (row.at(0).toLongLong() == seqToChange)
            row[6] = QStringLiteral("{\"forged\":true}");
        QJsonArray fields;
        for (const QString& f : row)
            fields.append(f);
        fields.append(previous);
        const QString hash = QString::fromLatin1(
            QCryptographicHash::hash(QJsonDocument(fields).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256)
                .toHex());
        const QByteArray details = row.at(6).toUtf8(), prev = previous.toLatin1(), next = hash.toLatin1();
        sqlite3_bind_text(write, 1, details.constData(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(write, 2, prev.constData(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(write, 3, next.constData(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_int64(write, 4, row.at(0).toLongLong());
        REQUIRE(sqlite3_step(write) == SQLITE_DONE);
        sqlite3_reset(write);
        previous = hash;
    }
    sqlite3_finalize(write);
    const QString create = AuditProtection::triggerStatements().filter(QStringLiteral("UPDATE")).first();
    REQUIRE(sqlite3_exec(db, create.toUtf8().constData(), nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);
}

} // namespace

TEST_CASE("A database whose audit triggers were dropped is refused until an administrator repairs them",
          "[audit][tamper]")
{
    TempShop shop;
    shop.openDemo();
    const Session admin = shop.session(QStringLiteral("admin"));
    const Session manager = shop.session(QStringLiteral("manager"));
    shop.close();
    rawExec(shop.path(), QStringLiteral("DROP TRIGGER audit_log_no_delete"));

    auto refused = Database::open(shop.path());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.message().contains(QStringLiteral("check --repair")));

    OpenOptions repairing;
    repairing.allowAuditRepair = true;
    auto db = Database::open(shop.path(), repairing);
    REQUIRE(db.ok());
    CHECK(mentions(checkIntegrity(*db.value()), "audit_log_no_delete"));
    CHECK(AuditProtection::repair(*db.value(), manager).error().kind == ErrorKind::Permission);
    REQUIRE(AuditProtection::repair(*db.value(), admin).ok());
    CHECK(checkIntegrity(*db.value()).isEmpty());
    SqlQuery last(db.value()->sql(),
                  QStringLiteral("SELECT action, user_name FROM audit_log ORDER BY seq DESC LIMIT 1"));
    REQUIRE(last.exec().ok());
    REQUIRE(last.next());
    CHECK(last.value(0).toString() == QStringLiteral("audit.repair"));
    CHECK(last.value(1).toString() == QStringLiteral("admin"));
    db = Error{};
    CHECK(Database::open(shop.path()).ok());
}

TEST_CASE("An altered or an added trigger on the audit log is reported", "[audit][tamper]")
{
    TempShop shop;
    shop.openDemo();
    shop.close();
    rawExec(shop.path(), QStringLiteral("DROP TRIGGER audit_log_no_update"));
    rawExec(shop.path(), QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
                                        "WHEN 0 BEGIN SELECT RAISE(ABORT, 'never'); END"));
    rawExec(shop.path(), QStringLiteral("CREATE TRIGGER sneaky AFTER INSERT ON audit_log BEGIN SELECT 1; END"));
    OpenOptions repairing;
    repairing.allowAuditRepair = true;
    auto db = Database::open(shop.path(), repairing);
    REQUIRE(db.ok());
    const QStringList problems = AuditProtection::triggerProblems(db.value()->sql());
    CHECK(mentions(problems, "audit_log_no_update was altered"));
    CHECK(mentions(problems, "sneaky"));
}

TEST_CASE("Deleting the newest audit entries is found through the rotating backups", "[audit][tamper]")
{
    TempShop shop;
    Database& db = shop.openDemo();
    addEntries(db, 5);
    auto taken = BackupService(db).rotateNow(shop.session(QStringLiteral("manager")));
    REQUIRE(taken.ok());
    REQUIRE(AuditProtection::witnessProblems(db).isEmpty());
    SqlQuery newest(db.sql(), QStringLiteral("SELECT max(seq) FROM audit_log"));
    REQUIRE(newest.exec().ok());
    REQUIRE(newest.next());
    const qint64 last = newest.value(0).toLongLong();
    shop.close();

    // The forger removes the protection, deletes the newest entries and puts the protection back:
    // the chain that is left is whole, and only the backup knows what was there.
    rawExec(shop.path(), QStringLiteral("DROP TRIGGER audit_log_no_delete"));
    rawExec(shop.path(), QStringLiteral("DELETE FROM audit_log WHERE seq > %1").arg(last - 4));
    rawExec(shop.path(), AuditProtection::triggerStatements().filter(QStringLiteral("DELETE")).first());
    Database& after = shop.reopen();
    CHECK(AuditLog(after).verify().ok());
    const QStringList problems = checkIntegrity(after);
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    CHECK(mentions(problems, "no longer in the audit log"));
}

TEST_CASE("A log rewritten and hashed anew is found through the rotating backups", "[audit][tamper]")
{
    TempShop shop;
    Database& db = shop.openDemo();
    addEntries(db, 3);
    REQUIRE(BackupService(db).rotateDaily().ok());
    addEntries(db, 3);
    shop.close();

    rewriteAndRehash(shop.path(), 2);
    Database& after = shop.reopen();
    CHECK(AuditLog(after).verify().ok()); // the chain alone cannot tell
    const QStringList problems = checkIntegrity(after);
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    CHECK(mentions(problems, "was rewritten"));
}

TEST_CASE("Rotating backups that disagree with the live log are kept as evidence", "[audit][tamper][backup]")
{
    TempShop shop;
    Database& db = shop.openDemo();
    BackupService backups(db);
    for (int day = 0; day < BackupService::DailyBackupsKept; ++day) {
        REQUIRE(backups.rotateDaily().ok());
        shop.clock().advanceSeconds(24 * 3600);
    }
    REQUIRE(backups.dailyBackups().value().size() == BackupService::DailyBackupsKept);
    shop.close();
    rewriteAndRehash(shop.path(), 3);

    // Days go on: each new daily backup copies the rewritten log, yet the older, honest ones stay.
    Database& after = shop.reopen();
    for (int day = 0; day < 3; ++day) {
        REQUIRE(BackupService(after).rotateDaily().ok());
        shop.clock().advanceSeconds(24 * 3600);
    }
    CHECK(BackupService(after).dailyBackups().value().size() == BackupService::DailyBackupsKept + 3);
    CHECK(mentions(AuditProtection::witnessProblems(after), "was rewritten"));

    // And on-demand backups never push out the daily ones.
    TempShop other;
    Database& honest = other.openDemo();
    for (int day = 0; day < 3; ++day) {
        if (day > 0)
            other.clock().advanceSeconds(24 * 3600);
        REQUIRE(BackupService(honest).rotateDaily().ok());
    }
    for (int taken = 0; taken < BackupService::DailyBackupsKept + 2; ++taken) {
        REQUIRE(BackupService(honest).rotateNow(other.session(QStringLiteral("manager"))).ok());
        other.clock().advanceSeconds(1);
    }
    const QStringList kept = BackupService(honest).dailyBackups().value();
    CHECK(kept.size() == 3 + BackupService::DailyBackupsKept);
    CHECK(kept.filter(QRegularExpression(QStringLiteral("\\d{4}-\\d{2}-\\d{2}\\.sqlite$"))).size() == 3);
}
