// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include "models/catalog/Producer.h"
#include "models/core/Money.h"
#include "models/core/Quantity.h"
#include "models/core/Result.h"

namespace ovop {

class Database;
class Transaction;
struct Session;

// One line of goods a producer brought.
struct ReceivingLine
{
    QString productId;
    Quantity quantity;             // more than zero; whole for goods sold by the piece
    std::optional<Money> unitCost; // per unit; required when the goods are bought
    QString batch;                 // required for products kept by batch, refused for others
    QDate expiresOn;               // required with a batch
};

// What a manager enters for a delivery from one producer.
struct ReceivingRequest
{
    QString producerId; // or producerCode
    QString producerCode;
    QDate date;                           // invalid: today
    std::optional<Producer::Terms> terms; // empty: the producer's own terms
    QString supplierDocument;             // the producer's exempt-seller document or delivery note
    QString note;
    QList<ReceivingLine> lines;
};

// A delivery as recorded.
struct Receiving
{
    QString id;
    QString number; // "BIS-1-T1-RCV-000001"
    QString producerId;
    QString producerCode;
    QString producerName;
    Producer::Terms terms = Producer::Terms::Consignment;
    QDate date;
    QString supplierDocument;
    QString note;
    Money costTotal; // what the goods cost when bought; zero on consignment
    QList<ReceivingLine> lines;
    QDateTime at;
    QString userId;
};

// Receiving goods from producers: one document per delivery, one stock movement per line, all in
// one transaction with its number (RCV) and its audit entry (stock.receiving). Needs ManageStock.
class ReceivingService
{
    Q_DECLARE_TR_FUNCTIONS(ReceivingService)

public:
    static constexpr int MaxTextLength = 500;

    explicit ReceivingService(Database& db);

    Result<Receiving> receive(const Session& actor, const ReceivingRequest& request);
    // A recorded delivery by its number, with its lines.
    Result<Receiving> find(const QString& number) const;

    // Writes the document (its lines are the caller's movements) and gives it its number, inside
    // the caller's unit of work; the caller has checked the permission and audits.
    static Status storeDocument(Database& db, const Transaction& unit, Receiving& doc);

private:
    Database& m_db;
};

} // namespace ovop
