// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include "models/core/Quantity.h"
#include "models/core/Result.h"

namespace ovop {

class Database;
struct Session;

// Why stock is corrected outside a sale, a delivery or a count.
enum class AdjustmentReason { Damage, Loss, Sample, Found, Other };

class AdjustmentReasons
{
    Q_DECLARE_TR_FUNCTIONS(AdjustmentReasons)

public:
    static QString key(AdjustmentReason reason); // "damage", "loss", "sample", "found", "other"
    static std::optional<AdjustmentReason> fromKey(const QString& key);
    static QString displayName(AdjustmentReason reason); // translated
    static QList<AdjustmentReason> all();
};

struct AdjustmentRequest
{
    QString productId;
    Quantity quantity; // signed: damage, loss and sample take goods out (negative), found brings them in
    AdjustmentReason reason = AdjustmentReason::Other;
    QString note;    // required for "other"
    QString batch;   // for products kept by batch: empty takes the only batch in stock
    QDate expiresOn; // for goods found of a batch the shop does not have
};

struct Adjustment
{
    QString id;
    QString number; // "BIS-1-T1-ADJ-000001"
    QString productId;
    Quantity quantity;
    AdjustmentReason reason = AdjustmentReason::Other;
    QString note;
    QString batch;
    QDateTime at;
    QString userId;
};

// Corrections of stock with a reason: one document (ADJ number) and one movement (kind damage for
// damaged goods, adjust otherwise), audited (stock.adjustment). Never takes more than is on hand of
// the product (of the batch, for goods kept by batch). Needs ManageStock.
class AdjustmentService
{
    Q_DECLARE_TR_FUNCTIONS(AdjustmentService)

public:
    static constexpr int MaxNoteLength = 500;

    explicit AdjustmentService(Database& db);

    Result<Adjustment> adjust(const Session& actor, const AdjustmentRequest& request);

private:
    Database& m_db;
};

} // namespace ovop
