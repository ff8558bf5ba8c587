// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <functional>
#include <optional>

#include <QChar>
#include <QString>

#include "models/core/Result.h"
#include "models/store/FileGuard.h"

class QWidget;

namespace ovop {
class Database;
}

namespace ovop::ui {

// Where a CSV export goes and how its fields are separated.
struct CsvExportTarget
{
    QString path;
    QChar delimiter;
    // Allow when the file dialog asked before replacing the chosen file; Refuse when the name was
    // completed afterwards (".csv" added), so that no file is replaced unasked.
    Overwrite overwrite = Overwrite::Refuse;
};

// Asks for the file to export to, offering comma-separated CSV or semicolon-separated CSV (what Excel
// in Russian or Kyrgyz reads), starting with fileName in the Documents folder. ".csv" is added when
// the name has no such ending. Nothing when the user cancels.
std::optional<CsvExportTarget> askCsvExportTarget(QWidget* parent, const QString& title, const QString& fileName);

// Runs write in a worker thread, on a Database of its own opened on db's file, while a modal busy
// dialog (title, text) shows; the number of records written, or why nothing was.
Result<int> runCsvExport(QWidget* parent, const Database& db, const QString& title, const QString& text,
                         std::function<Result<int>(Database&)> write);

} // namespace ovop::ui
