// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// Running ovopctl and the test session tool as processes on a database of a test's own.
#pragma once

#include <catch2/catch.hpp>
#include <sqlite3.h>

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include "models/demo/DemoShop.h"

namespace clitest {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

using Env = QList<QPair<QString, QString>>;

// The environment of every process a CLI test starts: no PIN or language of the caller's, and PINs
// hashed at the minimum cost (OVOP_PIN_HASH_COST, as the README says), unless env says otherwise.
inline QProcessEnvironment environment(const Env& env)
{
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"OVOP_PIN", "OVOP_NEW_PIN", "OVOP_LANG", "OVOP_APPROVER_PIN"})
        e.remove(QString::fromLatin1(name));
    e.insert(QStringLiteral("OVOP_PIN_HASH_COST"), QStringLiteral("minimum"));
    for (const auto& [name, value] : env)
        e.insert(name, value);
    return e;
}

inline Run finish(QProcess& process, int timeoutMs = 180000)
{
    Run result;
    if (!process.waitForFinished(timeoutMs))
        return result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

// What `ovopctl init` makes, made in this process by the same code (PINs at the minimum cost), so
// that only tests of init itself pay for starting ovopctl to create a shop: a new shop with the
// administrator admin (PIN 1111, language en), device T1; or the demo shop of `init --demo`.
void seedPlainShop(const QString& db, const QString& shopCode, const QString& shopName);
void seedDemoShop(const QString& db, ovop::DemoTill till = ovop::DemoTill::WithHistory);

// A folder of the test's own holding shop.sqlite: a new shop TST with the administrator admin
// (PIN 1111), or the demo shop (admin 1111, manager 2222, cashier 3333).
class Shop
{
public:
    // Demo: the demo shop with today's shifts and sales; DemoWithHistory: with its six months of
    // trading before them as well (what `init --demo` makes; slower); DemoWithoutTill: no shifts or
    // sales yet.
    enum Kind { Empty, Plain, Demo, DemoWithHistory, DemoWithoutTill };
    explicit Shop(Kind kind = Plain)
    {
        REQUIRE(m_dir.isValid());
        if (kind == Plain)
            seedPlainShop(db(), QStringLiteral("TST"), QStringLiteral("Test shop"));
        else if (kind == Demo)
            seedDemoShop(db(), ovop::DemoTill::TodayOnly);
        else if (kind == DemoWithHistory)
            seedDemoShop(db(), ovop::DemoTill::WithHistory);
        else if (kind == DemoWithoutTill)
            seedDemoShop(db(), ovop::DemoTill::Empty);
    }

    QString db() const { return file(QStringLiteral("shop.sqlite")); }
    QString file(const QString& name) const { return m_dir.filePath(name); }

    QProcess* start(const QStringList& arguments, const Env& env = {}, QObject* parent = nullptr) const
    {
        auto* process = new QProcess(parent);
        process->setProcessEnvironment(environment(env));
        process->start(QStringLiteral(OVOPCTL_PATH), QStringList{QStringLiteral("--db"), db()} + arguments);
        return process;
    }

    Run run(const QStringList& arguments, const Env& env = {}) const
    {
        std::unique_ptr<QProcess> process(start(arguments, env));
        process->closeWriteChannel();
        if (!process->waitForStarted())
            return {};
        return finish(*process);
    }

    Run as(const QString& user, const QString& pin, const QStringList& arguments, const Env& env = {}) const
    {
        return run(QStringList{QStringLiteral("--as"), user} + arguments, Env{{QStringLiteral("OVOP_PIN"), pin}} + env);
    }

    static void require(const Run& r)
    {
        INFO("stdout: " << r.out.toStdString() << "\nstderr: " << r.err.toStdString());
        REQUIRE(r.exitCode == 0);
    }

    // One value read with a plain SQLite connection (the test's own view of the file).
    QString scalar(const char* sql) const
    {
        sqlite3* handle = nullptr;
        REQUIRE(sqlite3_open_v2(QFile::encodeName(db()).constData(), &handle, SQLITE_OPEN_READONLY, nullptr) ==
                SQLITE_OK);
        sqlite3_busy_timeout(handle, 5000);
        sqlite3_stmt* stmt = nullptr;
        QString value;
        if (sqlite3_prepare_v2(handle, sql, -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW)
            value = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)));
        sqlite3_finalize(stmt);
        sqlite3_close(handle);
        return value;
    }

private:
    QTemporaryDir m_dir;
};

// The session tool: a process that keeps the database open, as the GUI does, and carries out one
// command per line of its standard input, answering one line each.
class Session
{
public:
    enum Kind { Shop, RawSqlite };
    explicit Session(const QString& db, Kind kind = Shop)
    {
        m_process.setProcessEnvironment(environment({}));
        m_process.start(QStringLiteral(OVOP_SESSION_TOOL),
                        kind == Shop ? QStringList{db} : QStringList{QStringLiteral("--raw"), db});
        REQUIRE(m_process.waitForStarted());
        REQUIRE(answer() == QStringLiteral("ready"));
    }
    ~Session()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }

    QString send(const QString& line)
    {
        m_process.write((line + QLatin1Char('\n')).toUtf8());
        return answer();
    }

    // SIGKILL: nothing of the process's own is run any more.
    void kill()
    {
        m_process.kill();
        REQUIRE(m_process.waitForFinished());
    }

private:
    QString answer()
    {
        while (!m_process.canReadLine())
            if (!m_process.waitForReadyRead(60000))
                return QStringLiteral("(no answer: %1)").arg(QString::fromUtf8(m_process.readAllStandardError()));
        return QString::fromUtf8(m_process.readLine()).trimmed();
    }

    QProcess m_process;
};

} // namespace clitest
