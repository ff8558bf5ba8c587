// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <functional>

#include <QObject>

#include "models/core/Result.h"
#include "models/reports/ReportScope.h"
#include "models/store/FileGuard.h"

class QMenu;
class QPrinter;
class QWidget;

namespace ovop {
class Database;
struct Session;
} // namespace ovop

namespace ovop::ui {

// The reports of the reports page saved as PDF (with their charts) or CSV, or printed, for the
// period and shops the page shows. The figures come from the core's services, which check the
// user's permission; what went wrong is shown to the user and nothing is written.
class ReportExport : public QObject
{
    Q_OBJECT

public:
    enum class Report { Sales, Impact, Producers, Stock };
    enum class Format { Pdf, Csv };

    // scope gives the page's period, shops and language when the user picks a report.
    ReportExport(Database& db, const Session& session, std::function<ReportScope()> scope, QWidget* parent);

    // A menu of every report in every form, in the current language (build it again after a
    // language change).
    QMenu* makeMenu(QWidget* parent);

    Status save(Report report, Format format, const ReportScope& scope, const QString& path,
                Overwrite overwrite = Overwrite::Refuse) const;
    Status print(Report report, const ReportScope& scope, QPrinter* printer) const;

    static QString reportName(Report report);

Q_SIGNALS:
    // After each export: what happened, in words for the user.
    void finished(const QString& message, bool error);

private:
    void chooseFile(Report report, Format format);
    void choosePrinter(Report report);

    Database& m_db;
    const Session& m_session;
    std::function<ReportScope()> m_scope;
    QWidget* m_parent;
};

} // namespace ovop::ui
