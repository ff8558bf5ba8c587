// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "models/catalog/ProductStore.h"

#include <QJsonArray>

#include "models/catalog/Barcode.h"
#include "models/catalog/SearchText.h"
#include "models/store/Database.h"
#include "models/store/Sql.h"

namespace ovop {

namespace {

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

ProductStore::ProductStore(Database& db) : m_db(db) {}

ProductStore::~ProductStore() = default;

SqlQuery& ProductStore::prepared(const QString& sql, Binds binds)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end())
        it = m_statements.insert(sql, std::make_shared<SqlQuery>(m_db.sql(), sql));
    SqlQuery& q = *it.value();
    for (const auto& [placeholder, value] : binds)
        q.bind(placeholder, value);
    return q;
}

Result<QVariant> ProductStore::scalar(const QString& sql, Binds binds)
{
    SqlQuery& q = prepared(sql, binds);
    const Status done = q.exec();
    QVariant value;
    if (done && q.next())
        value = q.value(0);
    q.raw().finish(); // ends the read: no snapshot of the database is held between calls
    if (!done)
        return done.error();
    return value;
}

Result<std::optional<Product>> ProductStore::loadOne(const QString& where, Binds binds)
{
    SqlQuery& q = prepared(selectSql() + where, binds);
    const Status done = q.exec();
    std::optional<Product> out;
    if (done && q.next())
        out = readProduct(q);
    q.raw().finish();
    if (!done)
        return done.error();
    return out;
}

Result<std::optional<Product>> ProductStore::loadById(const QString& id)
{
    return loadOne(QStringLiteral("WHERE p.id = :id"), {{QStringLiteral(":id"), id}});
}

Result<std::optional<Product>> ProductStore::loadBySku(const QString& sku)
{
    return loadOne(QStringLiteral("WHERE p.sku = :sku"), {{QStringLiteral(":sku"), sku.trimmed()}});
}

Result<std::optional<Product>> ProductStore::loadByBarcode(const QString& barcode)
{
    for (const QString& code : Barcode::equivalents(barcode.trimmed())) {
        auto found = loadOne(QStringLiteral("WHERE p.id = (SELECT product_id FROM product_barcodes WHERE barcode = :code)"),
                             {{QStringLiteral(":code"), code}});
        if (!found || *found)
            return found;
    }
    return std::optional<Product>();
}

Result<QString> ProductStore::barcodeOwner(const QString& barcode)
{
    for (const QString& code : Barcode::equivalents(barcode.trimmed())) {
        const auto owner = scalar(QStringLiteral("SELECT product_id FROM product_barcodes WHERE barcode = :code"),
                                  {{QStringLiteral(":code"), code}});
        if (!owner)
            return owner.error();
        if (owner->isValid())
            return owner->toString();
    }
    return QString();
}

Result<QString> ProductStore::skuOwner(const QString& sku)
{
    const auto owner =
        scalar(QStringLiteral("SELECT id FROM products WHERE sku = :sku"), {{QStringLiteral(":sku"), sku.trimmed()}});
    if (!owner)
        return owner.error();
    return owner->toString();
}

Result<QString> ProductStore::producerIdOfCode(const QString& code)
{
    if (m_bulk) {
        if (const auto it = m_producerIds.constFind(code); it != m_producerIds.cend())
            return it.value();
    }
    const auto found = scalar(QStringLiteral("SELECT id FROM producers WHERE code = :code"),
                              {{QStringLiteral(":code"), code.trimmed()}});
    if (!found)
        return found.error();
    const QString id = found->toString();
    if (m_bulk)
        m_producerIds.insert(code, id);
    return id;
}

Result<bool> ProductStore::producerExists(const QString& id)
{
    const auto found = scalar(QStringLiteral("SELECT 1 FROM producers WHERE id = :id"), {{QStringLiteral(":id"), id}});
    if (!found)
        return found.error();
    return found->isValid();
}

