// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <memory>

#include <QCoreApplication>
#include <QString>

#include "models/core/Result.h"

class QLockFile;

namespace ovop {

// One GUI at a time on a database: a lock file beside it (PATH.lock) names the process holding
// it. A stale lock of a process that died is taken over.
class InstanceLock
{
    Q_DECLARE_TR_FUNCTIONS(InstanceLock)

public:
    // Refused with a message naming the process, host and application that hold the database.
    static Result<std::unique_ptr<InstanceLock>> acquire(const QString& databasePath);
    ~InstanceLock();

private:
    explicit InstanceLock(std::unique_ptr<QLockFile> lock);
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace ovop
