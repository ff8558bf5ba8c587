// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// UserService: logging in, with the counting of wrong PINs and the lock-out.
#include <optional>

#include <QJsonObject>
#include <QLocale>

#include "models/audit/AuditLog.h"
#include "models/people/PinHash.h"
#include "models/people/StoredUser.h"
#include "models/people/UserService.h"
#include "models/store/Database.h"
#include "models/store/Sql.h"

namespace ovop {

namespace {

QString lockTimeText(const QDateTime& until)
{
    return QLocale().toString(until.toLocalTime().time(), QLocale::ShortFormat);
}

// The lock-out state of a user.
struct Counter
{
    int failedAttempts = 0;
    QDateTime lockedUntil; // invalid when not locked
};

Result<Counter> readCounter(Database& db, const QString& userId)
{
    SqlQuery q(db.sql(), QStringLiteral("SELECT failed_attempts, locked_until FROM users WHERE id = :id"));
    q.bind(QStringLiteral(":id"), userId);
    if (auto s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return Error{UserService::tr("The user no longer exists. Ask an administrator.")};
    return Counter{q.value(0).toInt(), parsedTime(q.value(1))};
}

Status writeCounter(Database& db, const QString& userId, const Counter& counter)
{
    SqlQuery q(db.sql(), QStringLiteral("UPDATE users SET failed_attempts = :attempts, locked_until = :until "
                                        "WHERE id = :id"));
    q.bind(QStringLiteral(":attempts"), counter.failedAttempts)
        .bind(QStringLiteral(":until"),
              counter.lockedUntil.isValid() ? QVariant(storedTime(counter.lockedUntil)) : QVariant())
        .bind(QStringLiteral(":id"), userId);
    return q.exec();
}

// Locks the user for UserService::LockMinutes from now: the counter is written with the end of the
// lock, and the lock is audited.
Status lockOut(Database& db, AuditLog& audit, const User& user, Counter& counter, const QDateTime& now)
{
    counter.lockedUntil = now.addSecs(qint64(UserService::LockMinutes) * 60);
    if (auto s = writeCounter(db, user.id, counter); !s)
        return s;
    return audit.append(user.id, user.name, QStringLiteral("user.locked"),
                        {{QStringLiteral("until"), storedTime(counter.lockedUntil)}});
}

// Puts a stronger hash of the same PIN in place of the one that was checked; false when the PIN was
// changed meanwhile (another till reset it), which is then kept.
Result<bool> replaceHash(Database& db, const QString& userId, const QString& checked, const QString& stronger)
{
    SqlQuery q(db.sql(), QStringLiteral("UPDATE users SET pin_hash = :new WHERE id = :id AND pin_hash = :old"));
    q.bind(QStringLiteral(":new"), stronger).bind(QStringLiteral(":id"), userId).bind(QStringLiteral(":old"), checked);
    if (auto s = q.exec(); !s)
        return s.error();
    return q.raw().numRowsAffected() > 0;
}

QString lockedMessage(const QString& userName, const QDateTime& until)
{
    return UserService::tr(
               "%1 is locked after %2 wrong PINs until %3. Try again then, or ask an administrator to reset the PIN.")
        .arg(userName)
        .arg(UserService::MaxFailedAttempts)
        .arg(lockTimeText(until));
}

// A login attempt that was counted and may have its PIN checked.
struct Admitted
{
    StoredUser stored;
    int attempt = 0; // its number among the failed or pending attempts since the last login
};

// The first step of a login: refuses an unknown, disabled or locked user, or counts the attempt.
Result<Admitted> admitAttempt(Database& db, const QString& name)
{
    // One immediate transaction counts the attempt before its PIN is checked, so that attempts started
    // at once, on other tills or in other processes, are counted one after another and none is lost.
    AuditLog audit(db);
    Transaction tx(db.sql());
    if (!tx.isActive())
        return tx.beginError();
    auto refuse = [&](const QString& userId, const QString& userName, const QString& reason,
                      const Error& refusal) -> Result<Admitted> {
        if (auto s =
                audit.append(userId, userName, QStringLiteral("login.failed"), {{QStringLiteral("reason"), reason}});
            !s)
            return s.error();
        if (auto s = tx.commit(); !s)
            return s.error();
        return refusal;
    };

    auto found = findUser(db, name);
    if (!found)
        return found.error();
    if (!found.value()) {
        const QString typed = name.trimmed().left(MaxUserNameLength * 2);
        return refuse(
            QString(), typed, QStringLiteral("unknown-user"),
            Error{
                UserService::tr("There is no user named \"%1\". Check the name or ask an administrator.").arg(typed)});
    }
    const StoredUser stored = *found.value();
    const User& user = stored.user;
    if (!user.active)
        return refuse(
            user.id, user.name, QStringLiteral("disabled"),
            Error{UserService::tr("The user %1 is disabled. Ask an administrator to enable it.").arg(user.name)});
    const QDateTime now = db.now();
    if (user.lockedUntil.isValid() && now < user.lockedUntil)
        return refuse(user.id, user.name, QStringLiteral("locked"), Error{lockedMessage(user.name, user.lockedUntil)});

    Counter counter;
    if (!user.lockedUntil.isValid()) // a lock that has ended is lifted, and counting starts again
        counter.failedAttempts = user.failedAttempts;
    ++counter.failedAttempts;
    // More attempts than allowed are already being checked or have failed: lock without checking this one.
    const bool tooMany = counter.failedAttempts > UserService::MaxFailedAttempts;
    if (tooMany) {
        if (auto s = audit.append(user.id, user.name, QStringLiteral("login.failed"),
                                  {{QStringLiteral("reason"), QStringLiteral("too-many-attempts")},
                                   {QStringLiteral("attempt"), counter.failedAttempts}});
            !s)
            return s.error();
        if (auto s = lockOut(db, audit, user, counter, now); !s)
            return s.error();
    } else if (auto s = writeCounter(db, user.id, counter); !s) {
        return s.error();
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    if (tooMany)
        return Error{
            UserService::tr("Too many PINs were tried for %1 at the same time: the user is locked until %2. Try again "
                            "then, or ask an administrator to reset the PIN.")
                .arg(user.name, lockTimeText(counter.lockedUntil))};
    return Admitted{stored, counter.failedAttempts};
}

} // namespace

QString UserService::lockedMessage(const QString& userName, const QDateTime& until)
{
    return ovop::lockedMessage(userName, until);
}

QString UserService::lockEndText(const QDateTime& until)
{
    return lockTimeText(until);
}

Result<Session> UserService::login(const QString& name, const QString& pin)
{
    return checkPin(name, pin, true);
}

Result<Session> UserService::confirmPin(const QString& name, const QString& pin)
{
    return checkPin(name, pin, false);
}

Result<Session> UserService::checkPin(const QString& name, const QString& pin, bool login)
{
    // Something that cannot be a PIN is a typing mistake, not an attempt: nothing is counted or audited.
    if (auto s = validatePin(pin); !s)
        return s.error();
    auto admitted = admitAttempt(m_db, name);
    if (!admitted)
        return admitted.error();
    const StoredUser& stored = admitted->stored;

    // Slow on purpose, and so outside any transaction: the check, and a new hash when the stored one
    // is weaker than the database's cost (made before the cost was raised).
    const bool matches = pinhash::matches(pin, stored.pinHash);
    std::optional<QString> stronger;
    if (matches && pinhash::weakerThan(stored.pinHash, m_db.pinHashCost())) {
        if (auto made = pinhash::make(pin, m_db.pinHashCost()))
            stronger = made.value();
    }

    AuditLog audit(m_db);
    Transaction tx(m_db.sql());
    if (!tx.isActive())
        return tx.beginError();
    // Read the count and the lock again: other tills may have counted, locked or logged in meanwhile.
    auto read = readCounter(m_db, stored.user.id);
    if (!read)
        return read.error();
    Counter counter = read.value();
    const QDateTime now = m_db.now();
    const bool locked = counter.lockedUntil.isValid() && now < counter.lockedUntil;
    const User& user = stored.user;
    if (matches) {
        if (locked) {
            if (auto s = audit.append(user.id, user.name, QStringLiteral("login.failed"),
                                      {{QStringLiteral("reason"), QStringLiteral("locked")}});
                !s)
                return s.error();
            if (auto s = tx.commit(); !s)
                return s.error();
            return Error{lockedMessage(user.name, counter.lockedUntil)};
        }
        if (auto s = writeCounter(m_db, user.id, {}); !s)
            return s.error();
        QJsonObject details;
        if (stronger) {
            auto replaced = replaceHash(m_db, user.id, stored.pinHash, *stronger);
            if (!replaced)
                return replaced.error();
            if (replaced.value())
                details.insert(QStringLiteral("pin_rehashed"), true);
        }
        if (login) {
            if (auto s = audit.append(user.id, user.name, QStringLiteral("login"), details); !s)
                return s.error();
        }
        if (auto s = tx.commit(); !s)
            return s.error();
        Session session;
        session.userId = user.id;
        session.userName = user.name;
        session.fullName = user.fullName;
        session.role = user.role;
        session.language = user.language;
        return session;
    }

    if (auto s = audit.append(
            user.id, user.name, QStringLiteral("login.failed"),
            {{QStringLiteral("reason"), QStringLiteral("wrong-pin")}, {QStringLiteral("attempt"), admitted->attempt}});
        !s)
        return s.error();
    // A wrong PIN never lifts a lock; it locks once as many attempts as allowed have been counted.
    const bool lockNow = !locked && counter.failedAttempts >= MaxFailedAttempts;
    if (lockNow) {
        if (auto s = lockOut(m_db, audit, user, counter, now); !s)
            return s.error();
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    if (locked || lockNow)
        return Error{tr("Wrong PIN. After %1 wrong PINs %2 is locked until %3. Try again then, or ask an "
                        "administrator to reset the PIN.")
                         .arg(MaxFailedAttempts)
                         .arg(user.name, lockTimeText(counter.lockedUntil))};
    return Error{tr("Wrong PIN for %1. %n more wrong PIN(s) will lock the user for %2 minutes.", "",
                    MaxFailedAttempts - counter.failedAttempts)
                     .arg(user.name)
                     .arg(LockMinutes)};
}

} // namespace ovop
