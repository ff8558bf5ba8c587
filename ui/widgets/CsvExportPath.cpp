// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "ui/widgets/CsvExportPath.h"

#include <memory>

#include <QCoreApplication>
#include <QStandardPaths>

#include "ui/widgets/BackgroundWork.h"
#include "ui/widgets/FileDialogs.h"

namespace ovop::ui {

std::optional<CsvExportTarget> askCsvExportTarget(QWidget* parent, const QString& title, const QString& fileName)
{
    // The texts keep the translation context of the catalogue page, where they were first written.
    const QString commaFilter = QCoreApplication::translate("ovop::ui::ProductsPage", "CSV, comma separated (*.csv)");
    const QString semicolonFilter = QCoreApplication::translate(
        "ovop::ui::ProductsPage", "CSV for Excel in Russian or Kyrgyz, semicolon separated (*.csv)");
    QString chosenFilter = commaFilter;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = chooseFileToSave(parent, title, folder + QLatin1Char('/') + fileName,
                                                commaFilter + QStringLiteral(";;") + semicolonFilter, &chosenFilter);
    if (path.isEmpty())
        return std::nullopt;
    Overwrite overwrite = Overwrite::Allow; // the dialog asked before choosing an existing file
    if (!path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive)) {
        path += QStringLiteral(".csv");
        overwrite = Overwrite::Refuse;
    }
    return CsvExportTarget{path, chosenFilter == semicolonFilter ? QLatin1Char(';') : QLatin1Char(','), overwrite};
}

Result<int> runCsvExport(QWidget* parent, const Database& db, const QString& title, const QString& text,
                         std::function<Result<int>(Database&)> write)
{
    auto count = std::make_shared<int>(0);
    const WorkOutcome outcome =
        runWithBusyDialog(parent, db, title, text, [write, count](Database& workerDb, const ImportProgress&) {
            auto saved = write(workerDb);
            if (!saved)
                return WorkOutcome{false, saved.message()};
            *count = saved.value();
            return WorkOutcome{true, QString()};
        });
    if (!outcome.ok)
        return Error{outcome.message};
    return *count;
}

} // namespace ovop::ui
