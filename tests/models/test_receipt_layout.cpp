// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include <catch2/catch.hpp>

#include <algorithm>

#include "models/core/Language.h"
#include "models/sales/ReceiptLayout.h"
#include "receipt_fixture.h"

using namespace ovop;
using Style = ReceiptRow::Style;

namespace {

const QString En = QStringLiteral("en");
const QString Ky = QStringLiteral("ky");
const QString Ru = QStringLiteral("ru");

bool hasRow(const PrintedReceipt& receipt, const ReceiptRow& row)
{
    return receipt.rows.contains(row);
}

// The first row whose left text is exactly `left`.
ReceiptRow rowOf(const PrintedReceipt& receipt, const QString& left)
{
    for (const ReceiptRow& row : receipt.rows)
        if (row.left == left)
            return row;
    return {};
}

QString word(const QString& language, const char* source)
{
    return Language::translate(language, "Receipt", source);
}

const QString Nbsp = QString(QChar(0x00A0));

} // namespace

TEST_CASE("Sale receipt shows the lines and totals in English", "[receipt]")
{
    const PrintedReceipt r = ReceiptLayout::sale(test::receiptSale(En), test::receiptShop(), En, false);
    CHECK(r.number == QStringLiteral("BIS-1-T1-000042"));
    CHECK(r.language == En);
    CHECK_FALSE(r.copy);
    CHECK(hasRow(r, {QStringLiteral("OVOP+1 Бишкек"), {}, Style::Centered}));
    CHECK(hasRow(r, {QStringLiteral("www.ovop.kg"), {}, Style::Centered}));
    CHECK(hasRow(r, {QStringLiteral("Not a fiscal receipt"), {}, Style::Centered}));
    CHECK(hasRow(r, {QStringLiteral("Receipt No."), QStringLiteral("BIS-1-T1-000042"), Style::Normal}));
    CHECK(hasRow(r, {QStringLiteral("Date"), QStringLiteral("14.03.2025 15:07"), Style::Normal}));
    CHECK(hasRow(r, {QStringLiteral("Cashier"), QStringLiteral("Айгүл"), Style::Normal}));

    CHECK(hasRow(r, {QStringLiteral("New felt bag"), {}, Style::Normal}));
    CHECK(hasRow(r, {QStringLiteral("  2 × 1,850.00 som"), QStringLiteral("3,700.00 som"), Style::Normal}));
    CHECK(hasRow(r, {QStringLiteral("  Discount"), QStringLiteral("-370.00 som"), Style::Normal}));
    CHECK(hasRow(r, {QStringLiteral("  1.5 kg × 800.00 som"), QStringLiteral("1,200.00 som"), Style::Normal}));
    // No English name: the Russian one (LocalizedText's fall-back).
    CHECK(hasRow(r, {QStringLiteral("Пояс ормок ручной работы"), {}, Style::Normal}));

    CHECK(hasRow(r, {QStringLiteral("Subtotal"), QStringLiteral("5,800.50 som"), Style::Normal}));
    CHECK(hasRow(r, {QStringLiteral("Discount"), QStringLiteral("-370.00 som"), Style::Normal}));
    CHECK(hasRow(r, {QStringLiteral("TOTAL"), QStringLiteral("5,430.50 som"), Style::Large}));
    CHECK(hasRow(r, {QStringLiteral("Including VAT 12%"), QStringLiteral("581.84 som"), Style::Small}));
    CHECK(hasRow(r, {QStringLiteral("Including sales tax 1%"), QStringLiteral("53.77 som"), Style::Small}));
    CHECK(hasRow(r, {QStringLiteral("Card Visa ••1234"), QStringLiteral("2,000.00 som"), Style::Normal}));
    CHECK(hasRow(r, {QStringLiteral("Cash"), QStringLiteral("4,000.00 som"), Style::Normal}));
    CHECK(hasRow(r, {QStringLiteral("Change"), QStringLiteral("569.50 som"), Style::Bold}));
    CHECK(hasRow(r, {QStringLiteral("BIS-1-T1-000042"), {}, Style::Barcode}));
    // The total comes after the lines and before the payments.
    const auto at = [&](const QString& left) {
        return std::find_if(r.rows.cbegin(), r.rows.cend(), [&](const ReceiptRow& row) { return row.left == left; }) -
               r.rows.cbegin();
    };
    CHECK(at(QStringLiteral("Not a fiscal receipt")) < at(QStringLiteral("Receipt No.")));
    CHECK(at(QStringLiteral("New felt bag")) < at(QStringLiteral("TOTAL")));
    CHECK(at(QStringLiteral("TOTAL")) < at(QStringLiteral("Cash")));
}

