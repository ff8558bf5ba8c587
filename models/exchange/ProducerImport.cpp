// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "models/exchange/ProducerImport.h"

#include <QFileInfo>

#include "models/catalog/ProducerService.h"
#include "models/core/Decimal.h"
#include "models/exchange/CatalogExport.h"
#include "models/exchange/CsvColumns.h"
#include "models/people/Session.h"
#include "models/places/PlaceService.h"
#include "models/store/Database.h"

namespace ovop {

namespace {

constexpr int ProgressStep = 250;

QStringList differences(const Producer& a, const Producer& b)
{
    QStringList out;
    auto differ = [&out](const QString& key, bool different) {
        if (different)
            out << key;
    };
    auto text = [](const QString& x, const QString& y) { return x.trimmed() != y.trimmed(); };
    differ(ProducerField::Code, a.code != b.code);
    differ(ProducerField::Name, text(a.name, b.name));
    differ(ProducerField::Kind, a.kind != b.kind);
    differ(ProducerField::Village, a.villageId != b.villageId);
    differ(ProducerField::Phone, text(a.phone, b.phone));
    differ(ProducerField::Members, a.members != b.members);
    differ(ProducerField::Women, a.women != b.women);
    differ(ProducerField::WomenLed, a.womenLed != b.womenLed);
    differ(ProducerField::Terms, a.terms != b.terms);
    differ(ProducerField::Commission, a.commissionBasisPoints != b.commissionBasisPoints);
    differ(ProducerField::PaymentDetails, text(a.paymentDetails, b.paymentDetails));
    differ(ProducerField::FairPriceBasis, text(a.fairPriceBasis, b.fairPriceBasis));
    differ(ProducerField::LastVisitDate, a.lastVisitDate != b.lastVisitDate);
    differ(ProducerField::LastVisitResult, text(a.lastVisitResult, b.lastVisitResult));
    differ(ProducerField::FollowUp, text(a.followUp, b.followUp));
    differ(ProducerField::ChildLabourCheckDate, a.childLabourCheckDate != b.childLabourCheckDate);
    differ(ProducerField::ChildLabourCheckResult, text(a.childLabourCheckResult, b.childLabourCheckResult));
    differ(ProducerField::MaterialsAndDyes, text(a.materialsAndDyes, b.materialsAndDyes));
    differ(ProducerField::EnvironmentalPractice, text(a.environmentalPractice, b.environmentalPractice));
    differ(ProducerField::ExemptSellerDocument, text(a.exemptSellerDocument, b.exemptSellerDocument));
    differ(ProducerField::CertificateNumber, text(a.certificateNumber, b.certificateNumber));
    differ(ProducerField::CertificateDate, a.certificateDate != b.certificateDate);
    differ(ProducerField::Active, a.active != b.active);
    return out;
}

// A row of the file turned into a producer, with the problems found in its cells.
class ProducerRowReader
{
    Q_DECLARE_TR_FUNCTIONS(ProducerImport)

public:
    ProducerRowReader(const CsvColumns& columns, const PlaceService& places) : m_columns(columns), m_places(places) {}

