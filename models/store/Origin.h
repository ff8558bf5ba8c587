// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QDateTime>
#include <QString>

namespace ovop {

// Where a record was made: every appended record carries its UUID, shop and device so that
// records of many shops merge at head office without collisions.
struct Origin
{
    QString shopCode;
    QString deviceId;
};

// How every time is stored: UTC, ISO 8601 with milliseconds ("2026-05-04T09:30:00.000Z"), so that
// text order is time order in every table.
inline QString storedTime(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace ovop
