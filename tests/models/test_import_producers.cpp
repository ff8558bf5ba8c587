// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include <catch2/catch.hpp>

#include "models/catalog/ProducerService.h"
#include "models/exchange/CatalogExport.h"
#include "models/exchange/ProducerImport.h"
#include "models/places/PlaceService.h"
#include "test_import_support.h"

using namespace ovop;
using namespace ovop::test;

namespace {

ProducerImportPlan planOf(ImportShop& s, const QByteArray& bytes)
{
    auto plan = ProducerImport(s.db()).parse(s.admin, bytes, QStringLiteral("producers.csv"));
    INFO(plan.message().toStdString());
    REQUIRE(plan.ok());
    return plan.value();
}

ProducerImportPlan fixturePlan(ImportShop& s)
{
    auto plan = ProducerImport(s.db()).parseFile(s.admin, csvFixture("producers.csv"));
    INFO(plan.message().toStdString());
    REQUIRE(plan.ok());
    return plan.value();
}

void apply(ImportShop& s, const ProducerImportPlan& plan)
{
    INFO(problemsText(plan.problems));
    auto summary = ProducerImport(s.db()).apply(s.admin, plan);
    INFO(summary.message().toStdString());
    REQUIRE(summary.ok());
}

Producer byCode(ImportShop& s, const char* code)
{
    auto p = ProducerService(s.db()).get(s.admin, QString::fromUtf8(code));
    INFO(p.message().toStdString());
    REQUIRE(p.ok());
    return p.value();
}

} // namespace

TEST_CASE("Producer import: the producers file is read, applied, and importing again changes nothing",
          "[import][producers]")
{
    ImportShop s(false);
    const auto plan = fixturePlan(s);
    INFO(problemsText(plan.problems));
    CHECK(plan.problems.isEmpty());
    CHECK(plan.delimiter == QLatin1Char(';'));
    CHECK(plan.encoding == QStringLiteral("UTF-8"));
    CHECK(plan.count(ImportAction::New) == 2);
    CHECK(plan.ignoredColumns.isEmpty()); // materials_dyes is another name of materials_and_dyes
    apply(s, plan);

    const Producer bos = byCode(s, "BOS-01");
    CHECK(bos.name == QStringLiteral("Бостери кийиз тобу"));
    CHECK(bos.kind == Producer::Kind::Group);
    CHECK(bos.villageId == villageId(s.db(), QStringLiteral("Bosteri")));
    CHECK(bos.phone == QStringLiteral("+996 555 123 456"));
    CHECK(bos.members == 12);
    CHECK(bos.women == 11);
    CHECK(bos.womenLed);
    CHECK(bos.terms == Producer::Terms::Consignment);
    CHECK(bos.commissionBasisPoints == 2500);
    CHECK(bos.paymentDetails == QStringLiteral("Айыл Банк, счёт 1234"));
    CHECK(bos.lastVisitDate == QDate(2024, 6, 15));
    CHECK(bos.childLabourCheckDate == QDate(2024, 6, 15));
    CHECK(bos.childLabourCheckResult == QStringLiteral("Детского труда нет"));
    CHECK(bos.materialsAndDyes == QStringLiteral("овечья шерсть; натуральные красители"));
    CHECK(bos.exemptSellerDocument == QStringLiteral("ЭП-0042"));
    CHECK(bos.certificateNumber == QStringLiteral("BC-2023-17"));
    CHECK(bos.certificateDate == QDate(2023, 9, 1));
    const Producer bir = byCode(s, "BIR-01");
    CHECK(bir.kind == Producer::Kind::Cooperative);
    CHECK(bir.terms == Producer::Terms::Purchase);
    CHECK(bir.commissionBasisPoints == 1250);
    CHECK(bir.lastVisitDate == QDate(2023, 1, 10));
    CHECK_FALSE(bir.womenLed);

    // The shop's clock says 14 March 2025: Birlik's visit is more than twelve months old.
    const QDate today = s.db().now().date();
    CHECK_FALSE(bos.visitOverdue(today));
    CHECK(bir.visitOverdue(today));

    const QString before = tableDump(s.db(), QStringLiteral("producers"));
    const qint64 auditBefore = rowCount(s.db(), QStringLiteral("audit_log"));
    const auto again = fixturePlan(s);
    CHECK(again.count(ImportAction::Unchanged) == 2);
    apply(s, again);
    CHECK(tableDump(s.db(), QStringLiteral("producers")) == before);
    CHECK(rowCount(s.db(), QStringLiteral("audit_log")) == auditBefore);
}

