// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include "models/core/Money.h"
#include "models/core/Result.h"
#include "models/reports/ReportScope.h"

namespace ovop {

class Database;
struct Session;

// The tax contained in the period's sales at one pair of rates (basis points; a VAT rate of 0 for
// a shop that pays no VAT), and in the returns of sales made at those rates.
struct TaxRow
{
    int vatRateBp = 0;
    int salesTaxRateBp = 0;
    int salesCount = 0;
    Money sales;       // what the customers paid, tax included
    Money vat;         // contained in the sales
    Money salesTax;    // contained in the sales
    Money returns;     // given back in the period for sales at these rates
    Money returnedVat; // contained in the returns
    Money returnedSalesTax;

    Money netVat() const { return vat - returnedVat; }
    Money netSalesTax() const { return salesTax - returnedSalesTax; }
};

// The period's sales at a glance: sales are counted by the time of the sale, returns by the time
// of the return (whenever the sale was).
struct SalesSummary
{
    ReportScope scope;
    int salesCount = 0;
    Money gross;     // at the prices sold, before discounts
    Money discounts; // line and cart discounts
    Money total;     // what the customers paid: gross - discounts
    int returnsCount = 0;
    Money returns;
    QList<TaxRow> taxes; // by rates, lowest first

    Money net() const { return total - returns; }
};

// One group of a breakdown. amount is the group's part of the sales' totals (after discounts),
// returns its part of the period's returns; count is the number of sales with something in the
// group (for day, payment method and cashier each sale is in one group, so the counts add up to
// the number of sales; a sale of goods of two categories counts in both).
struct SalesGroupRow
{
    QString key;   // see SalesReport::Grouping
    QString label; // its name in the scope's language
    int count = 0;
    Money amount;
    Money returns;

    Money net() const { return amount - returns; }
};

// The period's sales broken down one way. The rows' amounts add up to total and their returns to
// returns, whichever the grouping: every figure is the same money, divided differently.
struct SalesBreakdown
{
    ReportScope scope;
    int grouping = 0;          // SalesReport::Grouping
    int count = 0;             // sales in the period
    Money total;               // sum of the rows' amounts
    Money returns;             // sum of the rows' returns
    QList<SalesGroupRow> rows; // by key (days in order; the others by amount, largest first)

    Money net() const { return total - returns; }
};

// Sales for a period, of one shop or a set of shops. Each figure is one aggregate query over the
// period's daily figures (sales_rollup, which every sale and return adds to, see SalesRollup),
// not over the ledger's lines; needs Permission::ViewReports.
class SalesReport
{
    Q_DECLARE_TR_FUNCTIONS(SalesReport)

public:
    // What the rows of a breakdown are, and their keys.
    enum class Grouping {
        Day,      // the local day, YYYY-MM-DD
        Category, // the category key
        Oblast,   // the oblast code of the goods' producer
        Village,  // the village id of the goods' producer
        Producer, // the producer code
        Payment,  // cash, card or qr (cash less the change given)
        Cashier,  // the login of who sold or took the return
    };

    explicit SalesReport(Database& db);

    static QString groupingKey(Grouping grouping); // "day", "category", ...
    static std::optional<Grouping> groupingFromKey(const QString& key);
    static QList<Grouping> groupings();

    Result<SalesSummary> summary(const Session& actor, const ReportScope& scope) const;
    Result<SalesBreakdown> breakdown(const Session& actor, const ReportScope& scope, Grouping grouping) const;

    // The statements behind the figures (parameters :first_day, :last_day and the scope's shops,
    // see reportsql::bindRollup), for measuring them against the same SQL run by bare SQLite.
    static QString summarySql(const ReportScope& scope);
    static QString countSql(const ReportScope& scope);
    static QString breakdownSql(Grouping grouping, const ReportScope& scope);

private:
    Database& m_db;
};

} // namespace ovop
