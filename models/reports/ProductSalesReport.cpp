// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "models/reports/ProductSalesReport.h"

#include <algorithm>

#include <QHash>

#include "models/catalog/LocalizedText.h"
#include "models/people/Session.h"
#include "models/reports/ReportSql.h"
#include "models/stock/StockQuery.h"
#include "models/store/Database.h"

namespace ovop {

ProductSalesReport::ProductSalesReport(Database& db) : m_db(db) {}

QString ProductSalesReport::sql(const ReportScope& scope)
{
    return QStringLiteral("SELECT kp.key, p.sku, p.name_ky, p.name_ru, p.name_en, p.unit, g.n, g.sold, g.returned, "
                          "g.amount, g.returns FROM (SELECT r.product AS pid, sum(r.sales) AS n, sum(r.sold) AS sold, "
                          "sum(r.returned) AS returned, sum(r.amount) AS amount, sum(r.returns) AS returns FROM "
                          "product_rollup r WHERE r.day BETWEEN :first_day AND :last_day") +
           reportsql::rollupShopFilter(scope, QStringLiteral("r")) +
           QStringLiteral(" GROUP BY r.product) g JOIN report_keys kp ON kp.id = g.pid JOIN products p ON p.id = "
                          "kp.key");
}

Result<ProductRanking> ProductSalesReport::build(const Session& actor, const ReportScope& scope, int rows) const
{
    if (!actor.can(Permission::ViewReports))
        return Roles::refusal(Permission::ViewReports);
    if (auto checked = ReportScopes::check(scope); !checked)
        return checked.error();
    if (rows < 1 || rows > 1000)
        return Error::ofField(QStringLiteral("rows"), tr("Ask for 1 to 1000 products, not %1.").arg(rows));

    SqlQuery q(m_db.sql(), sql(scope));
    q.raw().setForwardOnly(true);
    reportsql::bindRollup(q, scope);
    if (auto done = q.exec(); !done)
        return done.error();
    QHash<QString, ProductSalesRow> sold;
    while (q.next()) {
        ProductSalesRow row;
        row.productId = q.value(0).toString();
        row.sku = q.value(1).toString();
        row.name =
            LocalizedText{q.value(2).toString(), q.value(3).toString(), q.value(4).toString()}.in(scope.language);
        row.unit = Units::fromKey(q.value(5).toString()).value_or(Unit::Piece);
        row.sales = q.value(6).toInt();
        row.sold = Quantity::fromMilli(q.value(7).toLongLong());
        row.returned = Quantity::fromMilli(q.value(8).toLongLong());
        row.amount = Money::fromTyiyn(q.value(9).toLongLong());
        row.returns = Money::fromTyiyn(q.value(10).toLongLong());
        sold.insert(row.productId, row);
    }
    if (auto done = q.finished(); !done)
        return done.error();

    auto stock = StockQuery(m_db).list();
    if (!stock)
        return stock.error();

    ProductRanking out;
    out.scope = scope;
    for (const StockRow& s : stock->rows) {
        const auto it = sold.find(s.productId);
        if (it != sold.end()) {
            it->onHand = s.onHand;
            it->stockValue = s.value;
        }
        if (!s.active || s.onHand.milli() <= 0)
            continue;
        out.productsInStock += 1;
        ProductSalesRow row;
        if (it != sold.end()) {
            row = *it;
        } else {
            row.productId = s.productId;
            row.sku = s.sku;
            row.name = s.name.in(scope.language);
            row.unit = s.unit;
            row.onHand = s.onHand;
            row.stockValue = s.value;
        }
        if (row.netSold().milli() <= 0)
            out.unsold += 1;
        out.slow << row;
    }
    std::sort(out.slow.begin(), out.slow.end(), [](const ProductSalesRow& a, const ProductSalesRow& b) {
        if (a.netSold() != b.netSold())
            return a.netSold().milli() < b.netSold().milli();
        if (a.stockValue != b.stockValue)
            return b.stockValue < a.stockValue;
        return a.sku.compare(b.sku, Qt::CaseInsensitive) < 0;
    });
    if (out.slow.size() > rows)
        out.slow.resize(rows);

    for (const ProductSalesRow& row : std::as_const(sold)) {
        if (row.sales > 0)
            out.productsSold += 1;
        if (row.net() > Money())
            out.top << row;
    }
    std::sort(out.top.begin(), out.top.end(), [](const ProductSalesRow& a, const ProductSalesRow& b) {
        if (a.net() != b.net())
            return b.net() < a.net();
        return a.sku.compare(b.sku, Qt::CaseInsensitive) < 0;
    });
    if (out.top.size() > rows)
        out.top.resize(rows);
    return out;
}

} // namespace ovop