TEST_CASE("Sale receipt shows the village and producer under each line", "[receipt]")
{
    const PrintedReceipt en = ReceiptLayout::sale(test::receiptSale(En), test::receiptShop(), En, false);
    CHECK(hasRow(en, {QStringLiteral("  Bokonbaev · Айгүл Жаңыбаева"), {}, Style::Small}));
    CHECK(hasRow(en, {QStringLiteral("  Kazybek · Пасека «Нарын»"), {}, Style::Small}));
    CHECK(hasRow(en, {QStringLiteral("  Нурзада Өмүрбекова"), {}, Style::Small})); // no village known
    const PrintedReceipt ky = ReceiptLayout::sale(test::receiptSale(), test::receiptShop(), Ky, false);
    CHECK(hasRow(ky, {QStringLiteral("Жаңы кийиз баштык"), {}, Style::Normal}));
    CHECK(hasRow(ky, {QStringLiteral("  Бөкөнбаев · Айгүл Жаңыбаева"), {}, Style::Small}));
    // Each line: its name, then its quantity, then its provenance.
    const qsizetype name = ky.rows.indexOf(ReceiptRow{QStringLiteral("Тоо балы"), {}, Style::Normal});
    REQUIRE(name > 0);
    CHECK(ky.rows.at(name + 1).right ==
          QStringLiteral("1") + Nbsp + QStringLiteral("200,00") + Nbsp + QStringLiteral("сом"));
    CHECK(ky.rows.at(name + 2) == ReceiptRow{QStringLiteral("  Казыбек · Пасека «Нарын»"), {}, Style::Small});
}

TEST_CASE("Sale receipt speaks the language asked for whatever the screen speaks", "[receipt]")
{
    REQUIRE(Language::current() == En);
    const PrintedReceipt ru = ReceiptLayout::sale(test::receiptSale(Ru), test::receiptShop(), Ru, false);
    const PrintedReceipt ky = ReceiptLayout::sale(test::receiptSale(), test::receiptShop(), Ky, false);
    // Units and money already have their Russian and Kyrgyz words.
    CHECK(hasRow(ru, {QStringLiteral("  1,5 кг × 800,00") + Nbsp + QStringLiteral("сом"),
                      QStringLiteral("1") + Nbsp + QStringLiteral("200,00") + Nbsp + QStringLiteral("сом"),
                      Style::Normal}));
    CHECK(hasRow(ky, {QStringLiteral("  1,5 кг × 800,00") + Nbsp + QStringLiteral("сом"),
                      QStringLiteral("1") + Nbsp + QStringLiteral("200,00") + Nbsp + QStringLiteral("сом"),
                      Style::Normal}));
    CHECK(hasRow(ru, {QStringLiteral("Мёд горный"), {}, Style::Normal}));
    // The receipt's own words come from that language's translations (English until translated).
    const QString total = QStringLiteral("5") + Nbsp + QStringLiteral("430,50") + Nbsp + QStringLiteral("сом");
    CHECK(hasRow(ru, {word(Ru, "TOTAL"), total, Style::Large}));
    CHECK(hasRow(ky, {word(Ky, "TOTAL"), total, Style::Large}));
    CHECK(hasRow(ky, {word(Ky, "Not a fiscal receipt"), {}, Style::Centered}));
    CHECK(hasRow(ky, {word(Ky, "Including VAT %1%").arg(QStringLiteral("12")),
                      QStringLiteral("581,84") + Nbsp + QStringLiteral("сом"), Style::Small}));
    // Same rows, same styles, in every language.
    const PrintedReceipt en = ReceiptLayout::sale(test::receiptSale(En), test::receiptShop(), En, false);
    REQUIRE(ky.rows.size() == en.rows.size());
    for (qsizetype i = 0; i < ky.rows.size(); ++i)
        CHECK(ky.rows.at(i).style == en.rows.at(i).style);
}

TEST_CASE("A reprinted receipt says COPY at the top and the bottom", "[receipt]")
{
    const PrintedReceipt first = ReceiptLayout::sale(test::receiptSale(En), test::receiptShop(), En, false);
    const PrintedReceipt copy = ReceiptLayout::sale(test::receiptSale(En), test::receiptShop(), En, true);
    const ReceiptRow mark{QStringLiteral("*** COPY ***"), {}, Style::Centered};
    CHECK(copy.copy);
    CHECK(copy.rows.first() == mark);
    CHECK(copy.rows.last() == mark);
    CHECK(copy.rows.count(mark) == 2);
    CHECK_FALSE(first.rows.contains(mark));
    CHECK(copy.rows.mid(1, copy.rows.size() - 2) == first.rows);
    const PrintedReceipt z = ReceiptLayout::zReport(test::receiptZReport(), test::receiptShop(), En, true);
    CHECK(z.rows.first() == mark);
    CHECK(z.rows.last() == mark);
}

