// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "models/core/Quantity.h"
#include "models/core/Result.h"
#include "models/payouts/Payouts.h"

namespace ovop {

class Database;
struct Session;

// Unsold goods given back to their producer (a consignment producer taking back what did not sell,
// or any producer taking back faulty goods). It moves stock, so it needs Permission::ManageStock
// (as receiving does), not PayProducers. Each product goes out of its first-expiring batches first,
// one stock movement (kind producer_return) per batch; never more than is on hand. One document
// (producer_returns, a PRT number), audited (producer.return).
class ProducerReturnService
{
    Q_DECLARE_TR_FUNCTIONS(ProducerReturnService)

public:
    static constexpr int MaxNoteLength = 500;

    struct Line
    {
        QString productId;
        Quantity quantity;
    };

    explicit ProducerReturnService(Database& db);

    Result<ProducerReturn> giveBack(const Session& actor, const QString& producerId, const QList<Line>& lines,
                                    const QString& note = {});
    // A return by id or number, with its lines (one per batch moved).
    Result<ProducerReturn> find(const Session& actor, const QString& idOrNumber) const;

private:
    Database& m_db;
};

} // namespace ovop
