// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QString>

#include "models/catalog/LocalizedText.h"

namespace ovop {

// The seven oblasts of Kyrgyzstan and the cities of republican significance Bishkek and Osh.
// Seeded by the schema with fixed UUIDs (the same in every shop's database) and stable codes:
// "chuy", "issyk-kul", "naryn", "talas", "jalal-abad", "osh", "batken", "bishkek-city", "osh-city".
struct Oblast
{
    QString id;
    QString code;
    LocalizedText name;
};

// A district (raion) of an oblast.
struct District
{
    QString id;
    QString oblastId;
    LocalizedText name;
};

// A village or town where producers live. districtId is empty for a place directly under a city.
// Seeded with the villages of OVOP producers named in public sources; shops may add and rename.
struct Village
{
    QString id;
    QString oblastId;
    QString districtId;
    LocalizedText name;

    // Read only, joined.
    LocalizedText districtName;
    LocalizedText oblastName;
    int producerCount = 0;
};

} // namespace ovop
