// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "models/io/Csv.h"

#include <algorithm>

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include "models/store/FileGuard.h"

namespace ovop {

namespace {

constexpr QChar Quote = QLatin1Char('"');
constexpr QChar Cr = QLatin1Char('\r');
constexpr QChar Lf = QLatin1Char('\n');

bool startsWith(const QByteArray& bytes, const char* prefix, qsizetype size)
{
    return bytes.size() >= size && bytes.first(size) == QByteArray::fromRawData(prefix, size);
}

bool isBlank(const CsvRecord& record)
{
    for (const auto& f : record.fields)
        for (const QChar c : f)
            if (!c.isSpace())
                return false;
    return true;
}

// The length of the well-formed UTF-8 sequence of two to four bytes at p (RFC 3629: no overlong
// form, no surrogate, nothing above U+10FFFF), or 0.
int sequenceLength(const uchar* p, qsizetype available)
{
    const uchar lead = p[0];
    int length = 0;
    uchar low = 0x80;
    uchar high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        low = lead == 0xE0 ? 0xA0 : 0x80;
        high = lead == 0xED ? 0x9F : 0xBF;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        low = lead == 0xF0 ? 0x90 : 0x80;
        high = lead == 0xF4 ? 0x8F : 0xBF;
    } else {
        return 0;
    }
    if (available < length || p[1] < low || p[1] > high)
        return 0;
    for (int k = 2; k < length; ++k)
        if (p[k] < 0x80 || p[k] > 0xBF)
            return 0;
    return length;
}

// What the bytes hold as UTF-8: well-formed sequences of several bytes, and bytes that belong to
// none (the first of them at firstInvalid, -1 when there is none).
struct Utf8Scan
{
    qsizetype multiByte = 0;
    qsizetype invalid = 0;
    qsizetype firstInvalid = -1;
};

Utf8Scan scanUtf8(QByteArrayView bytes)
{
    Utf8Scan scan;
    const auto* p = reinterpret_cast<const uchar*>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        if (p[i] < 0x80) {
            ++i;
        } else if (const int length = sequenceLength(p + i, n - i); length > 0) {
            ++scan.multiByte;
            i += length;
        } else {
            if (scan.firstInvalid < 0)
                scan.firstInvalid = i;
            ++scan.invalid;
            ++i;
        }
    }
    return scan;
}

// The line (1-based) of the byte at offset, counting line breaks as split() does: CRLF, LF or CR.
int lineOf(QByteArrayView bytes, qsizetype offset)
{
    int line = 1;
    for (qsizetype i = 0; i < offset && i < bytes.size(); ++i) {
        if (bytes[i] == '\n')
            ++line;
        else if (bytes[i] == '\r' && (i + 1 >= bytes.size() || bytes[i + 1] != '\n'))
            ++line;
    }
    return line;
}

bool isFormulaStart(QChar c)
{
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('@') ||
           c == QLatin1Char('\t') || c == Cr || c == Lf;
}

// The field as written by CsvWriter::escape, without the apostrophe it put in front.
QString withoutNeutraliser(QString field)
{
    if (field.startsWith(QLatin1Char('\'')) && Csv::startsLikeFormula(field))
        field.remove(0, 1);
    return field;
}

} // namespace

int CsvTable::column(const QString& name) const
{
    const QString wanted = name.trimmed();
    for (int i = 0; i < header.size(); ++i)
        if (header.at(i).trimmed().compare(wanted, Qt::CaseInsensitive) == 0)
            return i;
    return -1;
}

QString Csv::encodingName(CsvTable::Encoding encoding)
{
    switch (encoding) {
    case CsvTable::Encoding::Utf8:
        return QStringLiteral("UTF-8");
    case CsvTable::Encoding::Utf8WithBom:
        return QStringLiteral("UTF-8 (BOM)");
    case CsvTable::Encoding::Utf16:
        return QStringLiteral("UTF-16");
    case CsvTable::Encoding::Windows1251:
        return QStringLiteral("Windows-1251");
    }
    return {};
}

