// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "models/audit/AuditLog.h"
#include "models/people/UserService.h"
#include "models/store/Sql.h"

using namespace ovop;
using ovop::test::rawExec;
using ovop::test::rowCount;
using ovop::test::tableDump;
using ovop::test::TempShop;

namespace {

QString pinHashOf(Database& db, const QString& name)
{
    SqlQuery q(db.sql(), QStringLiteral("SELECT pin_hash FROM users WHERE name = :name"));
    q.bind(QStringLiteral(":name"), name);
    REQUIRE(q.exec().ok());
    REQUIRE(q.next());
    return q.value(0).toString();
}

QStringList actions(Database& db)
{
    SqlQuery q(db.sql(), QStringLiteral("SELECT action FROM audit_log ORDER BY seq"));
    REQUIRE(q.exec().ok());
    QStringList list;
    while (q.next())
        list << q.value(0).toString();
    return list;
}

// The reason given by the newest audit entry (login.failed entries give one).
QString lastReason(Database& db)
{
    SqlQuery q(db.sql(), QStringLiteral("SELECT json_extract(details, '$.reason') FROM audit_log ORDER BY seq DESC "
                                        "LIMIT 1"));
    REQUIRE(q.exec().ok());
    REQUIRE(q.next());
    return q.value(0).toString();
}

} // namespace

TEST_CASE("Roles grant the documented permissions", "[roles]")
{
    using P = Permission;
    for (P p : {P::ManageUsers, P::Restore}) {
        CHECK(Roles::allows(Role::Admin, p));
        CHECK_FALSE(Roles::allows(Role::Manager, p));
        CHECK_FALSE(Roles::allows(Role::Cashier, p));
    }
    for (P p : {P::ChangeSettings, P::ViewAudit, P::Backup, P::EditCatalog}) {
        CHECK(Roles::allows(Role::Admin, p));
        CHECK(Roles::allows(Role::Manager, p));
        CHECK_FALSE(Roles::allows(Role::Cashier, p));
    }
    for (Role r : {Role::Admin, Role::Manager, Role::Cashier})
        CHECK(Roles::allows(r, P::ViewCatalog));
    for (P p : {P::ManageUsers, P::ChangeSettings, P::ViewAudit, P::Backup, P::Restore, P::EditCatalog, P::ViewCatalog})
        CHECK_FALSE(Roles::refusal(p).message.isEmpty());
    for (Role r : {Role::Admin, Role::Manager, Role::Cashier}) {
        CHECK(Roles::fromKey(Roles::key(r)) == r);
        CHECK_FALSE(Roles::displayName(r).isEmpty());
    }
    CHECK_FALSE(Roles::fromKey(QStringLiteral("boss")).has_value());
    Session cashier;
    CHECK_FALSE(cashier.can(P::Backup));
}

TEST_CASE("PINs are 4 to 8 digits", "[users]")
{
    for (const char* good : {"1234", "00000000", "98765"})
        CHECK(UserService::validatePin(QString::fromUtf8(good)).ok());
    for (const char* bad : {"", "123", "123456789", "12a4", " 1234", "12 34", "١٢٣٤", "１２３４"}) {
        INFO(bad);
        const Status s = UserService::validatePin(QString::fromUtf8(bad));
        CHECK_FALSE(s.ok());
        CHECK(s.message().contains(QStringLiteral("4 to 8 digits")));
    }
}

TEST_CASE("PINs are stored only as Argon2id hashes", "[users]")
{
    TempShop shop;
    Database& db = shop.openDemo();
    const QString hash = pinHashOf(db, QStringLiteral("cashier"));
    CHECK(hash.startsWith(QStringLiteral("$argon2id$")));
    CHECK_FALSE(hash.contains(QStringLiteral("3333")));
    CHECK(pinHashOf(db, QStringLiteral("manager")) != hash);
}

TEST_CASE("Login gives a session and is audited", "[users]")
{
    TempShop shop;
    Database& db = shop.openDemo();
    UserService users(db);
    auto session = users.login(QStringLiteral("Manager"), QStringLiteral("2222"));
    REQUIRE(session.ok());
    CHECK(session->userName == QStringLiteral("manager"));
    CHECK(session->role == Role::Manager);
    CHECK(session->language == QStringLiteral("ky"));
    CHECK(actions(db).last() == QStringLiteral("login"));
    CHECK(users.activeUserNames().value() == QStringList{"admin", "cashier", "manager"});
}