TEST_CASE("Return receipt names the sale it returns against", "[receipt]")
{
    const PrintedReceipt r = ReceiptLayout::saleReturn(test::receiptReturn(), test::receiptShop(), En, false);
    CHECK(r.number == QStringLiteral("BIS-1-T1-000043"));
    CHECK(hasRow(r, {QStringLiteral("RETURN"), {}, Style::Large}));
    CHECK(hasRow(r, {QStringLiteral("Return No."), QStringLiteral("BIS-1-T1-000043"), Style::Normal}));
    CHECK(hasRow(r, {QStringLiteral("Against receipt No."), QStringLiteral("BIS-1-T1-000042"), Style::Normal}));
    CHECK(hasRow(r, {QStringLiteral("Approved by"), QStringLiteral("Нурлан"), Style::Normal}));
    CHECK(hasRow(r, {QStringLiteral("Mountain honey"), {}, Style::Normal}));
    CHECK(hasRow(r, {QStringLiteral("  0.5"), QStringLiteral("-400.00 som"), Style::Normal}));
    CHECK(hasRow(r, {QStringLiteral("  Damaged"), {}, Style::Small}));
    CHECK(hasRow(r, {QStringLiteral("REFUND"), QStringLiteral("400.00 som"), Style::Large}));
    CHECK(hasRow(r, {QStringLiteral("Cash"), QStringLiteral("400.00 som"), Style::Normal}));
    CHECK(hasRow(r, {QStringLiteral("BIS-1-T1-000043"), {}, Style::Barcode}));
    CHECK_FALSE(hasRow(r, {QStringLiteral("BIS-1-T1-000042"), {}, Style::Barcode}));
}

TEST_CASE("X report adds up the shift so far", "[receipt]")
{
    const QDateTime at(QDate(2025, 3, 14), QTime(14, 0));
    const PrintedReceipt x = ReceiptLayout::xReport(test::receiptShiftTotals(), test::receiptShop(), En, at);
    CHECK(hasRow(x, {QStringLiteral("X REPORT"), {}, Style::Large}));
    CHECK(hasRow(x, {QStringLiteral("Not a fiscal document"), {}, Style::Centered}));
    CHECK(hasRow(x, {QStringLiteral("Printed at"), QStringLiteral("14.03.2025 14:00"), Style::Normal}));
    CHECK(hasRow(x, {QStringLiteral("Till"), QStringLiteral("BIS-1-T1"), Style::Normal}));
    CHECK(hasRow(x, {QStringLiteral("Shift"), QStringLiteral("7"), Style::Normal}));
    CHECK(hasRow(x, {QStringLiteral("Opened at"), QStringLiteral("14.03.2025 09:00"), Style::Normal}));
    CHECK(hasRow(x, {QStringLiteral("Opened by"), QStringLiteral("Айгүл"), Style::Normal}));
    CHECK(hasRow(x, {QStringLiteral("Opening float"), QStringLiteral("5,000.00 som"), Style::Normal}));
    CHECK(hasRow(x, {QStringLiteral("Cash sales"), QStringLiteral("3,430.50 som"), Style::Normal}));
    CHECK(hasRow(x, {QStringLiteral("Cash refunds"), QStringLiteral("-400.00 som"), Style::Normal}));
    CHECK(hasRow(x, {QStringLiteral("Cash in"), QStringLiteral("1,000.00 som"), Style::Normal}));
    CHECK(hasRow(x, {QStringLiteral("Cash out"), QStringLiteral("-500.00 som"), Style::Normal}));
    CHECK(hasRow(x, {QStringLiteral("Expected cash"), QStringLiteral("8,530.50 som"), Style::Bold}));
    CHECK(hasRow(x, {QStringLiteral("Sales: 1"), QStringLiteral("5,430.50 som"), Style::Normal}));
    CHECK(hasRow(x, {QStringLiteral("Returns: 1"), QStringLiteral("-400.00 som"), Style::Normal}));
    // By method: cash before card, whatever order the map keeps.
    const qsizetype cash = x.rows.indexOf(ReceiptRow{QStringLiteral("Cash"), QStringLiteral("3,030.50 som")});
    const qsizetype card = x.rows.indexOf(ReceiptRow{QStringLiteral("Card"), QStringLiteral("2,000.00 som")});
    CHECK(cash > 0);
    CHECK(card == cash + 1);
    CHECK_FALSE(hasRow(x, {QStringLiteral("Cash count"), {}, Style::Bold}));
}

