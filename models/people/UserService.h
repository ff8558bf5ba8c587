// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include "models/core/Result.h"
#include "models/people/Session.h"

namespace ovop {

class Database;

struct User
{
    QString id;
    QString name;     // login name, unique, case-insensitive
    QString fullName;
    Role role = Role::Cashier;
    QString language; // ky, ru or en: the language the GUI switches to at login
    bool active = true;
    int failedAttempts = 0;
    QDateTime lockedUntil; // invalid when not locked
    QDateTime createdAt;
};

struct NewUser
{
    QString name;
    QString fullName;
    Role role = Role::Cashier;
    QString pin;
    QString language = QStringLiteral("ru");
};

// A user as the login screen offers them: who, and until when they are locked (invalid when not).
struct LoginChoice
{
    QString name;
    QString fullName;
    QDateTime lockedUntil;
};

// Users, PINs (Argon2id via libsodium, at the database's PinHashCost) and login with lock-out: after
// MaxFailedAttempts wrong PINs a user is locked for LockMinutes, stored in the database so it survives
// a restart.
class UserService
{
    Q_DECLARE_TR_FUNCTIONS(UserService)

public:
    static constexpr int MaxFailedAttempts = 5;
    static constexpr int LockMinutes = 5;

    explicit UserService(Database& db);

    // Logs in; a wrong PIN, an unknown, disabled or locked user is refused and audited. The attempt is
    // counted, and the lock checked, in one transaction before the (slow) PIN check, so that attempts
    // made at once on several tills or processes check at most MaxFailedAttempts PINs before the lock.
    // A pin that validatePin() refuses is not an attempt: its error is returned, nothing is counted or
    // audited. A successful login replaces a stored hash weaker than the database's PIN hash cost with
    // one made at that cost (the login's audit entry then says pin_rehashed); it never weakens one.
    Result<Session> login(const QString& name, const QString& pin);
    // Checks a user's PIN without logging in (a manager approving at a cashier's till): counted,
    // locked and audited like a login when wrong, but a right PIN writes no login entry, since the
    // approved action writes its own entry naming the approver.
    Result<Session> confirmPin(const QString& name, const QString& pin);

    Result<QList<User>> list(const Session& actor) const;
    // Names of active users, for the login screen (no session needed). An error when the users
    // could not be read, never an empty list in its place.
    Result<QStringList> activeUserNames() const;
    // The active users with their full names and, for a locked one, the end of the lock (for the login
    // screen: no session needed). Ordered by login name.
    Result<QList<LoginChoice>> loginChoices() const;
    Result<User> add(const Session& actor, const NewUser& user);
    Status setActive(const Session& actor, const QString& name, bool active);
    Status resetPin(const Session& actor, const QString& name, const QString& newPin);
    // A user's own language choice, remembered for the next login.
    Status setLanguage(const Session& self, const QString& language);

    // Creates the first admin of a new database; refused once any user exists.
    Result<User> createFirstAdmin(const NewUser& admin);
    // Whether any user exists (an error when the users could not be read).
    Result<bool> hasUsers() const;

    // Every problem of a new user's name, full name, language and PIN at once (one field problem each).
    static Status validate(const NewUser& user);
    // "aigul is locked after 5 wrong PINs until 14:35. …", and the time alone ("14:35").
    static QString lockedMessage(const QString& userName, const QDateTime& until);
    static QString lockEndText(const QDateTime& until);
    // PIN rules: 4 to 8 digits.
    static Status validatePin(const QString& pin);

private:
    Result<Session> checkPin(const QString& name, const QString& pin, bool login);

    Database& m_db;
};

} // namespace ovop
