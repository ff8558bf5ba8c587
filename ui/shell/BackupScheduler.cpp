// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "ui/shell/BackupScheduler.h"

#include <QFileInfo>

#include "models/store/Backup.h"
#include "models/store/Database.h"

namespace ovop::ui {

BackupScheduler::BackupScheduler(Database& db, QObject* parent) : QObject(parent), m_db(db)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &BackupScheduler::runNow);
}

void BackupScheduler::start()
{
    runNow();
}

void BackupScheduler::runNow()
{
    BackupService service(m_db);
    auto written = service.rotateDaily();
    m_hasRun = true;
    m_ok = written.ok();
    m_error = written.ok() ? QString() : written.message();
    m_lastBackup = QDateTime();
    // Backups that cannot be listed are a failure to show, not "no backup yet".
    if (const auto backups = service.dailyBackups(); !backups) {
        if (m_ok)
            m_error = backups.message();
        m_ok = false;
    } else {
        for (const QString& file : backups.value()) {
            const QDateTime modified = QFileInfo(file).lastModified();
            if (!m_lastBackup.isValid() || modified > m_lastBackup)
                m_lastBackup = modified;
        }
    }
    scheduleNext();
    Q_EMIT finished();
}

void BackupScheduler::scheduleNext()
{
    // A few minutes after the next midnight of the database's clock; at least a minute from now.
    const QDateTime now = m_db.now();
    const QDateTime next(now.date().addDays(1), QTime(0, 5));
    const qint64 ms = qBound<qint64>(60'000, now.msecsTo(next), 24LL * 3600 * 1000);
    m_timer.start(std::chrono::milliseconds(ms));
}

} // namespace ovop::ui
