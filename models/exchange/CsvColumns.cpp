// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "models/exchange/CsvColumns.h"

#include <QCryptographicHash>
#include <QRegularExpression>

#include "models/catalog/SearchText.h"

namespace ovop {

Result<CsvColumns> CsvColumns::map(const CsvTable& table, const QStringList& known,
                                   const QHash<QString, QString>& aliases)
{
    CsvColumns columns;
    columns.m_delimiter = table.delimiter;
    for (const QString& name : table.header)
        columns.m_header << name.trimmed();
    for (int i = 0; i < table.header.size(); ++i) {
        const QString name = table.header.at(i).trimmed();
        if (name.isEmpty())
            continue; // an unnamed column, such as the empty cells after the last one
        QString key = name.toCaseFolded();
        key = aliases.value(key, key);
        if (!known.contains(key)) {
            columns.m_ignored << name;
            continue;
        }
        if (columns.m_index.contains(key))
            return Error{tr("The column %1 appears twice in the first row (columns %2 and %3). Keep one of them "
                            "and import again. Nothing was imported.")
                             .arg(key)
                             .arg(columns.m_index.value(key) + 1)
                             .arg(i + 1)};
        columns.m_index.insert(key, i);
        columns.m_keys << key;
    }
    return columns;
}

QString CsvColumns::cell(const CsvRecord& record, const QString& key) const
{
    const int i = index(key);
    return i < 0 ? QString() : record.field(i).trimmed();
}

QString CsvColumns::columnName(int index) const
{
    for (auto it = m_index.cbegin(); it != m_index.cend(); ++it)
        if (it.value() == index)
            return it.key();
    return m_header.value(index);
}

QList<ImportProblem> CsvColumns::recordProblems(const CsvRecord& record) const
{
    QList<ImportProblem> problems;
    qsizetype values = record.fields.size();
    while (values > 0 && record.fields.at(values - 1).trimmed().isEmpty())
        --values;
    if (values > m_header.size()) {
        const QString delimiter = m_delimiter == QLatin1Char('\t') ? tr("tab") : QString(m_delimiter);
        problems.append({record.line, QString(),
                         tr("This row has %1 values, but the first row names only %2 columns. Put a value that holds "
                            "the delimiter (%3) in double quotes, for example \"%4\".")
                             .arg(values)
                             .arg(m_header.size())
                             .arg(delimiter, QStringLiteral("Felt rug%1 red").arg(m_delimiter))});
    }
    // The physical line of each character: quoted line breaks are read as "\n", one per line.
    int line = record.line;
    for (qsizetype f = 0; f < record.fields.size(); ++f) {
        const QString& field = record.fields.at(f);
        bool reported = false;
        for (const QChar c : field) {
            if (c == QLatin1Char('\n')) {
                ++line;
                continue;
            }
            const bool control = (c.unicode() < 0x20 && c != QLatin1Char('\t')) || c.unicode() == 0x7F;
            if (!control || reported)
                continue;
            reported = true; // once per cell
            problems.append({line, columnName(int(f)),
                             tr("The value holds a control character (U+%1), which a text may not hold. Remove it: "
                                "it is often left behind by copying from another program.")
                                 .arg(QString::number(c.unicode(), 16).toUpper().rightJustified(4, QLatin1Char('0')))});
        }
    }
    return problems;
}

std::optional<QDate> CsvColumns::parseDate(const QString& input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return QDate();
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"));
    static const QRegularExpression dotted(QStringLiteral("^(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})$"));
    QDate date;
    if (const auto m = iso.match(text); m.hasMatch())
        date = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    else if (const auto d = dotted.match(text); d.hasMatch())
        date = QDate(d.captured(3).toInt(), d.captured(2).toInt(), d.captured(1).toInt());
    if (!date.isValid())
        return std::nullopt;
    return date;
}

QString CsvColumns::formatDate(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString CsvColumns::choiceKey(const QString& text)
{
    QString key = SearchText::fold(text);
    key.replace(QLatin1Char('-'), QLatin1Char(' '));
    key.replace(QLatin1Char('_'), QLatin1Char(' '));
    return key.simplified();
}

std::optional<bool> CsvColumns::parseBool(const QString& input, bool emptyValue)
{
    const QString trimmed = input.trimmed();
    if (trimmed.isEmpty())
        return emptyValue;
    if (trimmed == QLatin1String("-")) // which choiceKey would read as a space
        return false;
    const QString text = choiceKey(trimmed);
    static const QStringList yes = {QStringLiteral("yes"), QStringLiteral("y"), QStringLiteral("true"),
                                    QStringLiteral("1"),   QStringLiteral("x"), QStringLiteral("+"),
                                    QStringLiteral("да"),  QStringLiteral("д"), QStringLiteral("ооба"),
                                    QStringLiteral("ия")};
    static const QStringList no = {QStringLiteral("no"), QStringLiteral("n"),   QStringLiteral("false"),
                                   QStringLiteral("0"),  QStringLiteral("нет"), QStringLiteral("н"),
                                   QStringLiteral("жок")};
    if (yes.contains(text))
        return true;
    if (no.contains(text))
        return false;
    return std::nullopt;
}

QString CsvColumns::formatBool(bool value)
{
    return value ? QStringLiteral("yes") : QStringLiteral("no");
}

QString CsvColumns::dateProblem(const QString& text)
{
    return tr("\"%1\" is not a date. Write it as 2024-03-05 or 05.03.2024.").arg(text.trimmed());
}

QString CsvColumns::boolProblem(const QString& text)
{
    QStringList choices = {tr("yes"), tr("no")};
    for (const QString& word : {QStringLiteral("yes"), QStringLiteral("no"), QStringLiteral("1"), QStringLiteral("0")})
        if (!choices.contains(word, Qt::CaseInsensitive))
            choices << word;
    return tr("\"%1\" is neither yes nor no. Write one of: %2.")
        .arg(text.trimmed(), choices.join(QStringLiteral(", ")));
}

Error CsvColumns::missingColumns(const QStringList& missing, const QStringList& required)
{
    return Error{tr("The file has no column %1. Its first row must name the columns, at least: %2. "
                    "Nothing was imported.")
                     .arg(missing.join(QStringLiteral(", ")), required.join(QStringLiteral(", ")))};
}

QString CsvColumns::sha256Hex(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace ovop
