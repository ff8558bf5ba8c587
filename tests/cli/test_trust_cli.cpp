// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// ovopctl restore, backup, exports and labels never destroy the database; a log that lost its
// protection is refused until an administrator repairs it.
#include <QJsonArray>
#include <QJsonDocument>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QThread>

#include "cli/CliSupport.h"

using namespace clitest;

namespace {

void requireRefused(const Run& r, const char* text)
{
    INFO("stdout: " << r.out.toStdString() << "\nstderr: " << r.err.toStdString());
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QString::fromUtf8(text)));
}

QString shopName(const Shop& shop)
{
    return shop.scalar("SELECT value FROM settings WHERE key = 'shop_name'");
}

} // namespace

TEST_CASE("A restore always needs an administrator of the database", "[cli][restore]")
{
    Shop shop;
    const QString copy = shop.file(QStringLiteral("copy.sqlite"));
    Shop::require(shop.as(QStringLiteral("admin"), QStringLiteral("1111"), {QStringLiteral("backup"), copy}));
    requireRefused(shop.run({QStringLiteral("restore"), copy}), "administrator");
    requireRefused(shop.as(QStringLiteral("admin"), QStringLiteral("9999"), {QStringLiteral("restore"), copy}),
                   "Wrong PIN");

    // Another ovopctl holding the database: refused, not taken for damage.
    Session other(shop.db());
    requireRefused(shop.as(QStringLiteral("admin"), QStringLiteral("1111"), {QStringLiteral("restore"), copy}),
                   "open in another program");
    other.kill();
    Shop::require(shop.as(QStringLiteral("admin"), QStringLiteral("1111"), {QStringLiteral("restore"), copy}));
    CHECK(shop.scalar("SELECT user_name FROM audit_log WHERE action = 'restore'") == QStringLiteral("admin"));
}

TEST_CASE("A database that does not open is not replaced while another program has it open", "[cli][restore]")
{
    Shop shop;
    const QString copy = shop.file(QStringLiteral("copy.sqlite"));
    Shop::require(shop.as(QStringLiteral("admin"), QStringLiteral("1111"), {QStringLiteral("backup"), copy}));
    // As if a newer version of the application had written it, and still had it open.
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(shop.db()).constData(), &db) == SQLITE_OK);
    REQUIRE(sqlite3_exec(db, "PRAGMA user_version = 999", nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);
    {
        Session newer(shop.db(), Session::RawSqlite);
        requireRefused(shop.as(QStringLiteral("admin"), QStringLiteral("1111"), {QStringLiteral("restore"), copy}),
                       "open in another program");
        CHECK(shop.scalar("PRAGMA user_version") == QStringLiteral("999"));
    }
    // Closed there: the administrator of the backup restores it, and the newer file is kept aside.
    Shop::require(shop.as(QStringLiteral("admin"), QStringLiteral("1111"), {QStringLiteral("restore"), copy}));
    CHECK(shop.scalar("PRAGMA user_version") != QStringLiteral("999"));
    CHECK(shop.scalar("SELECT action FROM audit_log ORDER BY seq DESC LIMIT 1") == QStringLiteral("restore"));
    CHECK(QDir(shop.file(QString())).entryList({QStringLiteral("shop.sqlite.before-restore-*")}).size() >= 1);
}

TEST_CASE("A restore killed at any moment leaves the old database or the new one with its entry",
          "[cli][restore][kill]")
{
    Shop shop;
    const QString copy = shop.file(QStringLiteral("copy.sqlite"));
    const Env admin{{QStringLiteral("OVOP_PIN"), QStringLiteral("1111")}};
    Shop::require(shop.as(QStringLiteral("admin"), QStringLiteral("1111"), {QStringLiteral("backup"), copy}));
    auto markOld = [&] {
        Shop::require(shop.as(
            QStringLiteral("admin"), QStringLiteral("1111"),
            {QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("shop_name"), QStringLiteral("Old")}));
    };
    markOld();

    // How long one whole restore takes here, to spread the kills over it.
    QElapsedTimer timer;
    timer.start();
    Shop::require(shop.as(QStringLiteral("admin"), QStringLiteral("1111"), {QStringLiteral("restore"), copy}));
    const qint64 whole = qMax<qint64>(timer.elapsed(), 50);
    markOld();

    // Kills spread evenly from the start to well past the end of a whole restore.
    constexpr int Rounds = 16;
    int newOnes = 0;
    for (int round = 0; round < Rounds; ++round) {
        std::unique_ptr<QProcess> restore(
            shop.start({QStringLiteral("--as"), QStringLiteral("admin"), QStringLiteral("restore"), copy}, admin));
        restore->closeWriteChannel();
        REQUIRE(restore->waitForStarted());
        QThread::msleep(static_cast<unsigned long>(round * (whole + whole / 2) / (Rounds - 1)));
        restore->kill();
        restore->waitForFinished();

        const QString name = shopName(shop);
        INFO("round " << round << ": shop name " << name.toStdString());
        REQUIRE((name == QStringLiteral("Old") || name == QStringLiteral("Test shop")));
        if (name == QStringLiteral("Test shop")) {
            ++newOnes;
            CHECK(shop.scalar("SELECT action FROM audit_log ORDER BY seq DESC LIMIT 1") == QStringLiteral("restore"));
        }
        const Run check = shop.run({QStringLiteral("check")});
        INFO(check.err.toStdString());
        REQUIRE(check.exitCode == 0);
        if (name == QStringLiteral("Test shop"))
            markOld();
    }
    INFO(newOnes << " of " << Rounds << " restores were whole before the kill");
    CHECK(newOnes < Rounds); // the early kills, at least, cut a restore short
}

