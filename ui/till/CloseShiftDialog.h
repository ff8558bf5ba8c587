// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <optional>

#include <QDialog>
#include <QMap>

#include "models/people/Session.h"
#include "models/sales/Shift.h"

class QLabel;
class QPushButton;
class QSpinBox;

namespace ovop {
class Database;
}

namespace ovop::ui {

// Closes the open shift: the cash in the drawer counted note by note and coin by coin (a spin box
// per denomination), the counted total, the expected cash and the difference kept up to date as the
// counts change (coloured when they differ), then ShiftService::close. Enter moves to the next count;
// only the button (or Ctrl+Enter) closes the shift. report() then holds the numbered Z report.
class CloseShiftDialog : public QDialog
{
    Q_OBJECT

public:
    CloseShiftDialog(Database& db, const Session& actor, const ShiftTotals& totals, QWidget* parent = nullptr);

    // The spin box counting denomination (tyiyn), or nullptr.
    QSpinBox* countField(qint64 denomination) const { return m_counts.value(denomination); }
    QLabel* countedLabel() const { return m_counted; }
    QLabel* expectedLabel() const { return m_expected; }
    QLabel* differenceLabel() const { return m_difference; }
    QLabel* messageLabel() const { return m_message; }
    QPushButton* closeButton() const { return m_close; }
    QMap<qint64, int> counted() const;
    Money countedCash() const;
    const std::optional<ZReport>& report() const { return m_report; }
    void submit();

    // A denomination as people say it: "5000 som", "50 tyiyn".
    static QString denominationName(qint64 tyiyn);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateTotals();

    Database& m_db;
    Session m_actor;
    ShiftTotals m_totals;
    std::optional<ZReport> m_report;
    QMap<qint64, QSpinBox*> m_counts;
    QMap<qint64, QLabel*> m_names;
    QMap<qint64, QLabel*> m_sums;
    QList<QSpinBox*> m_order;
    QLabel* m_intro;
    QLabel* m_notesHeading;
    QLabel* m_coinsHeading;
    QLabel* m_countedCaption;
    QLabel* m_expectedCaption;
    QLabel* m_differenceCaption;
    QLabel* m_counted;
    QLabel* m_expected;
    QLabel* m_difference;
    QLabel* m_message;
    QPushButton* m_clear;
    QPushButton* m_cancel;
    QPushButton* m_close;
};

} // namespace ovop::ui
