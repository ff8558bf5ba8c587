// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QObject>
#include <QString>

namespace ovop {
class Database;
struct Sale;
}

namespace ovop::ui {

// What happens after a sale was committed, without the cashier waiting for it: the sale goes to
// the fiscal register from a worker thread with a connection of its own (a failure stays listed
// for a retry on the till page), and the receipt goes to the system's default printer when there
// is one.
class AfterSale : public QObject
{
    Q_OBJECT

public:
    AfterSale(Database& db, QObject* parent);

    void handle(const Sale& sale);
    // Waits for the fiscal sends still running (tests, and before the window closes).
    void waitForFiscal();

Q_SIGNALS:
    // The register's answer for a sale: empty when it was sent, else why not (translated).
    void fiscalDone(const QString& receipt, const QString& problem);

private:
    void sendToFiscalRegister(const QString& documentId, const QString& receipt);
    void printReceipt(const Sale& sale);

    Database& m_db;
    QString m_path;
};

} // namespace ovop::ui
