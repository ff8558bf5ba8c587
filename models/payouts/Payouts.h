// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <optional>

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include "models/catalog/LocalizedText.h"
#include "models/core/Money.h"
#include "models/core/Quantity.h"

namespace ovop {

// The shop's commission on an amount at a rate in basis points (2500 = 25%): amount x bp / 10000,
// rounded half up to the tyiyn, in integers only.
inline Money commissionOf(Money amount, int basisPoints)
{
    __extension__ typedef __int128 Wide;
    const Wide product = static_cast<Wide>(amount.tyiyn()) * basisPoints;
    const Wide rounded = product >= 0 ? (product + 5000) / 10000 : -((-product + 5000) / 10000);
    return Money::fromTyiyn(static_cast<qint64>(rounded));
}

// A producer's own commission for one category of goods, replacing the producer's rate there.
struct CommissionOverride
{
    QString producerId;
    QString categoryKey;
    LocalizedText categoryName;
    int basisPoints = 0;
    QDateTime changedAt;
};

// One sale line or return line a statement settles.
struct StatementLine
{
    enum class Kind { Sale, Return };

    int lineNo = 0;
    Kind kind = Kind::Sale;
    QString documentId; // the sale or the return
    int documentLine = 0;
    QString productId;
    QString sku;
    LocalizedText name;
    Quantity quantity;     // positive, for returns too
    Money amount;          // what the customer paid (a sale) or got back (a return)
    int commissionBp = 0;  // the rate when the statement was made
    Money commission;      // of this line, positive for returns too
    QString saleReceipt;   // the sale's receipt number (of the returned sale for a return)
    QString returnReceipt; // the return's receipt number; empty for a sale
    QDateTime at;          // when sold or returned (local time)

    static QString kindKey(Kind kind) { return kind == Kind::Sale ? QStringLiteral("sale") : QStringLiteral("return"); }
};

// What the shop owes a consignment producer for the goods sold in a period.
struct Statement
{
    QString id;
    QString number; // "BIS-1-T1-STM-000001"
    QString producerId;
    QString producerCode;
    QString producerName;
    LocalizedText village;
    QString paymentDetails;
    QDate from;
    QDate to;
    QList<StatementLine> lines;
    Money gross;      // sum of the sale lines
    Money returns;    // sum of the return lines
    Money commission; // the sales' commission less the returns'
    Money owed;       // gross - returns - commission
    Money paid;       // the payout's amount, zero while unpaid
    QString language;
    QDateTime at;
    QString userName;
    QString payoutNumber; // empty while unpaid

    Money due() const { return owed - paid; }
    bool isPaid() const { return !payoutNumber.isEmpty(); }
};

// Money paid to a producer for one statement.
struct Payout
{
    enum class Method { Cash, Bank, Wallet };

    QString id;
    QString number; // "BIS-1-T1-PAY-000001"
    QString statementId;
    QString statementNumber;
    QString producerId;
    QString producerName;
    Money amount;
    Method method = Method::Cash;
    QString reference;
    QString cashMovementId; // for cash: the drawer's movement out
    QDateTime at;
    QString userName;

    static QString methodKey(Method method);
    static std::optional<Method> methodFromKey(const QString& key);
};

// Unsold goods given back to their producer: one line per product, taken from its batches.
struct ProducerReturnLine
{
    QString productId;
    QString sku;
    LocalizedText name;
    QString batch;
    QDate expiresOn;
    Quantity quantity; // positive: what went back
};

struct ProducerReturn
{
    QString id;
    QString number; // "BIS-1-T1-PRT-000001"
    QString producerId;
    QString producerCode;
    QString producerName;
    LocalizedText village;
    QString note;
    QList<ProducerReturnLine> lines; // one per batch moved
    QDateTime at;
    QString userName;
};

} // namespace ovop
