// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QWidget>

#include "models/core/Result.h"

class QLabel;
class QPushButton;
class QTableView;

namespace ovop::ui {

class ImportProblemModel;

// The problems of an import file: a heading with their number, a table whose reasons wrap to their
// whole text, and buttons that copy them (tab-separated, for a message or a spreadsheet) or save
// them as a CSV file to send back to whoever made the file.
class ImportProblemsPanel : public QWidget
{
    Q_OBJECT

public:
    ImportProblemsPanel(ImportProblemModel* model, QWidget* parent = nullptr);

    QTableView* view() const { return m_view; }
    QPushButton* copyButton() const { return m_copy; }
    QPushButton* saveButton() const { return m_save; }

    // The problems as text: a header line, then one line per problem, fields separated by tabs.
    QString asText() const;
    void copyToClipboard() const;
    // Writes the problems as CSV (line, column, problem) in the user's language.
    Status saveCsv(const QString& path) const;
    // The file the problems were found in: offered as the start of the saved file's name.
    void setSourceFile(const QString& path) { m_sourceFile = path; }
    void retranslateUi();

Q_SIGNALS:
    // A saved file or a refusal, in the user's language, for the dialog's message line.
    void message(const QString& text, bool error);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void refresh();
    void chooseSavePath();

    ImportProblemModel* m_model;
    QString m_sourceFile;
    QLabel* m_heading;
    QTableView* m_view;
    QPushButton* m_copy;
    QPushButton* m_save;
};

} // namespace ovop::ui
