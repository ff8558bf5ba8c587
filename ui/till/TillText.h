// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "models/sales/Sale.h"

namespace ovop::ui {

// Words the till's screens share.
class TillText
{
    Q_DECLARE_TR_FUNCTIONS(TillText)

public:
    // A payment method by its key ("cash", "card", "qr"), in the screen's language.
    static QString methodName(const QString& key);
    // Refunds or payments as "Cash 200,00 сом, Card (Visa) 300,00 сом".
    static QString payments(const QList<Payment>& payments, const QString& language);
};

} // namespace ovop::ui
