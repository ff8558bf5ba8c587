// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <optional>

#include <QString>

class QWidget;

namespace ovop::ui {

// Where a transfer file or a confirmation is to be written.
struct TransferFileTarget
{
    QString path;
    // True when the file dialog asked before replacing the chosen file; false when ".json" was added
    // to the name afterwards, so that no file is replaced unasked.
    bool overwrite = false;
};

// Asks where to save a transfer file or a confirmation, starting with fileName in the Documents
// folder; ".json" is added when the name has no such ending. Nothing when the user cancels.
std::optional<TransferFileTarget> askTransferFileToSave(QWidget* parent, const QString& title, const QString& fileName);

// Asks for a transfer file or a confirmation to open; empty when the user cancels.
QString askTransferFileToOpen(QWidget* parent, const QString& title);

} // namespace ovop::ui