TEST_CASE("Producer import: a changed row updates the producer with the same code", "[import][producers]")
{
    ImportShop s(false);
    apply(s, fixturePlan(s));
    const auto plan = planOf(s, "code,name,last_visit_date,last_visit_result\n"
                                "BIR-01,Birlik honey cooperative,2025-02-01,\"Visit done, all fine\"\n");
    INFO(problemsText(plan.problems));
    REQUIRE(plan.rows.size() == 1);
    CHECK(plan.rows[0].action == ImportAction::Changed);
    CHECK(plan.rows[0].changedFields.join(QLatin1Char(' ')) == QStringLiteral("last_visit_date last_visit_result"));
    apply(s, plan);
    const Producer bir = byCode(s, "BIR-01");
    CHECK(bir.lastVisitDate == QDate(2025, 2, 1));
    CHECK(bir.commissionBasisPoints == 1250); // not in the file: kept
    CHECK_FALSE(bir.visitOverdue(s.db().now().date()));
}

TEST_CASE("Producer import: bad rows are reported with line and column, nothing imported", "[import][producers]")
{
    ImportShop s(false);
    const auto plan = planOf(s, "code,name,kind,village,members,women,women_led,commission,last_visit_date\n"
                                "OK-1,Good,individual,Tasma,1,1,yes,10,2024-05-01\n"            // 2
                                "BAD-V,Unknown village,group,Atlantis,5,2,no,10,\n"               // 3
                                "BAD-K,Bad kind,family,Tasma,5,2,no,10,\n"                         // 4
                                "BAD-C,Bad commission,group,Tasma,5,2,no,150,\n"                   // 5
                                "BAD-W,Too many women,group,Tasma,5,6,no,10,\n"                    // 6
                                "BAD-D,Bad date,group,Tasma,5,2,no,10,2024-13-01\n"                // 7
                                "BAD-M,Bad members,group,Tasma,many,2,no,10,\n"                    // 8
                                "BAD-B,Bad yes/no,group,Tasma,5,2,perhaps,10,\n"                   // 9
                                "ok-1,Same code,individual,Tasma,1,0,no,10,\n"                     // 10
                                "NO-NAME,,individual,Tasma,1,0,no,10,\n"                           // 11
                                "FUTURE,Visit in the future,individual,Tasma,1,0,no,10,2030-01-01\n"); // 12
    INFO(problemsText(plan.problems));
    CHECK(plan.problemsOn(2).isEmpty());
    CHECK(hasProblem(plan, 3, QStringLiteral("village"), QStringLiteral("Atlantis")));
    CHECK(hasProblem(plan, 4, QStringLiteral("kind"), QStringLiteral("family")));
    CHECK(hasProblem(plan, 5, QStringLiteral("commission")));
    CHECK(hasProblem(plan, 6, QStringLiteral("women")));
    CHECK(hasProblem(plan, 7, QStringLiteral("last_visit_date"), QStringLiteral("2024-13-01")));
    CHECK(hasProblem(plan, 8, QStringLiteral("members"), QStringLiteral("many")));
    CHECK(hasProblem(plan, 9, QStringLiteral("women_led"), QStringLiteral("perhaps")));
    CHECK(hasProblem(plan, 10, QStringLiteral("code"), QStringLiteral("line 2")));
    CHECK(hasProblem(plan, 11, QStringLiteral("name")));
    CHECK(hasProblem(plan, 12, QStringLiteral("last_visit_date"), QStringLiteral("future")));
    auto result = ProducerImport(s.db()).apply(s.admin, plan);
    REQUIRE_FALSE(result.ok());
    CHECK(rowCount(s.db(), QStringLiteral("producers")) == 0);

    auto noCode = ProducerImport(s.db()).parse(s.admin, "name,village\nX,Tasma\n", QStringLiteral("x.csv"));
    REQUIRE_FALSE(noCode.ok());
    CHECK(noCode.message().contains(QStringLiteral("code")));
}

