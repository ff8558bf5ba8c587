// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "catalog/ProductStore.h"

#include <QJsonArray>

#include "catalog/Barcode.h"
#include "catalog/SearchText.h"
#include "store/Database.h"
#include "store/Sql.h"

namespace ovop {

namespace {

QString timeText(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QVariant dateValue(const QDate& d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

// Columns of the search words query, shared by reindex().
const QString SearchWordsSql = QStringLiteral(
    "SELECT p.seq, p.sku, p.name_ky, p.name_ru, p.name_en, p.materials, pr.name, pr.code, v.name_ky, v.name_ru, "
    "v.name_en FROM products p JOIN producers pr ON pr.id = p.producer_id JOIN villages v ON v.id = pr.village_id ");

} // namespace

QString ProductStore::selectSql()
{
    return QStringLiteral(
        "SELECT p.seq, p.id, p.sku, p.name_ky, p.name_ru, p.name_en, p.category, p.unit, p.price, p.tax_group, "
        "p.producer_id, pr.code, pr.name, p.materials, p.story_ky, p.story_ru, p.story_en, p.certificate_number, "
        "p.certificate_date, p.tracks_batches, p.active, p.created_at, p.updated_at, v.id, v.name_ky, v.name_ru, "
        "v.name_en, o.id, o.name_ky, o.name_ru, o.name_en, "
        "EXISTS (SELECT 1 FROM product_photos ph WHERE ph.product_id = p.id), "
        "(SELECT group_concat(barcode, ' ') FROM (SELECT b.barcode FROM product_barcodes b "
        "WHERE b.product_id = p.id ORDER BY b.position)) "
        "FROM products p JOIN producers pr ON pr.id = p.producer_id JOIN villages v ON v.id = pr.village_id "
        "JOIN oblasts o ON o.id = v.oblast_id ");
}

Product ProductStore::readProduct(const SqlQuery& q)
{
    Product p;
    p.id = q.value(1).toString();
    p.sku = q.value(2).toString();
    p.name = {q.value(3).toString(), q.value(4).toString(), q.value(5).toString()};
    p.category = q.value(6).toString();
    p.unit = Units::fromKey(q.value(7).toString()).value_or(Unit::Piece);
    p.price = Money::fromTyiyn(q.value(8).toLongLong());
    p.taxGroup = q.value(9).toString();
    p.producerId = q.value(10).toString();
    p.producerCode = q.value(11).toString();
    p.producerName = q.value(12).toString();
    p.materials = q.value(13).toString();
    p.story = {q.value(14).toString(), q.value(15).toString(), q.value(16).toString()};
    p.certificateNumber = q.value(17).toString();
    p.certificateDate = QDate::fromString(q.value(18).toString(), Qt::ISODate);
    p.tracksBatches = q.value(19).toBool();
    p.active = q.value(20).toBool();
    p.createdAt = QDateTime::fromString(q.value(21).toString(), Qt::ISODateWithMs);
    p.updatedAt = QDateTime::fromString(q.value(22).toString(), Qt::ISODateWithMs);
    p.villageId = q.value(23).toString();
    p.villageName = {q.value(24).toString(), q.value(25).toString(), q.value(26).toString()};
    p.oblastId = q.value(27).toString();
    p.oblastName = {q.value(28).toString(), q.value(29).toString(), q.value(30).toString()};
    p.hasPhoto = q.value(31).toBool();
    const QString barcodes = q.value(32).toString();
    if (!barcodes.isEmpty())
        p.barcodes = barcodes.split(QLatin1Char(' '));
    return p;
}

std::optional<Product> ProductStore::loadBy(Database& db, const QString& where, const QString& placeholder,
                                            const QVariant& value)
{
    SqlQuery q(db.sql(), selectSql() + where);
    q.bind(placeholder, value);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readProduct(q);
}

std::optional<Product> ProductStore::loadById(Database& db, const QString& id)
{
    return loadBy(db, QStringLiteral("WHERE p.id = :id"), QStringLiteral(":id"), id);
}

std::optional<Product> ProductStore::loadBySku(Database& db, const QString& sku)
{
    return loadBy(db, QStringLiteral("WHERE p.sku = :sku"), QStringLiteral(":sku"), sku.trimmed());
}

std::optional<Product> ProductStore::loadByBarcode(Database& db, const QString& barcode)
{
    const QString owner = barcodeOwner(db, barcode);
    if (owner.isEmpty())
        return std::nullopt;
    return loadById(db, owner);
}

QString ProductStore::barcodeOwner(Database& db, const QString& barcode)
{
    for (const QString& code : Barcode::equivalents(barcode.trimmed())) {
        SqlQuery q(db.sql(), QStringLiteral("SELECT product_id FROM product_barcodes WHERE barcode = :code"));
        q.bind(QStringLiteral(":code"), code);
        if (q.exec() && q.next())
            return q.value(0).toString();
    }
    return {};
}

QString ProductStore::skuOwner(Database& db, const QString& sku)
{
    SqlQuery q(db.sql(), QStringLiteral("SELECT id FROM products WHERE sku = :sku"));
    q.bind(QStringLiteral(":sku"), sku.trimmed());
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

QString ProductStore::producerIdOfCode(Database& db, const QString& code)
{
    SqlQuery q(db.sql(), QStringLiteral("SELECT id FROM producers WHERE code = :code"));
    q.bind(QStringLiteral(":code"), code.trimmed());
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

bool ProductStore::categoryExists(Database& db, const QString& key)
{
    SqlQuery q(db.sql(), QStringLiteral("SELECT 1 FROM categories WHERE key = :key"));
    q.bind(QStringLiteral(":key"), key);
    return q.exec() && q.next();
}

Product ProductStore::normalised(const Product& product)
{
    Product p = product;
    p.sku = p.sku.trimmed();
    QStringList barcodes;
    for (const QString& code : p.barcodes)
        if (!code.trimmed().isEmpty())
            barcodes << code.trimmed();
    p.barcodes = barcodes;
    p.name = p.name.trimmed();
    p.story = p.story.trimmed();
    p.category = p.category.trimmed();
    p.taxGroup = p.taxGroup.trimmed();
    p.producerCode = p.producerCode.trimmed();
    p.materials = p.materials.trimmed();
    p.certificateNumber = p.certificateNumber.trimmed();
    return p;
}

bool ProductStore::resolveProducer(Database& db, Product& p)
{
    if (p.producerId.isEmpty()) {
        p.producerId = producerIdOfCode(db, p.producerCode);
        return !p.producerId.isEmpty();
    }
    SqlQuery q(db.sql(), QStringLiteral("SELECT code FROM producers WHERE id = :id"));
    q.bind(QStringLiteral(":id"), p.producerId);
    if (!q.exec() || !q.next())
        return false;
    p.producerCode = q.value(0).toString();
    return true;
}

bool ProductStore::hasMovements(Database& db, const QString& productId)
{
    SqlQuery q(db.sql(), QStringLiteral("SELECT 1 FROM stock_movements WHERE product_id = :id LIMIT 1"));
    q.bind(QStringLiteral(":id"), productId);
    return q.exec() && q.next();
}

Status ProductStore::write(Database& db, Product& p, const Product* before)
{
    const QString now = timeText(db.now());
    const bool isNew = before == nullptr;
    if (isNew) {
        p.id = db.newId();
        p.createdAt = QDateTime::fromString(now, Qt::ISODateWithMs);
    }
    p.updatedAt = QDateTime::fromString(now, Qt::ISODateWithMs);
    const QString sql = isNew
        ? QStringLiteral("INSERT INTO products (id, sku, name_ky, name_ru, name_en, category, unit, price, tax_group, "
                         "producer_id, materials, story_ky, story_ru, story_en, certificate_number, certificate_date, "
                         "tracks_batches, active, updated_at, created_at, origin_shop, origin_device) VALUES (:id, "
                         ":sku, :name_ky, :name_ru, :name_en, :category, :unit, :price, :tax_group, :producer_id, "
                         ":materials, :story_ky, :story_ru, :story_en, :certificate_number, :certificate_date, "
                         ":tracks_batches, :active, :updated_at, :created_at, :origin_shop, :origin_device)")
        : QStringLiteral("UPDATE products SET sku = :sku, name_ky = :name_ky, name_ru = :name_ru, name_en = :name_en, "
                         "category = :category, unit = :unit, price = :price, tax_group = :tax_group, "
                         "producer_id = :producer_id, materials = :materials, story_ky = :story_ky, "
                         "story_ru = :story_ru, story_en = :story_en, certificate_number = :certificate_number, "
                         "certificate_date = :certificate_date, tracks_batches = :tracks_batches, active = :active, "
                         "updated_at = :updated_at WHERE id = :id");
    SqlQuery q(db.sql(), sql);
    q.bind(QStringLiteral(":id"), p.id)
        .bind(QStringLiteral(":sku"), text(p.sku))
        .bind(QStringLiteral(":name_ky"), text(p.name.ky))
        .bind(QStringLiteral(":name_ru"), text(p.name.ru))
        .bind(QStringLiteral(":name_en"), text(p.name.en))
        .bind(QStringLiteral(":category"), text(p.category))
        .bind(QStringLiteral(":unit"), Units::key(p.unit))
        .bind(QStringLiteral(":price"), p.price.tyiyn())
        .bind(QStringLiteral(":tax_group"), text(p.taxGroup))
        .bind(QStringLiteral(":producer_id"), p.producerId)
        .bind(QStringLiteral(":materials"), text(p.materials))
        .bind(QStringLiteral(":story_ky"), text(p.story.ky))
        .bind(QStringLiteral(":story_ru"), text(p.story.ru))
        .bind(QStringLiteral(":story_en"), text(p.story.en))
        .bind(QStringLiteral(":certificate_number"), text(p.certificateNumber))
        .bind(QStringLiteral(":certificate_date"), dateValue(p.certificateDate))
        .bind(QStringLiteral(":tracks_batches"), p.tracksBatches ? 1 : 0)
        .bind(QStringLiteral(":active"), p.active ? 1 : 0)
        .bind(QStringLiteral(":updated_at"), now);
    if (isNew)
        q.bind(QStringLiteral(":created_at"), now)
            .bind(QStringLiteral(":origin_shop"), text(db.origin().shopCode))
            .bind(QStringLiteral(":origin_device"), text(db.origin().deviceId));
    if (auto done = q.exec(); !done)
        return done;

    if (isNew || before->barcodes != p.barcodes) {
        SqlQuery del(db.sql(), QStringLiteral("DELETE FROM product_barcodes WHERE product_id = :id"));
        del.bind(QStringLiteral(":id"), p.id);
        if (auto done = del.exec(); !done)
            return done;
        SqlQuery ins(db.sql(), QStringLiteral("INSERT INTO product_barcodes (id, product_id, barcode, position, "
                                              "created_at, origin_shop, origin_device) VALUES (:id, :product, "
                                              ":barcode, :position, :at, :shop, :device)"));
        for (int i = 0; i < p.barcodes.size(); ++i) {
            ins.bind(QStringLiteral(":id"), db.newId())
                .bind(QStringLiteral(":product"), p.id)
                .bind(QStringLiteral(":barcode"), p.barcodes.at(i))
                .bind(QStringLiteral(":position"), i)
                .bind(QStringLiteral(":at"), now)
                .bind(QStringLiteral(":shop"), text(db.origin().shopCode))
                .bind(QStringLiteral(":device"), text(db.origin().deviceId));
            if (auto done = ins.exec(); !done)
                return done;
        }
    }
    return reindex(db, QStringLiteral("WHERE p.id = :pid"), QStringLiteral(":pid"), p.id);
}

Status ProductStore::erase(Database& db, const Product& p)
{
    SqlQuery seq(db.sql(), QStringLiteral("SELECT seq FROM products WHERE id = :id"));
    seq.bind(QStringLiteral(":id"), p.id);
    if (auto done = seq.exec(); !done)
        return done;
    if (seq.next()) {
        SqlQuery words(db.sql(), QStringLiteral("DELETE FROM product_search WHERE rowid = :seq"));
        words.bind(QStringLiteral(":seq"), seq.value(0));
        if (auto done = words.exec(); !done)
            return done;
    }
    SqlQuery del(db.sql(), QStringLiteral("DELETE FROM products WHERE id = :id"));
    del.bind(QStringLiteral(":id"), p.id);
    return del.exec();
}

Status ProductStore::reindex(Database& db, const QString& where, const QString& placeholder, const QVariant& value)
{
    SqlQuery q(db.sql(), SearchWordsSql + where);
    q.bind(placeholder, value);
    if (auto done = q.exec(); !done)
        return done;
    SqlQuery del(db.sql(), QStringLiteral("DELETE FROM product_search WHERE rowid = :seq"));
    SqlQuery ins(db.sql(), QStringLiteral("INSERT INTO product_search (rowid, words) VALUES (:seq, :words)"));
    while (q.next()) {
        QStringList parts;
        for (int column = 1; column <= 10; ++column)
            parts << q.value(column).toString();
        del.bind(QStringLiteral(":seq"), q.value(0));
        if (auto done = del.exec(); !done)
            return done;
        ins.bind(QStringLiteral(":seq"), q.value(0)).bind(QStringLiteral(":words"), SearchText::fold(parts.join(QLatin1Char(' '))));
        if (auto done = ins.exec(); !done)
            return done;
    }
    return {};
}

QJsonObject ProductStore::fieldValues(const Product& p)
{
    namespace F = ProductField;
    return QJsonObject{
        {F::Sku, p.sku},
        {F::Barcodes, p.barcodes.join(QLatin1Char(' '))},
        {F::NameKy, p.name.ky},
        {F::NameRu, p.name.ru},
        {F::NameEn, p.name.en},
        {F::Category, p.category},
        {F::Unit, Units::key(p.unit)},
        {F::Price, p.price.tyiyn()},
        {F::Producer, p.producerCode},
        {F::Materials, p.materials},
        {F::StoryKy, p.story.ky},
        {F::StoryRu, p.story.ru},
        {F::StoryEn, p.story.en},
        {F::TaxGroup, p.taxGroup},
        {F::CertificateNumber, p.certificateNumber},
        {F::CertificateDate, p.certificateDate.isValid() ? p.certificateDate.toString(Qt::ISODate) : QString()},
        {F::TracksBatches, p.tracksBatches},
        {F::Active, p.active},
    };
}

QJsonObject ProductStore::changes(const Product& before, const Product& after, const QSet<QString>& fields)
{
    const QJsonObject a = fieldValues(before);
    const QJsonObject b = fieldValues(after);
    QJsonObject out;
    for (const QString& key : ProductField::all()) {
        if (!fields.isEmpty() && !fields.contains(key))
            continue;
        if (a.value(key) != b.value(key))
            out.insert(key, QJsonObject{{QStringLiteral("old"), a.value(key)}, {QStringLiteral("new"), b.value(key)}});
    }
    return out;
}

} // namespace ovop
