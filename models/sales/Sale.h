// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <optional>

#include <QDateTime>
#include <QList>
#include <QString>

#include "models/catalog/LocalizedText.h"
#include "models/catalog/Product.h"
#include "models/core/Money.h"
#include "models/core/Quantity.h"

namespace ovop {

// How a customer paid (part of) a sale, or how a return was refunded.
enum class PaymentMethod { Cash, Card, Qr };

// The card schemes a till records.
enum class CardScheme { Elcart, Visa, Mastercard, UnionPay, Other };

struct PaymentMethods
{
    static QString key(PaymentMethod method); // "cash", "card", "qr"
    static std::optional<PaymentMethod> fromKey(const QString& key);
    static QString schemeKey(CardScheme scheme); // "elcart", "visa", "mastercard", "unionpay", "other"
    static std::optional<CardScheme> schemeFromKey(const QString& key);
    static QString schemeName(CardScheme scheme); // "Elcart", "Visa", ... (brand names); empty for Other
};

// One payment of a sale. For cash, amount is what the customer handed over; the sale's change
// comes back from the cash. Card and QR payments are never more than what is left to pay.
struct Payment
{
    PaymentMethod method = PaymentMethod::Cash;
    Money amount;
    std::optional<CardScheme> scheme = {}; // card only
    QString cardDetail = {};               // card: last four digits or the authorisation code, optional
    QString reference = {};                // QR: the bank's reference, optional
    QString qrLink = {};                   // QR: the link that was shown to the customer
};

// A discount as the cashier typed it: a percentage (basis points, 1000 = 10%) or an amount.
struct Discount
{
    enum class Kind { None, Percent, Amount };
    Kind kind = Kind::None;
    int basisPoints = 0; // Percent
    Money amount;        // Amount
    bool isNone() const { return kind == Kind::None; }
    static Discount percent(int basisPoints) { return {Kind::Percent, basisPoints, {}}; }
    static Discount fixed(Money amount) { return {Kind::Amount, 0, amount}; }
    // What it takes off an amount (never more than the amount), rounded half away from zero.
    Money of(Money gross) const;
};

// One line of a committed sale, as it was sold (names and provenance as they were then).
struct SaleLine
{
    int lineNo = 1;
    QString productId;
    QString sku;
    QString barcode;
    LocalizedText name;
    Unit unit = Unit::Piece;
    Quantity quantity;
    Money unitPrice;        // tax included; the catalogue's price, or the approved override
    Money catalogPrice;     // the catalogue's price at the time (differs when overridden)
    Money lineDiscount;     // the line's own discount
    Money cartDiscountShare; // this line's part of the cart discount
    Money amount;           // unitPrice x quantity - lineDiscount - cartDiscountShare
    QString taxGroup;
    QString producerId;
    QString producerName;
    LocalizedText villageName;
    Quantity returned; // how much of it came back in returns so far (read, not stored on the line)

    Money gross() const { return unitPrice.times(quantity); }
    Money discount() const { return lineDiscount + cartDiscountShare; }
};

// The tax contained in a total, per kind (domain.md: VAT when the shop pays it, sales tax).
struct TaxContained
{
    Money vat;
    int vatRateBp = 0; // 0 when the shop does not pay VAT
    Money salesTax;
    int salesTaxRateBp = 0;
    Money total() const { return vat + salesTax; }
};

// A committed sale: appended once, never changed. A return is a document of its own.
struct Sale
{
    QString id;
    QString receipt;   // SHOP-DEVICE-NNNNNN
    qint64 receiptSeq = 0;
    QString shiftId;
    int shiftNumber = 0;
    QDateTime at;      // local time of the sale
    QString userId;
    QString cashierName; // as people call the cashier
    QString language;  // the receipt's language
    QList<SaleLine> lines;
    QList<Payment> payments;
    Money gross;       // the lines before any discount
    Money discount;    // every discount (lines and cart)
    Money total;       // what the customer owes: gross - discount
    Money paid;        // sum of payments
    Money change;      // paid - total, from cash only
    TaxContained tax;
    QString originShop;
    QString originDevice;
};

// One line of a return: what came back of one line of the sale.
struct ReturnLine
{
    int lineNo = 1;
    int saleLineNo = 1;
    QString productId;
    QString sku;
    LocalizedText name;
    Quantity quantity; // positive: what came back
    Money amount;      // refunded for it
    bool damaged = false;
};

// A committed return against a sale: its own receipt number, appended once, never changed.
struct SaleReturn
{
    QString id;
    QString receipt;     // its own number, from the same series as sales
    QString saleId;
    QString saleReceipt; // the receipt of the sale it returns against
    QString shiftId;
    QDateTime at;
    QString userId;
    QString cashierName;
    QString approvedBy; // the manager's name when one approved, else empty
    QString language;
    QList<ReturnLine> lines;
    QList<Payment> refunds; // how the money went back
    Money total;
    TaxContained tax;
    QString originShop;
    QString originDevice;
};

} // namespace ovop
