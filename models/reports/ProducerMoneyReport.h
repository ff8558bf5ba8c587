// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include "models/catalog/LocalizedText.h"
#include "models/catalog/Producer.h"
#include "models/core/Money.h"
#include "models/core/Result.h"
#include "models/reports/ReportScope.h"

namespace ovop {

class Database;
struct Session;

// One producer's money in a period, with the register's record that the impact report needs.
struct ProducerMoneyRow
{
    QString producerId;
    QString code;
    QString name;
    Producer::Terms terms = Producer::Terms::Consignment;
    bool womenLed = false;
    int members = 1;
    int women = 0;
    QDate lastVisit; // invalid when never visited
    QString materialsAndDyes;
    QString environmentalPractice;
    QString villageId;
    LocalizedText villageName;
    QString oblastCode;
    LocalizedText oblastName;

    Money sold;       // the producer's sale lines in the period (what the customers paid)
    Money returned;   // return lines in the period of the producer's goods
    Money commission; // the shop's, on the sold less the returned (consignment only)
    Money owed;       // of earned(), what no payout has paid yet (as of now)
    Money paid;       // payouts made in the period (for statements of any period)
    Money purchased;  // what purchases from the producer received in the period cost

    Money net() const { return sold - returned; }
    // The producer's share of the period's sales: consignment goods less the shop's commission.
    // Nothing for a purchase producer, whose goods were the shop's (paid for on receipt).
    Money earned() const { return terms == Producer::Terms::Consignment ? net() - commission : Money(); }
    Money paidOut() const { return paid + purchased; }
};

struct ProducerMoney
{
    ReportScope scope;
    QList<ProducerMoneyRow> rows; // producers with any figure in the period, by code
    Money sold;
    Money returned;
    Money commission;
    Money earned;
    Money owed;
    Money paid;
    Money purchased;
};

// What the shop owes and paid its producers for a period, per producer: one aggregate query over
// the producers' daily figures (ProducerRollup), payouts and purchase receivings. The commission
// follows the statements' rules: a line already on a statement counts with the statement's
// commission, any other with the rate a statement would take (CommissionService: the category
// override, else the producer's rate, rounded per line). A line is owed until a payout paid its
// statement. Needs Permission::ViewReports.
class ProducerMoneyReport
{
    Q_DECLARE_TR_FUNCTIONS(ProducerMoneyReport)

public:
    explicit ProducerMoneyReport(Database& db);

    Result<ProducerMoney> build(const Session& actor, const ReportScope& scope) const;

    // The statement behind the report (parameters :begin, :end, :from_day, :to_day, :first_day,
    // :last_day and the scope's shops, see reportsql), for measuring it against the same SQL run by bare SQLite.
    static QString sql(const ReportScope& scope);

private:
    Database& m_db;
};

} // namespace ovop
