// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include "models/catalog/LocalizedText.h"
#include "models/core/Money.h"
#include "models/core/Result.h"
#include "models/reports/ProducerMoneyReport.h"
#include "models/reports/ReportScope.h"

namespace ovop {

class Database;
struct Session;

// A producer whose goods sold in the period and whose working-conditions visit is overdue.
struct OverdueProducer
{
    QString code;
    QString name;
    QDate lastVisit; // invalid: never visited
    Money sales;     // net of returns, in the period
};

// The producers, villages and sales reached in one oblast.
struct OblastImpact
{
    QString oblastCode;
    LocalizedText oblastName;
    Money amount; // net sales of its producers' goods
    int producers = 0;
    int villages = 0;
};

// What buyers and donors ask of a period: the money that reached producers, who and where they
// are, and how much of the sales came from women-led groups and from producers whose working
// conditions were checked in time. Sales are net of returns; shares are fractions (0..1) of
// salesTotal, zero when nothing sold.
struct Impact
{
    ReportScope scope;
    QDate asOf;               // the day the visits are judged overdue or current (today)
    Money salesTotal;         // the period's sales less its returns, all goods
    Money paidToProducers;    // payouts in the period and purchases received in it
    Money owedToProducers;    // producers' share of the period's consignment sales not yet paid
    int producersReached = 0; // producers whose goods sold in the period
    int villagesReached = 0;
    int oblastsReached = 0;
    Money womenLedSales; // of women-led producers
    double womenLedShare = 0;
    double womenMembersShare = 0; // each producer's sales weighted by its share of women members
    Money currentCheckSales;      // of producers whose working-conditions visit is not overdue
    double currentCheckShare = 0;
    QList<OverdueProducer> overdueProducers; // largest sales first
    QList<OblastImpact> byOblast;            // largest amount first
    int materialsRecorded = 0;               // producers reached with materials and dyes on record
    int environmentRecorded = 0;             // producers reached with an environmental practice on record
    double materialsRecordedShare = 0;       // of the sales
    double environmentRecordedShare = 0;     // of the sales
    QList<ProducerMoneyRow> producers;       // the producers reached, with their record, by code
};

// The impact report, computed from the period's sales summary and the producers' money (each one
// aggregate query) and the producers' register. A visit is overdue by the register's rule
// (Producer::visitOverdue) as of today by the database clock. Needs Permission::ViewReports.
class ImpactReport
{
    Q_DECLARE_TR_FUNCTIONS(ImpactReport)

public:
    explicit ImpactReport(Database& db);

    Result<Impact> build(const Session& actor, const ReportScope& scope) const;
    // The same from figures already read (for a screen that shows both).
    static Impact compute(const ReportScope& scope, const QDate& asOf, Money salesTotal, const ProducerMoney& money);

private:
    Database& m_db;
};

} // namespace ovop
