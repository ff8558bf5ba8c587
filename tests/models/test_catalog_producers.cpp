// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include <catch2/catch.hpp>

#include "models/places/PlaceSeed.h"
#include "test_catalog_fixtures.h"

using namespace ovop;
using namespace ovop::test;

namespace {

Producer cooperative()
{
    Producer p;
    p.code = QStringLiteral("TAS-01");
    p.name = QStringLiteral("Тасма самын кооперативи");
    p.kind = Producer::Kind::Cooperative;
    p.villageId = PlaceSeed::villageId(QStringLiteral("tasma"));
    p.phone = QStringLiteral("+996 555 123 456");
    p.members = 12;
    p.women = 10;
    p.womenLed = true;
    p.terms = Producer::Terms::Consignment;
    p.commissionBasisPoints = 2500;
    p.fairPriceBasis = QStringLiteral("Cost of milk and oils plus 8 hours a day at the regional wage");
    p.lastVisitDate = QDate(2024, 11, 5);
    p.lastVisitResult = QStringLiteral("good");
    p.childLabourCheckDate = QDate(2024, 11, 5);
    p.childLabourCheckResult = QStringLiteral("no children working");
    p.exemptSellerDocument = QStringLiteral("ESD-2024-0042");
    return p;
}

} // namespace

TEST_CASE("A producer is saved with its due-diligence record and place", "[catalog][producer]")
{
    CatalogShop shop;
    auto saved = shop.producers().save(shop.manager, cooperative());
    INFO(saved.message().toStdString());
    REQUIRE(saved.ok());
    auto p = shop.producers().get(shop.cashier, QStringLiteral("tas-01"));
    REQUIRE(p.ok());
    CHECK(p->kind == Producer::Kind::Cooperative);
    CHECK(p->women == 10);
    CHECK(p->womenLed);
    CHECK(p->commissionBasisPoints == 2500);
    CHECK(p->lastVisitDate == QDate(2024, 11, 5));
    CHECK(p->villageName.ky == QStringLiteral("Тасма"));
    CHECK(p->districtName.en == QStringLiteral("Tüp District"));
    CHECK(p->oblastName.en == QStringLiteral("Issyk-Kul Region"));
    CHECK(shop.auditDetails(QStringLiteral("producer.add")).size() == 1);

    Producer changed = p.value();
    changed.commissionBasisPoints = 2000;
    changed.lastVisitDate = QDate(2025, 3, 1);
    REQUIRE(shop.producers().save(shop.manager, changed).ok());
    const auto changes = shop.auditDetails(QStringLiteral("producer.change"));
    REQUIRE(changes.size() == 1);
    const QJsonObject c = changes[0][QStringLiteral("changes")].toObject();
    CHECK(c.keys() == QStringList{QStringLiteral("commission"), QStringLiteral("last_visit_date")});
    CHECK(c[QStringLiteral("last_visit_date")].toObject()[QStringLiteral("old")].toString() == QStringLiteral("2024-11-05"));
}

TEST_CASE("Bad producers are refused field by field", "[catalog][producer]")
{
    CatalogShop shop;
    REQUIRE(shop.producers().save(shop.manager, cooperative()).ok());
    const QString before = tableDump(shop.db(), QStringLiteral("producers"));

    Producer p = cooperative();
    p.code = QStringLiteral("tas-01");
    p.name = QStringLiteral("  ");
    p.villageId = QStringLiteral("nowhere");
    p.members = 5;
    p.women = 6;
    p.commissionBasisPoints = 10001;
    p.phone = QStringLiteral("call me");
    p.lastVisitDate = QDate(2026, 1, 1); // after the clock's today
    auto r = shop.producers().save(shop.manager, p);
    REQUIRE_FALSE(r.ok());
    CHECK(r.problemsOf(ProducerField::Code).size() == 1);
    CHECK(r.problemsOf(ProducerField::Name).size() == 1);
    CHECK(r.problemsOf(ProducerField::Village).size() == 1);
    CHECK(r.problemsOf(ProducerField::Women).value(0).contains(QStringLiteral("cannot be more")));
    CHECK(r.problemsOf(ProducerField::Commission).size() == 1);
    CHECK(r.problemsOf(ProducerField::Phone).size() == 1);
    CHECK(r.problemsOf(ProducerField::LastVisitDate).size() == 1);

    p = cooperative();
    p.code = QStringLiteral("NEW-1");
    p.commissionBasisPoints = -1;
    CHECK(shop.producers().save(shop.manager, p).problemsOf(ProducerField::Commission).size() == 1);
    p.commissionBasisPoints = 10000; // 100% is allowed
    p.members = 0;
    CHECK(shop.producers().save(shop.manager, p).problemsOf(ProducerField::Members).size() == 1);
    CHECK_FALSE(shop.producers().save(shop.cashier, cooperative()).ok());
    CHECK(tableDump(shop.db(), QStringLiteral("producers")) == before);
}

