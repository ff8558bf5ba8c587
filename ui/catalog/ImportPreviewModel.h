// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

#include "models/exchange/ImportPlan.h"

namespace ovop::ui {

// One row of a file as an import would treat it, without the type of record: for the preview.
struct ImportPreviewRow
{
    int line = 0;
    ImportAction action = ImportAction::New;
    QString key;  // SKU or producer code
    QString name; // in the user's language
    QString detail; // e.g. the price, or the village
    QStringList changedFields;
    QStringList problems;
};

// The rows of a file to import: line, what will happen, key, name, details; rows with problems in red.
class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Line, Action, Key, Name, Detail, Changes, ColumnCount };

    explicit ImportPreviewModel(QObject* parent = nullptr);

    void setRows(const QList<ImportPreviewRow>& rows);
    const ImportPreviewRow* row(int row) const;
    // Header of the key and detail columns ("SKU"/"Price" or "Code"/"Village"), already translated.
    // The headers that depend on what is imported (a product's name and a producer's are different
    // words in Russian: «Наименование», «Имя / название»).
    void setKeyHeaders(const QString& key, const QString& name, const QString& detail);
    void retranslate();

    static QString actionName(ImportAction action);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ImportPreviewRow> m_rows;
    QString m_keyHeader;
    QString m_nameHeader;
    QString m_detailHeader;
};

// Every problem of a file: line, column, reason.
class ImportProblemModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Line, ColumnName, Reason, ColumnCount };

    explicit ImportProblemModel(QObject* parent = nullptr);

    void setProblems(const QList<ImportProblem>& problems);
    const QList<ImportProblem>& problems() const { return m_problems; }
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ImportProblem> m_problems;
};

} // namespace ovop::ui
