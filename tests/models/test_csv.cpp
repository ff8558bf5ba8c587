// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

#include "models/io/Csv.h"
#include "models/store/FileGuard.h"

using namespace ovop;

namespace {

QString fixture(const char* name)
{
    return QStringLiteral(OVOP_TEST_DATA_DIR "/csv/") + QString::fromUtf8(name);
}

CsvTable readFixture(const char* name)
{
    auto table = Csv::readFile(fixture(name));
    INFO(name << ": " << table.message().toStdString());
    REQUIRE(table.ok());
    return table.value();
}

QStringList row(std::initializer_list<const char*> fields)
{
    QStringList list;
    for (const char* f : fields)
        list << QString::fromUtf8(f);
    return list;
}

// The table that every "basic" fixture holds, whatever its encoding, delimiter or line ends.
void checkBasicTable(const CsvTable& t)
{
    CHECK(t.header == row({"sku", "name_ru", "name_en", "price"}));
    CHECK(t.headerLine == 1);
    REQUIRE(t.records.size() == 3);
    CHECK(t.records[0].line == 2);
    CHECK(t.records[0].fields == row({"FELT-001", "Войлочные тапочки", "Felt slippers", "1250,50"}));
    CHECK(t.records[1].line == 3);
    CHECK(t.records[1].fields == row({"HONEY-250", "Мёд «Бал», 250 г", "Honey, 250 g", "450"}));
    CHECK(t.records[2].line == 4);
    CHECK(t.records[2].fields == row({"SOAP-01", "Мыло из козьего молока", "Goat-milk soap", "180"}));
}

} // namespace

TEST_CASE("CSV: UTF-8 with BOM, comma, CRLF", "[csv]")
{
    const auto t = readFixture("basic-utf8-bom-comma-crlf.csv");
    CHECK(t.encoding == CsvTable::Encoding::Utf8WithBom);
    CHECK(t.delimiter == QLatin1Char(','));
    checkBasicTable(t);
}

TEST_CASE("CSV: UTF-8 without BOM, comma, CRLF", "[csv]")
{
    const auto t = readFixture("basic-utf8-comma-crlf.csv");
    CHECK(t.encoding == CsvTable::Encoding::Utf8);
    CHECK(t.delimiter == QLatin1Char(','));
    checkBasicTable(t);
}

TEST_CASE("CSV: UTF-8, semicolon, LF", "[csv]")
{
    const auto t = readFixture("basic-utf8-semicolon-lf.csv");
    CHECK(t.encoding == CsvTable::Encoding::Utf8);
    CHECK(t.delimiter == QLatin1Char(';'));
    checkBasicTable(t);
}

TEST_CASE("CSV: Windows-1251 as Excel saves it in a Russian locale", "[csv]")
{
    const auto t = readFixture("basic-cp1251-semicolon-crlf.csv");
    CHECK(t.encoding == CsvTable::Encoding::Windows1251);
    CHECK(t.delimiter == QLatin1Char(';'));
    checkBasicTable(t);
}