TEST_CASE("A producer without a visit in the last twelve months is overdue", "[catalog][producer]")
{
    CatalogShop shop; // the clock says 2025-03-14
    Producer recent = cooperative();
    recent.lastVisitDate = QDate(2024, 3, 14); // exactly twelve months: not yet overdue
    REQUIRE(shop.producers().save(shop.manager, recent).ok());
    Producer old = cooperative();
    old.code = QStringLiteral("OLD-1");
    old.lastVisitDate = QDate(2024, 3, 13);
    REQUIRE(shop.producers().save(shop.manager, old).ok());
    Producer never = cooperative();
    never.code = QStringLiteral("NEV-1");
    never.lastVisitDate = QDate();
    REQUIRE(shop.producers().save(shop.manager, never).ok());

    CHECK_FALSE(recent.visitOverdue(QDate(2025, 3, 14)));
    CHECK(recent.visitOverdue(QDate(2025, 3, 15)));
    CHECK(never.visitOverdue(QDate(2025, 3, 14)));
    CHECK(shop.producers().overdueCount().value() == 2);
    ProducerFilter f;
    f.overdueOnly = true;
    auto overdue = shop.producers().list(shop.manager, f);
    REQUIRE(overdue.ok());
    QStringList codes;
    for (const Producer& p : overdue.value())
        codes << p.code;
    codes.sort();
    CHECK(codes == QStringList{QStringLiteral("NEV-1"), QStringLiteral("OLD-1")});

    shop.shop().clock().set(QDateTime(QDate(2025, 3, 15), QTime(9, 0), Qt::UTC));
    CHECK(shop.producers().overdueCount().value() == 3);
    CHECK(shop.producers().overdueCount(QDate(2024, 12, 31)).value() == 1);
    // Archived producers are not counted.
    REQUIRE(shop.producers().archive(shop.manager, QStringLiteral("NEV-1")).ok());
    CHECK(shop.producers().overdueCount().value() == 2);
    CHECK_FALSE(shop.producers().archive(shop.manager, QStringLiteral("NEV-1")).ok());
    REQUIRE(shop.producers().reactivate(shop.manager, QStringLiteral("NEV-1")).ok());
}

TEST_CASE("Producer lists filter by place, women-led and words", "[catalog][producer]")
{
    CatalogShop shop;
    REQUIRE(shop.producers().save(shop.manager, cooperative()).ok());
    shop.addProducer(QStringLiteral("KOC-01"), QStringLiteral("Гүлнара Үсөнова"), QStringLiteral("kochkor"));
    ProducerFilter f;
    f.oblastId = PlaceSeed::oblastId(QStringLiteral("naryn"));
    CHECK(shop.producers().list(shop.manager, f)->size() == 1);
    f = {};
    f.womenLedOnly = true;
    CHECK(shop.producers().list(shop.manager, f)->value(0).code == QStringLiteral("TAS-01"));
    f = {};
    f.search = QStringLiteral("ҮСӨН");
    CHECK(shop.producers().list(shop.manager, f)->value(0).code == QStringLiteral("KOC-01"));
    f.search = QStringLiteral("кочкор");
    CHECK(shop.producers().list(shop.manager, f)->size() == 1);
}

