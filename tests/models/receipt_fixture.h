// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

// A sale, a return and a closed shift made by hand, with fixed dates, for the receipt layout and the
// receipt renderers (their golden printer files depend on every value here).
#include <QDate>
#include <QDateTime>
#include <QTime>

#include "models/sales/Sale.h"
#include "models/sales/Shift.h"
#include "models/settings/ShopSettings.h"

namespace ovop::test {

inline ShopSettings receiptShop()
{
    ShopSettings shop;
    shop.shopCode = QStringLiteral("BIS-1");
    shop.deviceId = QStringLiteral("T1");
    shop.shopName = QStringLiteral("OVOP+1 Бишкек");
    shop.address = QStringLiteral("Бишкек, Чүй проспекти 120");
    shop.receiptHeader = QStringLiteral("Кол өнөрчүлүк дүкөнү\nwww.ovop.kg");
    shop.tax.vatPayer = true;
    return shop;
}

inline SaleLine receiptLine(int no, const LocalizedText& name, Unit unit, qint64 milli, qint64 priceTyiyn,
                            qint64 discountTyiyn, const LocalizedText& village, const QString& producer)
{
    SaleLine line;
    line.lineNo = no;
    line.productId = QStringLiteral("p-%1").arg(no);
    line.name = name;
    line.unit = unit;
    line.quantity = Quantity::fromMilli(milli);
    line.unitPrice = Money::fromTyiyn(priceTyiyn);
    line.catalogPrice = line.unitPrice;
    line.lineDiscount = Money::fromTyiyn(discountTyiyn);
    line.amount = Money::fromTyiyn(priceTyiyn * milli / 1000 - discountTyiyn);
    line.producerName = producer;
    line.villageName = village;
    return line;
}

// Three lines (a felt bag with a 10% discount, honey by weight, a woven band without a village),
// paid by card and cash with change: gross 5 800,50, discount 370,00, total 5 430,50.
inline Sale receiptSale(const QString& language = QStringLiteral("ky"))
{
    Sale sale;
    sale.id = QStringLiteral("sale-42");
    sale.receipt = QStringLiteral("BIS-1-T1-000042");
    sale.receiptSeq = 42;
    sale.shiftNumber = 7;
    sale.at = QDateTime(QDate(2025, 3, 14), QTime(15, 7));
    sale.cashierName = QStringLiteral("Айгүл");
    sale.language = language;
    sale.lines = {
        receiptLine(1,
                    {QStringLiteral("Жаңы кийиз баштык"), QStringLiteral("Новая войлочная сумка"),
                     QStringLiteral("New felt bag")},
                    Unit::Piece, 2000, 185000, 37000,
                    {QStringLiteral("Бөкөнбаев"), QStringLiteral("Бокомбаево"), QStringLiteral("Bokonbaev")},
                    QStringLiteral("Айгүл Жаңыбаева")),
        receiptLine(2, {QStringLiteral("Тоо балы"), QStringLiteral("Мёд горный"), QStringLiteral("Mountain honey")},
                    Unit::Kilogram, 1500, 80000, 0,
                    {QStringLiteral("Казыбек"), QStringLiteral("Казыбек"), QStringLiteral("Kazybek")},
                    QStringLiteral("Пасека «Нарын»")),
        receiptLine(
            3,
            {QStringLiteral("Өрмөк кур, Ү үлгүсү, кол менен токулган"), QStringLiteral("Пояс ормок ручной работы"), {}},
            Unit::Piece, 1000, 90050, 0, {}, QStringLiteral("Нурзада Өмүрбекова")),
    };
    sale.gross = Money::fromTyiyn(580050);
    sale.discount = Money::fromTyiyn(37000);
    sale.total = Money::fromTyiyn(543050);
    Payment card;
    card.method = PaymentMethod::Card;
    card.scheme = CardScheme::Visa;
    card.cardDetail = QStringLiteral("1234");
    card.amount = Money::fromSom(2000);
    Payment cash;
    cash.amount = Money::fromSom(4000);
    sale.payments = {card, cash};
    sale.paid = Money::fromSom(6000);
    sale.change = Money::fromTyiyn(56950);
    sale.tax = {Money::fromTyiyn(58184), 1200, Money::fromTyiyn(5377), 100};
    sale.originShop = QStringLiteral("BIS-1");
    sale.originDevice = QStringLiteral("T1");
    return sale;
}

// The honey of the sale coming back, refunded in cash.
inline SaleReturn receiptReturn()
{
    SaleReturn doc;
    doc.id = QStringLiteral("return-43");
    doc.receipt = QStringLiteral("BIS-1-T1-000043");
    doc.saleId = QStringLiteral("sale-42");
    doc.saleReceipt = QStringLiteral("BIS-1-T1-000042");
    doc.at = QDateTime(QDate(2025, 3, 15), QTime(10, 30));
    doc.cashierName = QStringLiteral("Айгүл");
    doc.approvedBy = QStringLiteral("Нурлан");
    ReturnLine line;
    line.saleLineNo = 2;
    line.name = {QStringLiteral("Тоо балы"), QStringLiteral("Мёд горный"), QStringLiteral("Mountain honey")};
    line.quantity = Quantity::fromMilli(500);
    line.amount = Money::fromSom(400);
    line.damaged = true;
    doc.lines = {line};
    Payment cash;
    cash.amount = Money::fromSom(400);
    doc.refunds = {cash};
    doc.total = Money::fromSom(400);
    doc.tax = {Money::fromTyiyn(4286), 1200, Money::fromTyiyn(396), 100};
    return doc;
}

inline ShiftTotals receiptShiftTotals()
{
    ShiftTotals t;
    t.shiftId = QStringLiteral("shift-7");
    t.shiftNumber = 7;
    t.openedAt = QDateTime(QDate(2025, 3, 14), QTime(9, 0));
    t.openedBy = QStringLiteral("Айгүл");
    t.openingFloat = Money::fromSom(5000);
    t.cashSales = Money::fromTyiyn(343050);
    t.cashRefunds = Money::fromSom(400);
    t.cashIn = Money::fromSom(1000);
    t.cashOut = Money::fromSom(500);
    t.expectedCash = Money::fromTyiyn(500000 + 343050 - 40000 + 100000 - 50000);
    t.salesCount = 1;
    t.salesTotal = Money::fromTyiyn(543050);
    t.returnsCount = 1;
    t.returnsTotal = Money::fromSom(400);
    t.discountsTotal = Money::fromSom(370);
    t.byMethod = {{QStringLiteral("cash"), Money::fromTyiyn(303050)}, {QStringLiteral("card"), Money::fromSom(2000)}};
    return t;
}

// Counted 50 tyiyn short of what was expected (8 530,50).
inline ZReport receiptZReport()
{
    ZReport z;
    z.id = QStringLiteral("z-3");
    z.zNumber = 3;
    z.totals = receiptShiftTotals();
    // 5000 + 2000 + 1000 + 500 + 20 + 5 + 4 x 1 + 2 x 0,50 som; no 200 som notes.
    z.counted = {{500000, 1}, {200000, 1}, {100000, 1}, {50000, 1}, {20000, 0}, {2000, 1}, {500, 1}, {100, 4}, {50, 2}};
    z.countedCash = Money::fromTyiyn(853000);
    z.difference = z.countedCash - z.totals.expectedCash;
    z.closedAt = QDateTime(QDate(2025, 3, 14), QTime(20, 5));
    z.closedBy = QStringLiteral("Нурлан");
    return z;
}

} // namespace ovop::test
