// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

#include "models/core/Result.h"

namespace ovop {

// What a report covers: a period of the shop's local days, the shops whose records count (by the
// records' origin_shop; empty: every shop in the database, as at head office) and the language of
// the labels (ky, ru or en; names missing in it fall back to another language).
struct ReportScope
{
    QDate from;
    QDate to;
    QStringList shops;
    QString language = QStringLiteral("ru");
};

class ReportScopes
{
    Q_DECLARE_TR_FUNCTIONS(ReportScopes)

public:
    // Refuses a period without both days, or one that begins after it ends, and a bad language.
    static Status check(const ReportScope& scope);
};

} // namespace ovop
