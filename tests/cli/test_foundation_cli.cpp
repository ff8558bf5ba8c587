// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// ovopctl init, user, settings, check, backup, restore and audit, run as a process.
#include <catch2/catch.hpp>
#include <sqlite3.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTranslator>

#include "cli/CliSupport.h"

namespace {

struct Result
{
    int exitCode = -1;
    QString out;
    QString err;
};

using Env = QList<QPair<QString, QString>>;

// A folder of its own with the database path shop.sqlite in it.
class Folder
{
public:
    Folder() { REQUIRE(m_dir.isValid()); }
    QString db() const { return file(QStringLiteral("shop.sqlite")); }
    QString file(const QString& name) const { return m_dir.filePath(name); }

    Result run(const QStringList& arguments, const Env& env = {}) const
    {
        QProcess process;
        process.setProcessEnvironment(clitest::environment(env));
        process.start(QStringLiteral(OVOPCTL_PATH), QStringList{QStringLiteral("--db"), db()} + arguments);
        process.closeWriteChannel();
        Result result;
        if (!process.waitForStarted() || !process.waitForFinished(180000))
            return result;
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    // As a user of the demo shop.
    Result as(const char* user, const char* pin, const QStringList& arguments, const Env& env = {}) const
    {
        return run(QStringList{QStringLiteral("--as"), QString::fromLatin1(user)} + arguments,
                   Env{{QStringLiteral("OVOP_PIN"), QString::fromLatin1(pin)}} + env);
    }

    // The demo shop of `ovopctl init --demo`, made in this process (tests of init run the command).
    void initDemo() const { clitest::seedDemoShop(db(), ovop::DemoTill::TodayOnly); }

private:
    QTemporaryDir m_dir;
};

QByteArray bytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QJsonDocument json(const Result& r)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    INFO(r.out.toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    return doc;
}

void sqlite(const QString& path, const char* sql)
{
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK);
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
    sqlite3_close(db);
    REQUIRE(rc == SQLITE_OK);
}

#define CHECK_EXIT(result, code)                                                                                     \
    do {                                                                                                             \
        const Result& r_ = (result);                                                                                 \
        INFO("stdout: " << r_.out.toStdString() << "\nstderr: " << r_.err.toStdString());                            \
        CHECK(r_.exitCode == (code));                                                                                \
    } while (false)

} // namespace

TEST_CASE("Usage errors exit with 2", "[cli][usage]")
{
    Folder f;
    const QList<QStringList> usages = {
        {},
        {QStringLiteral("frobnicate")},
        {QStringLiteral("--lang"), QStringLiteral("kg"), QStringLiteral("check")},
        {QStringLiteral("init")},
        {QStringLiteral("init"), QStringLiteral("--shop-code"), QStringLiteral("OSH-1")},
        {QStringLiteral("init"), QStringLiteral("--demo"), QStringLiteral("--shop-code"), QStringLiteral("OSH-1")},
        {QStringLiteral("init"), QStringLiteral("--demo"), QStringLiteral("extra")},
        {QStringLiteral("user")},
        {QStringLiteral("user"), QStringLiteral("frobnicate")},
        {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("aibek")},
        {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("aibek"), QStringLiteral("--role")},
        {QStringLiteral("user"), QStringLiteral("disable")},
        {QStringLiteral("settings")},
        {QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("shop_name")},
        {QStringLiteral("check"), QStringLiteral("now")},
        {QStringLiteral("backup"), QStringLiteral("a"), QStringLiteral("b")},
        {QStringLiteral("restore"), QStringLiteral("a"), QStringLiteral("b")},
        {QStringLiteral("audit"), QStringLiteral("--limit"), QStringLiteral("many")},
    };
    for (const QStringList& args : usages) {
        INFO(args.join(QLatin1Char(' ')).toStdString());
        const Result r = f.run(args);
        CHECK_EXIT(r, 2);
        CHECK_FALSE(r.err.isEmpty());
    }
    CHECK_FALSE(QFile::exists(f.db()));
}

