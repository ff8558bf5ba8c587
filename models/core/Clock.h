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
    // The same moment in UTC, for timestamps that are stored. The system clock reads it without
    // looking at the time zone (no tzset per call).
    virtual QDateTime nowUtc() const { return now().toUTC(); }
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

// Where record ids come from: time-ordered UUIDs in production, a predictable sequence in tests.
class IdGenerator
{
public:
    virtual ~IdGenerator() = default;
    virtual QString newId() = 0;
    // UUIDv7 (RFC 9562): the Unix time in milliseconds, then a counter within the millisecond and
    // random bits. New records land next to each other in the indexes instead of anywhere.
    static IdGenerator& uuid();
    // A UUIDv7 for the given Unix time in milliseconds: counter (12 bits) and random (62 bits) as given.
    static QString uuidV7(quint64 unixMillis, quint16 counter, quint64 random);
};

class SequentialIds : public IdGenerator
{
public:
    QString newId() override;

private:
    quint64 m_next = 1;
};

} // namespace ovop
