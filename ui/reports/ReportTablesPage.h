// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QWidget>

#include "models/people/Session.h"
#include "models/reports/ReportScope.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;

namespace ovop {
class Database;
}

namespace ovop::ui {

class ReportExport;

// The reports as tables, for a period and this shop or every shop: sales by day, category, oblast,
// village, producer, payment method or cashier (with returns and the net), the taxes contained by
// rate, the producers' money (earned, owed, paid) and the impact by oblast and its overdue
// producers. Every figure comes from the core's reports; saved or printed through ReportExport.
class ReportTablesPage : public QWidget
{
    Q_OBJECT

public:
    enum class Table {
        ByDay,
        ByCategory,
        ByOblast,
        ByVillage,
        ByProducer,
        ByPayment,
        ByCashier,
        Taxes,
        ProducersMoney,
        ImpactByOblast,
        OverdueProducers,
    };

    ReportTablesPage(Database& db, const Session& session, QWidget* parent = nullptr);

    void setTable(Table table);
    void setPeriod(const QDate& from, const QDate& to);
    ReportScope scope() const;
    QTableWidget* table() const { return m_table; }
    QLabel* totalsLabel() const { return m_totals; }
    QLabel* messageLabel() const { return m_message; }

public Q_SLOTS:
    void reload();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void fill(const QStringList& headers, const QList<QStringList>& rows, int firstNumberColumn);

    Database& m_db;
    Session m_session;
    QString m_shopCode;
    QComboBox* m_choice;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QComboBox* m_shop;
    QLabel* m_choiceLabel;
    QLabel* m_periodLabel;
    QPushButton* m_exportButton;
    ReportExport* m_export;
    QTableWidget* m_table;
    QLabel* m_totals;
    QLabel* m_message;
    bool m_filling = false;
};

} // namespace ovop::ui
