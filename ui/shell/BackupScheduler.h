// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>

namespace ovop {
class Database;
}

namespace ovop::ui {

// Keeps the daily backups beside the database: one rotation at start, then one a day while the
// application runs (BackupService::rotateDaily writes at most one copy a day).
class BackupScheduler : public QObject
{
    Q_OBJECT

public:
    explicit BackupScheduler(Database& db, QObject* parent = nullptr);

    // Rotates now, then again shortly after each midnight.
    void start();
    void runNow();

    bool hasRun() const { return m_hasRun; }
    bool lastOk() const { return m_ok; }
    QString lastError() const { return m_error; }
    // When the newest daily backup was written (invalid when there is none).
    QDateTime lastBackupTime() const { return m_lastBackup; }

Q_SIGNALS:
    void finished();

private:
    void scheduleNext();

    Database& m_db;
    QTimer m_timer;
    bool m_hasRun = false;
    bool m_ok = true;
    QString m_error;
    QDateTime m_lastBackup;
};

} // namespace ovop::ui
