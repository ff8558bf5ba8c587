// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <memory>

#include <QCoreApplication>
#include <QTemporaryFile>
#include <QString>

#include "models/core/Result.h"

namespace ovop {

// Keeps every file the program reads or writes away from the databases it has open.
//
// SQLite's locks are POSIX advisory locks, which belong to the process: opening and closing any
// other descriptor of a database file (an import reading it as CSV, an export written over it)
// silently drops every lock the process holds on it, and another process may then delete the
// write-ahead log under a live connection. Files the program writes go through a temporary file
// that is renamed into place, and never replace an existing file unless the user said so.
class FileGuard
{
    Q_DECLARE_TR_FUNCTIONS(FileGuard)

public:
    // Database::open registers the databases of this process; they are released when closed.
    static void protect(const QString& databasePath);
    static void release(const QString& databasePath);

    // Refuses a path that is (by its name, a symbolic link or a hard link) the file of an open
    // database, its -wal, -shm or -journal file, or its lock file.
    static Status checkRead(const QString& path);
    // The same, and also refuses the files of the database's backups folder.
    static Status checkWrite(const QString& path);
};

enum class Overwrite { Refuse, Allow };

// Gives the file from the name to, refusing any existing name (a dangling symbolic link too, never
// followed): false when to exists or the rename fails.
bool renameWithoutReplacing(const QString& from, const QString& to);

// A file being written: a temporary file beside the target, renamed into place by commit().
// Refuses the database's files (FileGuard::checkWrite), a folder that does not exist, and an
// existing file unless overwrite is Allow (the command line's --force, the GUI's confirmation).
class SafeFile
{
    Q_DECLARE_TR_FUNCTIONS(SafeFile)

public:
    static Result<std::unique_ptr<SafeFile>> open(const QString& path, Overwrite overwrite);
    static Status write(const QString& path, const QByteArray& bytes, Overwrite overwrite);

    QIODevice* device() { return &m_temporary; }
    // Renames the finished file into place; nothing is left behind when it fails.
    Status commit();
    // Drops what was written; the target is left as it was.
    void cancel() { m_temporary.remove(); }

private:
    explicit SafeFile(const QString& path, Overwrite overwrite);

    QTemporaryFile m_temporary;
    QString m_path;
    Overwrite m_overwrite;
};

} // namespace ovop
