// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QByteArray>
#include <QChar>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include "models/core/Result.h"

namespace ovop {

// One record of a CSV file and the physical line (1-based) of the file where it starts, so that
// a problem can be reported as "line 17" even when quoted fields span several lines.
struct CsvRecord
{
    int line = 0;
    QStringList fields;

    // The field at index, or an empty string when the record is shorter (or index is negative).
    QString field(int index) const { return index >= 0 && index < fields.size() ? fields.at(index) : QString(); }
};

// A CSV file as read: how it was encoded and delimited, its header row and its records.
struct CsvTable
{
    enum class Encoding { Utf8, Utf8WithBom, Utf16, Windows1251 };

    Encoding encoding = Encoding::Utf8;
    QChar delimiter = QLatin1Char(',');
    int headerLine = 0;
    QStringList header;
    QList<CsvRecord> records; // after the header; blank lines are left out

    // Index of the header column named name (case-insensitive, spaces around ignored), or -1.
    int column(const QString& name) const;
};

// Reads CSV as Excel and LibreOffice save it: UTF-8 with or without BOM, UTF-16 with BOM, or
// Windows-1251 (Excel in a Russian locale); comma, semicolon or tab delimited (found from the
// header line); quoted fields holding delimiters, doubled quotes and line breaks; CRLF, LF or CR.
// A field that CsvWriter neutralised with a leading apostrophe is read back without it.
class Csv
{
    Q_DECLARE_TR_FUNCTIONS(Csv)

public:
    // Files larger than this are refused; no more than this (and one byte) is ever read.
    static constexpr qint64 MaxFileBytes = 100LL * 1024 * 1024;

    struct Decoded
    {
        QString text;
        CsvTable::Encoding encoding = CsvTable::Encoding::Utf8;
    };

    // Byte order mark: UTF-8 (or UTF-16); else valid UTF-8; else Windows-1251 when the bytes are
    // Windows-1251 text as a whole. A UTF-8 file with a byte that is not UTF-8 (a mix of encodings)
    // is refused with the line of that byte, as is a byte that Windows-1251 does not define.
    static Result<Decoded> decode(const QByteArray& bytes);
    // The delimiter that occurs most often outside quotes in the first line: ',' ';' or '\t'.
    static QChar detectDelimiter(QStringView text);
    // Splits decoded text into records. An unterminated quote is refused with its line. A field
    // neutralised by CsvWriter::escape loses its leading apostrophe (see startsLikeFormula).
    static Result<QList<CsvRecord>> split(QStringView text, QChar delimiter);

    // decode + detectDelimiter + split; the first non-blank record is the header.
    static Result<CsvTable> parse(const QByteArray& bytes);
    static Result<CsvTable> readFile(const QString& path);
    // Reads a whole regular file with a translated refusal when it cannot be read, is not a regular
    // file (a folder, a device, a pipe) or is larger than MaxFileBytes.
    static Result<QByteArray> readBytes(const QString& path);

    static QString encodingName(CsvTable::Encoding encoding); // "UTF-8", "Windows-1251", ...

    // True when a spreadsheet would run the text as a formula (OWASP "CSV injection"): it starts
    // with = + - @, a tab, a carriage return or a line feed, after any spaces. Leading apostrophes
    // are skipped first, so that a text that already starts with one is neutralised too and every
    // text reads back as it was written.
    static bool startsLikeFormula(QStringView text);
};

// Writes CSV that Excel and LibreOffice open correctly in any locale: UTF-8 with a BOM, the given
// delimiter (comma by default), fields quoted only where needed, CRLF line ends.
class CsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(CsvWriter)

public:
    explicit CsvWriter(QChar delimiter = QLatin1Char(','));

    void addRow(const QStringList& fields);
    int rowCount() const { return m_rows; }
    // The file contents: BOM followed by the UTF-8 text.
    QByteArray toBytes() const; // saved through SafeFile (store/FileGuard.h)

    // The field as it goes into the file: with an apostrophe in front when Csv::startsLikeFormula
    // (a spreadsheet then shows it as text), then quoted, with quotes doubled, when it holds the
    // delimiter, a quote, a line break, or spaces at either end. The exporters write numbers that
    // never start with a sign, so only text is ever neutralised.
    static QString escape(const QString& field, QChar delimiter);

private:
    QChar m_delimiter;
    QString m_text;
    int m_rows = 0;
};

} // namespace ovop
