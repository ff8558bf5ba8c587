// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <functional>

#include <QFuture>
#include <QString>

#include "models/exchange/ImportPlan.h"

namespace ovop {
class Clock;
class Database;
} // namespace ovop

class QWidget;

namespace ovop::ui {

// How a piece of background work ended: ok, or the translated reason it did not.
struct WorkOutcome
{
    bool ok = false;
    QString message;
};

// Work for a worker thread: gets a Database of its own (Qt SQL connections belong to the thread
// that opened them) and a progress callback that returns false once the user cancelled.
using DatabaseWork = std::function<WorkOutcome(Database& db, const ImportProgress& progress)>;

// Runs work in Qt Concurrent's thread pool on a Database opened on the same file as db, with db's
// clock. The future reports progress (progressValueChanged on a QFutureWatcher) and is cancelled
// with QFuture::cancel(); a cancelled future carries no result.
QFuture<WorkOutcome> runWithOwnDatabase(const Database& db, DatabaseWork work);

// Runs work as above while a modal progress dialog (title, text, no cancel) keeps the window alive,
// and returns how it ended.
WorkOutcome runWithBusyDialog(QWidget* parent, const Database& db, const QString& title, const QString& text,
                              DatabaseWork work);

} // namespace ovop::ui