Result<Csv::Decoded> Csv::decode(const QByteArray& bytes)
{
    const auto notUtf8 = [](QByteArrayView utf8, qsizetype offset) {
        return Error{tr("Line %1: the file is in UTF-8, but this line holds a byte that is not UTF-8 (perhaps text "
                        "pasted from a file in another encoding). Correct the line, save the file as \"CSV UTF-8\" "
                        "and import it again.")
                         .arg(lineOf(utf8, offset))};
    };
    if (startsWith(bytes, "\xEF\xBB\xBF", 3)) {
        const QByteArrayView body = QByteArrayView(bytes).sliced(3);
        if (const Utf8Scan scan = scanUtf8(body); scan.invalid > 0)
            return notUtf8(body, scan.firstInvalid);
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString text = utf8.decode(body);
        return Decoded{std::move(text), CsvTable::Encoding::Utf8WithBom};
    }
    if (startsWith(bytes, "\xFF\xFE", 2) || startsWith(bytes, "\xFE\xFF", 2)) {
        const bool little = bytes.at(0) == '\xFF';
        QStringDecoder utf16(little ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE,
                             QStringDecoder::Flag::Stateless);
        QString text = utf16.decode(QByteArrayView(bytes).sliced(2));
        return Decoded{std::move(text), CsvTable::Encoding::Utf16};
    }
    const Utf8Scan scan = scanUtf8(bytes);
    if (scan.invalid == 0) {
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString text = utf8.decode(bytes);
        return Decoded{std::move(text), CsvTable::Encoding::Utf8};
    }
    // Some bytes are not UTF-8. When more of them form well-formed UTF-8 sequences of several bytes
    // than not, the file is UTF-8 with text of another encoding mixed in, which no single reading
    // gets right. Windows-1251 text forms such sequences only by chance ("Мё" is CC B8), and far
    // fewer than the letters that form none.
    if (scan.multiByte > scan.invalid)
        return notUtf8(bytes, scan.firstInvalid);
    // Windows-1251, what Excel writes as "CSV" in a Russian locale, defines every byte but 0x98.
    if (const qsizetype undefined = bytes.indexOf('\x98'); undefined >= 0)
        return Error{tr("Line %1 holds a byte that is text neither in UTF-8 nor in Windows-1251: the file may not be a "
                        "CSV file. Save it as \"CSV UTF-8\" and import it again.")
                         .arg(lineOf(bytes, undefined))};
    QStringDecoder cp1251("windows-1251", QStringDecoder::Flag::Stateless);
    if (!cp1251.isValid())
        return Error{tr("The file is not in UTF-8, and this installation cannot read the Windows-1251 encoding. "
                        "Save the file as \"CSV UTF-8\" and try again.")};
    QString text = cp1251.decode(bytes);
    return Decoded{std::move(text), CsvTable::Encoding::Windows1251};
}

QChar Csv::detectDelimiter(QStringView text)
{
    int comma = 0, semicolon = 0, tab = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == Quote) {
            quoted = !quoted;
        } else if (quoted) {
            continue;
        } else if (c == Lf || c == Cr) {
            // Blank lines before the header do not count as the header line.
            if (comma + semicolon + tab > 0)
                break;
        } else if (c == QLatin1Char(',')) {
            ++comma;
        } else if (c == QLatin1Char(';')) {
            ++semicolon;
        } else if (c == QLatin1Char('\t')) {
            ++tab;
        }
    }
    if (semicolon > comma && semicolon >= tab)
        return QLatin1Char(';');
    if (tab > comma && tab > semicolon)
        return QLatin1Char('\t');
    return QLatin1Char(',');
}

Result<QList<CsvRecord>> Csv::split(QStringView text, QChar delimiter)
{
    QList<CsvRecord> records;
    const qsizetype n = text.size();
    qsizetype i = 0;
    int line = 1;
    qsizetype width = 0; // fields of the record before, to reserve room
    while (i < n) {
        CsvRecord record;
        record.line = line;
        record.fields.reserve(width);
        bool anyQuoted = false;
        bool endOfRecord = false;
        while (!endOfRecord) {
            QString field;
            if (i < n && text[i] == Quote) {
                anyQuoted = true;
                const int openedOn = line;
                ++i;
                for (;;) {
                    if (i >= n)
                        return Error{tr("Line %1: a quoted field is never closed (a \" is missing). "
                                        "Check the quotes on that line and save the file again.")
                                         .arg(openedOn)};
                    qsizetype j = i;
                    while (j < n && text[j] != Quote && text[j] != Cr && text[j] != Lf)
                        ++j;
                    field.append(text.sliced(i, j - i));
                    i = j;
                    if (i >= n)
                        continue;
                    const QChar c = text[i];
                    if (c == Quote) {
                        if (i + 1 < n && text[i + 1] == Quote) {
                            field.append(Quote);
                            i += 2;
                            continue;
                        }
                        ++i;
                        break;
                    }
                    // A line break inside quotes belongs to the field; stored as "\n".
                    if (c == Cr && i + 1 < n && text[i + 1] == Lf)
                        ++i;
                    ++i;
                    ++line;
                    field.append(Lf);
                }
            }
            // Unquoted text, or what follows a closing quote (kept, as spreadsheets do).
            qsizetype j = i;
            while (j < n && text[j] != delimiter && text[j] != Cr && text[j] != Lf)
                ++j;
            if (field.isEmpty())
                field = text.sliced(i, j - i).toString();
            else
                field.append(text.sliced(i, j - i));
            i = j;
            record.fields.append(withoutNeutraliser(std::move(field)));
            if (i >= n) {
                endOfRecord = true;
            } else if (text[i] == delimiter) {
                ++i;
            } else {
                if (text[i] == Cr && i + 1 < n && text[i + 1] == Lf)
                    ++i;
                ++i;
                ++line;
                endOfRecord = true;
            }
        }
        width = record.fields.size();
        if (anyQuoted || !isBlank(record))
            records.append(std::move(record));
    }
    return records;
}