    // The problems of the row's cells, or an error when the places could not be read.
    Result<QList<ImportProblem>> read(const CsvRecord& record, Producer& p)
    {
        QList<ImportProblem> problems;
        auto problem = [&](const QString& column, const QString& message) {
            problems.append({record.line, column, message});
        };
        auto text = [&](const QString& key) { return m_columns.cell(record, key); };
        auto has = [&](const QString& key) { return m_columns.has(key); };
        auto setText = [&](const QString& key, QString& target) {
            if (has(key))
                target = text(key);
        };
        auto setDate = [&](const QString& key, QDate& target) {
            if (!has(key))
                return;
            if (const auto date = CsvColumns::parseDate(text(key)))
                target = *date;
            else
                problem(key, CsvColumns::dateProblem(text(key)));
        };
        auto setBool = [&](const QString& key, bool emptyValue, bool& target) {
            if (!has(key))
                return;
            if (const auto value = CsvColumns::parseBool(text(key), emptyValue))
                target = *value;
            else
                problem(key, CsvColumns::boolProblem(text(key)));
        };
        auto setCount = [&](const QString& key, int emptyValue, int& target) {
            if (!has(key))
                return;
            const QString cell = text(key);
            bool ok = true;
            const int n = cell.isEmpty() ? emptyValue : cell.toInt(&ok);
            if (ok && n >= 0)
                target = n;
            else
                problem(key, tr("\"%1\" is not a number of people. Write a whole number such as 12.").arg(cell));
        };

        setText(ProducerField::Code, p.code);
        setText(ProducerField::Name, p.name);
        if (has(ProducerField::Kind)) {
            const QString cell = text(ProducerField::Kind);
            if (cell.isEmpty())
                p.kind = Producer::Kind::Individual;
            else if (const auto kind = ProducerKinds::fromKey(cell))
                p.kind = *kind;
            else
                problem(ProducerField::Kind,
                        tr("Unknown kind \"%1\". Use individual, group or cooperative.").arg(cell));
        }
        if (has(ProducerField::Village)) {
            QString message;
            const auto village = findVillage(record, message);
            if (!village)
                return village.error();
            p.villageId = village.value();
            if (!message.isEmpty())
                problem(ProducerField::Village, message);
        }
        setText(ProducerField::Phone, p.phone);
        setCount(ProducerField::Members, 1, p.members);
        setCount(ProducerField::Women, 0, p.women);
        setBool(ProducerField::WomenLed, false, p.womenLed);
        if (has(ProducerField::Terms)) {
            const QString cell = text(ProducerField::Terms);
            if (cell.isEmpty())
                p.terms = Producer::Terms::Consignment;
            else if (const auto terms = ProducerKinds::termsFromKey(cell))
                p.terms = *terms;
            else
                problem(ProducerField::Terms, tr("Unknown terms \"%1\". Use consignment or purchase.").arg(cell));
        }
        if (has(ProducerField::Commission)) {
            QString cell = text(ProducerField::Commission);
            if (cell.endsWith(QLatin1Char('%')))
                cell.chop(1);
            const auto parsed = decimal::parse(cell.trimmed(), 2, false);
            if (cell.trimmed().isEmpty())
                p.commissionBasisPoints = 0;
            else if (parsed.error == decimal::ParseError::None && parsed.scaled <= 10000)
                p.commissionBasisPoints = int(parsed.scaled);
            else
                problem(ProducerField::Commission,
                        tr("\"%1\" is not a commission. Write a percentage from 0 to 100, such as 25 or 12,5.")
                            .arg(text(ProducerField::Commission)));
        }
        setText(ProducerField::PaymentDetails, p.paymentDetails);
        setText(ProducerField::FairPriceBasis, p.fairPriceBasis);
        setDate(ProducerField::LastVisitDate, p.lastVisitDate);
        setText(ProducerField::LastVisitResult, p.lastVisitResult);
        setText(ProducerField::FollowUp, p.followUp);
        setDate(ProducerField::ChildLabourCheckDate, p.childLabourCheckDate);
        setText(ProducerField::ChildLabourCheckResult, p.childLabourCheckResult);
        setText(ProducerField::MaterialsAndDyes, p.materialsAndDyes);
        setText(ProducerField::EnvironmentalPractice, p.environmentalPractice);
        setText(ProducerField::ExemptSellerDocument, p.exemptSellerDocument);
        setText(ProducerField::CertificateNumber, p.certificateNumber);
        setDate(ProducerField::CertificateDate, p.certificateDate);
        setBool(ProducerField::Active, true, p.active);
        return problems;
    }

private:
    // The id of the village the row names (by id, or by name narrowed by district and oblast);
    // empty with a message when there is none or more than one.
    Result<QString> findVillage(const CsvRecord& record, QString& message)
    {
        const QString cell = m_columns.cell(record, ProducerField::Village);
        if (cell.isEmpty())
            return QString();
        const auto byId = m_places.village(cell);
        if (!byId)
            return byId.error();
        if (byId.value())
            return byId.value()->id;
        const QString district = CsvColumns::fold(m_columns.cell(record, ProducerImport::DistrictColumn));
        const QString oblast = CsvColumns::fold(m_columns.cell(record, ProducerImport::OblastColumn));
        const QString cacheKey = CsvColumns::fold(cell) + QLatin1Char('\x1f') + district + QLatin1Char('\x1f') + oblast;
        if (const auto cached = m_cache.constFind(cacheKey); cached != m_cache.constEnd()) {
            if (cached->isEmpty())
                message = m_messages.value(cacheKey);
            return *cached;
        }

        auto named = [](const LocalizedText& name, const QString& folded) {
            return CsvColumns::fold(name.ky) == folded || CsvColumns::fold(name.ru) == folded
                || CsvColumns::fold(name.en) == folded;
        };
        auto byName = m_places.findVillages(cell);
        if (!byName)
            return byName.error();
        QList<Village> found = std::move(byName).value();
        if (found.size() > 1 && !district.isEmpty())
            found.removeIf([&](const Village& v) { return !named(v.districtName, district); });
        if (found.size() > 1 && !oblast.isEmpty()) {
            const auto inOblast = m_places.findOblast(oblast);
            if (!inOblast)
                return inOblast.error();
            const std::optional<Oblast>& o = inOblast.value();
            found.removeIf([&](const Village& v) { return !o || v.oblastId != o->id; });
        }
        QString id;
        if (found.isEmpty()) {
            message = tr("Unknown village \"%1\". Add it in Settings → Villages first, or write the name as it "
                         "is there.")
                          .arg(cell);
        } else if (found.size() > 1) {
            QStringList where;
            for (const Village& v : std::as_const(found))
                where << QStringLiteral("%1 (%2)").arg(v.districtName.in(QStringLiteral("ru")), v.id);
            message = tr("Several villages are called \"%1\": %2. Add a district column, or write the village id.")
                          .arg(cell, where.join(QStringLiteral(", ")));
        } else {
            id = found.first().id;
        }
        m_cache.insert(cacheKey, id);
        if (!message.isEmpty())
            m_messages.insert(cacheKey, message);
        return id;
    }