TEST_CASE("Login refuses an unknown user, a disabled user and a wrong PIN", "[users]")
{
    TempShop shop;
    Database& db = shop.openDemo();
    UserService users(db);
    const QString usersBefore = tableDump(db, QStringLiteral("users"));

    auto unknown = users.login(QStringLiteral("nobody"), QStringLiteral("1111"));
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.message().contains(QStringLiteral("no user named \"nobody\"")));
    CHECK(actions(db).last() == QStringLiteral("login.failed"));
    CHECK(tableDump(db, QStringLiteral("users")) == usersBefore);

    REQUIRE(users.setActive(shop.session(QStringLiteral("admin")), QStringLiteral("cashier"), false).ok());
    auto disabled = users.login(QStringLiteral("cashier"), QStringLiteral("3333"));
    REQUIRE_FALSE(disabled.ok());
    CHECK(disabled.message().contains(QStringLiteral("disabled")));
    CHECK_FALSE(users.activeUserNames().value().contains(QStringLiteral("cashier")));

    auto wrong = users.login(QStringLiteral("manager"), QStringLiteral("9999"));
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.message().contains(QStringLiteral("Wrong PIN")));
    CHECK(wrong.message().contains(QStringLiteral("4 more wrong PIN")));
    CHECK(actions(db).last() == QStringLiteral("login.failed"));
}

TEST_CASE("Five wrong PINs lock a user for five minutes, across a restart", "[users][lockout]")
{
    TempShop shop;
    shop.openDemo();
    {
        UserService users(shop.db());
        for (int i = 1; i < UserService::MaxFailedAttempts; ++i)
            REQUIRE_FALSE(users.login(QStringLiteral("cashier"), QStringLiteral("0000")).ok());
        auto fifth = users.login(QStringLiteral("cashier"), QStringLiteral("0000"));
        REQUIRE_FALSE(fifth.ok());
        CHECK(fifth.message().contains(QStringLiteral("locked until")));
        CHECK(actions(shop.db()).last() == QStringLiteral("user.locked"));
        // Even the right PIN is refused while locked.
        auto locked = users.login(QStringLiteral("cashier"), QStringLiteral("3333"));
        REQUIRE_FALSE(locked.ok());
        CHECK(locked.message().contains(QStringLiteral("locked")));
    }
    Database& db = shop.reopen();
    UserService users(db);
    auto afterRestart = users.login(QStringLiteral("cashier"), QStringLiteral("3333"));
    REQUIRE_FALSE(afterRestart.ok());
    CHECK(afterRestart.message().contains(QStringLiteral("is locked after 5 wrong PINs until")));

    shop.clock().advanceSeconds(4 * 60 + 59);
    CHECK_FALSE(users.login(QStringLiteral("cashier"), QStringLiteral("3333")).ok());
    // Other users are not affected.
    CHECK(users.login(QStringLiteral("manager"), QStringLiteral("2222")).ok());

    shop.clock().advanceSeconds(1);
    auto unlocked = users.login(QStringLiteral("cashier"), QStringLiteral("3333"));
    INFO(unlocked.message().toStdString());
    CHECK(unlocked.ok());
}

TEST_CASE("A successful login resets the count of wrong PINs", "[users][lockout]")
{
    TempShop shop;
    Database& db = shop.openDemo();
    UserService users(db);
    for (int i = 0; i < 4; ++i)
        REQUIRE_FALSE(users.login(QStringLiteral("cashier"), QStringLiteral("0000")).ok());
    REQUIRE(users.login(QStringLiteral("cashier"), QStringLiteral("3333")).ok());
    auto list = users.list(shop.session(QStringLiteral("admin")));
    REQUIRE(list.ok());
    for (const User& u : list.value())
        CHECK(u.failedAttempts == 0);
    // Four more wrong PINs do not lock: the count started again.
    for (int i = 0; i < 4; ++i)
        REQUIRE_FALSE(users.login(QStringLiteral("cashier"), QStringLiteral("0000")).ok());
    CHECK(users.login(QStringLiteral("cashier"), QStringLiteral("3333")).ok());
}

