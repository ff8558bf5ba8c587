// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QDialog>
#include <QMap>

#include "models/people/Session.h"
#include "models/stock/AdjustmentService.h"
#include "models/stock/StockQuery.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ovop {
class Database;
}

namespace ovop::ui {

class FieldError;

// A correction of one product's stock with its reason: damage, loss and samples take goods out,
// goods found come in; the batch for goods kept by batch (a new one, with its expiry, for goods
// found). Saved through AdjustmentService with Ctrl+S; Esc cancels.
class AdjustDialog : public QDialog
{
    Q_OBJECT

public:
    AdjustDialog(Database& db, const Session& session, const StockRow& row, QWidget* parent = nullptr);

    bool save();
    const Adjustment& adjustment() const { return m_done; }

    QComboBox* reasonCombo() const { return m_reason; }
    QLineEdit* quantityField() const { return m_quantity; }
    QComboBox* batchCombo() const { return m_batch; }
    QLineEdit* noteField() const { return m_note; }
    QLabel* messageLabel() const { return m_message; }
    QPushButton* saveButton() const { return m_save; }

private:
    void reasonChanged();
    QString language() const;

    Database& m_db;
    Session m_session;
    StockRow m_row;
    Adjustment m_done;

    QComboBox* m_reason;
    QLineEdit* m_quantity;
    QLabel* m_direction;
    QComboBox* m_batch = nullptr;
    QDateEdit* m_expires = nullptr;
    QLabel* m_expiresLabel = nullptr;
    QLineEdit* m_note;
    QLabel* m_message;
    QPushButton* m_save;
    QMap<QString, FieldError*> m_errors;
};

// The minimum level of one product, in its unit (zero: none). Saved through MinLevels with Ctrl+S.
class MinLevelDialog : public QDialog
{
    Q_OBJECT

public:
    MinLevelDialog(Database& db, const Session& session, const StockRow& row, QWidget* parent = nullptr);

    bool save();
    QLineEdit* levelField() const { return m_level; }
    FieldError* levelError() const { return m_error; }
    QPushButton* saveButton() const { return m_save; }

private:
    Database& m_db;
    Session m_session;
    StockRow m_row;
    QLineEdit* m_level;
    FieldError* m_error;
    QPushButton* m_save;
};

} // namespace ovop::ui
