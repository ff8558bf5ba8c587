// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// Aligned columns for the text output of list commands.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace ovop::ctl {

class TextTable
{
public:
    explicit TextTable(QStringList header, QList<bool> rightAligned = {})
        : m_header(std::move(header)), m_right(std::move(rightAligned))
    {
    }

    void addRow(QStringList cells)
    {
        // One line per row: line breaks inside a cell would break the columns. (Not simplified():
        // that would also turn the no-break spaces of formatted amounts into plain spaces.)
        for (QString& c : cells)
            for (QChar& ch : c)
                if (ch == QLatin1Char('\n') || ch == QLatin1Char('\r') || ch == QLatin1Char('\t'))
                    ch = QLatin1Char(' ');
        m_rows.append(std::move(cells));
    }

    void print(QTextStream& out) const
    {
        QList<qsizetype> widths(m_header.size(), 0);
        auto measure = [&widths](const QStringList& cells) {
            for (qsizetype i = 0; i < cells.size() && i < widths.size(); ++i)
                widths[i] = qMax(widths[i], cells.at(i).size());
        };
        measure(m_header);
        for (const auto& row : m_rows)
            measure(row);
        auto line = [&](const QStringList& cells) {
            QString text;
            for (qsizetype i = 0; i < widths.size(); ++i) {
                const QString cell = cells.value(i);
                const bool last = i + 1 == widths.size();
                if (i > 0)
                    text += QStringLiteral("  ");
                if (m_right.value(i, false))
                    text += cell.rightJustified(widths[i]);
                else
                    text += last ? cell : cell.leftJustified(widths[i]);
            }
            out << text << "\n";
        };
        line(m_header);
        for (const auto& row : m_rows)
            line(row);
        out.flush();
    }

private:
    QStringList m_header;
    QList<bool> m_right;
    QList<QStringList> m_rows;
};

} // namespace ovop::ctl
