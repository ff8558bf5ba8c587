// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "models/sales/Cart.h"

#include <algorithm>
#include <numeric>

#include <QJsonArray>

namespace ovop {

namespace {

// Products of two 64-bit amounts need 128 bits before they are divided down again.
__extension__ typedef __int128 Wide;

// a * b / c rounded half away from zero (c > 0).
qint64 mulDivRounded(qint64 a, qint64 b, qint64 c)
{
    const Wide product = static_cast<Wide>(a) * b;
    const Wide half = c / 2;
    return static_cast<qint64>(product >= 0 ? (product + half) / c : (product - half) / c);
}

// Shares `whole` over `weights` in proportion, exactly (largest remainders first, then earlier lines).
QList<Money> shareOut(Money whole, const QList<Money>& weights)
{
    QList<Money> out(weights.size());
    const qint64 sum = std::accumulate(weights.begin(), weights.end(), qint64(0),
                                       [](qint64 s, Money m) { return s + m.tyiyn(); });
    if (sum <= 0 || whole.isZero())
        return out;
    QList<std::pair<qint64, int>> remainders;
    qint64 given = 0;
    for (int i = 0; i < weights.size(); ++i) {
        const Wide exact = static_cast<Wide>(whole.tyiyn()) * weights[i].tyiyn();
        const qint64 floor = static_cast<qint64>(exact / sum);
        out[i] = Money::fromTyiyn(floor);
        given += floor;
        remainders.append({static_cast<qint64>(exact % sum), i});
    }
    std::stable_sort(remainders.begin(), remainders.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    for (int k = 0; given < whole.tyiyn() && k < remainders.size(); ++k, ++given)
        out[remainders[k].second] += Money::fromTyiyn(1);
    return out;
}

QJsonObject discountJson(const Discount& d)
{
    switch (d.kind) {
    case Discount::Kind::None:
        return {};
    case Discount::Kind::Percent:
        return {{QStringLiteral("percent_bp"), d.basisPoints}};
    case Discount::Kind::Amount:
        return {{QStringLiteral("amount"), d.amount.tyiyn()}};
    }
    return {};
}

} // namespace

Money Discount::of(Money gross) const
{
    Money off;
    if (kind == Kind::Percent)
        off = Money::fromTyiyn(mulDivRounded(gross.tyiyn(), basisPoints, 10000));
    else if (kind == Kind::Amount)
        off = amount;
    return std::clamp(off, Money(), std::max(gross, Money()));
}

TaxContained Cart::taxContained(const TaxProfile& profile, const QList<Money>& amounts,
                                const QList<QString>& taxGroups)
{
    TaxContained tax;
    tax.vatRateBp = profile.vatPayer ? profile.vatRateBp : 0;
    tax.salesTaxRateBp = profile.salesTaxRateBp;
    // Tax inside an amount at VAT rate v and sales-tax rate s: the amount holds a base and both
    // taxes on it, so the taxes are amount x (v + s) / (1 + v + s), split between them as v to s.
    auto split = [&](Money amount, bool vatApplies) {
        const int v = vatApplies ? tax.vatRateBp : 0;
        const int s = tax.salesTaxRateBp;
        if (v + s <= 0)
            return std::pair<Money, Money>{};
        const Money both = Money::fromTyiyn(mulDivRounded(amount.tyiyn(), v + s, 10000 + v + s));
        const Money vat = Money::fromTyiyn(mulDivRounded(both.tyiyn(), v, v + s));
        return std::pair<Money, Money>{vat, both - vat};
    };
    if (profile.rounding == QLatin1String("per-line")) {
        for (int i = 0; i < amounts.size(); ++i) {
            const auto [vat, sales] = split(amounts[i], taxGroups.value(i) != QLatin1String("exempt"));
            tax.vat += vat;
            tax.salesTax += sales;
        }
        return tax;
    }
    Money standard;
    Money exempt;
    for (int i = 0; i < amounts.size(); ++i)
        (taxGroups.value(i) == QLatin1String("exempt") ? exempt : standard) += amounts[i];
    const auto [vatStd, salesStd] = split(standard, true);
    const auto [vatEx, salesEx] = split(exempt, false);
    tax.vat = vatStd + vatEx;
    tax.salesTax = salesStd + salesEx;
    return tax;
}

CartTotals Cart::totals(const TaxProfile& profile) const
{
    CartTotals t;
    QList<Money> afterLine;
    QList<QString> groups;
    for (const CartLine& line : lines) {
        const Money gross = line.gross();
        const Money off = line.discount.of(gross);
        t.gross += gross;
        t.lineDiscounts << off;
        afterLine << gross - off;
        groups << line.item.taxGroup;
    }
    const Money subtotal = std::accumulate(afterLine.begin(), afterLine.end(), Money());
    const Money cartOff = discount.of(subtotal);
    t.cartDiscountShares = shareOut(cartOff, afterLine);
    for (int i = 0; i < lines.size(); ++i)
        t.amounts << afterLine[i] - t.cartDiscountShares[i];
    t.total = subtotal - cartOff;
    t.discount = t.gross - t.total;
    t.tax = taxContained(profile, t.amounts, groups);
    return t;
}

QJsonObject Cart::toJson() const
{
    QJsonArray array;
    for (const CartLine& line : lines) {
        QJsonObject o{{QStringLiteral("product_id"), line.item.productId},
                      {QStringLiteral("code"), line.item.barcode.isEmpty() ? line.item.sku : line.item.barcode},
                      {QStringLiteral("quantity_milli"), line.quantity.milli()}};
        if (line.priceOverride)
            o.insert(QStringLiteral("price_override"), line.priceOverride->tyiyn());
        if (!line.discount.isNone())
            o.insert(QStringLiteral("discount"), discountJson(line.discount));
        if (line.expiredApproved)
            o.insert(QStringLiteral("expired_approved"), true);
        array.append(o);
    }
    QJsonObject out{{QStringLiteral("lines"), array}};
    if (!discount.isNone())
        out.insert(QStringLiteral("discount"), discountJson(discount));
    return out;
}

} // namespace ovop
