// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include <catch2/catch.hpp>

#include <QStringEncoder>

#include "models/io/Csv.h"

using namespace ovop;

namespace {

QStringList row(std::initializer_list<const char*> fields)
{
    QStringList list;
    for (const char* f : fields)
        list << QString::fromUtf8(f);
    return list;
}

QByteArray cp1251(const QString& text)
{
    QStringEncoder encoder("windows-1251");
    REQUIRE(encoder.isValid());
    QByteArray bytes = encoder.encode(text);
    REQUIRE_FALSE(encoder.hasError());
    return bytes;
}

} // namespace

TEST_CASE("CSV encoding: a UTF-8 file with a bad byte is refused with the line of that byte", "[csv][encoding]")
{
    SECTION("without BOM")
    {
        const QByteArray bytes = QByteArray("sku,name_ru,price\r\nA-1,Мёд,100\r\nA-2,Сыр ") + '\xFF' + ",5\r\n";
        auto t = Csv::parse(bytes);
        INFO(t.message().toStdString());
        REQUIRE_FALSE(t.ok());
        CHECK(t.message().contains(QStringLiteral("Line 3")));
    }
    SECTION("with BOM, after a quoted line break")
    {
        const QByteArray bytes =
            QByteArray("\xEF\xBB\xBFsku,story_ru\r\nA-1,\"Мёд\r\nс гор ") + '\xC3' + "\"\r\nA-2,x\r\n";
        auto t = Csv::parse(bytes);
        INFO(t.message().toStdString());
        REQUIRE_FALSE(t.ok());
        CHECK(t.message().contains(QStringLiteral("Line 3")));
    }
    SECTION("a Windows-1251 row pasted into a UTF-8 file")
    {
        const QByteArray bytes =
            QByteArray("sku,name_ru\nA-1,Войлочные тапочки\nA-2,Кийиз\nA-3,") + cp1251(QStringLiteral("Мёд")) + "\n";
        auto t = Csv::parse(bytes);
        INFO(t.message().toStdString());
        REQUIRE_FALSE(t.ok());
        CHECK(t.message().contains(QStringLiteral("Line 4")));
    }
}

TEST_CASE("CSV encoding: Windows-1251 is read only when the whole file is Windows-1251 text", "[csv][encoding]")
{
    SECTION("letters that happen to form UTF-8 sequences do not make it UTF-8")
    {
        // "Мё" is CC B8 in Windows-1251, which is also a valid two-byte UTF-8 sequence.
        const QString text = QStringLiteral("sku;name_ru\r\nH-1;Мёд «Бал», 250 г\r\nH-2;ТОВАР»\r\n");
        auto t = Csv::parse(cp1251(text));
        INFO(t.message().toStdString());
        REQUIRE(t.ok());
        CHECK(t->encoding == CsvTable::Encoding::Windows1251);
        REQUIRE(t->records.size() == 2);
        CHECK(t->records[0].fields == row({"H-1", "Мёд «Бал», 250 г"}));
        CHECK(t->records[1].fields == row({"H-2", "ТОВАР»"}));
    }
    SECTION("a byte that Windows-1251 does not define is refused with its line")
    {
        const QByteArray bytes = cp1251(QStringLiteral("sku;name_ru\r\nA-1;Мед\r\nA-2;Сыр")) + '\x98' + "\r\n";
        auto t = Csv::parse(bytes);
        INFO(t.message().toStdString());
        REQUIRE_FALSE(t.ok());
        CHECK(t.message().contains(QStringLiteral("Line 3")));
    }
    SECTION("UTF-16 with a BOM is still read")
    {
        const QString text = QStringLiteral("sku\tname_ky\r\nK-1\tҮй\r\n");
        QByteArray bytes("\xFF\xFE", 2);
        bytes.append(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
        auto t = Csv::parse(bytes);
        REQUIRE(t.ok());
        CHECK(t->encoding == CsvTable::Encoding::Utf16);
    }
}
