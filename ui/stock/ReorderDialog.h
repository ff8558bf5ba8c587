// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QDialog>
#include <QList>

#include "models/core/Result.h"
#include "models/stock/ReorderList.h"
#include "models/store/FileGuard.h"

class QLabel;
class QPrinter;
class QPushButton;
class QTreeWidget;

namespace ovop {
class Database;
}

namespace ovop::ui {

// The products below their minimum level, grouped by producer (with village and phone), with what to
// order; saved as CSV (Ctrl+E) or PDF (Ctrl+S), printed (Ctrl+P). Esc closes it.
class ReorderDialog : public QDialog
{
    Q_OBJECT

public:
    ReorderDialog(Database& db, const QString& language, QWidget* parent = nullptr);

    const QList<ReorderGroup>& groups() const { return m_groups; }
    Status saveCsv(const QString& path, Overwrite overwrite = Overwrite::Refuse);
    Status savePdf(const QString& path, Overwrite overwrite = Overwrite::Refuse);
    Status print(QPrinter& printer);

    QTreeWidget* tree() const { return m_tree; }
    QLabel* messageLabel() const { return m_message; }
    QPushButton* csvButton() const { return m_csv; }
    QPushButton* pdfButton() const { return m_pdf; }
    QPushButton* printButton() const { return m_print; }

private:
    void fill();
    void chooseCsv();
    void choosePdf();
    void choosePrinter();
    void showMessage(const QString& text, bool error);

    QString m_language;
    QList<ReorderGroup> m_groups;
    QTreeWidget* m_tree;
    QLabel* m_message;
    QPushButton* m_csv;
    QPushButton* m_pdf;
    QPushButton* m_print;
};

} // namespace ovop::ui