TEST_CASE("An empty PIN or one with spaces or other characters is a usage error, not an attempt", "[users][lockout]")
{
    TempShop shop;
    Database& db = shop.openDemo();
    UserService users(db);
    const QString usersBefore = tableDump(db, QStringLiteral("users"));
    const qint64 auditBefore = rowCount(db, QStringLiteral("audit_log"));
    for (const char* bad : {"", " ", "33 33", " 3333", "3333 ", "333a", "пин", "12", "123456789"}) {
        INFO('"' << bad << '"');
        const QString pin = QString::fromUtf8(bad);
        auto refused = users.login(QStringLiteral("cashier"), pin);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.message() == UserService::validatePin(pin).message());
        CHECK(refused.error().firstField() == QStringLiteral("pin"));
        CHECK_FALSE(refused.message().contains(QStringLiteral("Wrong PIN")));
    }
    // Nothing counted, nothing audited: so many of them do not lock the user.
    CHECK(tableDump(db, QStringLiteral("users")) == usersBefore);
    CHECK(rowCount(db, QStringLiteral("audit_log")) == auditBefore);
    CHECK(users.login(QStringLiteral("cashier"), QStringLiteral("3333")).ok());
}

TEST_CASE("Attempts under way are counted before the PIN is checked", "[users][lockout]")
{
    TempShop shop;
    Database& db = shop.openDemo();
    // As many attempts as allowed have been counted and are still having their PIN checked elsewhere:
    // one more is refused at once, even with the right PIN, and the user is locked.
    rawExec(shop.path(), QStringLiteral("UPDATE users SET failed_attempts = %1 WHERE name = 'cashier'")
                             .arg(UserService::MaxFailedAttempts));
    UserService users(db);
    auto refused = users.login(QStringLiteral("cashier"), QStringLiteral("3333"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.message().contains(QStringLiteral("locked until")));
    CHECK(actions(db).last() == QStringLiteral("user.locked"));
    auto list = users.list(shop.session(QStringLiteral("admin")));
    REQUIRE(list.ok());
    const User cashier = list->at(1);
    REQUIRE(cashier.name == QStringLiteral("cashier"));
    CHECK(cashier.lockedUntil == shop.clock().now().addSecs(UserService::LockMinutes * 60));

    // A wrong PIN while locked is refused for the lock, and neither clears nor extends it.
    REQUIRE_FALSE(users.login(QStringLiteral("cashier"), QStringLiteral("0000")).ok());
    CHECK(actions(db).last() == QStringLiteral("login.failed"));
    CHECK(lastReason(db) == QStringLiteral("locked"));
    auto again = users.list(shop.session(QStringLiteral("admin")));
    REQUIRE(again.ok());
    CHECK(again->at(1).lockedUntil == cashier.lockedUntil);
    CHECK(again->at(1).failedAttempts == cashier.failedAttempts);

    // When the lock has ended, counting starts again from nothing.
    shop.clock().advanceSeconds(UserService::LockMinutes * 60);
    REQUIRE(users.login(QStringLiteral("cashier"), QStringLiteral("3333")).ok());
    auto after = users.list(shop.session(QStringLiteral("admin")));
    REQUIRE(after.ok());
    CHECK(after->at(1).failedAttempts == 0);
    CHECK_FALSE(after->at(1).lockedUntil.isValid());
}

TEST_CASE("Adding users: rules, permission and duplicates", "[users]")
{
    TempShop shop;
    Database& db = shop.openDemo();
    UserService users(db);
    const Session admin = shop.session(QStringLiteral("admin"));

    auto added = users.add(admin, {QStringLiteral("Айгүл.S"), QStringLiteral("Айгүл Сатыбалдиева"), Role::Cashier,
                                   QStringLiteral("4321"), QStringLiteral("ky")});
    REQUIRE(added.ok());
    CHECK_FALSE(added->id.isEmpty());
    CHECK(actions(db).last() == QStringLiteral("user.add"));
    auto login = users.login(QStringLiteral("айгүл.s"), QStringLiteral("4321"));
    CHECK(login.ok());

    const QString usersBefore = tableDump(db, QStringLiteral("users"));
    const qint64 auditBefore = rowCount(db, QStringLiteral("audit_log"));
    auto refused = [&](const Session& actor, const NewUser& user, const char* expected) {
        INFO(user.name.toStdString());
        auto r = users.add(actor, user);
        REQUIRE_FALSE(r.ok());
        CHECK(r.message().contains(QString::fromUtf8(expected)));
        CHECK(tableDump(db, QStringLiteral("users")) == usersBefore);
        CHECK(rowCount(db, QStringLiteral("audit_log")) == auditBefore);
    };
    const QString pin = QStringLiteral("5555");
    const QString ru = QStringLiteral("ru");
    refused(shop.session(QStringLiteral("manager")), {QStringLiteral("newbie"), {}, Role::Cashier, pin, ru},
            "Only an administrator");
    for (const char* bad : {"a", "has space", "toolongnametoolongnametoolongname", "semi;colon", "", "x'--"})
        refused(admin, {QString::fromUtf8(bad), {}, Role::Cashier, pin, ru}, "cannot be a user name");
    refused(admin, {QStringLiteral("ADMIN"), {}, Role::Cashier, pin, ru}, "already a user named admin");
    refused(admin, {QStringLiteral("АЙГҮЛ.s"), {}, Role::Cashier, pin, ru}, "already a user named");
    refused(admin, {QStringLiteral("newbie"), {}, Role::Cashier, QStringLiteral("12"), ru}, "4 to 8 digits");
    refused(admin, {QStringLiteral("newbie"), {}, Role::Cashier, pin, QStringLiteral("de")}, "Unknown language");
    refused(admin, {QStringLiteral("newbie"), QString(101, QLatin1Char('x')), Role::Cashier, pin, ru}, "too long");
}

TEST_CASE("A new user's problems are named all at once with their fields", "[users]")
{
    const Status s = UserService::validate({QStringLiteral("a b"), QString(101, QLatin1Char('x')), Role::Cashier,
                                            QStringLiteral("12"), QStringLiteral("de")});
    REQUIRE_FALSE(s.ok());
    QStringList fields;
    for (const FieldProblem& p : s.error().problems)
        fields << p.field;
    CHECK(fields == QStringList{QStringLiteral("name"), QStringLiteral("full_name"), QStringLiteral("language"),
                                QStringLiteral("pin")});
    CHECK(UserService::validate({QStringLiteral("aigul"), {}, Role::Cashier, QStringLiteral("1234"), {"ky"}}).ok());
}

TEST_CASE("Only an administrator lists users", "[users]")
{
    TempShop shop;
    shop.openDemo();
    UserService users(shop.db());
    auto list = users.list(shop.session(QStringLiteral("admin")));
    REQUIRE(list.ok());
    REQUIRE(list->size() == 3);
    CHECK(list->at(0).name == QStringLiteral("admin"));
    CHECK(list->at(0).role == Role::Admin);
    CHECK(list->at(0).fullName == QStringLiteral("Азамат Токтогулов"));
    CHECK(list->at(0).createdAt.isValid());
    CHECK_FALSE(list->at(0).lockedUntil.isValid());
    CHECK_FALSE(users.list(shop.session(QStringLiteral("manager"))).ok());
    CHECK_FALSE(users.list(shop.session(QStringLiteral("cashier"))).ok());
}

TEST_CASE("Disabling and enabling users", "[users]")
{
    TempShop shop;
    Database& db = shop.openDemo();
    UserService users(db);
    const Session admin = shop.session(QStringLiteral("admin"));

    REQUIRE(users.setActive(admin, QStringLiteral("cashier"), false).ok());
    CHECK(actions(db).last() == QStringLiteral("user.disable"));
    CHECK_FALSE(users.login(QStringLiteral("cashier"), QStringLiteral("3333")).ok());
    REQUIRE(users.setActive(admin, QStringLiteral("cashier"), true).ok());
    CHECK(actions(db).last() == QStringLiteral("user.enable"));
    CHECK(users.login(QStringLiteral("cashier"), QStringLiteral("3333")).ok());

    const QString usersBefore = tableDump(db, QStringLiteral("users"));
    const qint64 auditBefore = rowCount(db, QStringLiteral("audit_log"));
    auto refused = [&](const Session& actor, const QString& name, const char* expected) {
        const Status s = users.setActive(actor, name, false);
        REQUIRE_FALSE(s.ok());
        CHECK(s.message().contains(QString::fromUtf8(expected)));
        CHECK(tableDump(db, QStringLiteral("users")) == usersBefore);
        CHECK(rowCount(db, QStringLiteral("audit_log")) == auditBefore);
    };
    refused(admin, QStringLiteral("admin"), "cannot disable yourself");
    refused(shop.session(QStringLiteral("manager")), QStringLiteral("cashier"), "Only an administrator");
    refused(admin, QStringLiteral("ghost"), "no user named");

    // A second admin may disable the first, but not the last active admin.
    auto second = users.add(admin, {QStringLiteral("boss2"), {}, Role::Admin, QStringLiteral("4444"), {"en"}});
    REQUIRE(second.ok());
    const Session boss2 = shop.session(QStringLiteral("boss2"));
    REQUIRE(users.setActive(boss2, QStringLiteral("admin"), false).ok());
    const Status last = users.setActive(admin, QStringLiteral("boss2"), false);
    REQUIRE_FALSE(last.ok());
    CHECK(last.message().contains(QStringLiteral("last active administrator")));
}

TEST_CASE("Resetting a PIN replaces it and lifts a lock-out", "[users]")
{
    TempShop shop;
    Database& db = shop.openDemo();
    UserService users(db);
    const Session admin = shop.session(QStringLiteral("admin"));
    for (int i = 0; i < UserService::MaxFailedAttempts; ++i)
        REQUIRE_FALSE(users.login(QStringLiteral("cashier"), QStringLiteral("0000")).ok());

    const QString usersBefore = tableDump(db, QStringLiteral("users"));
    CHECK_FALSE(users.resetPin(admin, QStringLiteral("cashier"), QStringLiteral("12")).ok());
    CHECK_FALSE(
        users.resetPin(shop.session(QStringLiteral("manager")), QStringLiteral("cashier"), QStringLiteral("7777"))
            .ok());
    CHECK_FALSE(users.resetPin(admin, QStringLiteral("ghost"), QStringLiteral("7777")).ok());
    CHECK(tableDump(db, QStringLiteral("users")) == usersBefore);

    REQUIRE(users.resetPin(admin, QStringLiteral("cashier"), QStringLiteral("7777")).ok());
    CHECK(actions(db).last() == QStringLiteral("user.pin-reset"));
    CHECK_FALSE(users.login(QStringLiteral("cashier"), QStringLiteral("3333")).ok());
    CHECK(users.login(QStringLiteral("cashier"), QStringLiteral("7777")).ok());
}

TEST_CASE("A user changes their own language", "[users]")
{
    TempShop shop;
    Database& db = shop.openDemo();
    UserService users(db);
    const Session cashier = shop.session(QStringLiteral("cashier"));
    const QString usersBefore = tableDump(db, QStringLiteral("users"));
    const Status bad = users.setLanguage(cashier, QStringLiteral("kg"));
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.message().contains(QStringLiteral("Unknown language")));
    CHECK(tableDump(db, QStringLiteral("users")) == usersBefore);

    // Remembered without an audit entry: switching back and forth must not flood the log.
    const qint64 auditBefore = rowCount(db, QStringLiteral("audit_log"));
    REQUIRE(users.setLanguage(cashier, QStringLiteral("ky")).ok());
    REQUIRE(users.setLanguage(cashier, QStringLiteral("en")).ok());
    CHECK(rowCount(db, QStringLiteral("audit_log")) == auditBefore);
    auto session = users.login(QStringLiteral("cashier"), QStringLiteral("3333"));
    REQUIRE(session.ok());
    CHECK(session->language == QStringLiteral("en"));
}

TEST_CASE("The first administrator is created once", "[users]")
{
    TempShop shop;
    Database& db = shop.open();
    UserService users(db);
    CHECK_FALSE(users.hasUsers().value());
    CHECK_FALSE(users.createFirstAdmin({QStringLiteral("root"), {}, Role::Admin, QStringLiteral("1"), {"en"}}).ok());
    CHECK_FALSE(users.hasUsers().value());
    auto admin = users.createFirstAdmin(
        {QStringLiteral("root"), QStringLiteral("Root"), Role::Cashier, QStringLiteral("2468"), QStringLiteral("en")});
    REQUIRE(admin.ok());
    CHECK(admin->role == Role::Admin);
    CHECK(users.hasUsers().value());
    auto again = users.createFirstAdmin({QStringLiteral("root2"), {}, Role::Admin, QStringLiteral("2468"), {"en"}});
    REQUIRE_FALSE(again.ok());
    CHECK(again.message().contains(QStringLiteral("already has users")));
    auto session = users.login(QStringLiteral("root"), QStringLiteral("2468"));
    REQUIRE(session.ok());
    CHECK(session->role == Role::Admin);
}