TEST_CASE("A producer search of only signs such as % or _ finds the producers whose text holds them",
          "[catalog][producer]")
{
    CatalogShop shop;
    shop.addProducer(QStringLiteral("PCT-01"), QStringLiteral("Honey 100% natural"));
    shop.addProducer(QStringLiteral("UND_01"), QStringLiteral("Felt works"));
    shop.addProducer(QStringLiteral("WOOD-01"), QStringLiteral("Wood carvers"));
    auto codes = [&](const char* search) {
        ProducerFilter f;
        f.search = QString::fromUtf8(search);
        const auto found = shop.producers().list(shop.manager, f);
        REQUIRE(found.ok());
        QStringList out;
        for (const Producer& p : found.value())
            out << p.code;
        return out;
    };
    CHECK(codes("%") == QStringList{QStringLiteral("PCT-01")});
    CHECK(codes(" _ ") == QStringList{QStringLiteral("UND_01")});
    CHECK(codes("%_").isEmpty());
    CHECK(codes("100%") == QStringList{QStringLiteral("PCT-01")});
    CHECK(codes("").size() == 3);
}

TEST_CASE("Producer import: all or nothing, a re-import changes nothing", "[catalog][producer][import]")
{
    CatalogShop shop;
    Producer a = cooperative();
    Producer b = cooperative();
    b.code = QStringLiteral("TAS-02");
    auto first = shop.producers().applyImport(shop.manager, {a, b});
    INFO(first.message().toStdString());
    REQUIRE(first.ok());
    CHECK(first->added == 2);
    const QString before = tableDump(shop.db(), QStringLiteral("producers")) + tableDump(shop.db(), QStringLiteral("audit_log"));
    auto again = shop.producers().applyImport(shop.manager, {a, b});
    REQUIRE(again.ok());
    CHECK(again->unchanged == 2);
    CHECK(tableDump(shop.db(), QStringLiteral("producers")) + tableDump(shop.db(), QStringLiteral("audit_log")) == before);

    Producer bad = cooperative();
    bad.code = QStringLiteral("TAS-03");
    bad.women = 99;
    b.members = 20;
    auto refused = shop.producers().applyImport(shop.manager, {a, b, bad, bad});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.message().contains(QStringLiteral("Row 3 (TAS-03)")));
    CHECK(refused.message().contains(QStringLiteral("also on line 3")));
    CHECK(tableDump(shop.db(), QStringLiteral("producers")) + tableDump(shop.db(), QStringLiteral("audit_log")) == before);
}

TEST_CASE("Archiving and reactivating a producer are audited and refused when there is nothing to do",
          "[catalog][producer]")
{
    CatalogShop shop;
    shop.addProducer(QStringLiteral("BOS-01"), QStringLiteral("Бостери"));

    const Status cashier = shop.producers().archive(shop.cashier, QStringLiteral("BOS-01"));
    REQUIRE_FALSE(cashier.ok());
    CHECK(cashier.error().kind == ErrorKind::Permission);
    const Status missing = shop.producers().archive(shop.manager, QStringLiteral("NONE-1"));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().kind == ErrorKind::NotFound);
    const Status active = shop.producers().reactivate(shop.manager, QStringLiteral("BOS-01"));
    REQUIRE_FALSE(active.ok());
    CHECK(active.error().kind == ErrorKind::Conflict);
    CHECK(active.message() == QStringLiteral("The producer BOS-01 is not archived."));

    REQUIRE(shop.producers().archive(shop.manager, QStringLiteral("BOS-01")).ok());
    CHECK_FALSE(shop.producers().get(shop.manager, QStringLiteral("BOS-01"))->active);
    const Status again = shop.producers().archive(shop.manager, QStringLiteral("BOS-01"));
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().kind == ErrorKind::Conflict);
    CHECK(again.message() == QStringLiteral("The producer BOS-01 is already archived."));
    REQUIRE(shop.producers().reactivate(shop.manager, QStringLiteral("BOS-01")).ok());
    CHECK(shop.producers().get(shop.manager, QStringLiteral("BOS-01"))->active);

    const QList<QJsonObject> archived = shop.auditDetails(QStringLiteral("producer.archive"));
    const QList<QJsonObject> reactivated = shop.auditDetails(QStringLiteral("producer.reactivate"));
    REQUIRE(archived.size() == 1);
    REQUIRE(reactivated.size() == 1);
    CHECK(archived.first().value(QStringLiteral("code")).toString() == QStringLiteral("BOS-01"));
    CHECK(reactivated.first().value(QStringLiteral("code")).toString() == QStringLiteral("BOS-01"));
}
