// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "TestSupport.h"

#include <catch2/catch.hpp>
#include <sqlite3.h>

#include <QFile>
#include <QSqlRecord>

#include "models/demo/DemoShop.h"
#include "models/store/Sql.h"

namespace ovop::test {

TempShop::TempShop() : m_clock(QDateTime(QDate(2025, 3, 14), QTime(10, 0), Qt::UTC))
{
    REQUIRE(m_dir.isValid());
}

TempShop::~TempShop() = default;

Database& TempShop::open()
{
    m_db.reset();
    OpenOptions options;
    options.create = true;
    options.clock = &m_clock;
    options.ids = &m_ids;
    options.pinHashCost = PinHashCost::Minimum;
    auto db = Database::open(path(), options);
    INFO(db.message().toStdString() << " " << db.error().detail.toStdString());
    REQUIRE(db.ok());
    m_db = std::move(db).value();
    return *m_db;
}

Database& TempShop::reopen()
{
    return open();
}

namespace {

// The demo shop is seeded once per test program (with random ids, so they never collide with a
// test's sequential ids) and copied; its PINs are hashed at the minimum cost.
QString demoTemplate()
{
    static QTemporaryDir dir;
    static QString path;
    if (path.isEmpty()) {
        REQUIRE(dir.isValid());
        const QString file = dir.filePath(QStringLiteral("demo.sqlite"));
        FixedClock clock(QDateTime(QDate(2025, 3, 14), QTime(9, 0), Qt::UTC));
        OpenOptions options;
        options.create = true;
        options.clock = &clock;
        options.pinHashCost = PinHashCost::Minimum;
        auto db = Database::open(file, options);
        REQUIRE(db.ok());
        const Status seeded = seedDemoShop(*db.value());
        INFO(seeded.message().toStdString());
        REQUIRE(seeded.ok());
        path = file;
    }
    return path;
}

} // namespace

Database& TempShop::openDemo()
{
    m_db.reset();
    QFile::remove(path());
    REQUIRE(QFile::copy(demoTemplate(), path()));
    QFile::setPermissions(path(), QFile::ReadOwner | QFile::WriteOwner);
    return open();
}

Session TempShop::session(const QString& name)
{
    SqlQuery q(m_db->sql(), QStringLiteral("SELECT id, name, role, language FROM users WHERE name = :name"));
    q.bind(QStringLiteral(":name"), name);
    REQUIRE(q.exec().ok());
    REQUIRE(q.next());
    Session s;
    s.userId = q.value(0).toString();
    s.userName = q.value(1).toString();
    s.role = Roles::fromKey(q.value(2).toString()).value();
    s.language = q.value(3).toString();
    return s;
}

OpenOptions cheapPins()
{
    OpenOptions options;
    options.pinHashCost = PinHashCost::Minimum;
    return options;
}

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
}

qint64 rowCount(Database& db, const QString& table)
{
    // The table name is one of our own constants in tests, never input.
    SqlQuery q(db.sql(), QStringLiteral("SELECT count(*) FROM ") + table);
    REQUIRE(q.exec().ok());
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

void rawExec(const QString& path, const QString& sql)
{
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK);
    sqlite3_busy_timeout(db, 5000);
    char* error = nullptr;
    const int rc = sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &error);
    const QString message = QString::fromUtf8(error ? error : "");
    sqlite3_free(error);
    sqlite3_close(db);
    INFO(message.toStdString());
    REQUIRE(rc == SQLITE_OK);
}

QString tableDump(Database& db, const QString& table)
{
    SqlQuery q(db.sql(), QStringLiteral("SELECT * FROM ") + table + QStringLiteral(" ORDER BY 1"));
    REQUIRE(q.exec().ok());
    QString dump;
    while (q.next()) {
        const QSqlRecord record = q.raw().record();
        for (int i = 0; i < record.count(); ++i)
            dump += record.value(i).toString() + QLatin1Char('|');
        dump += QLatin1Char('\n');
    }
    return dump;
}

} // namespace ovop::test
