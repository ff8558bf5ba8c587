// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// ProducerService: the importer's per-row validation and all-or-nothing bulk write.
#include <QJsonObject>

#include "models/audit/AuditLog.h"
#include "models/catalog/ProducerService.h"
#include "models/catalog/ProducerStore.h"
#include "models/people/Session.h"
#include "models/store/Database.h"
#include "models/store/Sql.h"

namespace ovop {

namespace {

Producer merge(const std::optional<Producer>& stored, const Producer& row, const QSet<QString>& fields)
{
    namespace F = ProducerField;
    const auto has = [&](const QString& key) { return fields.isEmpty() || fields.contains(key); };
    Producer p = stored ? *stored : Producer{};
    p.code = stored ? stored->code : row.code; // found case-insensitively: a code keeps its spelling
    if (has(F::Name)) p.name = row.name;
    if (has(F::Kind)) p.kind = row.kind;
    if (has(F::Village)) p.villageId = row.villageId;
    if (has(F::Phone)) p.phone = row.phone;
    if (has(F::Members)) p.members = row.members;
    if (has(F::Women)) p.women = row.women;
    if (has(F::WomenLed)) p.womenLed = row.womenLed;
    if (has(F::Terms)) p.terms = row.terms;
    if (has(F::Commission)) p.commissionBasisPoints = row.commissionBasisPoints;
    if (has(F::PaymentDetails)) p.paymentDetails = row.paymentDetails;
    if (has(F::FairPriceBasis)) p.fairPriceBasis = row.fairPriceBasis;
    if (has(F::LastVisitDate)) p.lastVisitDate = row.lastVisitDate;
    if (has(F::LastVisitResult)) p.lastVisitResult = row.lastVisitResult;
    if (has(F::FollowUp)) p.followUp = row.followUp;
    if (has(F::ChildLabourCheckDate)) p.childLabourCheckDate = row.childLabourCheckDate;
    if (has(F::ChildLabourCheckResult)) p.childLabourCheckResult = row.childLabourCheckResult;
    if (has(F::MaterialsAndDyes)) p.materialsAndDyes = row.materialsAndDyes;
    if (has(F::EnvironmentalPractice)) p.environmentalPractice = row.environmentalPractice;
    if (has(F::ExemptSellerDocument)) p.exemptSellerDocument = row.exemptSellerDocument;
    if (has(F::CertificateNumber)) p.certificateNumber = row.certificateNumber;
    if (has(F::CertificateDate)) p.certificateDate = row.certificateDate;
    if (has(F::Active)) p.active = row.active;
    return p;
}

} // namespace

Status ProducerService::validateImportRow(const Producer& producer, ImportBatch& batch, int line,
                                          const QSet<QString>& fields) const
{
    const Producer row = ProducerStore::normalised(producer);
    std::optional<Producer> stored;
    if (!row.code.isEmpty()) {
        auto found = ProducerStore(m_db).loadByCode(row.code);
        if (!found)
            return found.error();
        stored = std::move(found).value();
    }
    const Status valid = validate(merge(stored, row, fields));
    if (!valid && valid.error().kind != ErrorKind::Validation)
        return valid; // the checks could not read what they need
    FieldProblems problems = valid.problems();
    if (!row.code.isEmpty()) {
        if (const int earlier = ImportBatch::earlierLine(batch.skuLines, row.code.toCaseFolded(), line))
            problems << FieldProblem{ProducerField::Code,
                                     tr("The code %1 is also on line %2 of the file.").arg(row.code).arg(earlier)};
    }
    if (problems.isEmpty())
        return {};
    return problems;
}

Result<ImportSummary> ProducerService::applyImport(const Session& actor, const QList<Producer>& producers,
                                                   const QSet<QString>& fields, bool dryRun)
{
    if (!actor.can(Permission::EditCatalog))
        return Roles::refusal(Permission::EditCatalog);
    Transaction tx(m_db.sql());
    if (!tx.isActive())
        return tx.beginError();

    ImportBatch batch;
    ImportRowReport report;
    for (int i = 0; i < producers.size(); ++i) {
        const Status checked = validateImportRow(producers.at(i), batch, i + 1, fields);
        if (checked)
            continue;
        if (checked.error().kind != ErrorKind::Validation)
            return checked.error(); // a failed read refuses the whole import
        report.add(i + 1, producers.at(i).code, checked.problems());
    }
    if (!report.isEmpty())
        return report.refusal();

    ImportSummary summary;
    AuditLog audit(m_db);
    ProducerStore store(m_db);
    for (const Producer& input : producers) {
        const Producer row = ProducerStore::normalised(input);
        auto found = store.loadByCode(row.code);
        if (!found)
            return found.error();
        const std::optional<Producer>& stored = *found;
        Producer merged = merge(stored, row, fields);
        if (stored) {
            const QJsonObject changes = ProducerStore::changes(*stored, merged);
            if (changes.isEmpty()) {
                ++summary.unchanged;
                continue;
            }
            ++summary.changed;
            summary.changedKeys << merged.code;
            if (dryRun)
                continue;
            if (auto done = store.write(merged, &*stored); !done)
                return done.error();
            const QJsonObject details{{QStringLiteral("code"), merged.code}, {QStringLiteral("producer_id"), merged.id},
                                      {QStringLiteral("changes"), changes}, {QStringLiteral("import"), true}};
            if (auto done = audit.append(&actor, QStringLiteral("producer.change"), details); !done)
                return done.error();
        } else {
            ++summary.added;
            summary.changedKeys << merged.code;
            if (dryRun)
                continue;
            if (auto done = store.write(merged, nullptr); !done)
                return done.error();
            const QJsonObject details{{QStringLiteral("code"), merged.code}, {QStringLiteral("producer_id"), merged.id},
                                      {QStringLiteral("fields"), ProducerStore::fieldValues(merged)},
                                      {QStringLiteral("import"), true}};
            if (auto done = audit.append(&actor, QStringLiteral("producer.add"), details); !done)
                return done.error();
        }
    }
    if (dryRun)
        return summary;
    if (summary.added + summary.changed > 0) {
        const QJsonObject details{{QStringLiteral("added"), summary.added},
                                  {QStringLiteral("changed"), summary.changed},
                                  {QStringLiteral("unchanged"), summary.unchanged}};
        if (auto done = audit.append(&actor, QStringLiteral("producer.import"), details); !done)
            return done.error();
    }
    if (auto done = tx.commit(); !done)
        return done.error();
    return summary;
}

} // namespace ovop
