// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "ShiftFixtures.h"

#include <catch2/catch.hpp>

#include "models/store/Sql.h"

namespace ovop::test {

TillShop::TillShop()
{
    m_shop.openDemo();
    admin = m_shop.session(QStringLiteral("admin"));
    manager = m_shop.session(QStringLiteral("manager"));
    cashier = m_shop.session(QStringLiteral("cashier"));
}

QString TillShop::addSale(const QString& shiftId, qint64 gross, qint64 discount, const Payments& payments)
{
    const QString id = db().newId();
    const int number = ++m_receipts;
    qint64 paid = 0;
    for (const auto& p : payments)
        paid += p.second;
    const qint64 total = gross - discount;
    SqlQuery q(db().sql(),
               QStringLiteral("INSERT INTO sales (id, receipt, receipt_seq, shift_id, at, user_id, language, gross, "
                              "discount, total, paid, change, vat, vat_rate, sales_tax, sales_tax_rate, created_at, "
                              "origin_shop, origin_device) VALUES (:id, :receipt, :seq, :shift, :at, :user, 'ru', "
                              ":gross, :discount, :total, :paid, :change, 0, 0, 0, 0, :at, :shop, :device)"));
    q.bind(QStringLiteral(":id"), id)
        .bind(QStringLiteral(":receipt"), QStringLiteral("%1-%2-%3")
                                              .arg(db().origin().shopCode, db().origin().deviceId)
                                              .arg(number, 6, 10, QLatin1Char('0')))
        .bind(QStringLiteral(":seq"), number)
        .bind(QStringLiteral(":shift"), shiftId)
        .bind(QStringLiteral(":at"), db().storedNow())
        .bind(QStringLiteral(":user"), cashier.userId)
        .bind(QStringLiteral(":gross"), gross)
        .bind(QStringLiteral(":discount"), discount)
        .bind(QStringLiteral(":total"), total)
        .bind(QStringLiteral(":paid"), paid)
        .bind(QStringLiteral(":change"), paid - total)
        .bind(QStringLiteral(":shop"), db().origin().shopCode)
        .bind(QStringLiteral(":device"), db().origin().deviceId);
    const Status done = q.exec();
    INFO(done.error().detail.toStdString());
    REQUIRE(done.ok());
    int line = 0;
    for (const auto& p : payments) {
        SqlQuery pay(db().sql(), QStringLiteral("INSERT INTO sale_payments (sale_id, line_no, method, amount) "
                                                "VALUES (:sale, :line, :method, :amount)"));
        pay.bind(QStringLiteral(":sale"), id)
            .bind(QStringLiteral(":line"), ++line)
            .bind(QStringLiteral(":method"), p.first)
            .bind(QStringLiteral(":amount"), p.second);
        REQUIRE(pay.exec().ok());
    }
    return id;
}

QString TillShop::addReturn(const QString& shiftId, const QString& saleId, const Payments& refunds)
{
    const QString id = db().newId();
    const int number = ++m_receipts;
    qint64 total = 0;
    for (const auto& p : refunds)
        total += p.second;
    SqlQuery q(
        db().sql(),
        QStringLiteral("INSERT INTO returns (id, receipt, receipt_seq, sale_id, shift_id, at, user_id, language, "
                       "total, vat, sales_tax, created_at, origin_shop, origin_device) VALUES (:id, :receipt, "
                       ":seq, :sale, :shift, :at, :user, 'ru', :total, 0, 0, :at, :shop, :device)"));
    q.bind(QStringLiteral(":id"), id)
        .bind(QStringLiteral(":receipt"), QStringLiteral("%1-%2-%3")
                                              .arg(db().origin().shopCode, db().origin().deviceId)
                                              .arg(number, 6, 10, QLatin1Char('0')))
        .bind(QStringLiteral(":seq"), number)
        .bind(QStringLiteral(":sale"), saleId)
        .bind(QStringLiteral(":shift"), shiftId)
        .bind(QStringLiteral(":at"), db().storedNow())
        .bind(QStringLiteral(":user"), cashier.userId)
        .bind(QStringLiteral(":total"), total)
        .bind(QStringLiteral(":shop"), db().origin().shopCode)
        .bind(QStringLiteral(":device"), db().origin().deviceId);
    REQUIRE(q.exec().ok());
    int line = 0;
    for (const auto& p : refunds) {
        SqlQuery pay(db().sql(), QStringLiteral("INSERT INTO return_payments (return_id, line_no, method, amount) "
                                                "VALUES (:ret, :line, :method, :amount)"));
        pay.bind(QStringLiteral(":ret"), id)
            .bind(QStringLiteral(":line"), ++line)
            .bind(QStringLiteral(":method"), p.first)
            .bind(QStringLiteral(":amount"), p.second);
        REQUIRE(pay.exec().ok());
    }
    return id;
}

void TillShop::exec(const QString& sql)
{
    SqlQuery q(db().sql(), sql);
    const Status done = q.exec();
    INFO(sql.toStdString() << ": " << done.error().detail.toStdString());
    REQUIRE(done.ok());
}

bool TillShop::refused(const QString& sql)
{
    SqlQuery q(db().sql(), sql);
    return !q.exec().ok();
}

} // namespace ovop::test
