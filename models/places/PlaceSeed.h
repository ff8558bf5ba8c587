// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QSqlDatabase>
#include <QString>

#include "models/core/Result.h"

namespace ovop {

// The reference data the catalogue schema step writes: categories, the oblasts and districts of
// Kyrgyzstan and the villages of OVOP producers named in public sources. Their ids are name-based
// UUIDs (version 5), so every shop's database holds the same ids and records merge at head office.
// Seeded reference rows carry empty origin shop and device.
Status seedCategories(const QSqlDatabase& db);
Status seedPlaces(const QSqlDatabase& db);

namespace PlaceSeed {
// The fixed id of a seeded oblast ("naryn"), district ("at-bashy") or village ("bosteri") by its code.
QString oblastId(const QString& code);
QString districtId(const QString& code);
QString villageId(const QString& code);
QString categoryId(const QString& key);
} // namespace PlaceSeed

} // namespace ovop
