// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <memory>
#include <optional>

#include <QDialog>
#include <QFutureWatcher>

#include "models/catalog/Import.h"
#include "models/exchange/ProducerImport.h"
#include "models/exchange/ProductImport.h"
#include "models/people/Session.h"
#include "ui/widgets/BackgroundWork.h"

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTableView;

namespace ovop {
class Database;
}

namespace ovop::ui {

class ImportPreviewModel;
class ImportProblemModel;
class ImportProblemsPanel;

// Loads products or producers from a CSV file: the file is read and checked in a worker thread
// (progress bar, Cancel), then every row is previewed with what will happen to it (new, changed,
// unchanged) and every problem is listed with its line and column. Import is enabled only for a
// file without problems that changes something; it runs in the worker too, all or nothing.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Kind { Products, Producers };

    ImportDialog(Database& db, const Session& session, Kind kind, QWidget* parent = nullptr);
    ~ImportDialog() override;

    Kind kind() const { return m_kind; }
    // Reads and checks the file in the background; parsed() tells when it is done.
    void openFile(const QString& path);
    // Applies the previewed file in the background; imported() tells when it is done.
    void startImport();
    // Cancels the running work (nothing is changed).
    void cancelWork();
    bool isBusy() const;
    bool hasPlan() const;
    bool wasImported() const { return m_imported; }
    const ImportSummary& summary() const { return m_summary; }

    ImportPreviewModel* previewModel() const { return m_preview; }
    ImportProblemModel* problemModel() const { return m_problems; }
    QTableView* previewView() const { return m_previewView; }
    QTableView* problemView() const { return m_problemView; }
    ImportProblemsPanel* problemPanel() const { return m_problemPanel; }
    QPushButton* importButton() const { return m_import; }
    QPushButton* cancelButton() const { return m_cancel; }
    QProgressBar* progressBar() const { return m_progress; }
    QLabel* summaryLabel() const { return m_summaryLabel; }
    QLabel* messageLabel() const { return m_message; }

Q_SIGNALS:
    void parsed(bool ok);
    void imported(bool ok);

protected:
    void changeEvent(QEvent* event) override;
    void reject() override;

private:
    enum class Stage { Idle, Parsing, Applying };

    void chooseFile();
    void workFinished();
    void showPlan();
    void setBusy(Stage stage);
    bool planReady() const; // a plan without problems that changes something
    void updateButtons();
    void showMessage(const QString& text, bool error);
    void retranslateUi();
    QString language() const;

    Database& m_db;
    Session m_session;
    Kind m_kind;
    Stage m_stage = Stage::Idle;
    QString m_path;
    bool m_imported = false;
    ImportSummary m_summary;
    // Written by the worker, read here only after it finished.
    std::shared_ptr<std::optional<ProductImportPlan>> m_productPlan;
    std::shared_ptr<std::optional<ProducerImportPlan>> m_producerPlan;
    std::shared_ptr<ImportSummary> m_workerSummary;
    QFutureWatcher<WorkOutcome> m_watcher;

    ImportPreviewModel* m_preview;
    ImportProblemModel* m_problems;
    QLabel* m_heading;
    QLabel* m_hint;
    QLineEdit* m_file;
    QPushButton* m_choose;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    QLabel* m_summaryLabel;
    QLabel* m_previewHeading;
    QTableView* m_previewView;
    QSplitter* m_splitter;
    ImportProblemsPanel* m_problemPanel;
    QTableView* m_problemView;
    QLabel* m_notes;
    QLabel* m_message;
    QPushButton* m_import;
    QPushButton* m_close;
};

} // namespace ovop::ui
