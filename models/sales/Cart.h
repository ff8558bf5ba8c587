// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <optional>

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include "models/catalog/LocalizedText.h"
#include "models/catalog/Product.h"
#include "models/sales/Sale.h"
#include "models/settings/ShopSettings.h"

namespace ovop {

// One line of a cart being sold: the product as it was scanned, the quantity, and what the cashier
// did to it. Only the Till changes a cart, so that each change is checked against the user's limits.
struct CartLine
{
    SaleItem item; // with its producer and village
    Quantity quantity = Quantity::fromUnits(1);
    std::optional<Money> priceOverride; // approved by a manager
    Discount discount;
    bool expiredApproved = false; // a manager approved selling from expired batches

    Money unitPrice() const { return priceOverride.value_or(item.price); }
    Money gross() const { return unitPrice().times(quantity); }
};

// What a cart adds up to: the sale's figures before payment.
struct CartTotals
{
    QList<Money> lineDiscounts;      // per line, the line's own discount
    QList<Money> cartDiscountShares; // per line, its part of the cart discount
    QList<Money> amounts;            // per line, what the line costs
    Money gross;
    Money discount; // lines' and cart's
    Money total;
    TaxContained tax;
};

struct Cart
{
    QList<CartLine> lines;
    Discount discount; // on the whole cart, after the lines' own
    int lastTouched = -1; // the line scanned or changed last (the till highlights it)
    // What a manager approved for this cart ({approver, action, what}), kept with its sale.
    QJsonArray approvals;

    bool isEmpty() const { return lines.isEmpty(); }

    // The figures: line discounts, the cart discount shared over the lines in proportion to what
    // each costs after its own discount (the remainder tyiyn to the largest lines first, so that
    // the shares add up exactly), the tax contained as the tax profile says.
    CartTotals totals(const TaxProfile& tax) const;

    // The tax contained in amounts of standard and VAT-exempt goods.
    static TaxContained taxContained(const TaxProfile& tax, const QList<Money>& amounts,
                                     const QList<QString>& taxGroups);

    // For a parked cart: product ids, quantities, discounts and overrides (names and prices are
    // read again when it is recalled).
    QJsonObject toJson() const;
};

} // namespace ovop
