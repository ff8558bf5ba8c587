// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <optional>

#include <QChar>
#include <QString>

class QWidget;

namespace ovop::ui {

// Where a CSV export goes and how its fields are separated.
struct CsvExportTarget
{
    QString path;
    QChar delimiter;
};

// Asks for the file to export to, offering comma-separated CSV or semicolon-separated CSV (what Excel
// in Russian or Kyrgyz reads), starting with fileName in the Documents folder. ".csv" is added when
// the name has no such ending. Nothing when the user cancels.
std::optional<CsvExportTarget> askCsvExportTarget(QWidget* parent, const QString& title, const QString& fileName);

} // namespace ovop::ui
