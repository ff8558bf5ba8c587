// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "models/catalog/LocalizedText.h"

namespace ovop {

QString LocalizedText::exact(const QString& language) const
{
    if (language == QLatin1String("ky"))
        return ky;
    if (language == QLatin1String("en"))
        return en;
    if (language == QLatin1String("ru"))
        return ru;
    return {};
}

QString LocalizedText::in(const QString& language) const
{
    const QString wanted = exact(language);
    if (!wanted.trimmed().isEmpty())
        return wanted;
    for (const QString* text : {&ru, &ky, &en})
        if (!text->trimmed().isEmpty())
            return *text;
    return {};
}

void LocalizedText::set(const QString& language, const QString& text)
{
    if (language == QLatin1String("ky"))
        ky = text;
    else if (language == QLatin1String("en"))
        en = text;
    else if (language == QLatin1String("ru"))
        ru = text;
}

} // namespace ovop