Result<CsvTable> Csv::parse(const QByteArray& bytes)
{
    auto decoded = decode(bytes);
    if (!decoded)
        return decoded.error();
    CsvTable table;
    table.encoding = decoded->encoding;
    table.delimiter = detectDelimiter(decoded->text);
    auto records = split(decoded->text, table.delimiter);
    if (!records)
        return records.error();
    auto& list = records.value();
    qsizetype first = 0;
    while (first < list.size() && isBlank(list.at(first)))
        ++first;
    if (first >= list.size())
        return Error{tr("The file is empty: it needs a header row with the column names, then one row per item.")};
    table.headerLine = list.at(first).line;
    for (QString name : list.at(first).fields) {
        if (name.startsWith(QChar(0xFEFF)))
            name.remove(0, 1);
        table.header.append(name.trimmed());
    }
    list.remove(0, first + 1);
    list.removeIf([](const CsvRecord& r) { return isBlank(r); });
    table.records = std::move(list);
    return table;
}

Result<QByteArray> Csv::readBytes(const QString& path)
{
    // Opening and closing a file of an open database would drop this process's locks on it.
    if (auto s = FileGuard::checkRead(path); !s)
        return s.error();
    // Looked at before opening: opening a pipe waits for a writer, and a device such as /dev/zero
    // has no size and never ends.
    const QFileInfo info(path);
    const QString name = info.fileName();
    if (!info.exists())
        return Error{tr("There is no file %1. Check the name and the folder.").arg(path)};
    const auto notRegular = [&path] {
        return Error{tr("%1 is not a regular file (it is a folder, a device or a pipe). Choose a CSV file.").arg(path)};
    };
    if (!info.isFile())
        return notRegular();
    const auto tooLarge = [&name] {
        return Error{tr("The file %1 is too large (more than %2 MB). Split it into smaller files.")
                         .arg(name)
                         .arg(MaxFileBytes / (1024 * 1024))};
    };
    if (info.size() > MaxFileBytes)
        return tooLarge();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{
            tr("Cannot read the file %1. Check that you may open it and that no other program locks it.").arg(name),
            file.errorString()};
    if (file.isSequential())
        return notRegular();
    // At most one byte more than the limit, whatever the size said: the file may be growing.
    constexpr qint64 Chunk = 1024 * 1024;
    QByteArray bytes;
    bytes.reserve(qsizetype(std::min(info.size(), MaxFileBytes) + 1));
    qint64 total = 0;
    while (total <= MaxFileBytes) {
        const qint64 wanted = std::min(Chunk, MaxFileBytes + 1 - total);
        bytes.resize(qsizetype(total + wanted));
        const qint64 got = file.read(bytes.data() + total, wanted);
        if (got < 0)
            return Error{tr("Cannot read the file %1. Check that the disk is readable.").arg(name), file.errorString()};
        if (got == 0)
            break;
        total += got;
    }
    bytes.resize(qsizetype(total));
    if (total > MaxFileBytes)
        return tooLarge();
    return bytes;
}

Result<CsvTable> Csv::readFile(const QString& path)
{
    auto bytes = readBytes(path);
    if (!bytes)
        return bytes.error();
    return parse(bytes.value());
}

bool Csv::startsLikeFormula(QStringView text)
{
    qsizetype i = 0;
    while (i < text.size() && text[i] == QLatin1Char('\''))
        ++i;
    while (i < text.size() && text[i] == QLatin1Char(' '))
        ++i;
    return i < text.size() && isFormulaStart(text[i]);
}

CsvWriter::CsvWriter(QChar delimiter) : m_delimiter(delimiter) {}

QString CsvWriter::escape(const QString& text, QChar delimiter)
{
    const QString field = Csv::startsLikeFormula(text) ? QLatin1Char('\'') + text : text;
    const bool needsQuotes = field.contains(delimiter) || field.contains(Quote) || field.contains(Cr) ||
                             field.contains(Lf) ||
                             (!field.isEmpty() && (field.front().isSpace() || field.back().isSpace()));
    if (!needsQuotes)
        return field;
    QString quoted = field;
    quoted.replace(Quote, QStringLiteral("\"\""));
    return Quote + quoted + Quote;
}

void CsvWriter::addRow(const QStringList& fields)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            m_text.append(m_delimiter);
        m_text.append(escape(fields.at(i), m_delimiter));
    }
    m_text.append(QStringLiteral("\r\n"));
    ++m_rows;
}

QByteArray CsvWriter::toBytes() const
{
    return QByteArrayLiteral("\xEF\xBB\xBF") + m_text.toUtf8();
}

} // namespace ovop
