// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QDialog>
#include <QList>

#include "models/people/Session.h"
#include "models/sales/Shift.h"

class QLabel;
class QListWidget;
class QPushButton;

namespace ovop {
class Database;
}

namespace ovop::ui {

// The Z reports of this till, newest first; Enter or "Print a copy…" shows the chosen one again,
// marked as a COPY, to print or save as PDF.
class ZReportsDialog : public QDialog
{
    Q_OBJECT

public:
    ZReportsDialog(Database& db, const Session& actor, QWidget* parent = nullptr);

    QListWidget* list() const { return m_list; }
    QLabel* messageLabel() const { return m_message; }
    QPushButton* copyButton() const { return m_copy; }
    // The Z numbers shown, in the list's order.
    QList<int> numbers() const;
    // Opens the copy of the selected Z report.
    void showCopy();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void load();

    Database& m_db;
    Session m_actor;
    QList<ZReport> m_reports;
    QLabel* m_intro;
    QListWidget* m_list;
    QLabel* m_message;
    QPushButton* m_copy;
    QPushButton* m_close;
};

// The sales and returns of this till the fiscal register has not registered yet (never sent, or
// refused), with the register's last answer.
class FiscalPendingDialog : public QDialog
{
    Q_OBJECT

public:
    FiscalPendingDialog(Database& db, QWidget* parent = nullptr);
    QListWidget* list() const { return m_list; }

private:
    QListWidget* m_list;
};

} // namespace ovop::ui