TEST_CASE("Exports and labels never write over the database and replace a file only with --force", "[cli][files]")
{
    Shop shop(Shop::Demo);
    const auto listed = QJsonDocument::fromJson(
        shop.run({QStringLiteral("product"), QStringLiteral("list"), QStringLiteral("--json")}).out.toUtf8());
    const QString sku = listed.array().first().toObject().value(QStringLiteral("sku")).toString();
    REQUIRE_FALSE(sku.isEmpty());
    const QString products = shop.scalar("SELECT count(*) FROM products");

    for (const QString& target : {shop.db(), shop.db() + QStringLiteral("-wal"), shop.db() + QStringLiteral("-shm")}) {
        INFO(target.toStdString());
        requireRefused(
            shop.run({QStringLiteral("catalog"), QStringLiteral("export"), target, QStringLiteral("--force")}),
            "never written over");
        requireRefused(
            shop.as(QStringLiteral("manager"), QStringLiteral("2222"),
                    {QStringLiteral("producer"), QStringLiteral("export"), target, QStringLiteral("--force")}),
            "never written over");
        requireRefused(shop.run({QStringLiteral("label"), QStringLiteral("--sku"), sku, QStringLiteral("--out"), target,
                                 QStringLiteral("--force")}),
                       "never written over");
    }
    Shop::require(shop.run({QStringLiteral("check")}));
    CHECK(shop.scalar("SELECT count(*) FROM products") == products);

    const QString csv = shop.file(QStringLiteral("products.csv"));
    Shop::require(shop.run({QStringLiteral("catalog"), QStringLiteral("export"), csv}));
    const Run again = shop.run({QStringLiteral("catalog"), QStringLiteral("export"), csv});
    requireRefused(again, "already exists");
    CHECK(again.err.contains(QStringLiteral("--force")));
    Shop::require(shop.run({QStringLiteral("catalog"), QStringLiteral("export"), csv, QStringLiteral("--force")}));

    const QString pdf = shop.file(QStringLiteral("labels.pdf"));
    Shop::require(shop.run({QStringLiteral("label"), QStringLiteral("--sku"), sku, QStringLiteral("--out"), pdf}));
    requireRefused(shop.run({QStringLiteral("label"), QStringLiteral("--sku"), sku, QStringLiteral("--out"), pdf}),
                   "already exists");
}

TEST_CASE("backup without a file takes a rotating backup that check holds the log against", "[cli][backup]")
{
    Shop shop;
    Shop::require(shop.as(QStringLiteral("admin"), QStringLiteral("1111"), {QStringLiteral("backup")}));
    Shop::require(shop.as(QStringLiteral("admin"), QStringLiteral("1111"), {QStringLiteral("backup")}));
    const QStringList rotating =
        QDir(shop.file(QStringLiteral("backups"))).entryList({QStringLiteral("shop-*.sqlite")});
    CHECK(rotating.size() == 2);
    Shop::require(shop.run({QStringLiteral("check")}));
}

TEST_CASE("A log that lost its protection is refused until an administrator repairs it", "[cli][audit]")
{
    Shop shop;
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(shop.db()).constData(), &db) == SQLITE_OK);
    REQUIRE(sqlite3_exec(db, "DROP TRIGGER audit_log_no_delete", nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);

    requireRefused(shop.run({QStringLiteral("product"), QStringLiteral("list")}), "check --repair");
    requireRefused(shop.run({QStringLiteral("check")}), "audit_log_no_delete");
    Shop::require(shop.as(QStringLiteral("admin"), QStringLiteral("1111"),
                          {QStringLiteral("check"), QStringLiteral("--repair")}));
    Shop::require(shop.run({QStringLiteral("check")}));
    Shop::require(shop.run({QStringLiteral("product"), QStringLiteral("list")}));
    CHECK(shop.scalar("SELECT action FROM audit_log WHERE action = 'audit.repair'") == QStringLiteral("audit.repair"));
}

TEST_CASE("check finds the reports' figures edited and check --repair makes them again", "[cli][reports]")
{
    Shop shop;
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(shop.db()).constData(), &db) == SQLITE_OK);
    // A day of sales of a product that the ledger does not have.
    REQUIRE(sqlite3_exec(db,
                         "INSERT OR IGNORE INTO report_keys (key) VALUES ('BIS-1'); INSERT INTO product_rollup SELECT "
                         "20250301, id, id, 1, 1000, 0, 50000, 0 FROM report_keys LIMIT 1",
                         nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);

    requireRefused(shop.run({QStringLiteral("check")}), "products' sales kept for the reports");
    const Run repaired =
        shop.as(QStringLiteral("admin"), QStringLiteral("1111"), {QStringLiteral("check"), QStringLiteral("--repair")});
    Shop::require(repaired);
    CHECK(repaired.out.contains(QStringLiteral("product-rollup")));
    Shop::require(shop.run({QStringLiteral("check")}));
    CHECK(shop.scalar("SELECT count(*) FROM audit_log WHERE action = 'reports.rebuild'") == QStringLiteral("1"));
}
