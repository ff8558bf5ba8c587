// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QDialog>

#include "models/core/Result.h"
#include "models/sales/ReceiptLayout.h"
#include "models/store/FileGuard.h"

class QLabel;
class QPrinter;
class QPushButton;
class QScrollArea;

namespace ovop::ui {

// A receipt or a shift report as it prints (ReceiptRenderer's raster image of ReceiptLayout's rows),
// with Print… on a printer of the computer (Ctrl+P), Save PDF… (Ctrl+S) and Open after saving. A line
// above the picture may say what happened (a shift closed, a return made); the message line under
// it says what printing and saving did.
class ReceiptPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    // title: the window's; summary: a line above the receipt (may be empty); fileName: the name
    // the Save dialog suggests, without ".pdf".
    ReceiptPreviewDialog(const PrintedReceipt& receipt, const QString& title, const QString& summary,
                         const QString& fileName, QWidget* parent = nullptr);

    const PrintedReceipt& receipt() const { return m_receipt; }
    QLabel* summaryLabel() const { return m_summary; }
    QLabel* picture() const { return m_picture; }
    QLabel* messageLabel() const { return m_message; }
    QPushButton* printButton() const { return m_print; }
    QPushButton* saveButton() const { return m_save; }
    // The receipt as plain text, as the picture shows it.
    QString text() const;

    Status print(QPrinter& printer);
    Status savePdf(const QString& path, Overwrite overwrite);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void choosePrinter();
    void choosePath();
    void showMessage(const QString& text, bool error);

    PrintedReceipt m_receipt;
    QString m_title;
    QString m_fileName;
    QString m_savedPath;
    QLabel* m_summary;
    QScrollArea* m_scroll;
    QLabel* m_picture;
    QLabel* m_message;
    QPushButton* m_print;
    QPushButton* m_save;
    QPushButton* m_open;
    QPushButton* m_close;
};

} // namespace ovop::ui