Result<bool> ProductStore::categoryExists(const QString& key)
{
    if (m_bulk) {
        if (const auto it = m_categories.constFind(key); it != m_categories.cend())
            return it.value();
    }
    const auto found =
        scalar(QStringLiteral("SELECT 1 FROM categories WHERE key = :key"), {{QStringLiteral(":key"), key}});
    if (!found)
        return found.error();
    const bool exists = found->isValid();
    if (m_bulk)
        m_categories.insert(key, exists);
    return exists;
}

Result<std::optional<SaleItem>> ProductStore::saleItemByBarcode(const QString& barcode)
{
    // Both spellings of a UPC-A / EAN-13 in one statement (the second is the first when there is
    // no other). At most one row matches: a barcode is unique, and a product is refused a barcode
    // whose other spelling belongs to another product.
    const QStringList spellings = Barcode::equivalents(barcode.trimmed());
    SqlQuery& q =
        prepared(QStringLiteral("SELECT p.id, p.sku, b.barcode, p.name_ky, p.name_ru, p.name_en, p.unit, p.price, "
                                "p.tax_group, p.tracks_batches, p.active, p.producer_id, pr.name, v.name_ky, v.name_ru, "
                                "v.name_en FROM product_barcodes b JOIN products p ON p.id = b.product_id "
                                "LEFT JOIN producers pr ON pr.id = p.producer_id "
                                "LEFT JOIN villages v ON v.id = pr.village_id WHERE b.barcode IN (?, ?) LIMIT 1"),
                 {});
    q.raw().bindValue(0, spellings.at(0));
    q.raw().bindValue(1, spellings.value(1, spellings.at(0)));
    const Status done = q.exec();
    std::optional<SaleItem> out;
    if (done && q.next()) {
        SaleItem item;
        item.productId = q.value(0).toString();
        item.sku = q.value(1).toString();
        item.barcode = q.value(2).toString();
        item.name = {q.value(3).toString(), q.value(4).toString(), q.value(5).toString()};
        item.unit = Units::fromKey(q.value(6).toString()).value_or(Unit::Piece);
        item.price = Money::fromTyiyn(q.value(7).toLongLong());
        item.taxGroup = q.value(8).toString();
        item.tracksBatches = q.value(9).toBool();
        item.active = q.value(10).toBool();
        item.producerId = q.value(11).toString();
        item.producerName = q.value(12).toString();
        item.villageName = {q.value(13).toString(), q.value(14).toString(), q.value(15).toString()};
        out = std::move(item);
    }
    q.raw().finish();
    if (!done)
        return done.error();
    return out;
}

ProductStore::Bulk::~Bulk()
{
    m_store.m_bulk = false;
    m_store.m_producerIds.clear();
    m_store.m_producerWords.clear();
    m_store.m_categories.clear();
}

Result<std::optional<Unit>> ProductStore::unitOf(const QString& productId)
{
    const auto unit =
        scalar(QStringLiteral("SELECT unit FROM products WHERE id = :id"), {{QStringLiteral(":id"), productId}});
    if (!unit)
        return unit.error();
    if (!unit->isValid())
        return std::optional<Unit>();
    return Units::fromKey(unit->toString());
}

