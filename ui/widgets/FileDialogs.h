// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QString>

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

} // namespace ovop::ui