TEST_CASE("Producer import: villages of the same name are told apart by district, or named by id",
          "[import][producers]")
{
    ImportShop s(false);
    Village twin;
    twin.oblastId = PlaceService(s.db()).findOblast(QStringLiteral("naryn")).value()->id;
    twin.name = {QStringLiteral("Бостери"), QStringLiteral("Бостери"), QStringLiteral("Bosteri")};
    const auto saved = PlaceService(s.db()).saveVillage(s.admin, twin);
    INFO(saved.message().toStdString());
    REQUIRE(saved.ok());

    const auto ambiguous = planOf(s, "code,name,village\nB-1,Felt,Бостери\n");
    CHECK(hasProblem(ambiguous, 2, QStringLiteral("village"), QStringLiteral("Several")));

    const auto byDistrict = planOf(s, "code,name,village,district\nB-1,Felt,Бостери,Иссык-Кульский район\n");
    INFO(problemsText(byDistrict.problems));
    CHECK(byDistrict.problems.isEmpty());
    CHECK(byDistrict.rows[0].value.villageId == villageId(s.db(), QStringLiteral("Bosteri")));

    const auto byOblast = planOf(s, "code,name,village,oblast\nB-1,Felt,Bosteri,Naryn Region\n");
    INFO(problemsText(byOblast.problems));
    CHECK(byOblast.problems.isEmpty());
    CHECK(byOblast.rows[0].value.villageId == saved->id);

    const auto byId = planOf(s, QStringLiteral("code,name,village\nB-1,Felt,%1\n").arg(saved->id).toUtf8());
    CHECK(byId.problems.isEmpty());
    CHECK(byId.rows[0].value.villageId == saved->id);
}

TEST_CASE("Producer export then import gives back the same register", "[import][producers][export]")
{
    ImportShop s(false);
    apply(s, fixturePlan(s));
    const QString file = s.shop.file(QStringLiteral("producers-export.csv"));
    auto written = CatalogExport(s.db()).saveProducers(s.admin, file);
    REQUIRE(written.ok());
    CHECK(written.value() == 2);

    auto same = ProducerImport(s.db()).parseFile(s.admin, file);
    REQUIRE(same.ok());
    INFO(problemsText(same->problems));
    CHECK(same->count(ImportAction::Unchanged) == 2);
    CHECK(same->ignoredColumns.isEmpty());

    ImportShop t(false);
    auto plan = ProducerImport(t.db()).parseFile(t.admin, file);
    REQUIRE(plan.ok());
    apply(t, plan.value());
    for (const char* code : {"BOS-01", "BIR-01"}) {
        INFO(code);
        Producer a = byCode(s, code);
        Producer b = byCode(t, code);
        CHECK(a.name == b.name);
        CHECK(a.kind == b.kind);
        CHECK(a.villageId == b.villageId);
        CHECK(a.phone == b.phone);
        CHECK(a.members == b.members);
        CHECK(a.women == b.women);
        CHECK(a.womenLed == b.womenLed);
        CHECK(a.terms == b.terms);
        CHECK(a.commissionBasisPoints == b.commissionBasisPoints);
        CHECK(a.paymentDetails == b.paymentDetails);
        CHECK(a.fairPriceBasis == b.fairPriceBasis);
        CHECK(a.lastVisitDate == b.lastVisitDate);
        CHECK(a.lastVisitResult == b.lastVisitResult);
        CHECK(a.followUp == b.followUp);
        CHECK(a.childLabourCheckDate == b.childLabourCheckDate);
        CHECK(a.childLabourCheckResult == b.childLabourCheckResult);
        CHECK(a.materialsAndDyes == b.materialsAndDyes);
        CHECK(a.environmentalPractice == b.environmentalPractice);
        CHECK(a.exemptSellerDocument == b.exemptSellerDocument);
        CHECK(a.certificateNumber == b.certificateNumber);
        CHECK(a.certificateDate == b.certificateDate);
        CHECK(a.active == b.active);
    }
}
