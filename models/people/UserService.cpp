// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "models/people/UserService.h"

#include <optional>

#include <QJsonObject>

#include "models/audit/AuditLog.h"
#include "models/core/Language.h"
#include "models/people/PinHash.h"
#include "models/people/StoredUser.h"
#include "models/store/Database.h"
#include "models/store/Sql.h"

namespace ovop {

namespace {

constexpr int MinNameLength = 2;
constexpr int MaxFullNameLength = 100;

const char* const UserColumns = "SELECT id, name, full_name, role, language, active, failed_attempts, locked_until, "
                                "created_at, pin_hash FROM users ";

StoredUser readUser(SqlQuery& q)
{
    StoredUser s;
    s.user.id = q.value(0).toString();
    s.user.name = q.value(1).toString();
    s.user.fullName = q.value(2).toString();
    s.user.role = Roles::fromKey(q.value(3).toString()).value_or(Role::Cashier);
    s.user.language = q.value(4).toString();
    s.user.active = q.value(5).toInt() != 0;
    s.user.failedAttempts = q.value(6).toInt();
    s.user.lockedUntil = parsedTime(q.value(7));
    s.user.createdAt = parsedTime(q.value(8));
    s.pinHash = q.value(9).toString();
    return s;
}

} // namespace

QDateTime parsedTime(const QVariant& value)
{
    if (value.isNull() || value.toString().isEmpty())
        return {};
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

Result<std::optional<StoredUser>> findUser(Database& db, const QString& name)
{
    SqlQuery q(db.sql(), QString::fromLatin1(UserColumns));
    if (auto s = q.exec(); !s)
        return s.error();
    const QString wanted = name.trimmed().toCaseFolded();
    while (q.next()) {
        StoredUser s = readUser(q);
        if (s.user.name.toCaseFolded() == wanted)
            return std::optional<StoredUser>(std::move(s));
    }
    if (auto done = q.finished(); !done)
        return done.error();
    return std::optional<StoredUser>();
}

namespace {

Status validateName(const QString& name)
{
    bool ok = name.size() >= MinNameLength && name.size() <= MaxUserNameLength;
    for (const QChar c : name)
        ok = ok && (c.isLetterOrNumber() || c == QLatin1Char('.') || c == QLatin1Char('_') || c == QLatin1Char('-'));
    if (!ok)
        return Error::ofField(
            QStringLiteral("name"),
            UserService::tr("\"%1\" cannot be a user name: use 2 to 32 letters, digits, dots, hyphens or "
                            "underscores, without spaces (for example aigul or a.sydykova).")
                .arg(name));
    return {};
}

} // namespace

Status UserService::validate(const NewUser& user)
{
    FieldProblems problems;
    auto collect = [&problems](const Status& s) {
        if (!s)
            problems += s.error().problems;
    };
    collect(validateName(user.name));
    if (user.fullName.trimmed().size() > MaxFullNameLength)
        problems.append({QStringLiteral("full_name"),
                         tr("The full name is too long: at most %1 characters.").arg(MaxFullNameLength)});
    if (!Language::isValid(user.language))
        problems.append(
            {QStringLiteral("language"), tr("Unknown language \"%1\": choose ky, ru or en.").arg(user.language)});
    collect(validatePin(user.pin));
    if (problems.isEmpty())
        return {};
    return Error::ofFields(problems);
}

UserService::UserService(Database& db) : m_db(db) {}

Status UserService::validatePin(const QString& pin)
{
    bool ok = pin.size() >= 4 && pin.size() <= 8;
    for (const QChar c : pin)
        ok = ok && c >= QLatin1Char('0') && c <= QLatin1Char('9');
    if (!ok)
        return Error::ofField(QStringLiteral("pin"), tr("A PIN is 4 to 8 digits (0-9), nothing else."));
    return {};
}

Result<QList<User>> UserService::list(const Session& actor) const
{
    if (!actor.can(Permission::ManageUsers))
        return Roles::refusal(Permission::ManageUsers);
    SqlQuery q(m_db.sql(), QString::fromLatin1(UserColumns) + QStringLiteral("ORDER BY name"));
    if (auto s = q.exec(); !s)
        return s.error();
    QList<User> users;
    while (q.next())
        users.append(readUser(q).user);
    if (auto s = q.finished(); !s)
        return s.error();
    return users;
}

Result<QStringList> UserService::activeUserNames() const
{
    SqlQuery q(m_db.sql(), QStringLiteral("SELECT name FROM users WHERE active = 1 ORDER BY name"));
    if (auto s = q.exec(); !s)
        return s.error();
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    if (auto s = q.finished(); !s)
        return s.error();
    return names;
}

Result<QList<LoginChoice>> UserService::loginChoices() const
{
    SqlQuery q(m_db.sql(),
               QStringLiteral("SELECT name, full_name, locked_until FROM users WHERE active = 1 ORDER BY name"));
    if (auto s = q.exec(); !s)
        return s.error();
    const QDateTime now = m_db.now();
    QList<LoginChoice> choices;
    while (q.next()) {
        LoginChoice c{q.value(0).toString(), q.value(1).toString(), parsedTime(q.value(2))};
        if (c.lockedUntil.isValid() && c.lockedUntil <= now)
            c.lockedUntil = QDateTime();
        choices.append(c);
    }
    return choices;
}

Result<bool> UserService::hasUsers() const
{
    SqlQuery q(m_db.sql(), QStringLiteral("SELECT count(*) FROM users"));
    if (auto s = q.exec(); !s)
        return s.error();
    return q.next() && q.value(0).toLongLong() > 0;
}

Result<User> UserService::add(const Session& actor, const NewUser& newUser)
{
    if (!actor.can(Permission::ManageUsers))
        return Roles::refusal(Permission::ManageUsers);
    if (auto s = validate(newUser); !s)
        return s.error();
    auto hash = pinhash::make(newUser.pin, m_db.pinHashCost());
    if (!hash)
        return hash.error();

    Transaction tx(m_db.sql());
    if (!tx.isActive())
        return tx.beginError();
    auto existing = findUser(m_db, newUser.name);
    if (!existing)
        return existing.error();
    if (existing.value())
        return Error::ofField(
            QStringLiteral("name"),
            tr("There is already a user named %1. Choose another name.").arg(existing.value()->user.name));

    User user;
    user.id = m_db.newId();
    user.name = newUser.name;
    user.fullName = newUser.fullName.trimmed();
    user.role = newUser.role;
    user.language = newUser.language;
    user.createdAt = m_db.now();
    SqlQuery q(m_db.sql(),
               QStringLiteral("INSERT INTO users (id, name, full_name, role, pin_hash, language, active, "
                              "failed_attempts, created_at, origin_shop, origin_device) VALUES (:id, "
                              ":name, :full_name, :role, :hash, :language, 1, 0, :created, :shop, :device)"));
    q.bind(QStringLiteral(":id"), user.id)
        .bind(QStringLiteral(":name"), SqlQuery::text(user.name))
        .bind(QStringLiteral(":full_name"), SqlQuery::text(user.fullName))
        .bind(QStringLiteral(":role"), Roles::key(user.role))
        .bind(QStringLiteral(":hash"), hash.value())
        .bind(QStringLiteral(":language"), user.language)
        .bind(QStringLiteral(":created"), storedTime(user.createdAt))
        .bind(QStringLiteral(":shop"), SqlQuery::text(m_db.origin().shopCode))
        .bind(QStringLiteral(":device"), SqlQuery::text(m_db.origin().deviceId));
    if (auto s = q.exec(); !s)
        return s.error();
    const QJsonObject details{{QStringLiteral("name"), user.name},
                              {QStringLiteral("full_name"), user.fullName},
                              {QStringLiteral("role"), Roles::key(user.role)},
                              {QStringLiteral("language"), user.language}};
    if (auto s = AuditLog(m_db).append(&actor, QStringLiteral("user.add"), details); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return user;
}

Result<User> UserService::createFirstAdmin(const NewUser& admin)
{
    if (auto s = validate(admin); !s)
        return s.error();
    auto hash = pinhash::make(admin.pin, m_db.pinHashCost());
    if (!hash)
        return hash.error();
    Transaction tx(m_db.sql());
    if (!tx.isActive())
        return tx.beginError();
    const auto any = hasUsers();
    if (!any)
        return any.error();
    if (any.value())
        return Error{tr("This database already has users: log in as an administrator to add more."),
                     {},
                     {},
                     ErrorKind::Conflict};

    Session self;
    self.userId = m_db.newId();
    self.userName = admin.name;
    self.role = Role::Admin;
    self.language = admin.language;
    const QDateTime created = m_db.now();
    SqlQuery q(m_db.sql(), QStringLiteral("INSERT INTO users (id, name, full_name, role, pin_hash, language, active, "
                                          "failed_attempts, created_at, origin_shop, origin_device) VALUES (:id, "
                                          ":name, :full_name, 'admin', :hash, :language, 1, 0, :created, :shop, "
                                          ":device)"));
    q.bind(QStringLiteral(":id"), self.userId)
        .bind(QStringLiteral(":name"), admin.name)
        .bind(QStringLiteral(":full_name"), SqlQuery::text(admin.fullName.trimmed()))
        .bind(QStringLiteral(":hash"), hash.value())
        .bind(QStringLiteral(":language"), admin.language)
        .bind(QStringLiteral(":created"), storedTime(created))
        .bind(QStringLiteral(":shop"), SqlQuery::text(m_db.origin().shopCode))
        .bind(QStringLiteral(":device"), SqlQuery::text(m_db.origin().deviceId));
    if (auto s = q.exec(); !s)
        return s.error();
    const QJsonObject details{{QStringLiteral("name"), admin.name},
                              {QStringLiteral("full_name"), admin.fullName.trimmed()},
                              {QStringLiteral("role"), Roles::key(Role::Admin)},
                              {QStringLiteral("language"), admin.language},
                              {QStringLiteral("first_admin"), true}};
    if (auto s = AuditLog(m_db).append(&self, QStringLiteral("user.add"), details); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    User user;
    user.id = self.userId;
    user.name = admin.name;
    user.fullName = admin.fullName.trimmed();
    user.role = Role::Admin;
    user.language = admin.language;
    user.createdAt = created;
    return user;
}

Status UserService::setActive(const Session& actor, const QString& name, bool active)
{
    if (!actor.can(Permission::ManageUsers))
        return Roles::refusal(Permission::ManageUsers);
    Transaction tx(m_db.sql());
    if (!tx.isActive())
        return tx.beginError();
    auto found = findUser(m_db, name);
    if (!found)
        return found.error();
    if (!found.value())
        return Error{tr("There is no user named \"%1\".").arg(name)};
    const User user = found.value()->user;
    if (user.active == active)
        return {}; // already as asked: nothing to change
    if (!active && user.id == actor.userId)
        return Error{tr("You cannot disable yourself. Ask another administrator.")};
    if (!active && user.role == Role::Admin) {
        SqlQuery admins(m_db.sql(), QStringLiteral("SELECT count(*) FROM users WHERE role = 'admin' AND active = 1"));
        if (auto s = admins.exec(); !s)
            return s;
        if (admins.next() && admins.value(0).toInt() <= 1)
            return Error{tr("%1 is the last active administrator and cannot be disabled. Add or enable another "
                            "administrator first.")
                             .arg(user.name)};
    }
    SqlQuery q(m_db.sql(), QStringLiteral("UPDATE users SET active = :active WHERE id = :id"));
    q.bind(QStringLiteral(":active"), active ? 1 : 0).bind(QStringLiteral(":id"), user.id);
    if (auto s = q.exec(); !s)
        return s;
    if (auto s = AuditLog(m_db).append(&actor, active ? QStringLiteral("user.enable") : QStringLiteral("user.disable"),
                                       {{QStringLiteral("name"), user.name},
                                        {QStringLiteral("old"), user.active},
                                        {QStringLiteral("new"), active}});
        !s)
        return s;
    return tx.commit();
}

Status UserService::resetPin(const Session& actor, const QString& name, const QString& newPin)
{
    if (!actor.can(Permission::ManageUsers))
        return Roles::refusal(Permission::ManageUsers);
    if (auto s = validatePin(newPin); !s)
        return s;
    auto hash = pinhash::make(newPin, m_db.pinHashCost());
    if (!hash)
        return hash.error();
    Transaction tx(m_db.sql());
    if (!tx.isActive())
        return tx.beginError();
    auto found = findUser(m_db, name);
    if (!found)
        return found.error();
    if (!found.value())
        return Error{tr("There is no user named \"%1\".").arg(name)};
    const User user = found.value()->user;
    // A new PIN also lifts a lock-out.
    SqlQuery q(m_db.sql(), QStringLiteral("UPDATE users SET pin_hash = :hash, failed_attempts = 0, locked_until = NULL "
                                          "WHERE id = :id"));
    q.bind(QStringLiteral(":hash"), hash.value()).bind(QStringLiteral(":id"), user.id);
    if (auto s = q.exec(); !s)
        return s;
    if (auto s = AuditLog(m_db).append(&actor, QStringLiteral("user.pin-reset"), {{QStringLiteral("name"), user.name}});
        !s)
        return s;
    return tx.commit();
}

Status UserService::setLanguage(const Session& self, const QString& language)
{
    if (!Language::isValid(language))
        return Error{tr("Unknown language \"%1\": choose ky, ru or en.").arg(language)};
    Transaction tx(m_db.sql());
    if (!tx.isActive())
        return tx.beginError();
    // Remembered, not audited: a language switch is a preference, not a change of the shop's data,
    // and switching back and forth would flood the log.
    SqlQuery current(m_db.sql(), QStringLiteral("SELECT language FROM users WHERE id = :id"));
    current.bind(QStringLiteral(":id"), self.userId);
    if (auto s = current.exec(); !s)
        return s;
    if (!current.next())
        return Error{tr("Your user no longer exists. Log in again.")};
    if (current.value(0).toString() == language)
        return {};
    current.raw().finish();
    SqlQuery q(m_db.sql(), QStringLiteral("UPDATE users SET language = :language WHERE id = :id"));
    q.bind(QStringLiteral(":language"), language).bind(QStringLiteral(":id"), self.userId);
    if (auto s = q.exec(); !s)
        return s;
    return tx.commit();
}

} // namespace ovop
