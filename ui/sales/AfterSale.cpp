// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "ui/sales/AfterSale.h"

#include <QPrinter>
#include <QPrinterInfo>
#include <QThreadPool>
#include <QtConcurrent>

#include "models/sales/Fiscal.h"
#include "models/sales/ReceiptLayout.h"
#include "models/sales/Sale.h"
#include "models/settings/ShopSettings.h"
#include "models/store/Database.h"
#include "ui/documents/ReceiptRenderer.h"

namespace ovop::ui {

namespace {

QThreadPool& fiscalPool()
{
    // One document at a time, in the order sold.
    static QThreadPool* pool = [] {
        auto* p = new QThreadPool;
        p->setMaxThreadCount(1);
        return p;
    }();
    return *pool;
}

} // namespace

AfterSale::AfterSale(Database& db, QObject* parent) : QObject(parent), m_db(db), m_path(db.path()) {}

void AfterSale::handle(const Sale& sale)
{
    sendToFiscalRegister(sale.id, sale.receipt);
    printReceipt(sale);
}

void AfterSale::sendToFiscalRegister(const QString& documentId, const QString& receipt)
{
    const QString path = m_path;
    QPointer<AfterSale> self(this);
    const QFuture<void> sending = QtConcurrent::run(&fiscalPool(), [path, documentId, receipt, self] {
        QString problem;
        auto db = Database::open(path);
        if (!db) {
            problem = db.message();
        } else {
            auto fiscalRegister = SimulatedRegister::forTill(*db.value());
            const Status sent = fiscalRegister
                                    ? FiscalService(*db.value(), *fiscalRegister.value()).send(QStringLiteral("sale"),
                                                                                                documentId)
                                    : Status(fiscalRegister.error());
            if (!sent)
                problem = sent.message();
        }
        QMetaObject::invokeMethod(
            qApp,
            [self, receipt, problem] {
                if (self)
                    Q_EMIT self->fiscalDone(receipt, problem);
            },
            Qt::QueuedConnection);
    });
    Q_UNUSED(sending) // waited for by waitForFiscal(); the answer comes as fiscalDone()
}

void AfterSale::waitForFiscal()
{
    fiscalPool().waitForDone();
}

void AfterSale::printReceipt(const Sale& sale)
{
    const QPrinterInfo printer = QPrinterInfo::defaultPrinter();
    if (printer.isNull())
        return; // no printer: the cashier prints it from the sale page when asked
    auto settings = SettingsService(m_db).load();
    if (!settings)
        return;
    QPrinter device(printer);
    if (auto printed =
            ReceiptRenderer::print(&device, ReceiptLayout::sale(sale, settings.value(), sale.language, false));
        !printed)
        qWarning("The receipt of %s was not printed: %s", qPrintable(sale.receipt), qPrintable(printed.message()));
}

} // namespace ovop::ui
