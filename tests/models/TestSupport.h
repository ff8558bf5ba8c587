// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <memory>

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QTemporaryDir>

#include "models/core/Clock.h"
#include "models/people/Session.h"
#include "models/store/Database.h"

namespace ovop::test {

// A shop database of its own in a temporary folder, with a fixed clock and predictable ids.
class TempShop
{
public:
    TempShop();
    ~TempShop();

    QString path() const { return m_dir.filePath(QStringLiteral("shop.sqlite")); }
    QString file(const QString& name) const { return m_dir.filePath(name); }
    FixedClock& clock() { return m_clock; }
    Database& db() { return *m_db; }

    // Opens (creating) the database; reopen() closes and opens it again, as after a restart.
    Database& open();
    Database& reopen();
    void close() { m_db.reset(); }
    // Opens a new database and seeds the demo shop (users admin/manager/cashier, PINs 1111/2222/3333).
    Database& openDemo();

    // A session for a user of the demo shop, as login() would give (without spending a PIN check).
    Session session(const QString& name);

private:
    QTemporaryDir m_dir;
    FixedClock m_clock;
    SequentialIds m_ids;
    std::unique_ptr<Database> m_db;
};

// Default options, but new PIN hashes at the minimum cost (and so no upgrade of the tests' PINs).
OpenOptions cheapPins();

QByteArray fileBytes(const QString& path);
void writeFile(const QString& path, const QByteArray& bytes);
qint64 rowCount(Database& db, const QString& table);
// Runs SQL on the file through a plain sqlite3 connection, bypassing the application (tampering).
void rawExec(const QString& path, const QString& sql);
// What would be a table dump: every row of every table, for "nothing changed" comparisons.
QString tableDump(Database& db, const QString& table);

} // namespace ovop::test
