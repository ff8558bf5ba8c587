// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "models/people/PinHash.h"

#include <sodium.h>

#include <QCoreApplication>
#include <QRegularExpression>

namespace ovop::pinhash {

namespace {

bool sodiumReady()
{
    static const int initialised = sodium_init(); // 0 first time, 1 when already done, -1 on failure
    return initialised >= 0;
}

struct Limits
{
    unsigned long long ops;
    size_t memory; // bytes
};

Limits limits(PinHashCost cost)
{
    switch (cost) {
    case PinHashCost::Minimum:
        return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
    case PinHashCost::Interactive:
        break;
    }
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

QString tr(const char* text)
{
    return QCoreApplication::translate("UserService", text);
}

} // namespace

Result<QString> make(const QString& pin, PinHashCost cost)
{
    if (!sodiumReady())
        return Error{tr("The PIN cannot be protected: the cryptography library did not start.")};
    const QByteArray utf8 = pin.toUtf8();
    const Limits l = limits(cost);
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), quint64(utf8.size()), l.ops, l.memory) != 0)
        return Error{tr("The PIN cannot be protected: not enough memory. Close other programs and try again.")};
    return QString::fromLatin1(out);
}

bool matches(const QString& pin, const QString& hash)
{
    if (!sodiumReady())
        return false;
    const QByteArray utf8 = pin.toUtf8();
    const QByteArray stored = hash.toLatin1();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(), quint64(utf8.size())) == 0;
}

bool weakerThan(const QString& hash, PinHashCost cost)
{
    if (!sodiumReady())
        return false;
    const Limits l = limits(cost);
    const QByteArray stored = hash.toLatin1();
    if (crypto_pwhash_str_needs_rehash(stored.constData(), l.ops, l.memory) == 0)
        return false;
    static const QRegularExpression argon2id(QStringLiteral("^\\$argon2id\\$v=19\\$m=(\\d+),t=(\\d+),p=\\d+\\$"));
    const auto match = argon2id.match(hash);
    if (!match.hasMatch())
        return true; // another algorithm or version: made again with Argon2id
    const quint64 memoryKiB = match.captured(1).toULongLong();
    const quint64 passes = match.captured(2).toULongLong();
    return memoryKiB * 1024 < l.memory || passes < l.ops;
}

Result<PinHashCost> costFromEnvironment()
{
    const QString name = qEnvironmentVariable(CostVariable).trimmed();
    if (name.isEmpty() || name == QLatin1String("interactive"))
        return PinHashCost::Interactive;
    if (name == QLatin1String("minimum"))
        return PinHashCost::Minimum;
    return Error{QCoreApplication::translate("UserService", "%1=%2 is not known: use interactive (the default) or "
                                                            "minimum.")
                     .arg(QString::fromLatin1(CostVariable), name)};
}

} // namespace ovop::pinhash
