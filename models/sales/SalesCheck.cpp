// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "models/sales/SalesCheck.h"

#include <functional>

#include "models/core/Money.h"
#include "models/store/Database.h"
#include "models/store/Sql.h"

namespace ovop {

namespace {

// Runs a query whose rows are problems: the first column names the record, the message says the
// rest; a query that fails is a problem too.
QStringList rowsOf(Database& db, const QString& sql, const std::function<QString(const SqlQuery&)>& message)
{
    SqlQuery q(db.sql(), sql);
    QStringList out;
    if (auto done = q.exec(); !done)
        return {done.message()};
    while (q.next())
        out << message(q);
    if (auto done = q.finished(); !done)
        out << done.message();
    return out;
}

} // namespace

QStringList SalesCheck::totals(Database& db)
{
    QStringList out = rowsOf(
        db,
        QStringLiteral("WITH l AS (SELECT sale_id, sum(amount) AS amount, sum(line_discount + cart_discount) AS discount "
                       "FROM sale_lines GROUP BY sale_id), p AS (SELECT sale_id, sum(amount) AS paid, "
                       "sum(CASE WHEN method = 'cash' THEN amount ELSE 0 END) AS cash FROM sale_payments GROUP BY "
                       "sale_id) SELECT s.receipt, s.total, coalesce(l.amount, 0), coalesce(p.paid, 0) - s.change, "
                       "s.discount, coalesce(l.discount, 0), s.change, coalesce(p.cash, 0) FROM sales s "
                       "LEFT JOIN l ON l.sale_id = s.id LEFT JOIN p ON p.sale_id = s.id WHERE s.total <> "
                       "coalesce(l.amount, 0) OR s.discount <> coalesce(l.discount, 0) OR coalesce(p.paid, 0) - "
                       "s.change <> s.total OR s.change > coalesce(p.cash, 0)"),
        [](const SqlQuery& q) {
            return tr("Sale %1: its total %2 does not equal its lines (%3) or its payments less change (%4), or "
                      "its change %5 did not come out of cash.")
                .arg(q.value(0).toString(), Money::fromTyiyn(q.value(1).toLongLong()).format(QStringLiteral("en")),
                     Money::fromTyiyn(q.value(2).toLongLong()).format(QStringLiteral("en")),
                     Money::fromTyiyn(q.value(3).toLongLong()).format(QStringLiteral("en")),
                     Money::fromTyiyn(q.value(6).toLongLong()).format(QStringLiteral("en")));
        });
    out << rowsOf(db,
                  QStringLiteral("SELECT r.receipt FROM returns r WHERE r.total <> (SELECT coalesce(sum(amount), 0) "
                                 "FROM return_lines WHERE return_id = r.id) OR r.total <> (SELECT "
                                 "coalesce(sum(amount), 0) FROM return_payments WHERE return_id = r.id)"),
                  [](const SqlQuery& q) {
                      return tr("Return %1: its total does not equal its lines or its refunds.")
                          .arg(q.value(0).toString());
                  });
    out << rowsOf(db,
                  QStringLiteral("SELECT s.receipt, l.line_no FROM sale_lines l JOIN sales s ON s.id = l.sale_id "
                                 "WHERE l.quantity < (SELECT coalesce(sum(r.quantity), 0) FROM return_lines r WHERE "
                                 "r.sale_id = l.sale_id AND r.sale_line_no = l.line_no)"),
                  [](const SqlQuery& q) {
                      return tr("Sale %1: more of line %2 was returned than was sold.")
                          .arg(q.value(0).toString())
                          .arg(q.value(1).toInt());
                  });
    return out;
}

QStringList SalesCheck::movements(Database& db)
{
    QStringList out = rowsOf(
        db,
        QStringLiteral("SELECT s.receipt, l.line_no FROM sale_lines l JOIN sales s ON s.id = l.sale_id WHERE "
                       "coalesce((SELECT sum(m.quantity) FROM stock_movements m WHERE m.document_type = 'sale' AND "
                       "m.document_id = l.sale_id AND m.document_line = l.line_no), 0) <> -l.quantity"),
        [](const SqlQuery& q) {
            return tr("Sale %1: the stock movement of line %2 is missing or of another quantity.")
                .arg(q.value(0).toString())
                .arg(q.value(1).toInt());
        });
    out << rowsOf(
        db,
        QStringLiteral("SELECT r.receipt, l.line_no FROM return_lines l JOIN returns r ON r.id = l.return_id WHERE "
                       "coalesce((SELECT sum(m.quantity) FROM stock_movements m WHERE m.document_type = 'return' AND "
                       "m.kind = 'return' AND m.document_id = l.return_id AND m.document_line = l.line_no), 0) <> "
                       "l.quantity OR coalesce((SELECT -sum(m.quantity) FROM stock_movements m WHERE "
                       "m.document_type = 'return' AND m.kind = 'damage' AND m.document_id = l.return_id AND "
                       "m.document_line = l.line_no), 0) <> CASE WHEN l.damaged = 1 THEN l.quantity ELSE 0 END"),
        [](const SqlQuery& q) {
            return tr("Return %1: the stock movement of line %2 is missing or of another quantity.")
                .arg(q.value(0).toString())
                .arg(q.value(1).toInt());
        });
    out << rowsOf(db,
                  QStringLiteral("SELECT m.document_id, m.document_line FROM stock_movements m WHERE m.document_type = "
                                 "'sale' AND NOT EXISTS (SELECT 1 FROM sale_lines l WHERE l.sale_id = m.document_id "
                                 "AND l.line_no = m.document_line)"),
                  [](const SqlQuery& q) {
                      return tr("A sale movement refers to sale line %1/%2, which does not exist.")
                          .arg(q.value(0).toString())
                          .arg(q.value(1).toInt());
                  });
    return out;
}

QStringList SalesCheck::receiptNumbers(Database& db)
{
    QStringList out = rowsOf(
        db,
        QStringLiteral("SELECT origin_shop, origin_device, count(*), max(number) FROM receipt_numbers GROUP BY 1, 2 "
                       "HAVING count(*) <> max(number)"),
        [](const SqlQuery& q) {
            return tr("Receipt numbers of till %1-%2 have gaps: %3 numbers given up to %4.")
                .arg(q.value(0).toString(), q.value(1).toString())
                .arg(q.value(2).toLongLong())
                .arg(q.value(3).toLongLong());
        });
    out << rowsOf(db,
                  QStringLiteral("SELECT s.receipt FROM sales s WHERE NOT EXISTS (SELECT 1 FROM receipt_numbers n "
                                 "WHERE n.document_id = s.id AND n.number = s.receipt_seq) UNION ALL SELECT r.receipt "
                                 "FROM returns r WHERE NOT EXISTS (SELECT 1 FROM receipt_numbers n WHERE "
                                 "n.document_id = r.id AND n.number = r.receipt_seq)"),
                  [](const SqlQuery& q) {
                      return tr("Receipt %1 is not in the register of receipt numbers.").arg(q.value(0).toString());
                  });
    return out;
}

} // namespace ovop
