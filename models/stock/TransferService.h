// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include "models/catalog/LocalizedText.h"
#include "models/core/Quantity.h"
#include "models/core/Result.h"
#include "models/stock/TransferFile.h"

namespace ovop {

class Database;
class Transaction;
struct Session;

// One line of goods to send: a product by barcode or SKU, or by id.
struct TransferItem
{
    QString code;
    QString productId; // used when not empty, else code
    Quantity quantity;
};

struct TransferLineView
{
    int lineNo = 0;
    QString productId;
    QString sku;
    LocalizedText name;
    QString batch;
    QDate expiresOn;
    Quantity sent;
    std::optional<Quantity> received; // known once the goods arrived (at the sender: once confirmed)
};

// A transfer as this shop knows it.
struct Transfer
{
    enum class Direction { Out, In };
    enum class State { Sent, Received, ReceivedWithDifferences };

    QString transferId;
    QString number; // the sending shop's number
    Direction direction = Direction::Out;
    QString fromShop;
    QString toShop;
    QDateTime sentAt;
    QString fileSha256;
    State state = State::Sent;
    Quantity sent;       // the sum of the lines sent
    Quantity received;   // the sum of the lines received, once known
    int differences = 0; // lines received with another quantity than sent
    QList<TransferLineView> lines;

    static QString directionKey(Direction direction); // "out", "in"
    static QString stateKey(State state);             // "sent", "received", "received_with_differences"
    static QString stateText(State state);            // translated
};

// What opening a file did.
struct TransferReceipt
{
    enum class Outcome { Received, Confirmed, AlreadyReceived, AlreadyConfirmed };
    Outcome outcome = Outcome::Received;
    Transfer transfer;
};

// Goods sent to another shop of the network with a transfer file, and received from one. Every call
// needs Permission::ManageStock.
class TransferService
{
    Q_DECLARE_TR_FUNCTIONS(TransferService)

public:
    explicit TransferService(Database& db);

    // Sends goods to the shop toShop: the goods leave the stock (first-expiring batches first) and the
    // transfer file is written to path, in one unit of work. Audited (transfer.out).
    Result<Transfer> send(const Session& actor, const QString& toShop, const QList<TransferItem>& items,
                          const QString& path, bool overwrite = false);

    // A transfer file read and checked for this shop, without changing anything (what the receiving
    // screen shows): refused when damaged, addressed to another shop or naming unknown products.
    Result<TransferFile::Contents> preview(const QString& path);

    // Opens a transfer file addressed to this shop: the goods arrive with the received quantities
    // (by line number; lines not named arrive as sent). Or a confirmation of a transfer this shop
    // sent: the received quantities are recorded. The same file twice changes nothing. When
    // confirmationPath is given, the receiving shop's confirmation is written there. Audited
    // (transfer.in, transfer.confirmation).
    Result<TransferReceipt> receive(const Session& actor, const QString& path, const QMap<int, Quantity>& received = {},
                                    const QString& confirmationPath = {}, bool overwrite = false);

    // The received quantities by line for the given codes (barcode or SKU) and quantities, as the
    // command line names them: a product sent in several batches is received first into its first
    // lines, up to what each carried.
    Result<QMap<int, Quantity>> receivedByCode(const TransferDocument& transfer,
                                               const QList<TransferItem>& items) const;

    Result<QList<Transfer>> list(const Session& actor) const;
    Result<Transfer> find(const QString& transferId, Transfer::Direction direction) const;

    // Writes the confirmation of a transfer this shop received.
    Status writeConfirmation(const QString& transferId, const QString& path, bool overwrite = false);

private:
    Result<TransferFile::Contents> checked(const TransferFile::Contents& contents) const;
    Result<TransferReceipt> confirm(const Session& actor, const TransferConfirmation& confirmation,
                                    const QString& sha256);

    Database& m_db;
};

} // namespace ovop
