// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include <catch2/catch.hpp>

#include <QDirIterator>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>

#include "TestSupport.h"
#include "models/audit/AuditLog.h"
#include "models/audit/AuditProtection.h"
#include "models/audit/IntegrityCheck.h"
#include "models/store/Sql.h"

using namespace ovop;
using ovop::test::TempShop;
using ovop::test::rawExec;
using ovop::test::rowCount;

namespace {

// Every action key the application writes, read from its sources: the literal keys given to
// AuditLog::append. An append whose action is not a literal fails the test, so none is missed.
QStringList writtenActions()
{
    static const QRegularExpression call(QStringLiteral(R"((?:\baudit|\bAuditLog\([^;]*?\))\.append\(([^;{]*))"));
    static const QRegularExpression literal(QStringLiteral(R"re(QStringLiteral\("([a-z][a-z._-]*)"\))re"));
    QStringList actions;
    for (const char* folder : {"models", "ui", "app"}) {
        QDirIterator files(QStringLiteral(OVOP_SOURCE_DIR "/") + QLatin1String(folder), {QStringLiteral("*.cpp")},
                           QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString path = files.next();
            const QString source = QString::fromUtf8(ovop::test::fileBytes(path));
            for (auto calls = call.globalMatch(source); calls.hasNext();) {
                const auto found = calls.next();
                int keys = 0;
                for (auto names = literal.globalMatch(found.captured(1)); names.hasNext(); ++keys) {
                    const QString key = names.next().captured(1);
                    if (!actions.contains(key))
                        actions << key;
                }
                INFO(path.toStdString() << ": " << found.captured(0).simplified().toStdString());
                CHECK(keys > 0);
            }
        }
    }
    return actions;
}

} // namespace

namespace {

const char* const DropTriggers = "DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;";

// A forger who covers the tracks puts the triggers back as they were.
QString restoredTriggers()
{
    return AuditProtection::triggerStatements().join(QStringLiteral(";\n")) + QStringLiteral(";");
}

QString rawColumn(Database& db, const QString& column, qint64 seq)
{
    SqlQuery q(db.sql(), QStringLiteral("SELECT ") + column + QStringLiteral(" FROM audit_log WHERE seq = :seq"));
    q.bind(QStringLiteral(":seq"), seq);
    REQUIRE(q.exec().ok());
    REQUIRE(q.next());
    return q.value(0).toString();
}

} // namespace

TEST_CASE("Audit entries form a hash chain with canonical fields", "[audit]")
{
    TempShop shop;
    Database& db = shop.openDemo();
    AuditLog audit(db);
    const Session admin = shop.session(QStringLiteral("admin"));
    const qint64 seeded = rowCount(db, QStringLiteral("audit_log")); // init, the users, later demo data
    REQUIRE(seeded >= 4);
    const qint64 seq = seeded + 1;
    shop.clock().set(QDateTime(QDate(2025, 3, 14), QTime(16, 30, 5, 123), QTimeZone(6 * 3600)));
    REQUIRE(audit.append(&admin, QStringLiteral("settings.change"),
                         {{QStringLiteral("key"), QStringLiteral("shop_name")},
                          {QStringLiteral("new"), QStringLiteral("Дүкөн")},
                          {QStringLiteral("old"), QStringLiteral("OVOP+1 Bishkek")}})
                .ok());

    auto entries = audit.entries(admin);
    REQUIRE(entries.ok());
    REQUIRE(entries->size() == seq);
    const AuditEntry& last = entries->first();
    CHECK(last.seq == seq);
    CHECK(last.action == QStringLiteral("settings.change"));
    CHECK(last.userName == QStringLiteral("admin"));
    CHECK(last.userId == admin.userId);
    CHECK(last.originShop == QStringLiteral("BIS-1"));
    CHECK(last.originDevice == QStringLiteral("T1"));
    CHECK(last.details.value(QStringLiteral("new")).toString() == QStringLiteral("Дүкөн"));
    CHECK(last.at == QDateTime(QDate(2025, 3, 14), QTime(10, 30, 5, 123), Qt::UTC));
    CHECK(last.hash.size() == 64);
    CHECK(last.prevHash == entries->at(1).hash);
    CHECK(entries->last().seq == 1);
    CHECK(entries->last().action == QStringLiteral("init"));
    CHECK(entries->last().prevHash == QString(64, QLatin1Char('0')));
    CHECK(entries->last().userName.isEmpty());

    // Stored: UTC time with milliseconds, compact JSON with sorted keys.
    CHECK(rawColumn(db, QStringLiteral("at"), seq) == QStringLiteral("2025-03-14T10:30:05.123Z"));
    CHECK(rawColumn(db, QStringLiteral("details"), seq) ==
          QStringLiteral("{\"key\":\"shop_name\",\"new\":\"Дүкөн\",\"old\":\"OVOP+1 Bishkek\"}"));

    const auto verification = audit.verify();
    CHECK(verification.ok());
    CHECK(verification.entries == seq);
}

TEST_CASE("Reading the audit log needs a manager or administrator", "[audit]")
{
    TempShop shop;
    Database& db = shop.openDemo();
    AuditLog audit(db);
    auto refused = audit.entries(shop.session(QStringLiteral("cashier")));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.message().contains(QStringLiteral("audit log")));

    const Session manager = shop.session(QStringLiteral("manager"));
    REQUIRE(audit.append(&manager, QStringLiteral("backup"), {}).ok());
    auto users = audit.entries(manager, {QStringLiteral("user."), {}, 1000});
    REQUIRE(users.ok());
    CHECK(users->size() == 3);
    auto byManager = audit.entries(manager, {{}, QStringLiteral("manager"), 1000});
    REQUIRE(byManager.ok());
    REQUIRE(byManager->size() == 1);
    CHECK(byManager->first().action == QStringLiteral("backup"));
    auto limited = audit.entries(manager, {{}, {}, 2});
    REQUIRE(limited.ok());
    CHECK(limited->size() == 2);
    CHECK(limited->first().seq == rowCount(db, QStringLiteral("audit_log")));
    CHECK(limited->first().action == QStringLiteral("backup"));
    // A prefix is text, not a pattern.
    auto pattern = audit.entries(manager, {QStringLiteral("%"), {}, 1000});
    REQUIRE(pattern.ok());
    CHECK(pattern->isEmpty());
}