    const CsvColumns& m_columns;
    const PlaceService& m_places;
    QHash<QString, QString> m_cache; // village, district, oblast -> id (empty: not found)
    QHash<QString, QString> m_messages;
};

} // namespace

ProducerImport::ProducerImport(Database& db) : m_db(db) {}

QStringList ProducerImport::requiredColumns()
{
    return {ProducerField::Code, ProducerField::Name};
}

QStringList ProducerImport::knownColumns()
{
    return ProducerField::all() << DistrictColumn << OblastColumn;
}

QHash<QString, QString> ProducerImport::columnAliases()
{
    return {{QStringLiteral("materials_dyes"), ProducerField::MaterialsAndDyes},
            {QStringLiteral("materials"), ProducerField::MaterialsAndDyes},
            {QStringLiteral("village_id"), ProducerField::Village},
            {QStringLiteral("producer_code"), ProducerField::Code}};
}

Result<ProducerImportPlan> ProducerImport::parseFile(const Session& actor, const QString& path,
                                                     const ImportProgress& progress) const
{
    if (!actor.can(Permission::EditCatalog))
        return Roles::refusal(Permission::EditCatalog);
    auto bytes = Csv::readBytes(path);
    if (!bytes)
        return bytes.error();
    return parse(actor, bytes.value(), QFileInfo(path).fileName(), progress);
}

Result<ProducerImportPlan> ProducerImport::parse(const Session& actor, const QByteArray& bytes,
                                                 const QString& fileName, const ImportProgress& progress) const
{
    if (!actor.can(Permission::EditCatalog))
        return Roles::refusal(Permission::EditCatalog);
    auto table = Csv::parse(bytes);
    if (!table)
        return table.error();
    auto columns = CsvColumns::map(table.value(), knownColumns(), columnAliases());
    if (!columns)
        return columns.error();
    const CsvColumns& cols = columns.value();
    QStringList missing;
    for (const QString& key : requiredColumns())
        if (!cols.has(key))
            missing << key;
    if (!missing.isEmpty())
        return CsvColumns::missingColumns(missing, requiredColumns());
    const QList<CsvRecord>& records = table->records;
    if (records.isEmpty())
        return Error{tr("The file %1 has a header row but no producers. Nothing was imported.").arg(fileName)};

    const ProducerService register_(m_db);
    auto existingList = register_.list(actor, CatalogExport::allProducers());
    if (!existingList)
        return existingList.error();
    QHash<QString, Producer> stored;
    for (Producer& p : existingList.value())
        stored.insert(CsvColumns::fold(p.code), std::move(p));

    ProducerImportPlan plan;
    plan.fileName = fileName;
    plan.sha256 = CsvColumns::sha256Hex(bytes);
    plan.encoding = Csv::encodingName(table->encoding);
    plan.delimiter = table->delimiter;
    plan.columns = cols.keys();
    for (const QString& key : std::as_const(plan.columns))
        if (ProducerField::all().contains(key))
            plan.fields.insert(key);
    plan.ignoredColumns = cols.ignored();
    if (!plan.ignoredColumns.isEmpty())
        plan.notes << tr("These columns are not used and were left out: %1.")
                          .arg(plan.ignoredColumns.join(QStringLiteral(", ")));

    const PlaceService places(m_db);
    ProducerRowReader reader(cols, places);
    ImportBatch batch;
    const int total = int(records.size());
    plan.rows.reserve(total);
    for (int i = 0; i < total; ++i) {
        if (progress && i % ProgressStep == 0 && !progress(i, total))
            return Error{tr("The import was cancelled. Nothing was imported.")};
        const CsvRecord& record = records.at(i);
        const auto existing = stored.constFind(CsvColumns::fold(cols.cell(record, ProducerField::Code)));
        ImportRow<Producer> row;
        row.line = record.line;
        row.value = existing != stored.constEnd() ? *existing : Producer{};
        QList<ImportProblem> problems = cols.recordProblems(record);
        auto cells = reader.read(record, row.value);
        if (!cells)
            return cells.error(); // the places could not be read: no plan rather than a wrong one
        problems.append(cells.value());
        if (existing != stored.constEnd())
            row.value.code = existing->code; // matched case-insensitively: the code keeps its spelling
        QSet<QString> reported;
        for (const auto& p : std::as_const(problems))
            reported.insert(p.column);
        const Status valid = register_.validateImportRow(row.value, batch, record.line, plan.fields);
        if (!valid && valid.error().kind != ErrorKind::Validation)
            return valid.error(); // the register could not be read: no plan rather than a wrong one
        for (const FieldProblem& p : valid.problems())
            if (!reported.contains(p.field))
                problems.append({record.line, p.field, p.message});
        plan.problems.append(problems);
        if (existing == stored.constEnd()) {
            row.action = ImportAction::New;
        } else {
            row.changedFields = differences(*existing, row.value);
            row.action = row.changedFields.isEmpty() ? ImportAction::Unchanged : ImportAction::Changed;
        }
        plan.rows.append(std::move(row));
    }
    if (progress && !progress(total, total))
        return Error{tr("The import was cancelled. Nothing was imported.")};
    return plan;
}

Result<ImportSummary> ProducerImport::apply(const Session& actor, const ProducerImportPlan& plan,
                                            const ImportProgress& progress)
{
    if (!actor.can(Permission::EditCatalog))
        return Roles::refusal(Permission::EditCatalog);
    if (plan.hasProblems())
        return Error{tr("The file %1 has %n problem(s): nothing was imported. Correct the rows listed and "
                        "import the file again.",
                        nullptr, int(plan.problems.size()))
                         .arg(plan.fileName)};
    const int total = int(plan.rows.size());
    if (progress && !progress(0, total))
        return Error{tr("The import was cancelled. Nothing was imported.")};
    // Only the rows that change something go to the register: unchanged rows would be left alone
    // there anyway, and a file that changes a few prices in a large catalogue is then applied quickly.
    QList<Producer> producers;
    for (const auto& row : plan.rows)
        if (row.action != ImportAction::Unchanged)
            producers.append(row.value);
    const int unchanged = total - int(producers.size());
    ImportSummary summary;
    if (!producers.isEmpty()) {
        auto written = ProducerService(m_db).applyImport(actor, producers, plan.fields);
        if (!written)
            return written.error();
        summary = written.value();
    }
    summary.unchanged += unchanged;
    if (progress)
        progress(total, total);
    return summary;
}

} // namespace ovop