TEST_CASE("CSV: UTF-16 with BOM (Excel's \"Unicode text\")", "[csv]")
{
    const QString text = QStringLiteral("sku\tname_ky\r\nK-1\tҢ Ө Ү\r\n");
    QByteArray bytes("\xFF\xFE", 2);
    bytes.append(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
    auto t = Csv::parse(bytes);
    REQUIRE(t.ok());
    CHECK(t->encoding == CsvTable::Encoding::Utf16);
    CHECK(t->delimiter == QLatin1Char('\t'));
    REQUIRE(t->records.size() == 1);
    CHECK(t->records[0].fields == row({"K-1", "Ң Ө Ү"}));
}

TEST_CASE("CSV: quoted delimiters, doubled quotes and line breaks keep their starting line", "[csv]")
{
    const auto t = readFixture("quoted-semicolon-crlf.csv");
    CHECK(t.delimiter == QLatin1Char(';'));
    REQUIRE(t.records.size() == 3);
    CHECK(t.records[0].line == 2);
    CHECK(t.records[0].fields == row({"A-1", "Шырдак; малый", "He said \"hello\"", "10000"}));
    CHECK(t.records[1].line == 3);
    CHECK(t.records[1].fields == row({"A-2", "Ормок\nлента", "two\n\nparagraphs", "500,5"}));
    CHECK(t.records[2].line == 7);
    CHECK(t.records[2].fields == row({"A-3", "plain", "", "7"}));
}

TEST_CASE("CSV: an unterminated quote is refused with the line where it opened", "[csv]")
{
    auto t = Csv::readFile(fixture("unterminated-quote.csv"));
    REQUIRE_FALSE(t.ok());
    CHECK(t.message().contains(QStringLiteral("Line 3")));
}

TEST_CASE("CSV: blank lines and rows of empty cells are skipped, line numbers stay physical", "[csv]")
{
    const auto t = readFixture("blank-lines.csv");
    CHECK(t.headerLine == 2);
    REQUIRE(t.records.size() == 2);
    CHECK(t.records[0].line == 4);
    CHECK(t.records[1].line == 6);
    CHECK(t.records[1].fields == row({"C-2", "Wood", "200"}));
}

TEST_CASE("CSV: the delimiter is found in the header line, outside quotes", "[csv]")
{
    CHECK(Csv::detectDelimiter(u"sku;name;price\na,b,c,d,e") == QLatin1Char(';'));
    CHECK(Csv::detectDelimiter(u"\"a;b;c\",name\n") == QLatin1Char(','));
    CHECK(Csv::detectDelimiter(u"sku") == QLatin1Char(','));
    CHECK(Csv::detectDelimiter(u"\r\n\r\nsku;price") == QLatin1Char(';'));
    CHECK(Csv::detectDelimiter(u"sku\tname\tprice,x") == QLatin1Char('\t'));
}

TEST_CASE("CSV: edge cases of records", "[csv]")
{
    SECTION("lone CR line ends and a missing final line end")
    {
        auto t = Csv::parse("a,b\rc,d\re,f");
        REQUIRE(t.ok());
        REQUIRE(t->records.size() == 2);
        CHECK(t->records[1].line == 3);
        CHECK(t->records[1].fields == row({"e", "f"}));
    }
    SECTION("a trailing delimiter makes an empty last field; short rows read as empty")
    {
        auto t = Csv::parse("a,b,c\n1,2,\n3\n");
        REQUIRE(t.ok());
        CHECK(t->records[0].fields == row({"1", "2", ""}));
        CHECK(t->records[1].field(0) == QStringLiteral("3"));
        CHECK(t->records[1].field(2).isEmpty());
        CHECK(t->records[1].field(-1).isEmpty());
    }
    SECTION("a quote inside an unquoted field is kept as it is")
    {
        auto t = Csv::parse("a,b\n12\" ruler,x\n");
        REQUIRE(t.ok());
        CHECK(t->records[0].fields == row({"12\" ruler", "x"}));
    }
    SECTION("header names are trimmed and matched case-insensitively")
    {
        auto t = Csv::parse(" SKU , Name_RU \nx,y\n");
        REQUIRE(t.ok());
        CHECK(t->column(QStringLiteral("sku")) == 0);
        CHECK(t->column(QStringLiteral("name_ru")) == 1);
        CHECK(t->column(QStringLiteral("price")) == -1);
    }
    SECTION("an empty file and a file of blank lines are refused")
    {
        CHECK_FALSE(Csv::parse(QByteArray()).ok());
        CHECK_FALSE(Csv::parse("\r\n\r\n,,\r\n").ok());
    }
    SECTION("a missing file is refused with its name")
    {
        auto t = Csv::readFile(QStringLiteral("no-such-file.csv"));
        REQUIRE_FALSE(t.ok());
        CHECK(t.message().contains(QStringLiteral("no-such-file.csv")));
    }
}

TEST_CASE("CSV writer: UTF-8 with BOM, CRLF, quoting only where needed, and reads back the same", "[csv]")
{
    CsvWriter w;
    const QStringList header = row({"sku", "name_ky", "story_ru", "price"});
    const QStringList r1 = row({"K-1", "Төшөк, Ң Ү", "Он сказал \"да\"\nи ушёл", "1250.50"});
    const QStringList r2 = row({"K-2", " leading space", "", "7"});
    w.addRow(header);
    w.addRow(r1);
    w.addRow(r2);
    CHECK(w.rowCount() == 3);
    const QByteArray bytes = w.toBytes();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    CHECK(bytes.contains("sku,name_ky,story_ru,price\r\n"));
    CHECK(bytes.contains(QStringLiteral("K-1,\"Төшөк, Ң Ү\",\"Он сказал \"\"да\"\"\nи ушёл\",1250.50\r\n").toUtf8()));
    CHECK(bytes.endsWith("K-2,\" leading space\",,7\r\n"));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.csv"));
    REQUIRE(SafeFile::write(path, w.toBytes(), Overwrite::Refuse).ok());
    auto t = Csv::readFile(path);
    REQUIRE(t.ok());
    CHECK(t->encoding == CsvTable::Encoding::Utf8WithBom);
    CHECK(t->header == header);
    REQUIRE(t->records.size() == 2);
    CHECK(t->records[0].fields == r1);
    CHECK(t->records[1].fields == r2);
    CHECK(t->records[1].line == 4); // the quoted line break makes record 1 two lines long
}

TEST_CASE("CSV writer: an unwritable path is refused", "[csv]")
{
    CsvWriter w;
    w.addRow(row({"a"}));
    CHECK_FALSE(SafeFile::write(QStringLiteral("/nonexistent-folder/x.csv"), w.toBytes(), Overwrite::Allow).ok());
}
