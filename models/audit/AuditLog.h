// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <memory>

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include "models/core/Result.h"

namespace ovop {

class Database;
class SqlQuery;
struct Session;

struct AuditEntry
{
    qint64 seq = 0;
    QString id;
    QDateTime at;
    QString userId;   // empty for events of the application itself (automatic backup, init)
    QString userName; // likewise empty for those events
    QString action; // e.g. "login", "login.failed", "user.add", "settings.change", "backup"
    QJsonObject details;
    QString originShop;
    QString originDevice;
    QString prevHash;
    QString hash;
};

struct AuditFilter
{
    QString action;   // prefix match, empty for all
    QString userName; // exact, empty for all
    int limit = 1000; // newest first
};

// The append-only audit log. Each entry holds the SHA-256 of the one before, so an entry that was
// edited or deleted is found by verify(). Triggers refuse UPDATE and DELETE on the table.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    explicit AuditLog(Database& db);
    ~AuditLog();
    AuditLog(const AuditLog&) = delete;
    AuditLog& operator=(const AuditLog&) = delete;

    // Appends within the caller's transaction (if any). actor may be null for system events.
    Status append(const Session* actor, const QString& action, const QJsonObject& details);
    // Same, for events without a session such as a failed login of a known name.
    Status append(const QString& userId, const QString& userName, const QString& action,
                  const QJsonObject& details);

    Result<QList<AuditEntry>> entries(const Session& actor, const AuditFilter& filter = {}) const;

    struct Verification
    {
        qint64 entries = 0;
        QStringList problems; // translated, one per broken link or altered entry
        bool ok() const { return problems.isEmpty(); }
    };
    Verification verify() const;

    // A human-readable, translated title of an action key (the key itself when unknown).
    static QString actionTitle(const QString& action);
    // Every action key that has a title, for filters.
    static QStringList actionKeys();

private:
    Database& m_db;
    // Prepared on the first append and kept: a bulk change appends one entry per record.
    std::unique_ptr<SqlQuery> m_last;
    std::unique_ptr<SqlQuery> m_insert;
};

} // namespace ovop