TEST_CASE("The audit log refuses updates and deletes", "[audit]")
{
    TempShop shop;
    Database& db = shop.openDemo();
    const qint64 before = rowCount(db, QStringLiteral("audit_log"));
    const QString detailsBefore = rawColumn(db, QStringLiteral("details"), 2);
    CHECK_FALSE(SqlQuery(db.sql(), QStringLiteral("UPDATE audit_log SET details = '{}' WHERE seq = 2")).exec().ok());
    CHECK_FALSE(SqlQuery(db.sql(), QStringLiteral("DELETE FROM audit_log WHERE seq = 2")).exec().ok());
    CHECK(rowCount(db, QStringLiteral("audit_log")) == before);
    CHECK(rawColumn(db, QStringLiteral("details"), 2) == detailsBefore);
}

TEST_CASE("An entry appended in a transaction that rolls back is gone with it", "[audit]")
{
    TempShop shop;
    Database& db = shop.openDemo();
    const qint64 before = rowCount(db, QStringLiteral("audit_log"));
    {
        Transaction tx(db.sql());
        REQUIRE(tx.isActive());
        REQUIRE(AuditLog(db).append(nullptr, QStringLiteral("backup"), {}).ok());
        CHECK(rowCount(db, QStringLiteral("audit_log")) == before + 1);
    }
    CHECK(rowCount(db, QStringLiteral("audit_log")) == before);
    REQUIRE(AuditLog(db).append(nullptr, QStringLiteral("backup"), {}).ok());
    CHECK(rowCount(db, QStringLiteral("audit_log")) == before + 1);
    CHECK(AuditLog(db).verify().ok());
}

TEST_CASE("An edited audit entry is found", "[audit][tamper]")
{
    TempShop shop;
    shop.openDemo();
    shop.close();
    rawExec(shop.path(), QString::fromLatin1(DropTriggers) +
                             QStringLiteral("UPDATE audit_log SET details = replace(details, 'cashier', 'boss') "
                                            "WHERE seq = 4;") +
                             restoredTriggers());
    Database& db = shop.reopen();
    const auto verification = AuditLog(db).verify();
    REQUIRE(verification.problems.size() == 1);
    CHECK(verification.problems.first().contains(QStringLiteral("Audit entry 4")));
    CHECK(verification.problems.first().contains(QStringLiteral("changed")));
    CHECK(checkIntegrity(db) == verification.problems);
}

TEST_CASE("A re-hashed audit entry breaks the link to the next one", "[audit][tamper]")
{
    TempShop shop;
    shop.openDemo();
    shop.close();
    // Whoever edits an entry and recomputes its hash still breaks the chain after it.
    rawExec(shop.path(), QString::fromLatin1(DropTriggers) +
                             QStringLiteral("UPDATE audit_log SET hash = '%1' WHERE seq = 2;").arg(QString(64, 'a')) +
                             restoredTriggers());
    Database& db = shop.reopen();
    const auto problems = AuditLog(db).verify().problems;
    REQUIRE(problems.size() == 2);
    CHECK(problems.at(0).contains(QStringLiteral("Audit entry 2")));
    CHECK(problems.at(1).contains(QStringLiteral("Audit entry 3 does not follow entry 2")));
}

TEST_CASE("A deleted audit entry is found", "[audit][tamper]")
{
    TempShop shop;
    shop.openDemo();
    shop.close();
    rawExec(shop.path(), QString::fromLatin1(DropTriggers) + QStringLiteral("DELETE FROM audit_log WHERE seq = 2;") +
                             restoredTriggers());
    Database& db = shop.reopen();
    auto problems = AuditLog(db).verify().problems;
    REQUIRE(problems.size() == 1);
    CHECK(problems.first().contains(QStringLiteral("Audit entry 2 is missing")));

    shop.close();
    rawExec(shop.path(), QString::fromLatin1(DropTriggers) +
                             QStringLiteral("DELETE FROM audit_log WHERE seq IN (1, 3);") + restoredTriggers());
    problems = AuditLog(shop.reopen()).verify().problems;
    REQUIRE(problems.size() == 1);
    CHECK(problems.first().contains(QStringLiteral("Audit entries 1 to 3 are missing")));
}

TEST_CASE("Every action the code writes has a translated title", "[audit]")
{
    const QStringList keys = AuditLog::actionKeys();
    const QStringList written = writtenActions();
    CHECK(written.contains(QStringLiteral("login")));
    CHECK(written.contains(QStringLiteral("user.enable")));
    CHECK(written.contains(QStringLiteral("stock.receive")));
    CHECK(written.size() >= 25);
    for (const QString& key : written) {
        INFO(key.toStdString());
        CHECK(keys.contains(key));
    }
    for (const QString& key : keys) {
        INFO(key.toStdString());
        CHECK_FALSE(AuditLog::actionTitle(key).isEmpty());
        CHECK(AuditLog::actionTitle(key) != key);
    }
    CHECK(AuditLog::actionTitle(QStringLiteral("something.new")) == QStringLiteral("something.new"));
}
