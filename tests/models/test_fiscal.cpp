// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include <catch2/catch.hpp>

#include "ShiftFixtures.h"
#include "models/sales/Fiscal.h"
#include "models/sales/ShiftService.h"
#include "models/store/Sql.h"

using namespace ovop;
using namespace ovop::test;

namespace {

using State = FiscalStatus::State;

struct FiscalTill
{
    FiscalTill() { shift = ShiftService(till.db()).open(till.cashier, Money::fromSom(500)).value().id; }

    QString sell(qint64 tyiyn) { return till.addSale(shift, tyiyn, 0, {{QStringLiteral("card"), tyiyn}}); }

    TillShop till;
    QString shift;
};

} // namespace

TEST_CASE("A receipt the register did not take is failed and sent by a retry", "[sales][fiscal]")
{
    FiscalTill f;
    Database& db = f.till.db();
    SimulatedRegister simulated(db.origin().deviceId, 1, f.till.shop().clock());
    FiscalService fiscal(db, simulated);
    const QString sale = f.sell(123450);

    CHECK(fiscal.status(sale)->state == State::NotSent);
    CHECK(fiscal.status(sale)->attempts == 0);

    simulated.setFailing(true);
    const Status failed = fiscal.send(QStringLiteral("sale"), sale);
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().kind == ErrorKind::Storage);
    auto status = fiscal.status(sale).value();
    CHECK(status.state == State::Failed);
    CHECK(status.attempts == 1);
    CHECK(status.error == failed.message());
    CHECK(status.fiscalNumber.isEmpty());
    CHECK(status.receipt.endsWith(QStringLiteral("-000001")));
    const QString firstAttempt = tableDump(db, QStringLiteral("fiscal_attempts"));

    // Still failing: the retry records one more failed attempt and sends nothing.
    CHECK(fiscal.retry().value() == 0);
    CHECK(fiscal.status(sale)->attempts == 2);

    simulated.setFailing(false);
    CHECK(fiscal.retry().value() == 1);
    status = fiscal.status(sale).value();
    CHECK(status.state == State::Sent);
    CHECK(status.attempts == 3);
    CHECK(status.error.isEmpty());
    CHECK(status.fiscalNumber == QStringLiteral("1"));
    CHECK(status.registerNumber == QStringLiteral("SIM-") + db.origin().deviceId);
    CHECK(status.fiscalAt == f.till.shop().clock().now());
    CHECK(status.qrPayload.contains(QStringLiteral("fn=1")));
    CHECK(status.qrPayload.contains(status.receipt));
    CHECK(status.qrPayload.contains(QStringLiteral("sum=1234.50")));

    // Attempts are appended, never changed: the first row reads as it did.
    const QString allAttempts = tableDump(db, QStringLiteral("fiscal_attempts"));
    CHECK(allAttempts.startsWith(firstAttempt));
    CHECK(f.till.refused(QStringLiteral("UPDATE fiscal_attempts SET status = 'sent'")));
    CHECK(f.till.refused(QStringLiteral("DELETE FROM fiscal_attempts")));
    CHECK(rowCount(db, QStringLiteral("fiscal_attempts")) == 3);

    // A sent receipt is never registered twice.
    REQUIRE(fiscal.send(QStringLiteral("sale"), sale).ok());
    CHECK(fiscal.retry().value() == 0);
    CHECK(rowCount(db, QStringLiteral("fiscal_attempts")) == 3);
}

TEST_CASE("The fiscal list shows every sale and return of the till with its last attempt", "[sales][fiscal]")
{
    FiscalTill f;
    Database& db = f.till.db();
    SimulatedRegister simulated(db.origin().deviceId, 41, f.till.shop().clock());
    FiscalService fiscal(db, simulated);
    const QString sent = f.sell(10000);
    const QString failed = f.sell(20000);
    const QString never = f.sell(30000);
    const QString back = f.till.addReturn(f.shift, sent, {{QStringLiteral("card"), 5000}});

    REQUIRE(fiscal.send(QStringLiteral("sale"), sent).ok());
    simulated.setFailing(true);
    CHECK_FALSE(fiscal.send(QStringLiteral("sale"), failed).ok());
    simulated.setFailing(false);
    REQUIRE(fiscal.send(QStringLiteral("return"), back).ok());

    const auto all = fiscal.list(false).value();
    REQUIRE(all.size() == 4);
    QMap<QString, FiscalStatus> byId;
    for (const FiscalStatus& s : all)
        byId.insert(s.documentId, s);
    CHECK(byId.value(sent).state == State::Sent);
    CHECK(byId.value(sent).fiscalNumber == QStringLiteral("41"));
    CHECK(byId.value(failed).state == State::Failed);
    CHECK(byId.value(never).state == State::NotSent);
    CHECK(byId.value(never).attempts == 0);
    CHECK(byId.value(back).documentType == QStringLiteral("return"));
    CHECK(byId.value(back).fiscalNumber == QStringLiteral("42"));

    const auto pending = fiscal.list(true).value();
    REQUIRE(pending.size() == 2);
    CHECK(pending[0].documentId == failed);
    CHECK(pending[1].documentId == never);

    CHECK(fiscal.status(QStringLiteral("no-such")).error().kind == ErrorKind::NotFound);
    CHECK(fiscal.send(QStringLiteral("sale"), QStringLiteral("no-such")).error().kind == ErrorKind::NotFound);
    CHECK(fiscal.send(QStringLiteral("return"), never).error().kind == ErrorKind::NotFound);
    CHECK_FALSE(fiscal.send(QStringLiteral("invoice"), never).ok());
    {
        // Never while a transaction holds the database: the register may take long to answer.
        Transaction unit(db.sql());
        REQUIRE(unit.isActive());
        CHECK_FALSE(fiscal.send(QStringLiteral("sale"), never).ok());
    }
    CHECK(fiscal.status(never)->attempts == 0);

    // A register for the till continues the numbers it gave.
    auto next = SimulatedRegister::forTill(db);
    REQUIRE(next.ok());
    FiscalService again(db, *next.value());
    CHECK(again.retry().value() == 2);
    CHECK(again.status(never)->fiscalNumber == QStringLiteral("44"));
    CHECK(again.list(true)->isEmpty());
}

TEST_CASE("A simulated register starts failing when the environment says so", "[sales][fiscal]")
{
    qputenv("OVOP_FISCAL_SIMULATE", "fail");
    SimulatedRegister failing(QStringLiteral("T1"));
    qunsetenv("OVOP_FISCAL_SIMULATE");
    SimulatedRegister working(QStringLiteral("T1"));
    CHECK(failing.failing());
    CHECK_FALSE(working.failing());
    const FiscalDocument document{QStringLiteral("sale"), QStringLiteral("id"), QStringLiteral("TST-T1-000001"),
                                  Money::fromSom(5), QDateTime::currentDateTimeUtc()};
    const auto refused = failing.submit(document);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.message().contains(QStringLiteral("did not answer")));
    CHECK(working.submit(document)->registerNumber == QStringLiteral("SIM-T1"));
    CHECK_FALSE(working.name().isEmpty());
}
