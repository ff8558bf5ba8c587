// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "models/core/Percent.h"

#include "models/core/Decimal.h"

namespace ovop {

QString percentText(int basisPoints, const QString& language)
{
    return decimal::format(basisPoints, 2, 0, language, false) + QLatin1Char('%');
}

} // namespace ovop