TEST_CASE("Z report lists the cash count by denomination", "[receipt]")
{
    const PrintedReceipt z = ReceiptLayout::zReport(test::receiptZReport(), test::receiptShop(), Ru, false);
    const auto som = [](const char* amount) { return QString::fromUtf8(amount) + Nbsp + QStringLiteral("сом"); };
    CHECK(z.number == QStringLiteral("Z-3"));
    CHECK(hasRow(z, {word(Ru, "Z REPORT No. %1").arg(3), {}, Style::Large}));
    CHECK(hasRow(z, {word(Ru, "Closed at"), QStringLiteral("14.03.2025 20:05"), Style::Normal}));
    CHECK(hasRow(z, {word(Ru, "Closed by"), QStringLiteral("Нурлан"), Style::Normal}));
    const QStringList expected = {QStringLiteral("5000 × 1 ="), QStringLiteral("2000 × 1 ="),
                                  QStringLiteral("1000 × 1 ="), QStringLiteral("500 × 1 ="),
                                  QStringLiteral("20 × 1 ="),   QStringLiteral("5 × 1 ="),
                                  QStringLiteral("1 × 4 ="),    QStringLiteral("0,50 × 2 =")};
    QStringList denominations;
    for (const ReceiptRow& row : z.rows)
        if (row.left.contains(QStringLiteral(" × ")) && row.left.endsWith(QLatin1Char('=')))
            denominations << row.left;
    CHECK(denominations == expected); // largest first, none counted zero times (200 som)
    CHECK(rowOf(z, QStringLiteral("5000 × 1 =")).right == som("5\u00A0000,00"));
    CHECK(rowOf(z, QStringLiteral("1 × 4 =")).right == som("4,00"));
    CHECK(rowOf(z, QStringLiteral("0,50 × 2 =")).right == som("1,00"));
    CHECK(hasRow(z, {word(Ru, "Counted cash"), som("8\u00A0530,00"), Style::Bold}));
    CHECK(hasRow(z, {word(Ru, "Difference"), som("-0,50"), Style::Bold}));
    CHECK(hasRow(z, {word(Ru, "Expected cash"), som("8\u00A0530,50"), Style::Bold}));
}

TEST_CASE("Receipt as plain text keeps to its width and cuts nothing off", "[receipt]")
{
    const PrintedReceipt r = ReceiptLayout::sale(test::receiptSale(), test::receiptShop(), Ky, true);
    for (int width : {32, 42, 48}) {
        const QString text = ReceiptLayout::toText(r, width);
        const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString& line : lines)
            CHECK(line.size() <= width);
        CHECK(lines.contains(QString(width, QLatin1Char('-'))));
        // The total on the right edge of its line, the number of the barcode row centred.
        const QString total = QStringLiteral("5") + Nbsp + QStringLiteral("430,50") + Nbsp + QStringLiteral("сом");
        const auto totalLine = std::find_if(lines.cbegin(), lines.cend(),
                                            [&](const QString& l) { return l.startsWith(word(Ky, "TOTAL")); });
        REQUIRE(totalLine != lines.cend());
        CHECK(totalLine->endsWith(total));
        CHECK(totalLine->size() == width);
        CHECK(lines.contains(QString((width - 15) / 2, QLatin1Char(' ')) + QStringLiteral("BIS-1-T1-000042")));
        CHECK(lines.first().trimmed() == QStringLiteral("*** %1 ***").arg(word(Ky, "COPY")));
        // Every word of the long name is there, over as many lines as it needs.
        for (const QString& w : QStringLiteral("Өрмөк кур, Ү үлгүсү, кол менен токулган").split(QLatin1Char(' ')))
            CHECK(text.contains(w));
    }
    // A word longer than the paper runs on to the next line.
    PrintedReceipt narrow;
    narrow.rows = {{QStringLiteral("Жаңыкийизбаштыкжанакалпакжанаширдак"), QStringLiteral("10,00"), Style::Normal}};
    const QStringList lines = ReceiptLayout::toText(narrow, 16).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    CHECK(lines.join(QString()).remove(QLatin1Char(' ')) == QStringLiteral("Жаңыкийизбаштыкжанакалпакжанаширдак10,00"));
    for (const QString& line : lines)
        CHECK(line.size() <= 16);
}
