// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "models/store/FileGuard.h"

#include <cstdio>

#include <sys/stat.h>
#include <unistd.h>

#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QTemporaryFile>

namespace ovop {

namespace {

// The files SQLite and the instance lock keep beside a database.
const char* const Companions[] = {"", "-wal", "-shm", "-journal", ".lock"};

struct Guarded
{
    QString path; // absolute, with links resolved where the file exists
    int openCount = 0;
};

QMutex& registryMutex()
{
    static QMutex mutex;
    return mutex;
}

QList<Guarded>& registry()
{
    static QList<Guarded> list;
    return list;
}

// Where a path really leads: the canonical path when it exists, otherwise the canonical folder
// and the file name (a file about to be created).
QString resolved(const QString& path)
{
    const QFileInfo info(path);
    if (info.exists())
        return info.canonicalFilePath();
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return (folder.isEmpty() ? info.absolutePath() : folder) + QLatin1Char('/') + info.fileName();
}

// The process's umask, read without changing it (umask() would, for every thread at once).
mode_t processUmask()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray& line : status.readAll().split('\n')) {
            if (line.startsWith("Umask:")) {
                bool ok = false;
                const uint mask = line.mid(6).trimmed().toUInt(&ok, 8);
                if (ok)
                    return mode_t(mask);
            }
        }
    }
    return 022;
}

// The permissions a new file gets here (0666 less the process's umask), or those of the file it
// replaces: a temporary file is made readable by its owner only.
QFileDevice::Permissions permissionsFor(const QFileInfo& target)
{
    if (target.exists())
        return QFile::permissions(target.absoluteFilePath());
    const mode_t mask = processUmask();
    const mode_t mode = 0666 & ~mask;
    QFileDevice::Permissions p;
    const QPair<mode_t, QFileDevice::Permissions> bits[] = {{S_IRUSR, QFileDevice::ReadOwner | QFileDevice::ReadUser},
                                                            {S_IWUSR, QFileDevice::WriteOwner | QFileDevice::WriteUser},
                                                            {S_IRGRP, QFileDevice::ReadGroup},
                                                            {S_IWGRP, QFileDevice::WriteGroup},
                                                            {S_IROTH, QFileDevice::ReadOther},
                                                            {S_IWOTH, QFileDevice::WriteOther}};
    for (const auto& [bit, permission] : bits)
        if (mode & bit)
            p |= permission;
    return p;
}

// Two names of one file (a hard link has no other trace).
bool sameFile(const QString& a, const QString& b)
{
    struct stat sa, sb;
    if (::stat(QFile::encodeName(a).constData(), &sa) != 0 || ::stat(QFile::encodeName(b).constData(), &sb) != 0)
        return false;
    return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

// The open database whose file path is, or an empty string.
QString databaseOf(const QString& path, bool includeBackups)
{
    const QString wanted = resolved(path);
    QMutexLocker lock(&registryMutex());
    for (const Guarded& g : registry()) {
        for (const char* suffix : Companions) {
            const QString companion = g.path + QLatin1String(suffix);
            if (wanted == companion || sameFile(path, companion))
                return g.path;
        }
        if (includeBackups) {
            const QString backups = QFileInfo(g.path).absolutePath() + QStringLiteral("/backups/");
            if (wanted.startsWith(backups))
                return g.path;
        }
    }
    return {};
}

// A database of any program, this one's of another folder among them: it starts with SQLite's
// header. A database this process has open was refused before (FileGuard), so reading it is safe.
bool isSqliteDatabase(const QString& path)
{
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) == QByteArray("SQLite format 3\0", 16);
}

} // namespace

bool renameWithoutReplacing(const QString& from, const QString& to)
{
    // link() refuses any existing name, a dangling symbolic link too, and never follows it.
    const QByteArray source = QFile::encodeName(from), target = QFile::encodeName(to);
    if (::link(source.constData(), target.constData()) != 0)
        return false;
    ::unlink(source.constData());
    return true;
}

void FileGuard::protect(const QString& databasePath)
{
    const QString path = resolved(databasePath);
    QMutexLocker lock(&registryMutex());
    for (Guarded& g : registry()) {
        if (g.path == path) {
            ++g.openCount;
            return;
        }
    }
    registry().append({path, 1});
}

