// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include "models/core/Result.h"
#include "models/sales/Sale.h"

namespace ovop {

class Database;
class Till;
class Transaction;
struct Session;

// Which sales to list.
struct SaleFilter
{
    QString shiftId; // empty: any shift
    int shiftNumber = 0; // a shift of this till by its number; 0: any
    QDate from;      // invalid: no bound (local dates, inclusive)
    QDate to;
    int limit = 1000;
};

// Commits sales and reads them back.
//
// A sale is one transaction: the sale, its lines, its payments, a stock movement per line, its
// receipt number (the till's next, SHOP-DEVICE-NNNNNN, from the series sales and returns share)
// and its audit entry. It is committed durably (synchronous=FULL) before commit() returns, so that
// nothing is printed or shown as done for a sale that a crash could still take back; a crash at
// any moment leaves the whole sale or none of it.
class SaleService
{
    Q_DECLARE_TR_FUNCTIONS(SaleService)

public:
    static constexpr int MaxDetailLength = 60;

    explicit SaleService(Database& db);

    // The change due for payments of a total, or why the payments cannot complete the sale: a
    // payment of zero, a card or QR payment beyond what is left to pay (only cash gives change),
    // a card without its scheme, too little paid.
    static Result<Money> changeFor(Money total, const QList<Payment>& payments, const QString& language);

    // Sells the till's cart (needs Permission::Sell and an open shift on this till) and empties it.
    // language: the receipt's ("ky", "ru", "en"; empty: the shop's, setting receipt_language).
    Result<Sale> commit(Till& till, const QList<Payment>& payments, const QString& language = {});

    // A sale by its receipt number (as printed, or scanned from the receipt's barcode), with how much
    // of each line came back in returns so far. NotFound when there is none.
    Result<Sale> find(const QString& receipt) const;
    Result<Sale> get(const QString& saleId) const;
    // Sales without their lines and payments, newest first.
    Result<QList<Sale>> list(const SaleFilter& filter = {}) const;

    // The number the till's next sale will most likely get (the next of its series now), for what
    // must show it before the sale is committed: the ELQR link's transaction id. Not reserved.
    Result<QString> nextReceiptNumber() const;

    // The till's next receipt number inside the caller's unit of work: taken, registered for the
    // document, never given again.
    static Result<std::pair<QString, qint64>> takeReceiptNumber(Database& db, const Transaction& unit,
                                                                 const QString& documentType,
                                                                 const QString& documentId);
    // The id and number of the open shift of this till inside the caller's unit, or a refusal that
    // says to open one.
    static Result<std::pair<QString, int>> openShiftIn(Database& db, const Transaction& unit);

private:
    Database& m_db;
};

} // namespace ovop
