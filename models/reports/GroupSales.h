// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// The sales and returns behind one group of the sales report: what a click on a bar of the
// dashboard opens.
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include "models/catalog/Product.h"
#include "models/core/Money.h"
#include "models/core/Quantity.h"
#include "models/core/Result.h"
#include "models/reports/ReportScope.h"
#include "models/reports/SalesReport.h"

namespace ovop {

class Database;
struct Session;

// A line of a sale, or of a return, that is in the group.
struct GroupSaleLine
{
    int lineNo = 0; // of the sale or of the return
    QString sku;
    QString name; // as sold, in the scope's language
    Unit unit = Unit::Piece;
    Quantity quantity;
    Money amount; // after discounts; what came back for a return
};

// One sale or return with something in the group.
struct GroupSaleRow
{
    enum class Kind { Sale, Return };

    Kind kind = Kind::Sale;
    QString id;
    QString receipt;
    QString saleReceipt; // for a return: the receipt of the sale it returns against
    QDateTime at;        // local time
    QString shop;        // the origin shop
    QString cashierLogin;
    QString cashierName; // the full name, or the login when there is none
    // The document's part in the group: the group's lines for a sale; the money that came back
    // for a return (never negative: see signedAmount). For a payment method, what was paid by it,
    // cash less the change given.
    Money amount;
    // Of the groupings by goods (category, oblast, village, producer): the lines in the group.
    // Empty for the others, where the whole document is in the group.
    QList<GroupSaleLine> lines;

    bool isReturn() const { return kind == Kind::Return; }
    // The amount as it counts towards the group's net: negative for a return.
    Money signedAmount() const { return isReturn() ? Money() - amount : amount; }
};

// The documents behind one group of SalesReport::breakdown, newest first. The figures are those
// of every document of the group, also when only the newest are listed: count, amount and
// returns equal the group's SalesGroupRow.
struct GroupSales
{
    ReportScope scope;
    SalesReport::Grouping grouping = SalesReport::Grouping::Day;
    QString key;
    int count = 0;        // sales with something in the group (as SalesGroupRow::count)
    Money amount;         // the group's part of the sales
    int returnsCount = 0; // returns with something in the group
    Money returns;        // the group's part of the returns
    int documents = 0;    // sales and returns in the group, listed or not
    QList<GroupSaleRow> rows;

    Money net() const { return amount - returns; }
    // The documents of the group not listed.
    int more() const { return documents - int(rows.size()); }
};

// The group's figures come from the daily figures (SalesRollup) and the number of its returns
// from the period's returns; its newest documents from the ledger, reading the period's sales and
// returns backwards through their time index until enough are found (a group that sold little
// in a long period reads more of it). Like the daily figures, sales count by the time of the sale
// and returns by the time of the return; goods by their current category, producers by their
// current village and villages by their current oblast. Needs Permission::ViewReports.
class GroupSalesReport
{
    Q_DECLARE_TR_FUNCTIONS(GroupSalesReport)

public:
    static constexpr int DefaultLimit = 500;
    static constexpr int MaxLimit = 1000;

    explicit GroupSalesReport(Database& db);

    // Whether the grouping is by goods (category, oblast, village, producer): a document's part in
    // a group is then some of its lines, listed with it.
    static bool ofGoods(SalesReport::Grouping grouping);

    // The group's documents, at most limit of them listed. key is a SalesGroupRow::key of the
    // grouping: a day (YYYY-MM-DD), a category key, an oblast code, a village id, a producer code,
    // cash, card or qr, a cashier's login; empty for the goods without a category or producer.
    // For the grouping by day, a month (YYYY-MM) stands for its days within the period, as a
    // point of the sales by month. An unknown key gives no documents.
    Result<GroupSales> build(const Session& actor, const ReportScope& scope, SalesReport::Grouping grouping,
                             const QString& key, int limit = DefaultLimit) const;

    // The statements behind the figures, the rows and (for the groupings by goods) the rows'
    // lines, for measuring and for checking their plans. Their parameters: the period's days
    // :first_day, :last_day (reportsql::bindRollup) for the figures, its times :begin, :end
    // (reportsql::bindScope) for them all, the scope's shops, the key :k and, but for the figures,
    // :limit; for the grouping by day the scope is the day's or month's.
    static QString totalsSql(SalesReport::Grouping grouping, const ReportScope& scope, const QString& key);
    static QString rowsSql(SalesReport::Grouping grouping, const ReportScope& scope, const QString& key);
    static QString linesSql(SalesReport::Grouping grouping, const ReportScope& scope, const QString& key);

private:
    Database& m_db;
};

} // namespace ovop
