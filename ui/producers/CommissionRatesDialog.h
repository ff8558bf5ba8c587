// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QDialog>

#include "models/catalog/Producer.h"
#include "models/people/Session.h"

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace ovop {
class Database;
}

namespace ovop::ui {

// A producer's commission by category: the producer's own rate applies to all its goods unless a
// category has a rate of its own here. Each change is saved at once through CommissionService
// (manager or admin; audited); a refusal is shown in the dialog and changes nothing.
class CommissionRatesDialog : public QDialog
{
    Q_OBJECT

public:
    CommissionRatesDialog(Database& db, const Session& session, const Producer& producer, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }

private:
    void reload();
    void setRate();
    void removeRate();
    void showProblem(const QString& text);
    void updateButtons();

    Database& m_db;
    Session m_session;
    Producer m_producer;
    QTableWidget* m_table;
    QComboBox* m_category;
    QDoubleSpinBox* m_rate;
    QPushButton* m_set;
    QPushButton* m_remove;
    QLabel* m_message;
};

} // namespace ovop::ui
