// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QDialog>

class QLabel;
class QTableWidget;

namespace ovop {
class Database;
}

namespace ovop::ui {

// A product's stock movements, newest first: date, kind in words, document number, quantity, batch,
// reason and who. Read only; Esc closes it.
class HistoryDialog : public QDialog
{
    Q_OBJECT

public:
    HistoryDialog(Database& db, const QString& productId, const QString& title, const QString& language,
                  QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    QLabel* messageLabel() const { return m_message; }

private:
    void load(Database& db, const QString& productId, const QString& language);

    QTableWidget* m_table;
    QLabel* m_message;
};

} // namespace ovop::ui
