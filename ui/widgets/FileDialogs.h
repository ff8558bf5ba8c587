// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <utility>

#include <QString>

#include "models/store/FileGuard.h"

class QWidget;

namespace ovop::ui {

// The file dialogs of the application: Qt's own dialog (translated into Kyrgyz with the rest of the
// application), told every file's kind by its name only. A dialog that looks inside files to tell
// their kind opens and closes the database's -wal and -shm files when it shows their folder, and
// closing them drops the locks this process holds on the database.
QString chooseFileToOpen(QWidget* parent, const QString& title, const QString& folder, const QString& filter);
// selectedFilter, when given, receives the filter the user chose (and sets the one offered first).
QString chooseFileToSave(QWidget* parent, const QString& title, const QString& suggestedPath, const QString& filter,
                         QString* selectedFilter = nullptr);
// A file to export into, offered in the documents folder under name: the path chosen, with its
// ending added when missing (then an existing file of that name is not replaced unasked); an
// empty path when the user cancelled.
std::pair<QString, Overwrite> chooseExportPath(QWidget* parent, const QString& title, const QString& name,
                                               const QString& filter, const QString& ending);

} // namespace ovop::ui
