// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "models/store/InstanceLock.h"

#include <QDir>
#include <QFileInfo>
#include <QLockFile>

namespace ovop {

Result<std::unique_ptr<InstanceLock>> InstanceLock::acquire(const QString& databasePath)
{
    const QString lockPath = QFileInfo(databasePath).absoluteFilePath() + QStringLiteral(".lock");
    auto lock = std::make_unique<QLockFile>(lockPath);
    // Never stale by age: a lock is taken over only when the process that holds it is gone.
    lock->setStaleLockTime(0);
    if (lock->tryLock(0))
        return std::unique_ptr<InstanceLock>(new InstanceLock(std::move(lock)));

    const QString database = QDir::toNativeSeparators(databasePath);
    switch (lock->error()) {
    case QLockFile::LockFailedError: {
        qint64 pid = 0;
        QString host, application;
        if (lock->getLockInfo(&pid, &host, &application))
            return Error{tr("The database %1 is already open in %2 (process %3 on computer %4). Close it there "
                            "first, or continue in that window.")
                             .arg(database, application.isEmpty() ? tr("another program") : application)
                             .arg(pid)
                             .arg(host.isEmpty() ? tr("unknown") : host)};
        return Error{tr("The database %1 is already open in another program. Close it there first.").arg(database)};
    }
    case QLockFile::PermissionError:
        return Error{tr("The lock file %1 cannot be created: there is no permission to write in that folder.")
                         .arg(QDir::toNativeSeparators(lockPath))};
    default:
        return Error{tr("The lock file %1 cannot be created.").arg(QDir::toNativeSeparators(lockPath))};
    }
}

InstanceLock::InstanceLock(std::unique_ptr<QLockFile> lock) : m_lock(std::move(lock)) {}

InstanceLock::~InstanceLock()
{
    if (m_lock)
        m_lock->unlock();
}

} // namespace ovop
