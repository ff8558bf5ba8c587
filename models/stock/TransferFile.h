// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include "models/catalog/LocalizedText.h"
#include "models/core/Quantity.h"
#include "models/core/Result.h"

namespace ovop {

// The files that carry a transfer between two shops (on a USB stick, by messenger or e-mail):
//
// A transfer file, written by the sending shop:
//   {
//     "format": "ovop-transfer", "version": 1,
//     "content": {
//       "transfer_id": UUID, "number": "BIS-1-T1-TRF-000001",
//       "from_shop": {"code": "BIS-1", "name": "..."}, "to_shop": "KAR-1",
//       "sent_at": "2025-03-14T10:00:00.000Z", "user": "manager",
//       "lines": [{"line": 1, "product_id": UUID, "sku": "HNY-001", "barcode": "...",
//                  "name_ky": "...", "name_ru": "...", "name_en": "...", "batch": "" or "B-12",
//                  "expires_on": "" or "YYYY-MM-DD", "quantity": thousandths of the unit,
//                  "unit": "pcs" | "kg" | "m"}, ...]
//     },
//     "sha256": hex SHA-256 of "content" written as compact JSON with its keys sorted
//   }
// A confirmation, written by the receiving shop and opened by the sending shop:
//   {
//     "format": "ovop-transfer-confirmation", "version": 1,
//     "content": {
//       "transfer_id": UUID, "number": the sender's number, "from_shop": "BIS-1",
//       "to_shop": {"code": "KAR-1", "name": "..."}, "received_at": time, "user": "manager",
//       "lines": [{"line": 1, "sku": "...", "sent": thousandths, "received": thousandths}, ...]
//     },
//     "sha256": as above
//   }
// A file whose content does not hash to its sha256 was damaged or changed and is refused.
struct TransferFileLine
{
    int lineNo = 0;
    QString productId;
    QString sku;
    QString barcode;
    LocalizedText name;
    QString batch;
    QDate expiresOn;
    Quantity quantity;
    QString unit; // "pcs", "kg", "m"
};

struct TransferDocument
{
    QString transferId;
    QString number;
    QString fromCode;
    QString fromName;
    QString toCode;
    QDateTime sentAt;
    QString user;
    QList<TransferFileLine> lines;
};

struct ConfirmationLine
{
    int lineNo = 0;
    QString sku;
    Quantity sent;
    Quantity received;
};

struct TransferConfirmation
{
    QString transferId;
    QString number;
    QString fromCode;
    QString toCode;
    QString toName;
    QDateTime receivedAt;
    QString user;
    QList<ConfirmationLine> lines;
};

class TransferFile
{
    Q_DECLARE_TR_FUNCTIONS(TransferFile)

public:
    static constexpr int Version = 1;
    static const QString TransferFormat;     // "ovop-transfer"
    static const QString ConfirmationFormat; // "ovop-transfer-confirmation"
    static constexpr qint64 MaxFileSize = 16 * 1024 * 1024;

    // What a file held: a transfer or a confirmation, and the hash of its content.
    struct Contents
    {
        bool isConfirmation = false;
        TransferDocument transfer;
        TransferConfirmation confirmation;
        QString sha256;
    };

    static QByteArray toBytes(const TransferDocument& transfer, QString* sha256 = nullptr);
    static QByteArray toBytes(const TransferConfirmation& confirmation, QString* sha256 = nullptr);
    // Refused with a translated message when the bytes are not a whole transfer file or
    // confirmation of this version, or when the content does not match its hash.
    static Result<Contents> parse(const QByteArray& bytes);
    static Result<Contents> read(const QString& path);
    // Writes the bytes atomically (a file appears whole or not at all). Refused with
    // ErrorKind::Conflict when the file exists and overwrite is false.
    static Status write(const QString& path, const QByteArray& bytes, bool overwrite = false);

    static QString hashOf(const QJsonObject& content);
};

} // namespace ovop
