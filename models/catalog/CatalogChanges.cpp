// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// CatalogService: adding, changing, archiving and removing products.
#include <QJsonObject>

#include "models/audit/AuditLog.h"
#include "models/catalog/Barcode.h"
#include "models/catalog/CatalogService.h"
#include "models/catalog/ProductStore.h"
#include "models/people/Session.h"
#include "models/store/Database.h"
#include "models/store/Removals.h"
#include "models/store/Sql.h"

namespace ovop {

namespace {

constexpr qsizetype MaxPhotoBytes = 2 * 1024 * 1024;

QJsonObject identity(const Product& p)
{
    return QJsonObject{{QStringLiteral("sku"), p.sku}, {QStringLiteral("product_id"), p.id}};
}

} // namespace

Result<Product> CatalogService::save(const Session& actor, const Product& input)
{
    if (!actor.can(Permission::EditCatalog))
        return Roles::refusal(Permission::EditCatalog);
    Product p = ProductStore::normalised(input);
    // What the change depends on is read inside the unit of work, so that no other writer changes it
    // between the read and the write.
    Transaction tx(m_db.sql());
    if (!tx.isActive())
        return tx.beginError();
    std::optional<Product> before;
    if (!p.id.isEmpty()) {
        auto stored = store().loadById(p.id);
        if (!stored)
            return stored.error();
        if (!*stored)
            return Error{tr("The product was not found; it may have been removed. Nothing was saved."),
                         {},
                         {},
                         ErrorKind::NotFound};
        before = std::move(stored).value();
    }
    if (auto valid = validate(p); !valid)
        return valid.error();
    const auto resolved = store().resolveProducer(p);
    if (!resolved)
        return resolved.error();
    if (!*resolved)
        return FieldProblems{{ProductField::Producer, tr("Choose the producer who made the product.")}};
    if (before) {
        const QJsonObject changes = ProductStore::changes(*before, p);
        if (changes.isEmpty())
            return *before;
        if (auto done = store().write(p, &*before); !done)
            return done.error();
        QJsonObject details = identity(p);
        details.insert(QStringLiteral("changes"), changes);
        if (auto done = AuditLog(m_db).append(&actor, QStringLiteral("product.change"), details); !done)
            return done.error();
    } else {
        if (auto done = store().write(p, nullptr); !done)
            return done.error();
        QJsonObject details = identity(p);
        details.insert(QStringLiteral("fields"), ProductStore::fieldValues(p));
        if (auto done = AuditLog(m_db).append(&actor, QStringLiteral("product.add"), details); !done)
            return done.error();
    }
    if (auto done = tx.commit(); !done)
        return done.error();
    // The product as stored (with what the database filled in); the write is committed whatever
    // this read answers.
    if (auto saved = store().loadById(p.id); saved && *saved)
        return **saved;
    return p;
}

Result<QString> CatalogService::proposeInStoreBarcode() const
{
    SqlQuery q(m_db.sql(), QStringLiteral("SELECT max(barcode) FROM product_barcodes WHERE barcode >= '2000000000000' "
                                          "AND barcode <= '2099999999999' AND length(barcode) = 13"));
    if (auto done = q.exec(); !done)
        return done.error();
    qint64 next = 1;
    if (q.next() && !q.value(0).isNull())
        next = q.value(0).toString().mid(2, 10).toLongLong() + 1;
    const qint64 first = next;
    // From after the highest one used; when the top of the range is used (ten thousand million
    // codes), from the bottom to look for a gap.
    for (const auto& [from, to] : {std::pair{first, Barcode::InStoreMaxSequence}, std::pair{qint64(1), first - 1}}) {
        for (next = from; next <= to; ++next) {
            const QString code = Barcode::inStore(next);
            const auto owner = store().barcodeOwner(code);
            if (!owner)
                return owner.error();
            if (owner->isEmpty())
                return code;
        }
    }
    return QString();
}

Result<Product> CatalogService::assignInStoreBarcode(const Session& actor, const QString& sku)
{
    if (!actor.can(Permission::EditCatalog))
        return Roles::refusal(Permission::EditCatalog);
    auto found = store().loadBySku(sku);
    if (!found)
        return found.error();
    if (!*found)
        return Error{tr("There is no product with the SKU %1.").arg(sku.trimmed()), {}, {}, ErrorKind::NotFound};
    const auto proposed = proposeInStoreBarcode();
    if (!proposed)
        return proposed.error();
    const QString code = proposed.value();
    if (code.isEmpty())
        return Error{tr("No in-store barcode is free any more."), {}, {}, ErrorKind::Conflict};
    Product changed = **found;
    changed.barcodes << code;
    auto saved = save(actor, changed);
    if (!saved)
        return saved.error();
    return saved.value();
}

Status CatalogService::archive(const Session& actor, const QString& sku)
{
    return setActive(actor, sku, false);
}

Status CatalogService::reactivate(const Session& actor, const QString& sku)
{
    return setActive(actor, sku, true);
}

Status CatalogService::setActive(const Session& actor, const QString& sku, bool active)
{
    if (!actor.can(Permission::EditCatalog))
        return Roles::refusal(Permission::EditCatalog);
    Transaction tx(m_db.sql());
    if (!tx.isActive())
        return tx.beginError();
    auto found = store().loadBySku(sku);
    if (!found)
        return found.error();
    const std::optional<Product>& product = found.value();
    if (!product)
        return Error{tr("There is no product with the SKU %1.").arg(sku.trimmed()), {}, {}, ErrorKind::NotFound};
    if (product->active == active)
        return Error{active ? tr("The product %1 is not archived.").arg(product->sku)
                            : tr("The product %1 is already archived.").arg(product->sku),
                     {},
                     {},
                     ErrorKind::Conflict};
    Product changed = *product;
    changed.active = active;
    if (auto done = store().write(changed, &*product); !done)
        return done;
    AuditLog audit(m_db);
    if (auto done = active ? audit.append(&actor, QStringLiteral("product.reactivate"), identity(changed))
                           : audit.append(&actor, QStringLiteral("product.archive"), identity(changed));
        !done)
        return done;
    return tx.commit();
}

Status CatalogService::remove(const Session& actor, const QString& sku)
{
    if (!actor.can(Permission::EditCatalog))
        return Roles::refusal(Permission::EditCatalog);
    Transaction unit(m_db.sql());
    if (!unit.isActive())
        return unit.beginError();
    auto found = store().loadBySku(sku);
    if (!found)
        return found.error();
    const std::optional<Product>& product = found.value();
    if (!product)
        return Error{tr("There is no product with the SKU %1.").arg(sku.trimmed()), {}, {}, ErrorKind::NotFound};
    const auto moved = store().hasMovements(product->id);
    if (!moved)
        return moved.error();
    if (*moved)
        return Error{tr("The product %1 cannot be deleted: it has been received, sold or counted, and its history "
                        "must stay. Archive it instead.")
                         .arg(product->sku),
                     {},
                     {},
                     ErrorKind::Conflict};
    if (auto done = store().erase(*product); !done) {
        // A record of a later capability (a sale line) still refers to it.
        if (done.error().kind == ErrorKind::Conflict)
            return Error{tr("The product %1 cannot be deleted: other records refer to it. Archive it instead.")
                             .arg(product->sku),
                         done.error().detail,
                         {},
                         ErrorKind::Conflict};
        return done;
    }
    if (auto done = recordRemoval(m_db, unit, {QStringLiteral("product"), product->id, product->sku, actor.userId});
        !done)
        return done;
    QJsonObject details = identity(*product);
    details.insert(QStringLiteral("fields"), ProductStore::fieldValues(*product));
    if (auto done = AuditLog(m_db).append(&actor, QStringLiteral("product.remove"), details); !done)
        return done;
    return unit.commit();
}

Status CatalogService::setPhoto(const Session& actor, const QString& sku, const QByteArray& bytes)
{
    if (!actor.can(Permission::EditCatalog))
        return Roles::refusal(Permission::EditCatalog);
    auto found = store().loadBySku(sku);
    if (!found)
        return found.error();
    const std::optional<Product>& product = found.value();
    if (!product)
        return Error{tr("There is no product with the SKU %1.").arg(sku.trimmed()), {}, {}, ErrorKind::NotFound};
    const bool png = bytes.startsWith(QByteArray("\x89PNG\r\n\x1a\n", 8));
    const bool jpeg = bytes.startsWith(QByteArray("\xFF\xD8\xFF", 3));
    if (!bytes.isEmpty() && !png && !jpeg)
        return Error{tr("The photo must be a PNG or JPEG image.")};
    if (bytes.size() > MaxPhotoBytes)
        return Error{tr("The photo is larger than 2 MB; make it smaller and try again.")};

    Transaction tx(m_db.sql());
    if (!tx.isActive())
        return tx.beginError();
    SqlQuery del(m_db.sql(), QStringLiteral("DELETE FROM product_photos WHERE product_id = :id"));
    del.bind(QStringLiteral(":id"), product->id);
    if (auto done = del.exec(); !done)
        return done;
    if (!bytes.isEmpty()) {
        SqlQuery ins(m_db.sql(), QStringLiteral("INSERT INTO product_photos (id, product_id, bytes, created_at, "
                                                "origin_shop, origin_device) VALUES (:id, :product, :bytes, :at, "
                                                ":shop, :device)"));
        ins.bind(QStringLiteral(":id"), m_db.newId())
            .bind(QStringLiteral(":product"), product->id)
            .bind(QStringLiteral(":bytes"), bytes)
            .bind(QStringLiteral(":at"), m_db.storedNow())
            .bind(QStringLiteral(":shop"), SqlQuery::text(m_db.origin().shopCode))
            .bind(QStringLiteral(":device"), SqlQuery::text(m_db.origin().deviceId));
        if (auto done = ins.exec(); !done)
            return done;
    }
    QJsonObject details = identity(*product);
    details.insert(QStringLiteral("photo_bytes"), qint64(bytes.size()));
    details.insert(QStringLiteral("had_photo"), product->hasPhoto);
    if (auto done = AuditLog(m_db).append(&actor, QStringLiteral("product.photo"), details); !done)
        return done;
    return tx.commit();
}

} // namespace ovop
