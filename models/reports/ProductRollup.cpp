// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "models/reports/ProductRollup.h"

#include "models/reports/RollupCheck.h"
#include "models/reports/SalesRollup.h"
#include "models/store/Sql.h"

namespace ovop {

namespace {

const QString Id = QStringLiteral(":id");

// The parts (day, shop, product, sales, sold, returned, amount, returns) of the sales that
// salesWhere picks (alias s) and the returns that returnsWhere picks (r); a side picked by "0" is
// left out. A sale counts once for a product however many of its lines carry it.
QString partsSql(const QString& salesWhere, const QString& returnsWhere)
{
    // For the whole ledger, CROSS JOIN keeps the sales outside: the sales in order, each one's lines
    // by its key (rather than every line through an index and then its sale).
    const QString join = salesWhere == QLatin1String("1") ? QStringLiteral("CROSS JOIN") : QStringLiteral("JOIN");
    QStringList parts;
    if (salesWhere != QLatin1String("0"))
        parts << QStringLiteral("SELECT %1 AS day, s.origin_shop AS shop, l.product_id AS product, 1 AS sales, "
                                "sum(l.quantity) AS sold, 0 AS returned, sum(l.amount) AS amount, 0 AS returns FROM "
                                "sales s %2 sale_lines l ON l.sale_id = s.id WHERE %3 GROUP BY s.id, l.product_id")
                     .arg(SalesRollup::daySql(QStringLiteral("s.at")), join, salesWhere);
    if (returnsWhere != QLatin1String("0"))
        parts << QStringLiteral("SELECT %1 AS day, r.origin_shop AS shop, rl.product_id AS product, 0 AS sales, 0 AS "
                                "sold, rl.quantity AS returned, 0 AS amount, rl.amount AS returns FROM returns r "
                                "JOIN return_lines rl ON rl.return_id = r.id WHERE %2")
                     .arg(SalesRollup::daySql(QStringLiteral("r.at")), returnsWhere);
    return parts.join(QStringLiteral(" UNION ALL "));
}

// The parts added up by (day, shop, product), with the keys' texts.
QString groupedSql(const QString& salesWhere, const QString& returnsWhere)
{
    return QStringLiteral("SELECT day, shop, product, sum(sales) AS sales, sum(sold) AS sold, sum(returned) AS "
                          "returned, sum(amount) AS amount, sum(returns) AS returns FROM (%1) GROUP BY day, shop, "
                          "product")
        .arg(partsSql(salesWhere, returnsWhere));
}

// Adds the figures of the parts that the two conditions pick to the rollup's rows, their keys
// already known.
QString addRowsSql(const QString& salesWhere, const QString& returnsWhere)
{
    return QStringLiteral("INSERT INTO product_rollup (day, shop, product, sales, sold, returned, amount, returns) "
                          "SELECT a.day, ks.id, kp.id, a.sales, a.sold, a.returned, a.amount, a.returns FROM (%1) a "
                          "JOIN report_keys ks ON ks.key = a.shop JOIN report_keys kp ON kp.key = a.product WHERE "
                          "true ON CONFLICT (day, shop, product) DO UPDATE SET sales = sales + excluded.sales, sold = "
                          "sold + excluded.sold, returned = returned + excluded.returned, amount = amount + "
                          "excluded.amount, returns = returns + excluded.returns")
        .arg(groupedSql(salesWhere, returnsWhere));
}

} // namespace

ProductRollup::ProductRollup(const QSqlDatabase& db) : m_db(db) {}

QStringList ProductRollup::saleStatements()
{
    static const QStringList sql{
        QStringLiteral("INSERT OR IGNORE INTO report_keys (key) SELECT product_id FROM sale_lines WHERE sale_id = :id"),
        addRowsSql(QStringLiteral("s.id = :id"), QStringLiteral("0")),
    };
    return sql;
}

Status ProductRollup::addSale(const QString& saleId) const
{
    return SqlQuery::execEach(m_db, saleStatements(), Id, saleId);
}

Status ProductRollup::addReturn(const QString& returnId) const
{
    // A product that comes back was sold, and has its key since.
    static const QStringList sql{addRowsSql(QStringLiteral("0"), QStringLiteral("r.id = :id"))};
    return SqlQuery::execEach(m_db, sql, Id, returnId);
}

Status ProductRollup::rebuild() const
{
    Transaction unit(m_db);
    if (!unit.isActive())
        return unit.beginError();
    // Every key the ledger can give, from the short tables and without reading the lines twice.
    if (auto done = SqlQuery::execAll(
            m_db,
            {
                QStringLiteral("DELETE FROM product_rollup"),
                QStringLiteral("INSERT OR IGNORE INTO report_keys (key) SELECT origin_shop FROM sales UNION "
                               "SELECT origin_shop FROM returns UNION SELECT id FROM products"),
                addRowsSql(QStringLiteral("1"), QStringLiteral("1")),
            });
        !done)
        return done;
    return unit.commit();
}

Result<QStringList> ProductRollup::problems() const
{
    const QString kept = QStringLiteral("SELECT k.day, ks.key, kp.key, k.sales, k.sold, k.returned, k.amount, "
                                        "k.returns FROM product_rollup k LEFT JOIN report_keys ks ON ks.id = k.shop "
                                        "LEFT JOIN report_keys kp ON kp.id = k.product");
    const QString ledger = QStringLiteral("SELECT day, shop, product, sales, sold, returned, amount, returns FROM (%1)")
                               .arg(groupedSql(QStringLiteral("1"), QStringLiteral("1")));
    auto differences = rollupDifferences(m_db, ledger, kept, QStringLiteral("2, 3, 4, 1"));
    if (!differences)
        return differences.error();
    QStringList out;
    for (const RollupDifference& d : differences->rows) {
        const QString where = tr("day %1, shop %2, product %3").arg(d.key.at(0), d.key.at(1), d.key.at(2));
        out << (d.fromLedger
                    ? tr("The products' sales kept for the reports are missing or differ from the ledger at %1.")
                          .arg(where)
                    : tr("The products' sales kept for the reports have a row the ledger does not give at %1.")
                          .arg(where));
    }
    if (differences->more)
        out << tr("More differences between the products' sales kept for the reports and the ledger are not "
                  "listed; rebuild the figures.");
    return out;
}

Status createProductRollup(const MigrationContext& context)
{
    if (auto done = SqlQuery::execAll(
            context.db, {QStringLiteral("CREATE TABLE product_rollup (day INTEGER NOT NULL, shop INTEGER NOT NULL, "
                                        "product INTEGER NOT NULL, sales INTEGER NOT NULL, sold INTEGER NOT NULL, "
                                        "returned INTEGER NOT NULL, amount INTEGER NOT NULL, returns INTEGER NOT "
                                        "NULL, PRIMARY KEY (day, shop, product)) WITHOUT ROWID")});
        !done)
        return done;
    return ProductRollup(context.db).rebuild();
}

} // namespace ovop
