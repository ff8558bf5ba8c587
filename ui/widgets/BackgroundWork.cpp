// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "ui/widgets/BackgroundWork.h"

#include <QFutureWatcher>
#include <QProgressDialog>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

#include "models/store/Database.h"

namespace ovop::ui {

QFuture<WorkOutcome> runWithOwnDatabase(const Database& db, DatabaseWork work)
{
    const QString path = db.path();
    const Clock* clock = &db.clock();
    const PinHashCost cost = db.pinHashCost();
    return QtConcurrent::run([path, clock, cost, work = std::move(work)](QPromise<WorkOutcome>& promise) {
        OpenOptions options;
        options.clock = clock;
        options.pinHashCost = cost;
        auto opened = Database::open(path, options);
        if (!opened) {
            promise.addResult(WorkOutcome{false, opened.message()});
            return;
        }
        int range = -1;
        const ImportProgress progress = [&promise, &range](int done, int total) {
            if (total != range) {
                range = total;
                promise.setProgressRange(0, total);
            }
            promise.setProgressValue(done);
            return !promise.isCanceled();
        };
        promise.addResult(work(*opened.value(), progress));
    });
}

WorkOutcome runWithBusyDialog(QWidget* parent, const Database& db, const QString& title, const QString& text,
                              DatabaseWork work)
{
    QFutureWatcher<WorkOutcome> watcher;
    QProgressDialog progress(text, QString(), 0, 0, parent);
    progress.setWindowTitle(title);
    progress.setMinimumDuration(300);
    progress.setWindowModality(Qt::WindowModal);
    QObject::connect(&watcher, &QFutureWatcher<WorkOutcome>::finished, &progress, &QProgressDialog::accept);
    watcher.setFuture(runWithOwnDatabase(db, std::move(work)));
    if (!watcher.isFinished())
        progress.exec();
    watcher.waitForFinished();
    return watcher.future().resultCount() > 0 ? watcher.result() : WorkOutcome{false, QString()};
}

} // namespace ovop::ui
