// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "models/core/Result.h"
#include "models/places/Place.h"

namespace ovop {

class Database;
struct Session;

// The reference of oblasts, districts and villages. Reads need no session (place names are
// public). Villages may be added and renamed with Permission::ChangeSettings; each change is
// audited (village.add with its names, village.change with old and new names and district).
// Oblasts and districts are fixed reference data.
class PlaceService
{
    Q_DECLARE_TR_FUNCTIONS(PlaceService)

public:
    explicit PlaceService(Database& db);

    // Reads answer an error when the database failed, never an empty list or "not found" in its
    // place; nullopt (or an empty list) means there is no such place.
    // Sorted by name in language.
    Result<QList<Oblast>> oblasts(const QString& language = QStringLiteral("ru")) const;
    Result<QList<District>> districts(const QString& oblastId = {},
                                      const QString& language = QStringLiteral("ru")) const;
    Result<QList<Village>> villages(const QString& oblastId = {}, const QString& districtId = {},
                                    const QString& language = QStringLiteral("ru")) const;

    Result<std::optional<Oblast>> oblast(const QString& id) const;
    // By code ("issyk-kul") or by name in any language, case-insensitive.
    Result<std::optional<Oblast>> findOblast(const QString& codeOrName) const;
    Result<std::optional<District>> district(const QString& id) const;
    Result<std::optional<Village>> village(const QString& id) const;
    // Villages whose name in any language equals text (case-insensitive, "ё" = "е"); more than one
    // when villages of different districts share a name (use the district to choose).
    Result<QList<Village>> findVillages(const QString& name) const;

    // Ok when the village can be saved; refused with the problems per field, or with the
    // database's error when the checks could not read the places.
    Status validate(const Village& village) const;
    // Adds (empty id) or renames/moves (existing id) a village. Refused with problems per field:
    // no name in any language, unknown oblast or district, district of another oblast, or the same
    // name already in that district.
    Result<Village> saveVillage(const Session& actor, const Village& village);

private:
    Database& m_db;
};

} // namespace ovop
