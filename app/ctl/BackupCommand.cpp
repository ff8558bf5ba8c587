// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// ovopctl backup FILE and ovopctl restore FILE.
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>

#include "Command.h"
#include "Prompt.h"
#include "models/people/UserService.h"
#include "models/store/Backup.h"

namespace ovop::ctl {

namespace {

int runBackup(Context& ctx)
{
    if (ctx.args.size() > 1)
        return ctx.usage(Ctl::tr("Usage: ovopctl --as NAME backup [FILE]"));
    return ctx.withLogin(Access::Read, [&](Database& db, const Session& actor) -> int {
        // Without a FILE: one more rotating backup in the backups folder, as the GUI takes daily.
        QString file = ctx.args.value(0);
        if (file.isEmpty()) {
            auto rotated = BackupService(db).rotateNow(actor);
            if (!rotated)
                return ctx.refuse(rotated.message());
            file = rotated.value();
        } else if (auto s = BackupService(db).backup(actor, file); !s) {
            return ctx.refuse(s.message());
        }
        const QFileInfo written(file);
        if (ctx.json)
            ctx.printJson(QJsonObject{{QStringLiteral("file"), QDir::toNativeSeparators(written.absoluteFilePath())},
                                      {QStringLiteral("bytes"), written.size()}});
        else
            ctx.out
                << Ctl::tr("The backup was written to %1.").arg(QDir::toNativeSeparators(written.absoluteFilePath()))
                << Qt::endl;
        return Ok;
    });
}

int runRestore(Context& ctx)
{
    if (ctx.args.size() != 1)
        return ctx.usage(Ctl::tr("Usage: ovopctl --as NAME restore FILE"));
    const QString file = ctx.args.first();
    // Always an administrator: of the live database when it opens, else of the backup.
    if (ctx.asUser.isEmpty())
        return ctx.refuse(Ctl::tr("A restore needs an administrator: say who you are with --as NAME (the PIN from "
                                  "OVOP_PIN or typed at the prompt)."));
    const BackupService::Credentials admin{ctx.asUser,
                                           secretFromEnvironmentOrPrompt("OVOP_PIN", Ctl::tr("PIN: "), ctx.err)};
    if (auto valid = UserService::validatePin(admin.pin); !valid)
        return ctx.usage(valid.message());
    QString savedCopy;
    if (auto s = BackupService::restore(ctx.dbPath, file, admin, ctx.openOptions(), &savedCopy); !s)
        return ctx.refuse(s.message());
    if (ctx.json) {
        ctx.printJson(QJsonObject{{QStringLiteral("database"), QDir::toNativeSeparators(ctx.dbPath)},
                                  {QStringLiteral("restored_from"), QDir::toNativeSeparators(file)},
                                  {QStringLiteral("saved_copy"), QDir::toNativeSeparators(savedCopy)}});
        return Ok;
    }
    ctx.out << Ctl::tr("%1 was restored from %2.").arg(QDir::toNativeSeparators(ctx.dbPath),
                                                        QDir::toNativeSeparators(file))
            << Qt::endl;
    if (!savedCopy.isEmpty())
        ctx.out << Ctl::tr("The database as it was before is kept in %1.").arg(QDir::toNativeSeparators(savedCopy))
                << Qt::endl;
    return Ok;
}

const CommandRegistrar backupRegistrar("backup", "backup [FILE]", &runBackup);
const CommandRegistrar restoreRegistrar("restore", "restore FILE", &runRestore);

} // namespace

} // namespace ovop::ctl
