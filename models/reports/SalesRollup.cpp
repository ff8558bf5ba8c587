// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "models/reports/SalesRollup.h"

#include <optional>

#include "models/reports/ProducerRollup.h"
#include "models/reports/ProductRollup.h"
#include "models/reports/RollupCheck.h"
#include "models/store/Sql.h"

namespace ovop {

namespace {

// The figures of a rollup row, in the order of the parts below.
const QStringList Figures = {
    QStringLiteral("sales"),        QStringLiteral("amount"),
    QStringLiteral("returns"),      QStringLiteral("gross"),
    QStringLiteral("discount"),     QStringLiteral("vat"),
    QStringLiteral("sales_tax"),    QStringLiteral("return_count"),
    QStringLiteral("returned_vat"), QStringLiteral("returned_sales_tax"),
};

// One part: grouping, day, shop, group key and the figures (sales, amount, returns, then the tax
// figures of the grouping by rates) from a FROM ... clause.
struct Part
{
    int grouping;
    bool ofSales; // else of returns
    QString sql;
};

Part part(int grouping, const QString& alias, const QString& key, const QString& figures, const QString& from)
{
    return {grouping, alias == QLatin1String("s"),
            QStringLiteral("SELECT %1, %2, %3.origin_shop, %4, %5 %6")
                .arg(QString::number(grouping), SalesRollup::daySql(alias + QStringLiteral(".at")), alias, key, figures,
                     from)};
}

// The parts (g, day, shop, k, figures...) of the sales that salesWhere picks and the returns that
// returnsWhere picks: one row per sale and group (its count of 1 and its amount there), one per
// return and group; the change given counts against cash without counting a sale. Of one grouping
// only when given.
QString partsSql(const QString& salesWhere, const QString& returnsWhere, std::optional<int> only)
{
    const QString sw = QStringLiteral(" WHERE ") + salesWhere;
    const QString rw = QStringLiteral(" WHERE ") + returnsWhere;
    const QString sold = QStringLiteral("1, s.total, 0, 0, 0, 0, 0, 0, 0, 0");
    const QString back = QStringLiteral("0, 0, r.total, 0, 0, 0, 0, 0, 0, 0");
    const QString lines = QStringLiteral("1, sum(l.amount), 0, 0, 0, 0, 0, 0, 0, 0");
    const QString lineBack = QStringLiteral("0, 0, rl.amount, 0, 0, 0, 0, 0, 0, 0");
    // For the whole ledger, CROSS JOIN keeps the sales outside: the sales in order, each one's lines
    // by its key (rather than every line through an index and then its sale). Otherwise the
    // planner chooses: a changed category's lines, say, through the products of the category.
    const QString saleLines = salesWhere == QLatin1String("1")
                                  ? QStringLiteral("FROM sales s CROSS JOIN sale_lines l ON l.sale_id = s.id")
                                  : QStringLiteral("FROM sales s JOIN sale_lines l ON l.sale_id = s.id");
    const QString returnLines = QStringLiteral("FROM returns r JOIN return_lines rl ON rl.return_id = r.id");
    const QString returnedLine =
        QStringLiteral(" JOIN sale_lines l ON l.sale_id = rl.sale_id AND l.line_no = rl.sale_line_no");
    const QString place =
        QStringLiteral(" LEFT JOIN producers pr ON pr.id = l.producer_id LEFT JOIN villages v ON v.id = pr.village_id");
    const QString product = QStringLiteral(" JOIN products p ON p.id = l.product_id");
    const QString returnedProduct = QStringLiteral(" JOIN products p ON p.id = rl.product_id");
    const QString category = QStringLiteral("coalesce(p.category, '')");
    const QString producer = QStringLiteral("coalesce(l.producer_id, '')");
    const QString village = QStringLiteral("coalesce(pr.village_id, '')");
    const QString oblast = QStringLiteral("coalesce(v.oblast_id, '')");
    const QString rates = QStringLiteral("s.vat_rate || ':' || s.sales_tax_rate");
    const QString perSale = QStringLiteral(" GROUP BY s.id, 4");
    const QList<Part> parts = {
        part(SalesRollup::Day, QStringLiteral("s"), QStringLiteral("''"), sold, QStringLiteral("FROM sales s") + sw),
        part(SalesRollup::Cashier, QStringLiteral("s"), QStringLiteral("s.user_id"), sold,
             QStringLiteral("FROM sales s") + sw),
        part(SalesRollup::Rates, QStringLiteral("s"), rates,
             QStringLiteral("1, s.total, 0, s.gross, s.discount, s.vat, s.sales_tax, 0, 0, 0"),
             QStringLiteral("FROM sales s") + sw),
        part(SalesRollup::Payment, QStringLiteral("s"), QStringLiteral("p.method"),
             QStringLiteral("1, sum(p.amount), 0, 0, 0, 0, 0, 0, 0, 0"),
             QStringLiteral("FROM sales s JOIN sale_payments p ON p.sale_id = s.id") + sw + perSale),
        part(SalesRollup::Payment, QStringLiteral("s"), QStringLiteral("'cash'"),
             QStringLiteral("0, -s.change, 0, 0, 0, 0, 0, 0, 0, 0"),
             QStringLiteral("FROM sales s") + sw + QStringLiteral(" AND s.change <> 0")),
        part(SalesRollup::Category, QStringLiteral("s"), category, lines, saleLines + product + sw + perSale),
        part(SalesRollup::Producer, QStringLiteral("s"), producer, lines, saleLines + sw + perSale),
        part(SalesRollup::Village, QStringLiteral("s"), village, lines, saleLines + place + sw + perSale),
        part(SalesRollup::Oblast, QStringLiteral("s"), oblast, lines, saleLines + place + sw + perSale),
        part(SalesRollup::Day, QStringLiteral("r"), QStringLiteral("''"), back, QStringLiteral("FROM returns r") + rw),
        part(SalesRollup::Cashier, QStringLiteral("r"), QStringLiteral("r.user_id"), back,
             QStringLiteral("FROM returns r") + rw),
        part(SalesRollup::Rates, QStringLiteral("r"), rates,
             QStringLiteral("0, 0, r.total, 0, 0, 0, 0, 1, r.vat, r.sales_tax"),
             QStringLiteral("FROM returns r JOIN sales s ON s.id = r.sale_id") + rw),
        part(SalesRollup::Payment, QStringLiteral("r"), QStringLiteral("rp.method"),
             QStringLiteral("0, 0, rp.amount, 0, 0, 0, 0, 0, 0, 0"),
             QStringLiteral("FROM returns r JOIN return_payments rp ON rp.return_id = r.id") + rw),
        part(SalesRollup::Category, QStringLiteral("r"), category, lineBack, returnLines + returnedProduct + rw),
        part(SalesRollup::Producer, QStringLiteral("r"), producer, lineBack, returnLines + returnedLine + rw),
        part(SalesRollup::Village, QStringLiteral("r"), village, lineBack, returnLines + returnedLine + place + rw),
        part(SalesRollup::Oblast, QStringLiteral("r"), oblast, lineBack, returnLines + returnedLine + place + rw),
    };
    // A side picked by "0" is left out (a sale's parts need none of the returns').
    QStringList picked;
    for (const Part& p : parts)
        if ((!only || *only == p.grouping) && (p.ofSales ? salesWhere : returnsWhere) != QLatin1String("0"))
            picked << p.sql;
    return picked.join(QStringLiteral(" UNION ALL "));
}

// The parts added up by (g, day, shop, k), with the figures' names.
QString groupedSql(const QString& salesWhere, const QString& returnsWhere, std::optional<int> only = std::nullopt)
{
    QStringList names, sums;
    for (const QString& f : Figures) {
        names << QStringLiteral("0 AS ") + f;
        sums << QStringLiteral("sum(%1) AS %1").arg(f);
    }
    // A first, empty part names the columns of the compound.
    return QStringLiteral("SELECT g, day, shop, k, %1 FROM (SELECT 0 AS g, 0 AS day, '' AS shop, '' AS k, %2 "
                          "WHERE 0 UNION ALL %3) GROUP BY g, day, shop, k")
        .arg(sums.join(QStringLiteral(", ")), names.join(QStringLiteral(", ")),
             partsSql(salesWhere, returnsWhere, only));
}

// Statements of a trigger body that work out one grouping's rows for some groups again: the rows
// of the groups that keysSql gives go, and those the parts that filterSql picks give come back.
QString refreshSql(int grouping, const QString& keysSql, const QString& filterSql)
{
    QStringList values;
    for (const QString& f : Figures)
        values << QStringLiteral("a.") + f;
    return QStringLiteral("DELETE FROM sales_rollup WHERE grouping = %1 AND key IN (SELECT id FROM report_keys WHERE "
                          "key IN (%2)); INSERT OR IGNORE INTO report_keys (key) SELECT a.k FROM (%3) a; INSERT "
                          "INTO sales_rollup (grouping, day, shop, key, %4) SELECT a.g, a.day, ks.id, kk.id, %5 FROM "
                          "(%3) a JOIN report_keys ks ON ks.key = a.shop JOIN report_keys kk ON kk.key = a.k;")
        .arg(QString::number(grouping), keysSql, groupedSql(filterSql, filterSql, grouping),
             Figures.join(QStringLiteral(", ")), values.join(QStringLiteral(", ")));
}

} // namespace

SalesRollup::SalesRollup(const QSqlDatabase& db) : m_db(db) {}

QString SalesRollup::daySql(const QString& timeExpr)
{
    return QStringLiteral("CAST(strftime('%Y%m%d', %1, 'localtime') AS INTEGER)").arg(timeExpr);
}

QStringList SalesRollup::statements(const QString& salesWhere, const QString& returnsWhere, bool whole)
{
    const QString grouped = groupedSql(salesWhere, returnsWhere);
    // One document's keys from its parts; for the whole ledger, every key it can give from the
    // short tables and one pass over the sales, rather than working out the parts twice.
    const QString keys = whole ? QStringLiteral("INSERT OR IGNORE INTO report_keys (key) SELECT '' UNION SELECT "
                                                "origin_shop FROM sales UNION SELECT origin_shop FROM returns UNION "
                                                "SELECT vat_rate || ':' || sales_tax_rate FROM sales UNION SELECT id "
                                                "FROM users UNION SELECT category FROM products UNION SELECT id FROM "
                                                "producers UNION SELECT village_id FROM producers WHERE village_id "
                                                "IS NOT NULL UNION SELECT oblast_id FROM villages WHERE oblast_id IS "
                                                "NOT NULL UNION VALUES ('cash'), ('card'), ('qr')")
                               : QStringLiteral("WITH a AS (%1) INSERT OR IGNORE INTO report_keys (key) SELECT shop "
                                                "FROM a UNION SELECT k FROM a")
                                     .arg(grouped);
    QStringList values, updates;
    for (const QString& f : Figures) {
        values << QStringLiteral("a.") + f;
        updates << QStringLiteral("%1 = %1 + excluded.%1").arg(f);
    }
    const QString rows = QStringLiteral("INSERT INTO sales_rollup (grouping, day, shop, key, %1) SELECT a.g, a.day, "
                                        "ks.id, kk.id, %2 FROM (%3) a JOIN report_keys ks ON ks.key = a.shop JOIN "
                                        "report_keys kk ON kk.key = a.k WHERE true ON CONFLICT (grouping, day, shop, "
                                        "key) DO UPDATE SET %4")
                             .arg(Figures.join(QStringLiteral(", ")), values.join(QStringLiteral(", ")), grouped,
                                  updates.join(QStringLiteral(", ")));
    return {keys, rows};
}

QStringList SalesRollup::saleStatements()
{
    // Worked out once: the text is long, and a sale's commit asks for it.
    static const QStringList sql = statements(QStringLiteral("s.id = :id"), QStringLiteral("0"), false) +
                                   ProducerRollup::saleStatements() + ProductRollup::saleStatements();
    return sql;
}

Status SalesRollup::addSale(const QString& saleId) const
{
    return SqlQuery::execEach(m_db, saleStatements(), QStringLiteral(":id"), saleId);
}

Status SalesRollup::addReturn(const QString& returnId) const
{
    static const QStringList sql = statements(QStringLiteral("0"), QStringLiteral("r.id = :id"), false);
    if (auto done = SqlQuery::execEach(m_db, sql, QStringLiteral(":id"), returnId); !done)
        return done;
    if (auto done = ProducerRollup(m_db).addReturn(returnId); !done)
        return done;
    return ProductRollup(m_db).addReturn(returnId);
}

Status SalesRollup::rebuild() const
{
    Transaction unit(m_db);
    if (!unit.isActive())
        return unit.beginError();
    if (auto done = SqlQuery::execAll(m_db, {QStringLiteral("DELETE FROM sales_rollup")}); !done)
        return done;
    if (auto done = SqlQuery::execAll(m_db, statements(QStringLiteral("1"), QStringLiteral("1"), true)); !done)
        return done;
    return unit.commit();
}

Result<QStringList> SalesRollup::problems() const
{
    QStringList figures;
    for (const QString& f : Figures)
        figures << QStringLiteral("r.") + f;
    const QString kept = QStringLiteral("SELECT r.grouping, r.day, ks.key, kk.key, %1 FROM sales_rollup r "
                                        "LEFT JOIN report_keys ks ON ks.id = r.shop LEFT JOIN report_keys kk ON "
                                        "kk.id = r.key")
                             .arg(figures.join(QStringLiteral(", ")));
    const QString ledger = groupedSql(QStringLiteral("1"), QStringLiteral("1"));
    auto differences = rollupDifferences(m_db, ledger, kept, QStringLiteral("3, 2, 4, 5, 1"));
    if (!differences)
        return differences.error();
    QStringList out;
    for (const RollupDifference& d : differences->rows) {
        const QString where =
            tr("grouping %1, day %2, shop %3, group \"%4\"").arg(d.key.at(0), d.key.at(1), d.key.at(2), d.key.at(3));
        out << (d.fromLedger ? tr("The sales figures kept for the reports are missing or differ from the ledger at %1.")
                                   .arg(where)
                             : tr("The sales figures kept for the reports have a row the ledger does not give at %1.")
                                   .arg(where));
    }
    if (differences->more)
        out << tr("More differences between the sales figures kept for the reports and the ledger are not "
                  "listed; rebuild the figures.");
    return out;
}

Status createSalesRollup(const MigrationContext& context)
{
    QStringList figures;
    for (const QString& f : Figures)
        figures << f + QStringLiteral(" INTEGER NOT NULL DEFAULT 0");
    if (auto done = SqlQuery::execAll(
            context.db,
            {
                QStringLiteral("CREATE TABLE report_keys (id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE)"),
                QStringLiteral("CREATE TABLE sales_rollup (grouping INTEGER NOT NULL, day INTEGER NOT NULL, "
                               "shop INTEGER NOT NULL REFERENCES report_keys(id), key INTEGER NOT NULL "
                               "REFERENCES report_keys(id), %1, PRIMARY KEY (grouping, day, shop, key)) "
                               "WITHOUT ROWID")
                    .arg(figures.join(QStringLiteral(", "))),
            });
        !done)
        return done;
    // The report groups goods by their category, producers by their village and villages by
    // their oblast as they are now: a change of one of them works out the groups it moves again.
    const QString oldVillage = QStringLiteral("coalesce(old.village_id, '')");
    const QString newVillage = QStringLiteral("coalesce(new.village_id, '')");
    const QString oblastOf = QStringLiteral("coalesce((SELECT oblast_id FROM villages WHERE id = %1.village_id), '')");
    const QString villages = oldVillage + QStringLiteral(", ") + newVillage;
    const QString oblasts =
        oblastOf.arg(QStringLiteral("old")) + QStringLiteral(", ") + oblastOf.arg(QStringLiteral("new"));
    const QString movedOblasts = QStringLiteral("coalesce(old.oblast_id, ''), coalesce(new.oblast_id, '')");
    if (auto done = SqlQuery::execAll(
            context.db,
            {
                QStringLiteral("CREATE TRIGGER sales_rollup_category AFTER UPDATE OF category ON products WHEN "
                               "old.category IS NOT new.category BEGIN %1 END")
                    .arg(refreshSql(SalesRollup::Category, QStringLiteral("old.category, new.category"),
                                    QStringLiteral("p.category IN (old.category, new.category)"))),
                QStringLiteral("CREATE TRIGGER sales_rollup_village AFTER UPDATE OF village_id ON producers WHEN "
                               "old.village_id IS NOT new.village_id BEGIN %1 %2 END")
                    .arg(refreshSql(SalesRollup::Village, villages,
                                    QStringLiteral("coalesce(pr.village_id, '') IN (%1)").arg(villages)),
                         refreshSql(SalesRollup::Oblast, oblasts,
                                    QStringLiteral("coalesce(v.oblast_id, '') IN (%1)").arg(oblasts))),
                QStringLiteral("CREATE TRIGGER sales_rollup_oblast AFTER UPDATE OF oblast_id ON villages WHEN "
                               "old.oblast_id IS NOT new.oblast_id BEGIN %1 END")
                    .arg(refreshSql(SalesRollup::Oblast, movedOblasts,
                                    QStringLiteral("coalesce(v.oblast_id, '') IN (%1)").arg(movedOblasts))),
            });
        !done)
        return done;
    return SalesRollup(context.db).rebuild();
}

} // namespace ovop
