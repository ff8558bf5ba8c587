// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "models/core/Result.h"
#include "models/sales/Sale.h"

namespace ovop {

class Database;
struct Approval;
struct Session;

// What a customer brings back of one sale.
struct ReturnRequest
{
    enum class RefundTo { Original, Cash };
    struct Line
    {
        int saleLineNo = 1;
        Quantity quantity;
    };
    QString receipt; // the sale's receipt number
    QList<Line> lines;
    RefundTo refundTo = RefundTo::Original;
    bool damaged = false; // the goods go to damaged stock, not back on the shelf
    QString language;     // the return receipt's; empty: the sale's
};

// Returns against a sale. Never more of a line than was sold, across all earlier returns; the
// money of each line comes back in proportion to what the line cost after its discounts (the last
// of a line returns exactly what is left of it); refunded to the sale's own payments (card and QR
// first, up to what they paid, then cash) or all in cash. A return above the shop's
// return_approval_limit needs a manager's approval. One transaction: the return, its lines and
// refunds, a stock movement per line (back on the shelf, or back and written off as damaged), its
// own receipt number from the till's series, its audit entry (and the approval's). Needs an open
// shift on this till.
class ReturnService
{
    Q_DECLARE_TR_FUNCTIONS(ReturnService)

public:
    explicit ReturnService(Database& db);

    Result<SaleReturn> refund(const Session& actor, const ReturnRequest& request, const Approval* approval = nullptr);
    // A return by its own receipt number.
    Result<SaleReturn> find(const QString& receipt) const;
    // The returns made against a sale, oldest first.
    Result<QList<SaleReturn>> forSale(const QString& saleId) const;

    // What returning quantity of a line refunds, when returnedBefore of it came back already.
    static Money refundFor(const SaleLine& line, Quantity returnedBefore, Quantity quantity);

private:
    Database& m_db;
};

} // namespace ovop
