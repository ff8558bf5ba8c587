// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "ui/transfers/TransferFileDialogs.h"

#include <QCoreApplication>
#include <QStandardPaths>

#include "ui/widgets/FileDialogs.h"

namespace ovop::ui {

namespace {

QString filters()
{
    return QCoreApplication::translate("ovop::ui::TransferFileDialogs", "Transfer files (*.json)") +
           QStringLiteral(";;") + QCoreApplication::translate("ovop::ui::TransferFileDialogs", "All files (*)");
}

} // namespace

std::optional<TransferFileTarget> askTransferFileToSave(QWidget* parent, const QString& title, const QString& fileName)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = chooseFileToSave(parent, title, folder + QLatin1Char('/') + fileName, filters());
    if (path.isEmpty())
        return std::nullopt;
    bool overwrite = true; // the dialog asked before choosing an existing file
    if (!path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive)) {
        path += QStringLiteral(".json");
        overwrite = false;
    }
    return TransferFileTarget{path, overwrite};
}

QString askTransferFileToOpen(QWidget* parent, const QString& title)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return chooseFileToOpen(parent, title, folder, filters());
}

} // namespace ovop::ui
