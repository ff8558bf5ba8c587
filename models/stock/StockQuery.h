// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include "models/catalog/LocalizedText.h"
#include "models/catalog/Product.h"
#include "models/core/Money.h"
#include "models/core/Quantity.h"
#include "models/core/Result.h"
#include "models/stock/StockLedger.h"

namespace ovop {

class Database;

// One batch of a product with stock.
struct BatchStock
{
    QString batch;
    QDate expiresOn; // invalid when unknown
    Quantity onHand;
};

// A product as the stock list shows it.
struct StockRow
{
    QString productId;
    QString sku;
    LocalizedText name;
    QString category;
    LocalizedText categoryName;
    QString producerId;
    QString producerCode;
    QString producerName;
    QString producerPhone;
    QString villageId;
    LocalizedText villageName;
    Unit unit = Unit::Piece;
    bool tracksBatches = false;
    bool active = true;
    Quantity onHand;
    Quantity minLevel; // zero: no minimum
    Money price;
    Money value;               // onHand × price, rounded half up to the tyiyn
    QList<BatchStock> batches; // batches with stock (non-zero), earliest expiry first
    bool low = false;          // a minimum is set and on hand is below it
    bool expired = false;      // a batch in stock expired before today
    bool expiringSoon = false; // a batch in stock expires within ExpiringDays
};

struct StockFilter
{
    QString category;   // key
    QString producerId; // or producerCode
    QString producerCode;
    QString villageId;
    QString text; // words of the SKU, name or producer
    bool lowOnly = false;
    bool expiredOnly = false;
};

struct StockList
{
    QList<StockRow> rows;
    Money totalValue;
    int lowCount = 0;
    int expiredCount = 0;
};

// One line of a product's stock history.
struct StockHistoryEntry
{
    QDateTime at;
    StockMovement::Kind kind = StockMovement::Kind::Receive;
    StockMovement::Document document = StockMovement::Document::Receiving;
    QString documentNumber; // the receiving's, receipt's, adjustment's... number; empty when unknown
    Quantity quantity;
    QString batch;
    QDate expiresOn;
    QString reason; // the adjustment's reason key ("damage"...) when there is one
    QString note;
    QString userName;
};

// Reads of stock for the list, the history and the reorder list. No session: seeing stock needs
// only ViewCatalog, which everyone has.
class StockQuery
{
    Q_DECLARE_TR_FUNCTIONS(StockQuery)

public:
    static constexpr int ExpiringDays = 30;

    explicit StockQuery(Database& db);

    // Active products, and archived ones that still have stock; one query.
    Result<StockList> list(const StockFilter& filter = {}) const;
    // The statement behind list() (its named parameters those of the filter's fields given; the
    // text filter and the low and expired ones are applied to the rows read).
    static QString listSql(const StockFilter& filter = {});
    // Newest first.
    Result<QList<StockHistoryEntry>> history(const QString& productId) const;
    // The product id for a code as typed: a barcode in any spelling or an SKU. NotFound otherwise.
    Result<QString> productIdFor(const QString& code) const;

    static QString kindDisplayName(StockMovement::Kind kind); // translated

private:
    Database& m_db;
};

} // namespace ovop
