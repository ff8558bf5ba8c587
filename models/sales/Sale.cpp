// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "models/sales/Sale.h"

namespace ovop {

QString PaymentMethods::key(PaymentMethod method)
{
    switch (method) {
    case PaymentMethod::Cash:
        return QStringLiteral("cash");
    case PaymentMethod::Card:
        return QStringLiteral("card");
    case PaymentMethod::Qr:
        return QStringLiteral("qr");
    }
    return {};
}

std::optional<PaymentMethod> PaymentMethods::fromKey(const QString& key)
{
    for (PaymentMethod m : {PaymentMethod::Cash, PaymentMethod::Card, PaymentMethod::Qr})
        if (PaymentMethods::key(m) == key.trimmed().toLower())
            return m;
    return std::nullopt;
}

QString PaymentMethods::schemeKey(CardScheme scheme)
{
    switch (scheme) {
    case CardScheme::Elcart:
        return QStringLiteral("elcart");
    case CardScheme::Visa:
        return QStringLiteral("visa");
    case CardScheme::Mastercard:
        return QStringLiteral("mastercard");
    case CardScheme::UnionPay:
        return QStringLiteral("unionpay");
    case CardScheme::Other:
        return QStringLiteral("other");
    }
    return {};
}

std::optional<CardScheme> PaymentMethods::schemeFromKey(const QString& key)
{
    for (CardScheme s : {CardScheme::Elcart, CardScheme::Visa, CardScheme::Mastercard, CardScheme::UnionPay,
                         CardScheme::Other})
        if (schemeKey(s) == key.trimmed().toLower())
            return s;
    return std::nullopt;
}

QString PaymentMethods::schemeName(CardScheme scheme)
{
    switch (scheme) {
    case CardScheme::Elcart:
        return QStringLiteral("Elcart");
    case CardScheme::Visa:
        return QStringLiteral("Visa");
    case CardScheme::Mastercard:
        return QStringLiteral("Mastercard");
    case CardScheme::UnionPay:
        return QStringLiteral("UnionPay");
    case CardScheme::Other:
        break; // no brand to name
    }
    return {};
}

} // namespace ovop
