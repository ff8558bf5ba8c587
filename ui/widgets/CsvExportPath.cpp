// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "widgets/CsvExportPath.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QStandardPaths>

namespace ovop::ui {

std::optional<CsvExportTarget> askCsvExportTarget(QWidget* parent, const QString& title, const QString& fileName)
{
    // The texts keep the translation context of the catalogue page, where they were first written.
    const QString commaFilter = QCoreApplication::translate("ovop::ui::ProductsPage", "CSV, comma separated (*.csv)");
    const QString semicolonFilter = QCoreApplication::translate(
        "ovop::ui::ProductsPage", "CSV for Excel in Russian or Kyrgyz, semicolon separated (*.csv)");
    QString chosenFilter = commaFilter;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(parent, title, folder + QLatin1Char('/') + fileName,
                                                commaFilter + QStringLiteral(";;") + semicolonFilter, &chosenFilter);
    if (path.isEmpty())
        return std::nullopt;
    if (!path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive))
        path += QStringLiteral(".csv");
    return CsvExportTarget{path, chosenFilter == semicolonFilter ? QLatin1Char(';') : QLatin1Char(',')};
}

} // namespace ovop::ui
