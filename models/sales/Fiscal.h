// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <memory>

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include "models/core/Clock.h"
#include "models/core/Money.h"
#include "models/core/Result.h"

namespace ovop {

class Database;

// A sale or a return as the fiscal register is told of it.
struct FiscalDocument
{
    QString documentType; // "sale" | "return"
    QString documentId;
    QString receipt;
    Money total;
    QDateTime at;
};

// What the register answered for a document it registered.
struct FiscalAnswer
{
    QString fiscalNumber;
    QString registerNumber;
    QString qrPayload; // what the receipt's fiscal QR code holds: the tax service's check link
    QDateTime at;
};

// A paired online cash register (ККМ with a fiscal module, domain.md): one adapter per model.
// submit() may take long or fail; it is never called inside a transaction.
class FiscalRegister
{
public:
    virtual ~FiscalRegister() = default;
    virtual QString name() const = 0;
    virtual Result<FiscalAnswer> submit(const FiscalDocument& document) = 0;
};

// A register that registers everything, for the demo and the tests: fiscal numbers counted up,
// register number "SIM-" and the device, a check link with the fiscal number, receipt and total.
// It fails on demand (setFailing); a new one starts failing when the environment variable
// OVOP_FISCAL_SIMULATE is "fail".
class SimulatedRegister : public FiscalRegister
{
    Q_DECLARE_TR_FUNCTIONS(SimulatedRegister)

public:
    explicit SimulatedRegister(QString deviceId, qint64 firstNumber = 1, const Clock& clock = Clock::system());
    // A register for this database's till whose numbers continue after those it already gave.
    static Result<std::unique_ptr<SimulatedRegister>> forTill(Database& db);

    QString name() const override;
    Result<FiscalAnswer> submit(const FiscalDocument& document) override;

    void setFailing(bool failing) { m_failing = failing; }
    bool failing() const { return m_failing; }
    QString registerNumber() const;

private:
    QString m_deviceId;
    qint64 m_next;
    const Clock& m_clock;
    bool m_failing = false;
};

// The fiscal link of a sale or a return: its last attempt (none: not sent).
struct FiscalStatus
{
    enum class State { NotSent, Sent, Failed };
    State state = State::NotSent;
    QString documentType;
    QString documentId;
    QString receipt;
    QString fiscalNumber;
    QString registerNumber;
    QString qrPayload;
    QDateTime fiscalAt;
    QString error;
    int attempts = 0;

    static QString stateKey(State state); // "not_sent", "sent", "failed"
};

// Sends sales and returns to the fiscal register and keeps each attempt (fiscal_attempts, append
// only). Selling never waits on it: the till sends a document after the sale's commit, and what
// could not be sent is sent again later by retry().
class FiscalService
{
    Q_DECLARE_TR_FUNCTIONS(FiscalService)

public:
    FiscalService(Database& db, FiscalRegister& fiscalRegister);

    // Submits the document, outside any transaction, then appends one attempt (sent or failed).
    // A document already sent is not sent again. The register's refusal is returned after it was
    // recorded as a failed attempt.
    Status send(const QString& documentType, const QString& documentId);
    // The document's fiscal status (NotFound when there is no such sale or return).
    Result<FiscalStatus> status(const QString& documentId) const;
    // Every sale and return of this till with its last attempt, oldest first; failedOnly: only
    // those not sent yet (never tried, or the last attempt failed).
    Result<QList<FiscalStatus>> list(bool failedOnly) const;
    // Sends every document of this till not sent yet; returns how many are sent now. One that the
    // register refuses does not stop the others.
    Result<int> retry();

private:
    Database& m_db;
    FiscalRegister& m_register;
};

} // namespace ovop
