// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// The bare writers' side of ovop-bench: statements on the sqlite3 C API, prepared once and reused.
#pragma once

#include <cstdio>

#include <sqlite3.h>

#include <QString>

namespace bench {

class Statement
{
public:
    Statement(sqlite3* db, const char* sql)
    {
        if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) != SQLITE_OK)
            std::fprintf(stderr, "prepare: %s\n", sqlite3_errmsg(db));
    }
    ~Statement() { sqlite3_finalize(m_stmt); }
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    // Text bound as UTF-16 straight from the QString, which outlives the step.
    Statement& text(int i, const QString& value)
    {
        sqlite3_bind_text16(m_stmt, i, value.utf16(), int(value.size() * 2), SQLITE_STATIC);
        return *this;
    }
    Statement& integer(int i, qint64 value)
    {
        sqlite3_bind_int64(m_stmt, i, value);
        return *this;
    }
    Statement& null(int i)
    {
        sqlite3_bind_null(m_stmt, i);
        return *this;
    }
    // Steps once: SQLITE_ROW or SQLITE_DONE.
    int step() { return sqlite3_step(m_stmt); }
    QString column(int i) const
    {
        return QString(reinterpret_cast<const QChar*>(sqlite3_column_text16(m_stmt, i)),
                       sqlite3_column_bytes16(m_stmt, i) / 2);
    }
    qint64 columnInt(int i) const { return sqlite3_column_int64(m_stmt, i); }
    void reset() { sqlite3_reset(m_stmt); }
    // Runs a statement that returns no row (or whose rows are not wanted).
    bool run()
    {
        const int rc = step();
        reset();
        if (rc != SQLITE_DONE && rc != SQLITE_ROW)
            std::fprintf(stderr, "step: %s\n", sqlite3_errmsg(sqlite3_db_handle(m_stmt)));
        return rc == SQLITE_DONE || rc == SQLITE_ROW;
    }

private:
    sqlite3_stmt* m_stmt = nullptr;
};

inline bool execSql(sqlite3* db, const char* sql)
{
    char* error = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &error) == SQLITE_OK)
        return true;
    std::fprintf(stderr, "%s: %s\n", sql, error ? error : "?");
    sqlite3_free(error);
    return false;
}

} // namespace bench
