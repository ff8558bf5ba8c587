// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// CatalogService: the importer's per-row validation and all-or-nothing bulk write.
#include <vector>

#include <QJsonObject>

#include "models/audit/AuditLog.h"
#include "models/catalog/CatalogService.h"
#include "models/catalog/ProductStore.h"
#include "models/people/Session.h"
#include "models/stock/MinLevels.h"
#include "models/store/Database.h"
#include "models/store/Sql.h"

namespace ovop {

namespace {

// The stored product (or a new one) with the fields the file carries taken from the row.
Product merge(const std::optional<Product>& stored, const Product& row, const QSet<QString>& fields)
{
    namespace F = ProductField;
    const auto has = [&](const QString& key) { return fields.isEmpty() || fields.contains(key); };
    Product p = stored ? *stored : Product{};
    p.sku = stored ? stored->sku : row.sku; // found case-insensitively: a SKU keeps its spelling
    if (!stored)
        p.id = row.id; // a new product keeps the identity its row carries (the demo's), if any
    if (has(F::Barcodes))
        p.barcodes = row.barcodes;
    if (has(F::NameKy))
        p.name.ky = row.name.ky;
    if (has(F::NameRu))
        p.name.ru = row.name.ru;
    if (has(F::NameEn))
        p.name.en = row.name.en;
    if (has(F::Category))
        p.category = row.category;
    if (has(F::Unit))
        p.unit = row.unit;
    if (has(F::Price))
        p.price = row.price;
    if (has(F::TaxGroup))
        p.taxGroup = row.taxGroup;
    if (has(F::Producer)) {
        const bool same = stored && stored->producerCode.compare(row.producerCode, Qt::CaseInsensitive) == 0;
        p.producerCode = same ? stored->producerCode : row.producerCode;
        p.producerId = same ? stored->producerId : QString();
    }
    if (has(F::Materials))
        p.materials = row.materials;
    if (has(F::StoryKy))
        p.story.ky = row.story.ky;
    if (has(F::StoryRu))
        p.story.ru = row.story.ru;
    if (has(F::StoryEn))
        p.story.en = row.story.en;
    if (has(F::CertificateNumber))
        p.certificateNumber = row.certificateNumber;
    if (has(F::CertificateDate))
        p.certificateDate = row.certificateDate;
    if (has(F::TracksBatches))
        p.tracksBatches = row.tracksBatches;
    if (has(F::Active))
        p.active = row.active;
    p.minLevel = has(F::MinLevel) ? row.minLevel : std::nullopt;
    return p;
}

// Writes the row's minimum level (none: left as it is) inside the import's transaction; its old and
// new values in thousandths when it changed, else nothing.
Result<QJsonObject> writeMinLevel(Database& db, const Transaction& tx, const Session& actor, const QString& productId,
                                  const std::optional<Quantity>& level)
{
    if (!level)
        return QJsonObject();
    MinLevels levels(db);
    const auto old = levels.get(productId);
    if (!old)
        return old.error();
    const auto changed = levels.write(tx, actor, productId, *level);
    if (!changed)
        return changed.error();
    if (!*changed)
        return QJsonObject();
    return QJsonObject{{QStringLiteral("old"), old->milli()}, {QStringLiteral("new"), level->milli()}};
}

} // namespace

Status CatalogService::validateImportRow(const Product& product, ImportBatch& batch, int line,
                                         const QSet<QString>& fields) const
{
    std::optional<Product> stored;
    Product merged;
    return checkImportRow(product, batch, line, fields, stored, merged);
}

Status CatalogService::checkImportRow(const Product& product, ImportBatch& batch, int line, const QSet<QString>& fields,
                                      std::optional<Product>& stored, Product& merged) const
{
    const Product row = ProductStore::normalised(product);
    stored.reset();
    if (!row.sku.isEmpty()) {
        auto found = store().loadBySku(row.sku);
        if (!found)
            return found.error();
        stored = std::move(found).value();
    }
    merged = merge(stored, row, fields);
    // The product just read by its SKU is the SKU's owner: no need to ask again.
    const QString owner = stored ? stored->id : QString();
    const Status valid = validate(merged, row.sku.isEmpty() ? nullptr : &owner);
    if (!valid && valid.error().kind != ErrorKind::Validation)
        return valid; // the checks could not read what they need
    FieldProblems problems = valid.problems();

    if (!row.sku.isEmpty()) {
        if (const int earlier = ImportBatch::earlierLine(batch.skuLines, row.sku.toCaseFolded(), line))
            problems << FieldProblem{ProductField::Sku,
                                     tr("The SKU %1 is also on line %2 of the file.").arg(row.sku).arg(earlier)};
    }
    for (const QString& code : merged.barcodes) {
        if (const int earlier = ImportBatch::earlierLine(batch.barcodeLines, code, line))
            problems << FieldProblem{ProductField::Barcodes,
                                     tr("The barcode %1 is also on line %2 of the file.").arg(code).arg(earlier)};
    }
    if (problems.isEmpty())
        return {};
    return problems;
}

Result<ImportSummary> CatalogService::applyImport(const Session& actor, const QList<Product>& products,
                                                  const QSet<QString>& fields, bool dryRun)
{
    if (!actor.can(Permission::EditCatalog))
        return Roles::refusal(Permission::EditCatalog);

    Transaction tx(m_db.sql());
    if (!tx.isActive())
        return tx.beginError();
    // Producers and categories are looked up once for the whole file: nothing else writes while
    // the transaction is open.
    const ProductStore::Bulk bulk(store());

    // Validate every row first: all or nothing. Each row is read and checked once; what was read
    // is kept for the writes.
    struct Planned
    {
        std::optional<Product> stored;
        Product merged;
    };
    std::vector<Planned> planned(size_t(products.size()));
    ImportBatch batch;
    ImportRowReport report;
    for (int i = 0; i < products.size(); ++i) {
        Planned& row = planned[size_t(i)];
        const Status checked = checkImportRow(products.at(i), batch, i + 1, fields, row.stored, row.merged);
        if (checked)
            continue;
        if (checked.error().kind != ErrorKind::Validation)
            return checked.error(); // a failed read refuses the whole import
        report.add(i + 1, products.at(i).sku, checked.problems());
    }
    if (!report.isEmpty())
        return report.refusal();

    ImportSummary summary;
    AuditLog audit(m_db);
    for (Planned& row : planned) {
        const std::optional<Product>& stored = row.stored;
        Product& merged = row.merged;
        const auto resolved = store().resolveProducer(merged);
        if (!resolved)
            return resolved.error();
        if (!*resolved)
            return Error{tr("Nothing was imported: the producer %1 was not found.").arg(merged.producerCode)};
        if (stored) {
            QJsonObject changes = ProductStore::changes(*stored, merged);
            const bool productChanged = !changes.isEmpty();
            // The minimum level is written in this transaction too (rolled back with it on a dry run).
            auto level = writeMinLevel(m_db, tx, actor, stored->id, merged.minLevel);
            if (!level)
                return level.error();
            if (!level->isEmpty())
                changes.insert(ProductField::MinLevel, *level);
            if (changes.isEmpty()) {
                ++summary.unchanged;
                continue;
            }
            ++summary.changed;
            summary.changedKeys << merged.sku;
            if (dryRun)
                continue;
            if (productChanged)
                if (auto done = store().write(merged, &*stored); !done)
                    return done.error();
            QJsonObject details{{QStringLiteral("sku"), merged.sku}, {QStringLiteral("product_id"), merged.id},
                                {QStringLiteral("changes"), changes}, {QStringLiteral("import"), true}};
            if (auto done = audit.append(&actor, QStringLiteral("product.change"), details); !done)
                return done.error();
        } else {
            ++summary.added;
            summary.changedKeys << merged.sku;
            if (dryRun)
                continue;
            if (auto done = store().write(merged, nullptr); !done)
                return done.error();
            QJsonObject fieldValues = ProductStore::fieldValues(merged);
            auto level = writeMinLevel(m_db, tx, actor, merged.id, merged.minLevel);
            if (!level)
                return level.error();
            if (!level->isEmpty())
                fieldValues.insert(ProductField::MinLevel, level->value(QStringLiteral("new")));
            QJsonObject details{{QStringLiteral("sku"), merged.sku},
                                {QStringLiteral("product_id"), merged.id},
                                {QStringLiteral("fields"), fieldValues},
                                {QStringLiteral("import"), true}};
            if (auto done = audit.append(&actor, QStringLiteral("product.add"), details); !done)
                return done.error();
        }
    }
    if (dryRun)
        return summary; // the transaction rolls back: nothing was written
    if (summary.added + summary.changed > 0) {
        const QJsonObject details{{QStringLiteral("added"), summary.added},
                                  {QStringLiteral("changed"), summary.changed},
                                  {QStringLiteral("unchanged"), summary.unchanged}};
        if (auto done = audit.append(&actor, QStringLiteral("catalog.import"), details); !done)
            return done.error();
    }
    if (auto done = tx.commit(); !done)
        return done.error();
    return summary;
}

} // namespace ovop