void FileGuard::release(const QString& databasePath)
{
    const QString path = resolved(databasePath);
    QMutexLocker lock(&registryMutex());
    auto& list = registry();
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (list[i].path == path && --list[i].openCount <= 0) {
            list.removeAt(i);
            return;
        }
    }
}

Status FileGuard::checkRead(const QString& path)
{
    const QString database = databaseOf(path, false);
    if (database.isEmpty())
        return {};
    return Error{tr("%1 is a file of the shop database itself (%2), not a file to read from. Choose another file.")
                     .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(database))};
}

Status FileGuard::checkWrite(const QString& path)
{
    const QString database = databaseOf(path, true);
    if (database.isEmpty())
        return {};
    return Error{tr("%1 is a file of the shop database (%2) or of its backups; it is never written over. Choose "
                    "another file name or folder.")
                     .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(database))};
}

SafeFile::SafeFile(const QString& path, Overwrite overwrite) : m_path(path), m_overwrite(overwrite) {}

Result<std::unique_ptr<SafeFile>> SafeFile::open(const QString& path, Overwrite overwrite)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (auto s = FileGuard::checkWrite(path); !s)
        return s.error();
    const QFileInfo info(path);
    if (!QFileInfo(info.absolutePath()).isDir())
        return Error{tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(info.absolutePath()))};
    if (info.exists() || info.isSymLink()) {
        if (isSqliteDatabase(info.absoluteFilePath()))
            return Error{tr("%1 is a database; it is never written over. Choose another file name.").arg(shown)};
        if (!info.isFile())
            return Error{tr("%1 is not a file that can be replaced. Choose another name.").arg(shown)};
        if (overwrite == Overwrite::Refuse)
            return Error{tr("%1 already exists and was left as it was. Choose another name.").arg(shown),
                         {},
                         {},
                         ErrorKind::Conflict};
    }
    std::unique_ptr<SafeFile> file(new SafeFile(info.absoluteFilePath(), overwrite));
    file->m_temporary.setFileTemplate(info.absolutePath() + QLatin1String("/.") + info.fileName() +
                                      QStringLiteral(".XXXXXX.part"));
    if (!file->m_temporary.open())
        return Error{
            tr("%1 cannot be written: %2").arg(shown, file->m_temporary.errorString()), {}, {}, ErrorKind::Storage};
    file->m_temporary.setPermissions(permissionsFor(info));
    return file;
}

Status SafeFile::commit()
{
    const QString shown = QDir::toNativeSeparators(m_path);
    const bool written = m_temporary.flush() && ::fsync(m_temporary.handle()) == 0;
    m_temporary.close();
    if (!written)
        return Error{tr("%1 could not be written completely (is the disk full?); it was left as it was.").arg(shown),
                     m_temporary.errorString(),
                     {},
                     ErrorKind::DiskFull};
    const QString temporary = m_temporary.fileName();
    // Checked again at the last moment: the name may have been taken meanwhile.
    if (auto s = FileGuard::checkWrite(m_path); !s)
        return s;
    bool renamed = false;
    if (m_overwrite == Overwrite::Allow)
        renamed = std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(m_path).constData()) == 0;
    else
        renamed = renameWithoutReplacing(temporary, m_path);
    if (!renamed)
        return Error{tr("%1 could not be saved under its name (it exists, or the folder refuses it); it was left "
                        "as it was.")
                         .arg(shown),
                     {},
                     {},
                     ErrorKind::Storage};
    m_temporary.setAutoRemove(false);
    return {};
}

Status SafeFile::write(const QString& path, const QByteArray& bytes, Overwrite overwrite)
{
    auto file = open(path, overwrite);
    if (!file)
        return file.error();
    if (file.value()->device()->write(bytes) != bytes.size())
        return Error{tr("%1 could not be written completely (is the disk full?); it was left as it was.")
                         .arg(QDir::toNativeSeparators(path)),
                     {},
                     {},
                     ErrorKind::DiskFull};
    return file.value()->commit();
}

} // namespace ovop
