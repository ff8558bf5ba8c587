// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <memory>

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include "models/core/Clock.h"
#include "models/core/Result.h"
#include "models/store/Origin.h"

struct sqlite3;

namespace ovop {

// How much work and memory protecting a new PIN costs; Argon2id either way.
enum class PinHashCost {
    Interactive, // libsodium's interactive limits (64 MiB, 2 passes): what a shop uses
    Minimum,     // libsodium's smallest limits: for test suites, where PINs protect nothing
};

struct OpenOptions
{
    bool create = false;                     // make a new database when there is none
    const Clock* clock = &Clock::system();   // injected in tests
    IdGenerator* ids = &IdGenerator::uuid(); // injected in tests
    // Open a database whose audit log lost its protection, to check or repair it (ovopctl check);
    // otherwise such a database is refused.
    bool allowAuditRepair = false;
    // The cost of every PIN hash made through this database; a login upgrades a weaker stored hash.
    PinHashCost pinHashCost = PinHashCost::Interactive;
    // How long a statement waits for another program's lock before it says the database is busy.
    // Opening waits at most InspectBusyWaitMs of it for a program that holds the file exclusively.
    int busyWaitMs = 5000;
};

// The shop's SQLite store: WAL, synchronous=FULL, foreign keys, busy timeout, the schema brought
// up to date on open. Refuses, without changing the file, what is not one of ours, a damaged
// database and a database from a newer version of the application.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    static constexpr quint32 ApplicationId = 0x4F564F50; // "OVOP"

    // What a file holds, read without changing it.
    struct Inspection
    {
        bool exists = false;
        bool empty = false; // no file, a zero-length file, or an SQLite file with no tables
        int version = 0;
    };
    static constexpr int InspectBusyWaitMs = 2000;
    // Reads what `path` holds; waits at most busyWaitMs for a program that holds it exclusively.
    static Result<Inspection> inspect(const QString& path, int busyWaitMs = InspectBusyWaitMs);

    static Result<std::unique_ptr<Database>> open(const QString& path, const OpenOptions& options = {});
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    static int latestVersion();
    static QString defaultPath();

    QSqlDatabase& sql() { return m_db; }
    const QString& path() const { return m_path; }
    int version() const;
    sqlite3* handle() const;

    const Clock& clock() const { return *m_clock; }
    // Puts another clock in place of the one the database was opened with (nullptr gives that one
    // back): the demo writes its months of past trading through the services with a clock it moves
    // through those days. The clock must outlive its use here.
    void setClock(const Clock* clock) { m_clock = clock ? clock : m_openedClock; }
    QDateTime now() const { return m_clock->now(); }
    // The current time as every table stores it (see storedTime).
    QString storedNow() const { return storedTime(m_clock->nowUtc()); }
    QString newId() { return m_ids->newId(); }
    PinHashCost pinHashCost() const { return m_pinHashCost; }

    // Shop code and device id, from the settings; reloaded after settings change.
    const Origin& origin() const { return m_origin; }
    void reloadOrigin();

private:
    Database(QString path, QString connection, const OpenOptions& options);

    QString m_path;
    QString m_connection;
    QSqlDatabase m_db;
    const Clock* m_clock;
    const Clock* m_openedClock;
    IdGenerator* m_ids;
    PinHashCost m_pinHashCost;
    Origin m_origin;
    bool m_guarded = false; // registered with FileGuard
};

} // namespace ovop