TEST_CASE("init --demo, then user list --json", "[cli]")
{
    Folder f;
    const Result init = f.run({QStringLiteral("init"), QStringLiteral("--demo")});
    CHECK_EXIT(init, 0);
    CHECK(init.out.contains(QStringLiteral("BIS-1")));

    const Result list = f.as("admin", "1111", {QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--json")});
    CHECK_EXIT(list, 0);
    const QJsonArray users = json(list).array();
    REQUIRE(users.size() == 3);
    QStringList names, roles;
    for (const QJsonValue& user : users) {
        names << user[QStringLiteral("name")].toString();
        roles << user[QStringLiteral("role")].toString();
        CHECK(user[QStringLiteral("active")].toBool());
        CHECK_FALSE(user.toObject().contains(QStringLiteral("pin_hash")));
    }
    CHECK(names == QStringList{"admin", "cashier", "manager"});
    CHECK(roles == QStringList{"admin", "cashier", "manager"});

    // A second init is refused and leaves the database as it was.
    const QByteArray before = bytes(f.db());
    const Result again = f.run({QStringLiteral("init"), QStringLiteral("--demo")});
    CHECK_EXIT(again, 1);
    CHECK(again.err.contains(QStringLiteral("already has a shop")));
    CHECK(bytes(f.db()) == before);
}

TEST_CASE("Commands that change data need a user and the right PIN", "[cli]")
{
    Folder f;
    f.initDemo();
    const Result noUser = f.run({QStringLiteral("user"), QStringLiteral("list")});
    CHECK_EXIT(noUser, 1);
    CHECK(noUser.err.contains(QStringLiteral("--as")));

    const Result wrong = f.as("admin", "9999", {QStringLiteral("user"), QStringLiteral("list")});
    CHECK_EXIT(wrong, 1);
    CHECK(wrong.err.contains(QStringLiteral("Wrong PIN")));
    CHECK(wrong.out.isEmpty());

    const Result cashier = f.as("cashier", "3333", {QStringLiteral("user"), QStringLiteral("list")});
    CHECK_EXIT(cashier, 1);
    CHECK(cashier.err.contains(QStringLiteral("Only an administrator")));

    const Result unknown = f.as("nobody", "1111", {QStringLiteral("backup"), f.file(QStringLiteral("b.sqlite"))});
    CHECK_EXIT(unknown, 1);
    CHECK_FALSE(QFile::exists(f.file(QStringLiteral("b.sqlite"))));
}

TEST_CASE("init of a real shop creates its first administrator", "[cli]")
{
    Folder f;
    const QStringList args = {QStringLiteral("init"), QStringLiteral("--shop-code"), QStringLiteral("OSH-1"),
                              QStringLiteral("--shop-name"), QStringLiteral("OVOP+1 Osh"), QStringLiteral("--admin"),
                              QStringLiteral("boss"), QStringLiteral("--full-name"), QStringLiteral("Бакыт Орозов")};
    const Result badPin = f.run(args, {{QStringLiteral("OVOP_PIN"), QStringLiteral("12")}});
    CHECK_EXIT(badPin, 1);
    CHECK(badPin.err.contains(QStringLiteral("4 to 8 digits")));
    const Result noPin = f.run(args);
    CHECK_EXIT(noPin, 1);
    QStringList badCode = args;
    badCode[2] = QStringLiteral("osh 1");
    const Result code = f.run(badCode, {{QStringLiteral("OVOP_PIN"), QStringLiteral("2468")}});
    CHECK_EXIT(code, 1);
    CHECK(code.err.contains(QStringLiteral("cannot be a shop code")));
    CHECK(QDir(f.file(QString())).entryList(QDir::Files | QDir::Hidden).isEmpty()); // nothing half-made

    const Result init = f.run(args, {{QStringLiteral("OVOP_PIN"), QStringLiteral("2468")}});
    CHECK_EXIT(init, 0);
    const Result show = f.run({QStringLiteral("settings"), QStringLiteral("show"), QStringLiteral("--json")});
    CHECK_EXIT(show, 0);
    const QJsonObject settings = json(show).object();
    CHECK(settings[QStringLiteral("shop_code")].toString() == QStringLiteral("OSH-1"));
    CHECK(settings[QStringLiteral("shop_name")].toString() == QStringLiteral("OVOP+1 Osh"));
    CHECK(settings[QStringLiteral("device_id")].toString() == QStringLiteral("T1"));
    const Result list = f.as("boss", "2468", {QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--json")});
    CHECK_EXIT(list, 0);
    REQUIRE(json(list).array().size() == 1);
    CHECK(json(list).array().first()[QStringLiteral("full_name")].toString() == QStringLiteral("Бакыт Орозов"));
}

TEST_CASE("ovopctl hashes PINs at the interactive cost unless OVOP_PIN_HASH_COST lowers it", "[cli][pin]")
{
    Folder f;
    const QStringList args = {QStringLiteral("init"), QStringLiteral("--shop-code"), QStringLiteral("OSH-1"),
                              QStringLiteral("--shop-name"), QStringLiteral("OVOP+1 Osh")};
    const Result unknown = f.run(args, {{QStringLiteral("OVOP_PIN"), QStringLiteral("2468")},
                                        {QStringLiteral("OVOP_PIN_HASH_COST"), QStringLiteral("cheap")}});
    CHECK_EXIT(unknown, 2);
    CHECK(unknown.err.contains(QStringLiteral("OVOP_PIN_HASH_COST=cheap")));
    CHECK_FALSE(QFile::exists(f.db()));

    // Unset (empty here: the tests' own environment asks for the minimum cost).
    const Result init = f.run(args, {{QStringLiteral("OVOP_PIN"), QStringLiteral("2468")},
                                     {QStringLiteral("OVOP_PIN_HASH_COST"), QString()}});
    CHECK_EXIT(init, 0);
    const QString interactive = QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1$");
    auto adminHash = [&] {
        sqlite3* db = nullptr;
        REQUIRE(sqlite3_open_v2(QFile::encodeName(f.db()).constData(), &db, SQLITE_OPEN_READONLY, nullptr) ==
                SQLITE_OK);
        sqlite3_stmt* stmt = nullptr;
        QString hash;
        if (sqlite3_prepare_v2(db, "SELECT pin_hash FROM users WHERE name = 'admin'", -1, &stmt, nullptr) ==
                SQLITE_OK &&
            sqlite3_step(stmt) == SQLITE_ROW)
            hash = QString::fromLatin1(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)));
        sqlite3_finalize(stmt);
        sqlite3_close(db);
        return hash;
    };
    CHECK(adminHash().startsWith(interactive));

    // Run at the minimum cost, a login keeps the stronger hash.
    CHECK_EXIT(f.as("admin", "2468", {QStringLiteral("user"), QStringLiteral("list")}), 0);
    CHECK(adminHash().startsWith(interactive));
}

TEST_CASE("user add, disable and enable", "[cli]")
{
    Folder f;
    f.initDemo();
    const QStringList add = {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("aizada"),
                             QStringLiteral("--role"), QStringLiteral("manager"), QStringLiteral("--full-name"),
                             QStringLiteral("Айзада Осмонова"), QStringLiteral("--language"), QStringLiteral("ky")};
    const Env newPin = {{QStringLiteral("OVOP_NEW_PIN"), QStringLiteral("4321")}};
    CHECK_EXIT(f.as("manager", "2222", add, newPin), 1);
    CHECK_EXIT(f.as("admin", "1111", add, {{QStringLiteral("OVOP_NEW_PIN"), QStringLiteral("43")}}), 1);
    QStringList badRole = add;
    badRole[4] = QStringLiteral("owner");
    const Result role = f.as("admin", "1111", badRole, newPin);
    CHECK_EXIT(role, 1);
    CHECK(role.err.contains(QStringLiteral("Unknown role")));
    CHECK_EXIT(f.as("admin", "1111", add, newPin), 0);
    const Result duplicate = f.as("admin", "1111", add, newPin);
    CHECK_EXIT(duplicate, 1);
    CHECK(duplicate.err.contains(QStringLiteral("already a user")));

    const QStringList setName = {QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("shop_name"),
                                 QStringLiteral("OVOP+1 Бишкек")};
    CHECK_EXIT(f.as("aizada", "4321", setName), 0);
    CHECK_EXIT(f.as("admin", "1111", {QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("aizada")}), 0);
    const Result disabled = f.as("aizada", "4321", setName);
    CHECK_EXIT(disabled, 1);
    CHECK(disabled.err.contains(QStringLiteral("disabled")));
    const Result self = f.as("admin", "1111", {QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("admin")});
    CHECK_EXIT(self, 1);
    CHECK(self.err.contains(QStringLiteral("yourself")));
    CHECK_EXIT(f.as("admin", "1111", {QStringLiteral("user"), QStringLiteral("enable"), QStringLiteral("aizada")}), 0);
    CHECK_EXIT(f.as("aizada", "4321", setName), 0);
}

TEST_CASE("settings show and set", "[cli]")
{
    Folder f;
    f.initDemo();
    const Result show = f.run({QStringLiteral("settings"), QStringLiteral("show")});
    CHECK_EXIT(show, 0);
    CHECK(show.out.contains(QStringLiteral("BIS-1")));
    const QString before = f.run({QStringLiteral("settings"), QStringLiteral("show"), QStringLiteral("--json")}).out;

    const Result bad = f.as("manager", "2222", {QStringLiteral("settings"), QStringLiteral("set"),
                                                QStringLiteral("vat_rate"), QStringLiteral("12.345")});
    CHECK_EXIT(bad, 1);
    CHECK(bad.err.contains(QStringLiteral("two decimals")));
    const Result unknown = f.as("manager", "2222", {QStringLiteral("settings"), QStringLiteral("set"),
                                                    QStringLiteral("colour"), QStringLiteral("red")});
    CHECK_EXIT(unknown, 1);
    CHECK_EXIT(f.as("cashier", "3333", {QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("vat_rate"),
                                        QStringLiteral("12")}),
               1);
    CHECK(f.run({QStringLiteral("settings"), QStringLiteral("show"), QStringLiteral("--json")}).out == before);

    const Result good = f.as("manager", "2222", {QStringLiteral("settings"), QStringLiteral("set"),
                                                 QStringLiteral("sales_tax_rate"), QStringLiteral("2")});
    CHECK_EXIT(good, 0);
    const QJsonObject after =
        json(f.run({QStringLiteral("settings"), QStringLiteral("show"), QStringLiteral("--json")})).object();
    CHECK(after[QStringLiteral("sales_tax_rate")].toString() == QStringLiteral("2"));

    const Result audit = f.as("manager", "2222", {QStringLiteral("audit"), QStringLiteral("--action"),
                                                  QStringLiteral("settings"), QStringLiteral("--json")});
    CHECK_EXIT(audit, 0);
    const QJsonArray entries = json(audit).array();
    REQUIRE(entries.size() == 1);
    CHECK(entries.first()[QStringLiteral("details")][QStringLiteral("old")].toString() == QStringLiteral("1"));
    CHECK(entries.first()[QStringLiteral("details")][QStringLiteral("new")].toString() == QStringLiteral("2"));
    const Result text =
        f.as("manager", "2222", {QStringLiteral("audit"), QStringLiteral("--action"), QStringLiteral("settings")});
    CHECK_EXIT(text, 0);
    CHECK(text.out.contains(QStringLiteral("Sales tax rate: 1 → 2.")));
}

TEST_CASE("settings show says when the settings cannot be read", "[cli]")
{
    Folder f;
    f.initDemo();
    sqlite(f.db(), "ALTER TABLE settings RENAME TO settings_gone;");
    for (const QStringList& arguments :
         {QStringList{QStringLiteral("settings"), QStringLiteral("show")},
          QStringList{QStringLiteral("settings"), QStringLiteral("show"), QStringLiteral("--json")}}) {
        // Not a list of empty values: the reason, and a refusal.
        const Result show = f.run(arguments);
        CHECK_EXIT(show, 1);
        CHECK(show.out.isEmpty());
        CHECK(show.err.contains(QStringLiteral("could not carry out")));
    }
}

TEST_CASE("check finds a tampered audit log", "[cli][check]")
{
    Folder f;
    f.initDemo();
    const Result sound = f.run({QStringLiteral("check")});
    CHECK_EXIT(sound, 0);
    CHECK(sound.out.contains(QStringLiteral("sound")));

    sqlite(f.db(), "DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;"
                   "UPDATE audit_log SET user_name = 'someone' WHERE seq = 3; DELETE FROM audit_log WHERE seq = 2;");
    const Result broken = f.run({QStringLiteral("check")});
    CHECK_EXIT(broken, 1);
    CHECK(broken.err.contains(QStringLiteral("Audit entry 2 is missing")));
    CHECK(broken.err.contains(QStringLiteral("Audit entry 3")));
    CHECK(broken.err.contains(QStringLiteral("audit_log_no_update was removed")));
    CHECK(broken.err.contains(QStringLiteral("audit_log_no_delete was removed")));
    const Result brokenJson = f.run({QStringLiteral("check"), QStringLiteral("--json")});
    CHECK_EXIT(brokenJson, 1);
    const QJsonObject report = json(brokenJson).object();
    CHECK_FALSE(report[QStringLiteral("ok")].toBool());
    CHECK(report[QStringLiteral("problems")].toArray().size() == 4); // two entries, two triggers
}

TEST_CASE("check refuses what is not a shop database", "[cli][check]")
{
    Folder f;
    QFile text(f.db());
    REQUIRE(text.open(QIODevice::WriteOnly));
    text.write("just some text\n");
    text.close();
    const Result r = f.run({QStringLiteral("check")});
    CHECK_EXIT(r, 1);
    CHECK(r.err.contains(QStringLiteral("not an SQLite file")));
    CHECK(bytes(f.db()) == "just some text\n");
}

TEST_CASE("backup and restore, and a garbage file refused", "[cli][backup]")
{
    Folder f;
    f.initDemo();
    const QString copy = f.file(QStringLiteral("monday.sqlite"));
    CHECK_EXIT(f.as("cashier", "3333", {QStringLiteral("backup"), copy}), 1);
    CHECK_FALSE(QFile::exists(copy));
    const Result backup = f.as("manager", "2222", {QStringLiteral("backup"), copy, QStringLiteral("--json")});
    CHECK_EXIT(backup, 0);
    CHECK(json(backup).object()[QStringLiteral("bytes")].toInteger() > 0);
    CHECK_EXIT(f.as("manager", "2222", {QStringLiteral("backup"), copy}), 1); // never overwritten

    CHECK_EXIT(f.as("admin", "1111",
                    {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("later"), QStringLiteral("--role"),
                     QStringLiteral("cashier")},
                    {{QStringLiteral("OVOP_NEW_PIN"), QStringLiteral("5555")}}),
               0);

    const QString garbage = f.file(QStringLiteral("garbage.sqlite"));
    QFile g(garbage);
    REQUIRE(g.open(QIODevice::WriteOnly));
    g.write(QByteArray(10000, '\x42'));
    g.close();
    const QByteArray before = bytes(f.db());
    const Result refused = f.as("admin", "1111", {QStringLiteral("restore"), garbage});
    CHECK_EXIT(refused, 1);
    CHECK(refused.err.contains(QStringLiteral("Nothing was restored")));
    CHECK_EXIT(f.as("manager", "2222", {QStringLiteral("restore"), copy}), 1);

    const Result restored = f.as("admin", "1111", {QStringLiteral("restore"), copy});
    CHECK_EXIT(restored, 0);
    const Result list = f.as("admin", "1111", {QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--json")});
    CHECK_EXIT(list, 0);
    CHECK(json(list).array().size() == 3);
    CHECK_EXIT(f.run({QStringLiteral("check")}), 0);
    (void)before;
}

TEST_CASE("Messages in Russian with --lang ru", "[cli][language]")
{
    Folder f;
    f.initDemo();
    const Result r = f.run({QStringLiteral("--lang"), QStringLiteral("ru"), QStringLiteral("--as"),
                            QStringLiteral("admin"), QStringLiteral("user"), QStringLiteral("list")},
                           {{QStringLiteral("OVOP_PIN"), QStringLiteral("0000")}});
    CHECK_EXIT(r, 1);
    CHECK_FALSE(r.err.isEmpty());
    // The language is asserted once the Russian translation of the message exists.
    QTranslator ru;
    if (ru.load(QStringLiteral("ovop_ru"), QStringLiteral(":/i18n")) &&
        !ru.translate("UserService", "Wrong PIN for %1. %n more wrong PIN(s) will lock the user for %2 minutes.",
                      nullptr, 4)
             .isEmpty())
        CHECK(r.err.contains(QRegularExpression(QStringLiteral("[А-Яа-я]"))));
}
