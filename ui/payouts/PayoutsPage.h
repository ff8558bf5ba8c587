// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <optional>

#include <QWidget>

#include "models/payouts/Payouts.h"
#include "models/people/Session.h"
#include "models/store/FileGuard.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;

namespace ovop {
class Database;
}

namespace ovop::ui {

class StatementLinesModel;
class StatementTableModel;

// Paying consignment producers: pick a producer (what is unsettled is shown), a period, make the
// statement (Ctrl+N) of what sold and came back and is on no statement yet; the producer's
// statements with what was paid and what is due; the selected statement's lines and totals; pay it
// (F9: cash from this till's drawer, bank or wallet), save it as PDF (Ctrl+S) or print it (Ctrl+P)
// in the statement's language, and give unsold goods back to the producer (Ctrl+R).
class PayoutsPage : public QWidget
{
    Q_OBJECT

public:
    PayoutsPage(Database& db, const Session& session, QWidget* parent = nullptr);

    QComboBox* producerBox() const { return m_producer; }
    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }
    QLabel* unsettledLabel() const { return m_unsettled; }
    QLabel* totalsLabel() const { return m_totals; }
    QLabel* messageLabel() const { return m_message; }
    QTableView* statementsView() const { return m_statements; }
    QTableView* linesView() const { return m_lines; }
    QPushButton* makeButton() const { return m_make; }
    QPushButton* payButton() const { return m_pay; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* printButton() const { return m_print; }
    QPushButton* returnButton() const { return m_return; }
    const std::optional<Statement>& current() const { return m_current; }

public Q_SLOTS:
    // Reads the producers, then the chosen producer's statements, again.
    void reload();
    void makeStatement();
    // Opens the pay dialog for the selected statement and pays with what was chosen.
    void pay();
    void savePdf();
    void printStatement();
    void returnGoods();

public:
    // Pays the selected statement (what the dialog does once accepted).
    Status payCurrent(Payout::Method method, const QString& reference);
    // Writes the selected statement as PDF.
    Status writeCurrentPdf(const QString& path, Overwrite overwrite);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void producerChanged();
    void statementSelected();
    void showStatement(const std::optional<Statement>& statement);
    void selectStatement(const QString& id);
    void showMessage(const QString& text, bool error);
    QString producerId() const;

    Database& m_db;
    Session m_session;
    std::optional<Statement> m_current;
    QComboBox* m_producer;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QLabel* m_producerLabel;
    QLabel* m_fromLabel;
    QLabel* m_toLabel;
    QLabel* m_unsettled;
    QLabel* m_totals;
    QLabel* m_message;
    QTableView* m_statements;
    QTableView* m_lines;
    StatementTableModel* m_statementModel;
    StatementLinesModel* m_lineModel;
    QPushButton* m_make;
    QPushButton* m_pay;
    QPushButton* m_save;
    QPushButton* m_print;
    QPushButton* m_return;
};

} // namespace ovop::ui
