// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// ovopctl --as NAME: the lock-out under attempts started at once, PINs that are usage errors, and what a
// command without --as says. Run as processes.
#include <memory>
#include <vector>

#include <QDateTime>

#include "cli/CliSupport.h"

namespace {

constexpr int MaxFailedAttempts = 5; // UserService::MaxFailedAttempts

using clitest::Run;

// The demo shop (admin/1111, manager/2222, cashier/3333), with OVOP_PIN given per call.
class DemoShop : public clitest::Shop
{
public:
    DemoShop() : Shop(Shop::Demo) {}

    // Starts ovopctl without waiting for it; pin is OVOP_PIN, unset when null.
    std::unique_ptr<QProcess> start(const QStringList& arguments, const char* pin = nullptr) const
    {
        clitest::Env env;
        if (pin)
            env.append({QStringLiteral("OVOP_PIN"), QString::fromUtf8(pin)});
        std::unique_ptr<QProcess> process(Shop::start(arguments, env));
        process->closeWriteChannel();
        return process;
    }

    static Run finish(QProcess& process) { return process.waitForStarted() ? clitest::finish(process) : Run{}; }

    Run run(const QStringList& arguments, const char* pin = nullptr) const { return finish(*start(arguments, pin)); }

    Run as(const char* user, const char* pin, const QStringList& arguments) const
    {
        return run(QStringList{QStringLiteral("--as"), QString::fromLatin1(user)} + arguments, pin);
    }

    int auditCount(const char* where) const
    {
        return scalar(QByteArray("SELECT count(*) FROM audit_log WHERE ").append(where).constData()).toInt();
    }
};

#define CHECK_EXIT(result, code)                                                                                       \
    do {                                                                                                               \
        const Run& r_ = (result);                                                                                      \
        INFO("stdout: " << r_.out.toStdString() << "\nstderr: " << r_.err.toStdString());                              \
        CHECK(r_.exitCode == (code));                                                                                  \
    } while (false)

const char* const WrongPinChecks =
    "user_name = 'cashier' AND action = 'login.failed' AND json_extract(details, '$.reason') = 'wrong-pin'";

} // namespace

TEST_CASE("Twenty wrong PINs started at once lock the user after at most five PIN checks", "[cli][lockout]")
{
    DemoShop shop;
    // producer list is a command any cashier may run, and it logs in.
    const QStringList command = {QStringLiteral("--as"), QStringLiteral("cashier"), QStringLiteral("producer"),
                                 QStringLiteral("list")};
    std::vector<std::unique_ptr<QProcess>> attempts;
    for (int i = 0; i < 20; ++i)
        attempts.push_back(shop.start(command, "0000"));
    for (auto& attempt : attempts) {
        const Run r = DemoShop::finish(*attempt);
        CHECK_EXIT(r, 1);
        CHECK(r.out.isEmpty());
        CHECK((r.err.contains(QStringLiteral("Wrong PIN")) || r.err.contains(QStringLiteral("locked"))));
    }

    // The user is locked: the right PIN is now refused for the lock.
    const Run right = shop.as("cashier", "3333", {QStringLiteral("producer"), QStringLiteral("list")});
    CHECK_EXIT(right, 1);
    CHECK(right.err.contains(QStringLiteral("is locked")));
    CHECK(right.out.isEmpty());

    // The database says so, and no attempt was lost.
    CHECK(shop.scalar("SELECT failed_attempts FROM users WHERE name = 'cashier'").toInt() >= MaxFailedAttempts);
    const QDateTime lockedUntil =
        QDateTime::fromString(shop.scalar("SELECT locked_until FROM users WHERE name = 'cashier'"), Qt::ISODateWithMs);
    REQUIRE(lockedUntil.isValid());
    CHECK(lockedUntil > QDateTime::currentDateTimeUtc());
    CHECK(shop.auditCount("user_name = 'cashier' AND action = 'user.locked'") >= 1);

    // Only as many PIN checks as the lock allows could find the PIN wrong; the rest were refused before.
    const int wrongPins = shop.auditCount(WrongPinChecks);
    CHECK(wrongPins >= 1);
    CHECK(wrongPins <= MaxFailedAttempts);
    CHECK(shop.auditCount("user_name = 'cashier' AND action = 'login'") == 0);

    // Every attempt was written in turn: the audit chain is whole.
    CHECK_EXIT(shop.run({QStringLiteral("check")}), 0);
}

TEST_CASE("An empty PIN or one with spaces is a usage error and not an attempt", "[cli][usage]")
{
    DemoShop shop;
    const char* const lockState = "SELECT group_concat(failed_attempts || '/' || coalesce(locked_until, ''), ',') "
                                  "FROM users";
    const std::string usersBefore = shop.scalar(lockState).toStdString();
    const int auditBefore = shop.auditCount("1");
    for (const char* pin : {"", " ", "33 33", "3333 ", "33a3"}) {
        INFO('"' << pin << '"');
        const Run r = shop.as("cashier", pin, {QStringLiteral("producer"), QStringLiteral("list")});
        CHECK_EXIT(r, 2);
        CHECK(r.err.contains(QStringLiteral("4 to 8 digits")));
        CHECK_FALSE(r.err.contains(QStringLiteral("Wrong PIN")));
        CHECK(r.out.isEmpty());
    }
    // No PIN at all (nothing in OVOP_PIN, nothing typed at the prompt) is the same.
    CHECK_EXIT(shop.run({QStringLiteral("--as"), QStringLiteral("cashier"), QStringLiteral("producer"),
                         QStringLiteral("list")}),
               2);
    CHECK(shop.auditCount("1") == auditBefore);
    CHECK(shop.scalar(lockState).toStdString() == usersBefore);
    CHECK_EXIT(shop.as("cashier", "3333", {QStringLiteral("producer"), QStringLiteral("list")}), 0);
}

TEST_CASE("Without --as, a read-only command asks for a login and a writing one says it changes data", "[cli][usage]")
{
    DemoShop shop;
    const Run read = shop.run({QStringLiteral("producer"), QStringLiteral("list")});
    CHECK_EXIT(read, 1);
    CHECK(read.err.contains(QStringLiteral("This command needs a login")));
    CHECK(read.err.contains(QStringLiteral("--as NAME")));
    CHECK_FALSE(read.err.contains(QStringLiteral("changes data")));

    for (const QStringList& readOnly :
         {QStringList{QStringLiteral("audit")}, QStringList{QStringLiteral("user"), QStringLiteral("list")}}) {
        INFO(readOnly.join(QLatin1Char(' ')).toStdString());
        const Run r = shop.run(readOnly);
        CHECK_EXIT(r, 1);
        CHECK(r.err.contains(QStringLiteral("This command needs a login")));
    }

    const Run write = shop.run({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("shop_name"),
                                QStringLiteral("OVOP+1 Karakol")});
    CHECK_EXIT(write, 1);
    CHECK(write.err.contains(QStringLiteral("This command changes data")));
    CHECK(write.err.contains(QStringLiteral("--as NAME")));
}
