// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "models/core/Clock.h"

#include <mutex>

#include <QRandomGenerator>
#include <QUuid>

namespace ovop {

namespace {
class SystemClock : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTime(); }
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
};

// Monotonic within the process: in the same millisecond (or when the clock steps back) the 12-bit
// counter goes on; when it runs out the time is moved on by one millisecond (RFC 9562, 6.2).
class UuidV7Generator : public IdGenerator
{
public:
    QString newId() override
    {
        const quint64 random = QRandomGenerator::global()->generate64();
        quint64 millis = quint64(QDateTime::currentMSecsSinceEpoch());
        quint16 counter = 0;
        {
            const std::lock_guard lock(m_mutex);
            if (millis <= m_lastMillis) {
                millis = m_lastMillis;
                if (++m_counter > 0xFFF) {
                    ++millis;
                    m_counter = 0;
                }
            } else {
                // A random start in the lower half leaves room to count up.
                m_counter = quint16(QRandomGenerator::global()->generate() & 0x7FF);
            }
            m_lastMillis = millis;
            counter = m_counter;
        }
        return uuidV7(millis, counter, random);
    }

private:
    std::mutex m_mutex;
    quint64 m_lastMillis = 0;
    quint16 m_counter = 0;
};
} // namespace

const Clock& Clock::system()
{
    static const SystemClock clock;
    return clock;
}

IdGenerator& IdGenerator::uuid()
{
    static UuidV7Generator generator;
    return generator;
}

QString IdGenerator::uuidV7(quint64 unixMillis, quint16 counter, quint64 random)
{
    QByteArray bytes(16, Qt::Uninitialized);
    auto* b = reinterpret_cast<unsigned char*>(bytes.data());
    for (int i = 0; i < 6; ++i)
        b[i] = static_cast<unsigned char>(unixMillis >> (40 - 8 * i));
    b[6] = static_cast<unsigned char>(0x70 | ((counter >> 8) & 0x0F)); // version 7
    b[7] = static_cast<unsigned char>(counter);
    b[8] = static_cast<unsigned char>(0x80 | ((random >> 56) & 0x3F)); // variant 10
    for (int i = 9; i < 16; ++i)
        b[i] = static_cast<unsigned char>(random >> (8 * (15 - i)));
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

QString SequentialIds::newId()
{
    // Shaped like a UUID so that code which checks the form accepts it.
    return QStringLiteral("00000000-0000-4000-8000-%1").arg(m_next++, 12, 10, QLatin1Char('0'));
}

} // namespace ovop
