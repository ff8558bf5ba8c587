// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include "models/core/Money.h"
#include "models/core/Quantity.h"
#include "models/core/Result.h"

namespace ovop {

class Database;
class Transaction;
struct Session;

// One movement of stock: appended, never changed or deleted (triggers refuse UPDATE and DELETE).
// A correction is a new movement (an adjustment, a return).
struct StockMovement
{
    // What moved the goods; the sign of the quantity follows from it (adjust and stocktake: either).
    enum class Kind { Receive, Sale, Return, Adjust, Damage, Stocktake, TransferOut, TransferIn, ProducerReturn };
    // The kind of document a movement belongs to: a receiving, a sale...
    enum class Document { Receiving, Sale, Return, Adjustment, Stocktake, Transfer, ProducerReturn };

    QString id;
    QString productId;
    Quantity quantity; // signed: positive into the shop, negative out of it
    Kind kind = Kind::Receive;
    Document document = Document::Receiving;
    QString documentId; // empty for movements recorded before documents existed
    int documentLine = 0;
    QString batch;                 // empty when the product is not kept by batch
    QDate expiresOn;               // invalid when the goods do not expire
    std::optional<Money> unitCost; // per unit, when known
    QString producerId;            // the producer at the time
    QString reason;
    QDateTime at;
    QString userId;
    QString originShop;
    QString originDevice;

    static QString kindKey(Kind kind); // "receive", "sale", ..., "transfer_out", "producer_return"
    static std::optional<Kind> kindFromKey(const QString& key);
    static QString documentKey(Document document); // "receiving", "sale", ..., "producer_return"
    static std::optional<Document> documentFromKey(const QString& key);
    static Document documentOf(Kind kind); // the document a kind of movement belongs to
};

// One line of a document that moves stock: what StockLedger::record appends.
struct MovementLine
{
    QString productId;
    Quantity quantity; // signed as the kind requires
    StockMovement::Kind kind = StockMovement::Kind::Receive;
    QString documentId; // the sale, receiving, stocktake... this line belongs to
    // The kind of that document when it is not the movement kind's own (StockMovement::documentOf):
    // the write-off of goods returned damaged belongs to the return.
    std::optional<StockMovement::Document> document;
    int documentLine = 1;
    QString batch;
    QDate expiresOn;
    std::optional<Money> unitCost;
    QString reason;
};

// What is on hand of a product in one batch (the empty batch for goods not kept by batch).
struct StockLevel
{
    QString productId;
    QString batch;
    Quantity quantity;
    QDate expiresOn;
};

// The stock ledger: movements appended with the document that caused them, and the quantity on
// hand kept beside them (stock_levels, updated in the same transaction by a trigger, checked
// against the ledger by levelProblems()).
class StockLedger
{
    Q_DECLARE_TR_FUNCTIONS(StockLedger)

public:
    static constexpr int MaxReasonLength = 500;
    static constexpr int MaxBatchLength = 60;

    explicit StockLedger(Database& db);

    Result<Quantity> onHand(const QString& productId) const;
    // On-hand quantity of every product that ever moved, by product id.
    Result<QHash<QString, Quantity>> onHandAll() const;
    Result<QList<StockLevel>> levels(const QString& productId) const;
    Result<bool> hasMovements(const QString& productId) const;
    Result<QList<StockMovement>> movements(const QString& productId) const;

    // Goods of one product received from its producer as a receiving document of one line, without
    // the delivery form's rules on batches (the demo's opening stock; deliveries go through
    // ReceivingService): Permission::ManageStock, quantity positive and whole for products sold by
    // the piece; purchased when a cost is given, on consignment otherwise. Audited (stock.receive).
    struct Receiving
    {
        QString batch;
        QDate expiresOn;
        std::optional<Money> unitCost;
    };
    Result<StockMovement> receive(const Session& actor, const QString& productId, Quantity quantity,
                                  const QString& reason, const Receiving& details = {});

    // The internal step behind every movement: appends one line inside the caller's unit of work
    // (which must be open), reading the product there. The caller has checked the permission and
    // writes the audit entry of its document.
    Result<StockMovement> record(const Transaction& unit, const Session& actor, const MovementLine& line);

    // Where the kept levels differ from the sums of the ledger, translated; empty when they agree.
    Result<QStringList> levelProblems() const;
    // Movements naming a document (receiving, sale, return, ...) that does not exist, translated.
    Result<QStringList> documentProblems() const;

private:
    Database& m_db;
};

} // namespace ovop
