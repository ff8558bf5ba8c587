// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <optional>

#include <QWidget>

#include "models/people/Session.h"
#include "models/sales/Shift.h"

class QGridLayout;
class QLabel;
class QPushButton;

namespace ovop {
class Database;
}

namespace ovop::ui {

// The till's shift: whether a shift is open (its number, who opened it and when, the float), the X
// figures as they stand (the cash the drawer should hold, sales, returns, cash in and out, takings
// by method), and the shift's actions, each with a function key: open (F2), cash in (F3), cash out
// (F4), X report (F6), close with a count into a Z report (F8), the Z reports to print again (F9)
// and a return (F10). Under them, what the fiscal register has not registered yet, with Retry
// (sent in the background: the window never waits on the register).
class ShiftPage : public QWidget
{
    Q_OBJECT

public:
    ShiftPage(Database& db, const Session& session, QWidget* parent = nullptr);

    QLabel* stateLabel() const { return m_state; }
    QLabel* detailLabel() const { return m_detail; }
    QLabel* expectedLabel() const { return m_expected; }
    QLabel* figuresLabel() const { return m_figures; }
    QLabel* messageLabel() const { return m_message; }
    QLabel* fiscalLabel() const { return m_fiscal; }
    QPushButton* openButton() const { return m_open; }
    QPushButton* cashInButton() const { return m_cashIn; }
    QPushButton* cashOutButton() const { return m_cashOut; }
    QPushButton* xButton() const { return m_x; }
    QPushButton* closeButton() const { return m_close; }
    QPushButton* zButton() const { return m_z; }
    QPushButton* returnButton() const { return m_return; }
    QPushButton* retryButton() const { return m_retry; }
    QPushButton* fiscalListButton() const { return m_fiscalList; }
    const std::optional<ShiftTotals>& totals() const { return m_totals; }
    bool retrying() const { return m_retrying; }

public Q_SLOTS:
    // Reads the shift, its figures and the fiscal count again.
    void reload();
    void openShift();
    void cashIn();
    void cashOut();
    void showXReport();
    void closeShift();
    void showZReports();
    void makeReturn();
    void retryFiscal();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void showMessage(const QString& text, bool error);
    void reloadFiscal();

    Database& m_db;
    Session m_session;
    std::optional<ShiftTotals> m_totals;
    int m_pendingFiscal = 0;
    bool m_retrying = false;
    QLabel* m_state;
    QLabel* m_detail;
    QLabel* m_expectedCaption;
    QLabel* m_expected;
    QLabel* m_figures;
    QLabel* m_message;
    QLabel* m_fiscal;
    QPushButton* m_open;
    QPushButton* m_cashIn;
    QPushButton* m_cashOut;
    QPushButton* m_x;
    QPushButton* m_close;
    QPushButton* m_z;
    QPushButton* m_return;
    QPushButton* m_retry;
    QPushButton* m_fiscalList;
};

} // namespace ovop::ui
