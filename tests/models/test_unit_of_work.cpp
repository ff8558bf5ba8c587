// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// One unit of work across services: a transaction that nests as savepoints.
#include <catch2/catch.hpp>

#include "models/audit/AuditLog.h"
#include "models/stock/StockLedger.h"
#include "models/store/Sql.h"
#include "test_catalog_fixtures.h"

using namespace ovop;
using namespace ovop::test;

namespace {

qint64 count(Database& db, const QString& sql)
{
    SqlQuery q(db.sql(), sql);
    REQUIRE(q.exec().ok());
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

MovementLine line(const QString& productId, qint64 milli, StockMovement::Kind kind, const QString& document)
{
    MovementLine l;
    l.productId = productId;
    l.quantity = Quantity::fromMilli(milli);
    l.kind = kind;
    l.documentId = document;
    return l;
}

} // namespace

TEST_CASE("A unit of work opened inside another is a savepoint of it", "[store][unit]")
{
    TempShop shop;
    Database& db = shop.open();
    REQUIRE(SqlQuery::execAll(db.sql(), {QStringLiteral("CREATE TABLE t (x)")}).ok());
    auto insert = [&](int x) {
        SqlQuery q(db.sql(), QStringLiteral("INSERT INTO t VALUES (:x)"));
        q.bind(QStringLiteral(":x"), x);
        REQUIRE(q.exec().ok());
    };
    {
        Transaction outer(db.sql());
        REQUIRE(outer.isActive());
        CHECK_FALSE(outer.isNested());
        insert(1);
        {
            Transaction inner(db.sql());
            REQUIRE(inner.isActive());
            CHECK(inner.isNested());
            insert(2);
            REQUIRE(inner.commit().ok());
        }
        {
            Transaction abandoned(db.sql()); // not committed: its own change only is undone
            insert(3);
        }
        CHECK(Transaction::isOpen(db.sql()));
        REQUIRE(outer.commit().ok());
    }
    CHECK_FALSE(Transaction::isOpen(db.sql()));
    CHECK(count(db, QStringLiteral("SELECT group_concat(x, '') FROM (SELECT x FROM t ORDER BY x)")) == 12);
    {
        Transaction outer(db.sql());
        insert(4);
        Transaction inner(db.sql());
        insert(5);
        REQUIRE(inner.commit().ok());
        // The outer unit is not committed: the inner unit's committed change goes with it.
    }
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM t")) == 2);
}

TEST_CASE("Steps of three services commit as one or leave nothing", "[store][unit][stock]")
{
    CatalogShop shop;
    shop.addProducer(QStringLiteral("BOS-01"), QStringLiteral("Айгүл"));
    const Product slippers = shop.addProduct(
        CatalogShop::product(QStringLiteral("FLT-001"), QStringLiteral("Тапочки"), 1200, QStringLiteral("BOS-01")));
    Database& db = shop.db();
    StockLedger ledger(db);
    const qint64 auditBefore = count(db, QStringLiteral("SELECT count(*) FROM audit_log"));

    // catalogue (a public call, nested), stock (an internal step), audit; then a last step that
    // fails: half a slipper sold.
    auto composite = [&](bool lastStepFails) -> Status {
        Transaction unit(db.sql());
        if (!unit.isActive())
            return unit.beginError();
        Product cheaper = slippers;
        cheaper.price = Money::fromSom(1100);
        if (auto saved = shop.catalog().save(shop.manager, cheaper); !saved)
            return saved.error();
        const QString receiving = db.newId();
        if (auto moved =
                ledger.record(unit, shop.manager, line(slippers.id, 5000, StockMovement::Kind::Receive, receiving));
            !moved)
            return moved.error();
        if (auto done = AuditLog(db).append(&shop.manager, QStringLiteral("stock.receive"), {}); !done)
            return done;
        const QString sale = db.newId();
        if (auto sold = ledger.record(unit, shop.manager,
                                      line(slippers.id, lastStepFails ? -500 : -1000, StockMovement::Kind::Sale, sale));
            !sold)
            return sold.error();
        return unit.commit();
    };

    const Status failed = composite(true);
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().firstField() == QStringLiteral("quantity"));
    CHECK_FALSE(Transaction::isOpen(db.sql()));
    CHECK(shop.catalog().findBySku(QStringLiteral("FLT-001")).value()->price == Money::fromSom(1200));
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM stock_movements")) == 0);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM stock_levels")) == 0);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM audit_log")) == auditBefore);

    REQUIRE(composite(false).ok());
    CHECK(shop.catalog().findBySku(QStringLiteral("FLT-001")).value()->price == Money::fromSom(1100));
    CHECK(ledger.onHand(slippers.id).value() == Quantity::fromUnits(4));
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM audit_log")) == auditBefore + 2);
    CHECK(AuditLog(db).verify().ok());
}

TEST_CASE("A public call inside a caller's unit of work is undone with it", "[store][unit][stock]")
{
    CatalogShop shop;
    shop.addProducer(QStringLiteral("BOS-01"), QStringLiteral("Айгүл"));
    const Product slippers = shop.addProduct(
        CatalogShop::product(QStringLiteral("FLT-001"), QStringLiteral("Тапочки"), 1200, QStringLiteral("BOS-01")));
    StockLedger ledger(shop.db());
    {
        Transaction unit(shop.db().sql());
        REQUIRE(ledger.receive(shop.manager, slippers.id, Quantity::fromUnits(3), QString()).ok());
        CHECK(ledger.onHand(slippers.id).value() == Quantity::fromUnits(3)); // seen inside the unit
    }
    CHECK(ledger.onHand(slippers.id).value().isZero());
    CHECK(ledger.movements(slippers.id)->isEmpty());
}
