// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "models/reports/ProducerRollup.h"

#include "models/payouts/CommissionService.h"
#include "models/reports/SalesRollup.h"
#include "models/reports/RollupCheck.h"
#include "models/store/Sql.h"

namespace ovop {

namespace {

// How a part counts its lines: as the rollup keeps them (on their statement, if any), or taken
// away from the row of lines on no statement at the rate of today (a line a statement just took).
enum class Count { AsKept, LeavingUnsettled };

// The parts (day, shop, producer, statement, lines, sold, returned, commission) of the sale lines
// that salesWhere picks (aliases s, l) and the return lines that returnsWhere picks (r, rl, and l
// the sale line returned); a side picked by "0" is left out.
QString partsSql(const QString& salesWhere, const QString& returnsWhere, Count count)
{
    const QString rate = CommissionService::rateSql(QStringLiteral("o"), QStringLiteral("pr"));
    const bool kept = count == Count::AsKept;
    const QString sign = kept ? QString() : QStringLiteral("-");
    auto commission = [&](const QString& amount) {
        const QString atRate = CommissionService::commissionSql(amount, rate);
        return kept ? QStringLiteral("coalesce(x.commission, %1)").arg(atRate) : atRate;
    };
    auto settled = [&](const QString& kind, const QString& document, const QString& line) {
        return kept ? QStringLiteral(" LEFT JOIN statement_lines x ON x.kind = '%1' AND x.document_id = %2 AND "
                                     "x.document_line = %3")
                          .arg(kind, document, line)
                    : QString();
    };
    const QString statement = kept ? QStringLiteral("coalesce(x.statement_id, '')") : QStringLiteral("''");
    // For the whole ledger, CROSS JOIN keeps the sales outside: the sales in order, each one's lines
    // by its key. Otherwise the planner chooses (a producer's lines through their index).
    const QString saleLines = salesWhere == QLatin1String("1")
                                  ? QStringLiteral("FROM sales s CROSS JOIN sale_lines l ON l.sale_id = s.id")
                                  : QStringLiteral("FROM sales s JOIN sale_lines l ON l.sale_id = s.id");
    QStringList parts;
    if (salesWhere != QLatin1String("0"))
        parts << QStringLiteral("SELECT %1 AS day, s.origin_shop AS shop, l.producer_id AS producer, %2 AS statement, "
                                "%3 1 AS lines, %3 l.amount AS sold, 0 AS returned, %3 %4 AS commission %5 JOIN "
                                "products p ON p.id = l.product_id JOIN producers pr ON pr.id = l.producer_id")
                         .arg(SalesRollup::daySql(QStringLiteral("s.at")), statement, sign,
                              commission(QStringLiteral("l.amount")), saleLines) +
                     CommissionService::rateJoinSql(QStringLiteral("l.producer_id"), QStringLiteral("p.category"),
                                                    QStringLiteral("o")) +
                     settled(QStringLiteral("sale"), QStringLiteral("l.sale_id"), QStringLiteral("l.line_no")) +
                     QStringLiteral(" WHERE ") + salesWhere;
    if (returnsWhere != QLatin1String("0"))
        parts << QStringLiteral("SELECT %1 AS day, r.origin_shop AS shop, l.producer_id AS producer, %2 AS statement, "
                                "%3 1 AS lines, 0 AS sold, %3 rl.amount AS returned, %3 -(%4) AS commission FROM "
                                "returns r JOIN return_lines rl ON rl.return_id = r.id JOIN sale_lines l ON "
                                "l.sale_id = rl.sale_id AND l.line_no = rl.sale_line_no JOIN products p ON p.id = "
                                "rl.product_id JOIN producers pr ON pr.id = l.producer_id")
                         .arg(SalesRollup::daySql(QStringLiteral("r.at")), statement, sign,
                              commission(QStringLiteral("rl.amount"))) +
                     CommissionService::rateJoinSql(QStringLiteral("l.producer_id"), QStringLiteral("p.category"),
                                                    QStringLiteral("o")) +
                     settled(QStringLiteral("return"), QStringLiteral("rl.return_id"), QStringLiteral("rl.line_no")) +
                     QStringLiteral(" WHERE ") + returnsWhere;
    return parts.join(QStringLiteral(" UNION ALL "));
}

// The parts added up by (day, shop, producer, statement).
QString groupedSql(const QString& parts)
{
    return QStringLiteral("SELECT day, shop, producer, statement, sum(lines) AS lines, sum(sold) AS sold, "
                          "sum(returned) AS returned, sum(commission) AS commission FROM (%1) GROUP BY day, shop, "
                          "producer, statement")
        .arg(parts);
}

// Adds the figures of `grouped` (a subquery) to the rollup's rows, their keys already known.
QString addRowsSql(const QString& grouped)
{
    return QStringLiteral("INSERT INTO producer_rollup (shop, day, producer, statement, lines, sold, returned, "
                          "commission) SELECT ks.id, a.day, kp.id, kx.id, a.lines, a.sold, a.returned, a.commission "
                          "FROM (%1) a JOIN report_keys ks ON ks.key = a.shop JOIN report_keys kp ON kp.key = "
                          "a.producer JOIN report_keys kx ON kx.key = a.statement WHERE true ON CONFLICT (shop, day, "
                          "producer, statement) DO UPDATE SET lines = lines + excluded.lines, sold = sold + "
                          "excluded.sold, returned = returned + excluded.returned, commission = commission + "
                          "excluded.commission")
        .arg(grouped);
}

// One document's rows. Their keys (shop, producers, no statement: '') are those the daily figures
// of the same document added just before (SalesRollup: by day, by producer).
QString documentRowsSql(const QString& salesWhere, const QString& returnsWhere)
{
    return addRowsSql(groupedSql(partsSql(salesWhere, returnsWhere, Count::AsKept)));
}

// Statements of a trigger body that work out again the rows of the producers that producersSql
// gives. Their shops have keys (the daily figures gave them with the sales) and so have their
// statements (given when a statement takes a line). No OR IGNORE in a trigger: the conflict rule
// of the statement that fires it (an upsert of an override, say) would replace it.
QString refreshSql(const QString& producersSql)
{
    const QString picked = QStringLiteral("l.producer_id IN (%1)").arg(producersSql);
    return QStringLiteral(
               "DELETE FROM producer_rollup WHERE producer IN (SELECT id FROM report_keys WHERE key IN "
               "(%1)); INSERT INTO report_keys (key) SELECT id FROM producers WHERE id IN (%1) AND id NOT IN "
               "(SELECT key FROM report_keys); %2;")
        .arg(producersSql, addRowsSql(groupedSql(partsSql(picked, picked, Count::AsKept))));
}

// The whole ledger as the rollup should keep it, with the keys' texts.
QString ledgerSql()
{
    return groupedSql(partsSql(QStringLiteral("1"), QStringLiteral("1"), Count::AsKept));
}

} // namespace

ProducerRollup::ProducerRollup(const QSqlDatabase& db) : m_db(db) {}

QStringList ProducerRollup::saleStatements()
{
    static const QStringList sql{documentRowsSql(QStringLiteral("s.id = :id"), QStringLiteral("0"))};
    return sql;
}

Status ProducerRollup::addSale(const QString& saleId) const
{
    return SqlQuery::execEach(m_db, saleStatements(), QStringLiteral(":id"), saleId);
}

Status ProducerRollup::addReturn(const QString& returnId) const
{
    static const QStringList sql{documentRowsSql(QStringLiteral("0"), QStringLiteral("r.id = :id"))};
    return SqlQuery::execEach(m_db, sql, QStringLiteral(":id"), returnId);
}

Status ProducerRollup::rebuild() const
{
    Transaction unit(m_db);
    if (!unit.isActive())
        return unit.beginError();
    // Every key the ledger can give, from the short tables and without working out the lines twice.
    const QStringList sql = {
        QStringLiteral("DELETE FROM producer_rollup"),
        QStringLiteral("INSERT OR IGNORE INTO report_keys (key) SELECT '' UNION SELECT origin_shop FROM sales UNION "
                       "SELECT origin_shop FROM returns UNION SELECT id FROM producers UNION SELECT id FROM "
                       "statements"),
        addRowsSql(ledgerSql()),
    };
    if (auto done = SqlQuery::execAll(m_db, sql); !done)
        return done;
    return unit.commit();
}

Result<QStringList> ProducerRollup::problems() const
{
    const QString kept = QStringLiteral("SELECT k.day, ks.key, kp.key, kx.key, k.lines, k.sold, k.returned, "
                                        "k.commission FROM producer_rollup k LEFT JOIN report_keys ks ON ks.id = "
                                        "k.shop LEFT JOIN report_keys kp ON kp.id = k.producer LEFT JOIN report_keys "
                                        "kx ON kx.id = k.statement");
    auto differences = rollupDifferences(m_db, ledgerSql(), kept, QStringLiteral("2, 3, 4, 5, 1"));
    if (!differences)
        return differences.error();
    QStringList out;
    for (const RollupDifference& d : differences->rows) {
        const QString where = tr("day %1, shop %2, producer %3, statement \"%4\"")
                                  .arg(d.key.at(0), d.key.at(1), d.key.at(2), d.key.at(3));
        out << (d.fromLedger
                    ? tr("The producers' money kept for the reports is missing or differs from the ledger at %1.")
                          .arg(where)
                    : tr("The producers' money kept for the reports has a row the ledger does not give at %1.")
                          .arg(where));
    }
    if (differences->more)
        out << tr("More differences between the producers' money kept for the reports and the ledger are not "
                  "listed; rebuild the figures.");
    return out;
}

Status createProducerRollup(const MigrationContext& context)
{
    // The line a statement takes leaves the row of lines on no statement for its statement's row.
    const QString line = QStringLiteral("new.kind = 'sale' AND l.sale_id = new.document_id AND l.line_no = "
                                        "new.document_line");
    const QString returnLine = QStringLiteral("new.kind = 'return' AND rl.return_id = new.document_id AND "
                                              "rl.line_no = new.document_line");
    const QString moved = groupedSql(partsSql(line, returnLine, Count::AsKept) + QStringLiteral(" UNION ALL ") +
                                     partsSql(line, returnLine, Count::LeavingUnsettled));
    // The producers of a product's sale and return lines (whose rate follows its category).
    const QString ofProduct = QStringLiteral("SELECT producer_id FROM sale_lines WHERE product_id = new.id UNION "
                                             "SELECT l.producer_id FROM return_lines rl JOIN sale_lines l ON "
                                             "l.sale_id = rl.sale_id AND l.line_no = rl.sale_line_no WHERE "
                                             "rl.product_id = new.id");
    if (auto done = SqlQuery::execAll(
            context.db,
            {
                QStringLiteral("CREATE TABLE producer_rollup (shop INTEGER NOT NULL, day INTEGER NOT NULL, producer "
                               "INTEGER NOT NULL, statement INTEGER NOT NULL, lines INTEGER NOT NULL, sold INTEGER NOT "
                               "NULL, returned INTEGER NOT NULL, commission INTEGER NOT NULL, PRIMARY KEY (shop, day, "
                               "producer, statement)) WITHOUT ROWID"),
                QStringLiteral("CREATE INDEX sale_lines_producer ON sale_lines(producer_id)"),
                // A row whose last line left it (for a statement) goes.
                QStringLiteral(
                    "CREATE TRIGGER producer_rollup_empty AFTER UPDATE OF lines ON producer_rollup WHEN "
                    "new.lines = 0 BEGIN DELETE FROM producer_rollup WHERE shop = new.shop AND day = new.day "
                    "AND producer = new.producer AND statement = new.statement; END"),
                QStringLiteral(
                    "CREATE TRIGGER producer_rollup_statement AFTER INSERT ON statement_lines BEGIN INSERT INTO "
                    "report_keys (key) SELECT new.statement_id WHERE NOT EXISTS (SELECT 1 FROM report_keys "
                    "WHERE key = new.statement_id); %1; END")
                    .arg(addRowsSql(moved)),
                QStringLiteral("CREATE TRIGGER producer_rollup_rate AFTER UPDATE OF commission_bp ON producers WHEN "
                               "old.commission_bp IS NOT new.commission_bp BEGIN %1 END")
                    .arg(refreshSql(QStringLiteral("new.id"))),
                QStringLiteral("CREATE TRIGGER producer_rollup_override_added AFTER INSERT ON commission_overrides "
                               "BEGIN %1 END")
                    .arg(refreshSql(QStringLiteral("new.producer_id"))),
                QStringLiteral("CREATE TRIGGER producer_rollup_override_changed AFTER UPDATE ON commission_overrides "
                               "BEGIN %1 END")
                    .arg(refreshSql(QStringLiteral("old.producer_id, new.producer_id"))),
                QStringLiteral("CREATE TRIGGER producer_rollup_override_removed AFTER DELETE ON commission_overrides "
                               "BEGIN %1 END")
                    .arg(refreshSql(QStringLiteral("old.producer_id"))),
                QStringLiteral("CREATE TRIGGER producer_rollup_category AFTER UPDATE OF category ON products WHEN "
                               "old.category IS NOT new.category BEGIN %1 END")
                    .arg(refreshSql(ofProduct)),
            });
        !done)
        return done;
    return ProducerRollup(context.db).rebuild();
}

} // namespace ovop
