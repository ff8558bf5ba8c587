// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "models/catalog/Import.h"

namespace ovop {

void ImportRowReport::add(int row, const QString& key, const FieldProblems& problems)
{
    if (problems.isEmpty())
        return;
    ++m_badRows;
    for (const FieldProblem& problem : problems)
        if (m_lines.size() < MaxReported)
            m_lines << tr("Row %1 (%2): %3").arg(row).arg(key.trimmed(), problem.message);
}

Error ImportRowReport::refusal() const
{
    return Error{tr("Nothing was imported: %n row(s) have problems.", nullptr, m_badRows) + QLatin1Char('\n') +
                 m_lines.join(QLatin1Char('\n'))};
}

} // namespace ovop
