// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QDateTime>
#include <QString>

namespace ovop {

// Where time comes from. Services never call QDateTime::currentDateTime() themselves, so shift,
// lock-out and report logic can be tested with a FixedClock.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    static const Clock& system();
};

class FixedClock : public Clock
{
public:
    explicit FixedClock(QDateTime now) : m_now(std::move(now)) {}
    QDateTime now() const override { return m_now; }
    void set(const QDateTime& now) { m_now = now; }
    void advanceSeconds(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};

// Where record ids come from: random UUIDs in production, a predictable sequence in tests.
class IdGenerator
{
public:
    virtual ~IdGenerator() = default;
    virtual QString newId() = 0;
    static IdGenerator& uuid();
};

class SequentialIds : public IdGenerator
{
public:
    QString newId() override;

private:
    quint64 m_next = 1;
};

} // namespace ovop
