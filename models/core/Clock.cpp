// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "core/Clock.h"

#include <QUuid>

namespace ovop {

namespace {
class SystemClock : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTime(); }
};

class UuidGenerator : public IdGenerator
{
public:
    QString newId() override { return QUuid::createUuid().toString(QUuid::WithoutBraces); }
};
} // namespace

const Clock& Clock::system()
{
    static const SystemClock clock;
    return clock;
}

IdGenerator& IdGenerator::uuid()
{
    static UuidGenerator generator;
    return generator;
}

QString SequentialIds::newId()
{
    // Shaped like a UUID so that code which checks the form accepts it.
    return QStringLiteral("00000000-0000-4000-8000-%1").arg(m_next++, 12, 10, QLatin1Char('0'));
}

} // namespace ovop
