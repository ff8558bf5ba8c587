// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "ui/catalog/ImportProblemsPanel.h"

#include <QClipboard>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include "models/io/Csv.h"
#include "models/store/FileGuard.h"
#include "ui/catalog/ImportPreviewModel.h"
#include "ui/widgets/FileDialogs.h"

namespace ovop::ui {

ImportProblemsPanel::ImportProblemsPanel(ImportProblemModel* model, QWidget* parent) : QWidget(parent), m_model(model)
{
    m_heading = new QLabel(this);
    m_heading->setProperty("role", QStringLiteral("subheading"));
    m_copy = new QPushButton(this);
    m_copy->setObjectName(QStringLiteral("copyImportProblems"));
    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("saveImportProblems"));
    connect(m_copy, &QPushButton::clicked, this, [this] {
        copyToClipboard();
        Q_EMIT message(tr("%n problem(s) copied.", nullptr, m_model->rowCount()), false);
    });
    connect(m_save, &QPushButton::clicked, this, &ImportProblemsPanel::chooseSavePath);
    auto* top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_heading, 1);
    top->addWidget(m_copy);
    top->addWidget(m_save);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("importProblems"));
    m_view->setModel(model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(true); // the whole reason, on as many lines as it needs
    m_view->setTextElideMode(Qt::ElideNone);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(ImportProblemModel::Reason, QHeaderView::Stretch);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);

    connect(model, &QAbstractItemModel::modelReset, this, &ImportProblemsPanel::refresh);
    retranslateUi();
}

QString ImportProblemsPanel::asText() const
{
    QStringList lines;
    QStringList header;
    for (int column = 0; column < m_model->columnCount(); ++column)
        header << m_model->headerData(column, Qt::Horizontal).toString();
    lines << header.join(QLatin1Char('\t'));
    for (int row = 0; row < m_model->rowCount(); ++row) {
        QStringList fields;
        for (int column = 0; column < m_model->columnCount(); ++column)
            fields << m_model->index(row, column).data().toString().simplified();
        lines << fields.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void ImportProblemsPanel::copyToClipboard() const
{
    QGuiApplication::clipboard()->setText(asText());
}

Status ImportProblemsPanel::saveCsv(const QString& path) const
{
    CsvWriter csv;
    QStringList header;
    for (int column = 0; column < m_model->columnCount(); ++column)
        header << m_model->headerData(column, Qt::Horizontal).toString();
    csv.addRow(header);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        QStringList fields;
        for (int column = 0; column < m_model->columnCount(); ++column)
            fields << m_model->index(row, column).data().toString();
        csv.addRow(fields);
    }
    return SafeFile::write(path, csv.toBytes(), Overwrite::Allow); // the save dialog asked first
}

void ImportProblemsPanel::chooseSavePath()
{
    const QFileInfo source(m_sourceFile);
    const QString suggested =
        (m_sourceFile.isEmpty() ? QDir::homePath() : source.path()) + QLatin1Char('/') +
        tr("%1-problems.csv").arg(source.completeBaseName().isEmpty() ? tr("import") : source.completeBaseName());
    const QString path = chooseFileToSave(this, tr("Save the problems"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (const Status saved = saveCsv(path); !saved)
        Q_EMIT message(saved.message(), true);
    else
        Q_EMIT message(tr("The problems were saved to %1.").arg(QDir::toNativeSeparators(path)), false);
}

void ImportProblemsPanel::refresh()
{
    const int count = m_model->rowCount();
    m_heading->setText(count == 0 ? tr("Problems: none") : tr("Problems (%1)").arg(count));
    m_copy->setEnabled(count > 0);
    m_save->setEnabled(count > 0);
    m_view->resizeRowsToContents();
}

void ImportProblemsPanel::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    m_view->resizeRowsToContents(); // a narrower reason column wraps onto more lines
}

void ImportProblemsPanel::retranslateUi()
{
    m_copy->setText(tr("Copy"));
    m_copy->setToolTip(tr("Copy every problem, to paste into a message or a spreadsheet"));
    m_save->setText(tr("Save…"));
    m_save->setToolTip(tr("Save the problems as a CSV file"));
    refresh();
}

} // namespace ovop::ui
