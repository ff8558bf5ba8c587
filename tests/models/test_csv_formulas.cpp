// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include <catch2/catch.hpp>

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

// The lines of a written file without the BOM, split at CRLF.
QList<QByteArray> writtenLines(const CsvWriter& writer)
{
    QByteArray bytes = writer.toBytes();
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    bytes.remove(0, 3);
    REQUIRE(bytes.endsWith("\r\n"));
    bytes.chop(2);
    return bytes.split('\n');
}

} // namespace

TEST_CASE("CSV writer: a cell a spreadsheet would run as a formula gets a leading apostrophe", "[csv][export]")
{
    CsvWriter w;
    const QStringList cells = row({"=HYPERLINK(\"http://x\",\"y\")", "+996 555 123 456", "-", "@SUM(A1)", "\tx",
                                   "1250.50", "plain", "'=was quoted", " =after a space", "it's", "a=b", "-5 som"});
    w.addRow(cells);
    const QList<QByteArray> lines = writtenLines(w);
    REQUIRE(lines.size() == 1);
    // The first cell is quoted for its comma and quotes, the apostrophe inside the quotes.
    CHECK(lines.first() == "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\","
                           "'+996 555 123 456,'-,'@SUM(A1),'\tx,1250.50,plain,"
                           "''=was quoted,' =after a space,it's,a=b,'-5 som");

    // Read back, every cell is what was written: exactly one apostrophe comes off, and only where
    // the writer put it.
    auto table = Csv::parse(QByteArray("h1,h2,h3,h4,h5,h6,h7,h8,h9,h10,h11,h12\r\n") + w.toBytes().sliced(3));
    REQUIRE(table.ok());
    REQUIRE(table->records.size() == 1);
    CHECK(table->records.first().fields == cells);
}

TEST_CASE("CSV writer: a carriage return or line feed at the start is neutralised too, and reads back", "[csv][export]")
{
    CsvWriter w;
    w.addRow(row({"\r=1+1", "\n@x"}));
    CHECK(w.toBytes().sliced(3) == "\"'\r=1+1\",\"'\n@x\"\r\n");
    // A quoted line break is read as "\n", and the apostrophe before it comes off.
    auto table = Csv::parse(QByteArray("a,b\r\n") + w.toBytes().sliced(3));
    REQUIRE(table.ok());
    REQUIRE(table->records.size() == 1);
    CHECK(table->records.first().fields == row({"\n=1+1", "\n@x"}));
}

TEST_CASE("CSV reader: an apostrophe a user typed before ordinary text is kept", "[csv]")
{
    auto table = Csv::parse("a,b,c\r\n'quoted,'42,'\r\n");
    REQUIRE(table.ok());
    REQUIRE(table->records.size() == 1);
    CHECK(table->records.first().fields == row({"'quoted", "'42", "'"}));
}
