// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// The demo's till: a closed shift with sales, a return and its Z report, and an open shift with a
// few sales, so that the sale, return and shift screens are not empty.
#include "models/demo/DemoSales.h"

#include "models/demo/DemoShop.h"

#include <random>

#include "models/people/Session.h"
#include "models/sales/Fiscal.h"
#include "models/sales/ReturnService.h"
#include "models/sales/SaleService.h"
#include "models/sales/ShiftService.h"
#include "models/sales/Till.h"
#include "models/settings/ShopSettings.h"
#include "models/store/Database.h"

namespace ovop {

namespace {

const char* const DemoSkus[] = {"FLT-001", "FLT-002", "FLT-003", "FLT-004", "FLT-005", "TEX-001", "FLT-010",
                                "FLT-020", "FLT-030"};

// The count of a drawer holding amount: the largest notes first.
QMap<qint64, int> countOf(Money amount)
{
    QMap<qint64, int> out;
    qint64 left = amount.tyiyn();
    for (qint64 denomination : cashDenominations()) {
        if (left >= denomination) {
            out.insert(denomination, int(left / denomination));
            left %= denomination;
        }
    }
    return out;
}

Status sellSome(Database& db, const Session& cashier, const ShopSettings& settings, int count, std::mt19937& random,
                QList<Sale>* sold)
{
    SaleService sales(db);
    for (int i = 0; i < count; ++i) {
        Till till(db, cashier, settings);
        const int lines = 1 + int(random() % 3);
        for (int l = 0; l < lines; ++l) {
            const char* sku = DemoSkus[random() % (sizeof(DemoSkus) / sizeof(DemoSkus[0]))];
            auto added = till.addCode(QString::fromLatin1(sku), Quantity::fromUnits(1 + qint64(random() % 2)));
            if (!added && added.error().kind != ErrorKind::NotFound)
                return added.error();
        }
        if (till.cart().isEmpty())
            continue;
        const Money total = till.totals().total;
        Payment payment{PaymentMethod::Cash, Money::fromTyiyn((total.tyiyn() + 49999) / 50000 * 50000)};
        switch (random() % 3) {
        case 1:
            payment = Payment{PaymentMethod::Card, total, i % 2 ? CardScheme::Visa : CardScheme::Elcart,
                              QStringLiteral("%1").arg(1000 + int(random() % 9000))};
            break;
        case 2:
            payment = Payment{PaymentMethod::Qr, total};
            payment.reference = QStringLiteral("QR%1").arg(100000 + int(random() % 900000));
            break;
        default:
            break;
        }
        const QString language = QStringList{QStringLiteral("ky"), QStringLiteral("ru"), QStringLiteral("en")}.at(
            int(random() % 3));
        auto sale = sales.commit(till, {payment}, language);
        if (!sale)
            return sale.error();
        if (sold)
            *sold << sale.value();
    }
    return {};
}

} // namespace

Status seedDemoSales(Database& db, const Session& cashier)
{
    auto settings = SettingsService(db).load();
    if (!settings)
        return settings.error();
    std::mt19937 random(20261202);
    ShiftService shifts(db);
    if (auto opened = shifts.open(cashier, Money::fromSom(2000)); !opened)
        return opened.error();
    QList<Sale> first;
    if (auto done = sellSome(db, cashier, settings.value(), 14, random, &first); !done)
        return done;
    if (!first.isEmpty()) {
        ReturnRequest back;
        back.receipt = first.first().receipt;
        back.lines << ReturnRequest::Line{1, Quantity::fromUnits(1)};
        back.refundTo = ReturnRequest::RefundTo::Cash;
        if (auto returned = ReturnService(db).refund(cashier, back); !returned)
            return returned.error();
    }
    if (auto done = shifts.cashOut(cashier, Money::fromSom(300), DemoShop::tr("Water for the shop")); !done)
        return done;
    auto totals = shifts.totals();
    if (!totals)
        return totals.error();
    if (auto closed = shifts.close(cashier, countOf(totals->expectedCash)); !closed)
        return closed.error();
    if (auto opened = shifts.open(cashier, Money::fromSom(2000)); !opened)
        return opened.error();
    if (auto done = sellSome(db, cashier, settings.value(), 4, random, nullptr); !done)
        return done;
    // The demo's receipts went to the (simulated) fiscal register, as a till's do after each sale.
    auto fiscalRegister = SimulatedRegister::forTill(db);
    if (!fiscalRegister)
        return fiscalRegister.error();
    auto sent = FiscalService(db, *fiscalRegister.value()).retry();
    return sent ? Status() : Status(sent.error());
}

} // namespace ovop