Result<bool> ProductStore::hasMovements(const QString& productId)
{
    const auto found = scalar(QStringLiteral("SELECT 1 FROM stock_movements WHERE product_id = :id LIMIT 1"),
                              {{QStringLiteral(":id"), productId}});
    if (!found)
        return found.error();
    return found->isValid();
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

Result<bool> ProductStore::resolveProducer(Product& p)
{
    if (p.producerId.isEmpty()) {
        const auto id = producerIdOfCode(p.producerCode);
        if (!id)
            return id.error();
        p.producerId = id.value();
        return !p.producerId.isEmpty();
    }
    const auto code =
        scalar(QStringLiteral("SELECT code FROM producers WHERE id = :id"), {{QStringLiteral(":id"), p.producerId}});
    if (!code)
        return code.error();
    if (!code->isValid())
        return false;
    p.producerCode = code->toString();
    return true;
}

Status ProductStore::write(Product& p, const Product* before)
{
    const QDateTime at = m_db.clock().nowUtc();
    const QString now = storedTime(at);
    const bool isNew = before == nullptr;
    if (isNew) {
        if (p.id.isEmpty())
            p.id = m_db.newId();
        p.createdAt = at;
    }
    p.updatedAt = at;
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
    SqlQuery& q = prepared(sql, {});
    q.bind(QStringLiteral(":id"), p.id)
        .bind(QStringLiteral(":sku"), SqlQuery::text(p.sku))
        .bind(QStringLiteral(":name_ky"), SqlQuery::text(p.name.ky))
        .bind(QStringLiteral(":name_ru"), SqlQuery::text(p.name.ru))
        .bind(QStringLiteral(":name_en"), SqlQuery::text(p.name.en))
        .bind(QStringLiteral(":category"), SqlQuery::text(p.category))
        .bind(QStringLiteral(":unit"), Units::key(p.unit))
        .bind(QStringLiteral(":price"), p.price.tyiyn())
        .bind(QStringLiteral(":tax_group"), SqlQuery::text(p.taxGroup))
        .bind(QStringLiteral(":producer_id"), p.producerId)
        .bind(QStringLiteral(":materials"), SqlQuery::text(p.materials))
        .bind(QStringLiteral(":story_ky"), SqlQuery::text(p.story.ky))
        .bind(QStringLiteral(":story_ru"), SqlQuery::text(p.story.ru))
        .bind(QStringLiteral(":story_en"), SqlQuery::text(p.story.en))
        .bind(QStringLiteral(":certificate_number"), SqlQuery::text(p.certificateNumber))
        .bind(QStringLiteral(":certificate_date"), dateValue(p.certificateDate))
        .bind(QStringLiteral(":tracks_batches"), p.tracksBatches ? 1 : 0)
        .bind(QStringLiteral(":active"), p.active ? 1 : 0)
        .bind(QStringLiteral(":updated_at"), now);
    if (isNew)
        q.bind(QStringLiteral(":created_at"), now)
            .bind(QStringLiteral(":origin_shop"), SqlQuery::text(m_db.origin().shopCode))
            .bind(QStringLiteral(":origin_device"), SqlQuery::text(m_db.origin().deviceId));
    if (auto done = q.exec(); !done)
        return done;

    QVariant seq = q.lastInsertId();
    if (!isNew) {
        const auto stored =
            scalar(QStringLiteral("SELECT seq FROM products WHERE id = :id"), {{QStringLiteral(":id"), p.id}});
        if (!stored)
            return stored.error();
        seq = stored.value();
    }

    if (isNew || before->barcodes != p.barcodes) {
        if (!isNew) {
            SqlQuery& del = prepared(QStringLiteral("DELETE FROM product_barcodes WHERE product_id = :id"),
                                     {{QStringLiteral(":id"), p.id}});
            if (auto done = del.exec(); !done)
                return done;
        }
        SqlQuery& ins = prepared(QStringLiteral("INSERT INTO product_barcodes (id, product_id, barcode, position, "
                                              "created_at, origin_shop, origin_device) VALUES (:id, :product, "
                                              ":barcode, :position, :at, :shop, :device)"), {});
        for (int i = 0; i < p.barcodes.size(); ++i) {
            ins.bind(QStringLiteral(":id"), m_db.newId())
                .bind(QStringLiteral(":product"), p.id)
                .bind(QStringLiteral(":barcode"), p.barcodes.at(i))
                .bind(QStringLiteral(":position"), i)
                .bind(QStringLiteral(":at"), now)
                .bind(QStringLiteral(":shop"), SqlQuery::text(m_db.origin().shopCode))
                .bind(QStringLiteral(":device"), SqlQuery::text(m_db.origin().deviceId));
            if (auto done = ins.exec(); !done)
                return done;
        }
    }
    return writeSearchWords(seq, p, !isNew);
}

QString ProductStore::searchWords(const Product& p, const QString& producerWords)
{
    // The same text as reindex() reads back from the tables.
    const QStringList parts{p.sku, p.name.ky, p.name.ru, p.name.en, p.materials, producerWords};
    return SearchText::fold(parts.join(QLatin1Char(' ')));
}

Result<QString> ProductStore::producerWords(const QString& producerId)
{
    if (m_bulk) {
        if (const auto it = m_producerWords.constFind(producerId); it != m_producerWords.cend())
            return it.value();
    }
    SqlQuery& q = prepared(QStringLiteral("SELECT pr.name, pr.code, v.name_ky, v.name_ru, v.name_en FROM producers pr "
                                          "JOIN villages v ON v.id = pr.village_id WHERE pr.id = :id"),
                           {{QStringLiteral(":id"), producerId}});
    const Status done = q.exec();
    QStringList parts;
    if (done && q.next())
        for (int column = 0; column < 5; ++column)
            parts << q.value(column).toString();
    q.raw().finish();
    if (!done)
        return done.error();
    const QString words = parts.join(QLatin1Char(' '));
    if (m_bulk)
        m_producerWords.insert(producerId, words);
    return words;
}

Status ProductStore::writeSearchWords(const QVariant& seq, const Product& p, bool replace)
{
    if (replace) {
        SqlQuery& del =
            prepared(QStringLiteral("DELETE FROM product_search WHERE rowid = :seq"), {{QStringLiteral(":seq"), seq}});
        if (auto done = del.exec(); !done)
            return done;
    }
    const auto words = producerWords(p.producerId);
    if (!words)
        return words.error();
    SqlQuery& ins =
        prepared(QStringLiteral("INSERT INTO product_search (rowid, words) VALUES (:seq, :words)"),
                 {{QStringLiteral(":seq"), seq}, {QStringLiteral(":words"), searchWords(p, words.value())}});
    return ins.exec();
}

Status ProductStore::erase(const Product& p)
{
    const auto seq = scalar(QStringLiteral("SELECT seq FROM products WHERE id = :id"), {{QStringLiteral(":id"), p.id}});
    if (!seq)
        return seq.error();
    if (seq->isValid()) {
        SqlQuery& words = prepared(QStringLiteral("DELETE FROM product_search WHERE rowid = :seq"),
                                   {{QStringLiteral(":seq"), seq.value()}});
        if (auto done = words.exec(); !done)
            return done;
    }
    SqlQuery& del = prepared(QStringLiteral("DELETE FROM products WHERE id = :id"), {{QStringLiteral(":id"), p.id}});
    return del.exec();
}

Status ProductStore::reindex(const QString& where, Binds binds)
{
    // Not cached: the condition varies, and the rows are read while the index is written.
    SqlQuery q(m_db.sql(), SearchWordsSql + where);
    for (const auto& [placeholder, value] : binds)
        q.bind(placeholder, value);
    if (auto done = q.exec(); !done)
        return done;
    SqlQuery& del = prepared(QStringLiteral("DELETE FROM product_search WHERE rowid = :seq"), {});
    SqlQuery& ins = prepared(QStringLiteral("INSERT INTO product_search (rowid, words) VALUES (:seq, :words)"), {});
    while (q.next()) {
        QStringList parts;
        for (int column = 1; column <= 10; ++column)
            parts << q.value(column).toString();
        del.bind(QStringLiteral(":seq"), q.value(0));
        if (auto done = del.exec(); !done)
            return done;
        ins.bind(QStringLiteral(":seq"), q.value(0))
            .bind(QStringLiteral(":words"), SearchText::fold(parts.join(QLatin1Char(' '))));
        if (auto done = ins.exec(); !done)
            return done;
    }
    return q.finished();
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
