// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "ui/till/TillText.h"

#include <QStringList>

namespace ovop::ui {

QString TillText::methodName(const QString& key)
{
    if (key == QLatin1String("cash"))
        return tr("Cash");
    if (key == QLatin1String("card"))
        return tr("Card");
    if (key == QLatin1String("qr"))
        return tr("QR payment");
    return key;
}

QString TillText::payments(const QList<Payment>& payments, const QString& language)
{
    QStringList parts;
    for (const Payment& p : payments) {
        QString name = methodName(PaymentMethods::key(p.method));
        if (p.scheme && !PaymentMethods::schemeName(*p.scheme).isEmpty())
            name += QStringLiteral(" (%1)").arg(PaymentMethods::schemeName(*p.scheme));
        parts << QStringLiteral("%1 %2").arg(name, p.amount.format(language));
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace ovop::ui
