// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QString>

#include "models/core/Result.h"

namespace ovop {

class Database;
class Transaction;

// The numbers of stock and money documents, one series per shop, device and kind of document:
// "BIS-1-T1-RCV-000001". A number is taken inside the document's own transaction (so a number is
// never given twice, and a document rolled back gives its number back).
class DocumentNumbers
{
public:
    enum class Kind { Receiving, Adjustment, Stocktake, Transfer, ProducerReturn, Statement, Payout };

    static QString key(Kind kind);    // "receiving", ... as stored in document_numbers
    static QString prefix(Kind kind); // "RCV", "ADJ", "STK", "TRF", "PRT", "STM", "PAY"

    // Takes the next number of this device for a document; the unit of work must be open.
    static Result<QString> take(Database& db, const Transaction& unit, Kind kind, const QString& documentId);
};

} // namespace ovop
