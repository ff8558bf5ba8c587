// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// CatalogService: reads, search and validation. Changes are in CatalogChanges.cpp, import in
// CatalogImport.cpp.
#include "models/catalog/CatalogService.h"

#include <algorithm>

#include <QCollator>
#include <QLocale>
#include <QRegularExpression>

#include "models/catalog/Barcode.h"
#include "models/catalog/ProductStore.h"
#include "models/catalog/SearchText.h"
#include "models/core/Language.h"
#include "models/store/Database.h"
#include "models/store/Sql.h"

namespace ovop {

namespace {

constexpr int MaxSkuLength = 32;
constexpr int MaxNameLength = 200;

// The conditions of a filter on p / pr / v, with their bound values.
struct Conditions
{
    QStringList where;
    QList<QPair<QString, QVariant>> binds;

    void add(const QString& condition, const QString& placeholder, const QVariant& value)
    {
        where << condition;
        binds.append({placeholder, value});
    }
    QString sql() const { return where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND ")); }
    void bindTo(SqlQuery& q) const
    {
        for (const auto& [placeholder, value] : binds)
            q.bind(placeholder, value);
    }
};

Conditions filterConditions(const ProductFilter& f)
{
    Conditions c;
    if (f.state == ProductFilter::State::Active)
        c.where << QStringLiteral("p.active = 1");
    else if (f.state == ProductFilter::State::Archived)
        c.where << QStringLiteral("p.active = 0");
    if (!f.category.isEmpty())
        c.add(QStringLiteral("p.category = :f_category"), QStringLiteral(":f_category"), f.category);
    if (!f.oblastId.isEmpty())
        c.add(QStringLiteral("v.oblast_id = :f_oblast"), QStringLiteral(":f_oblast"), f.oblastId);
    if (!f.villageId.isEmpty())
        c.add(QStringLiteral("pr.village_id = :f_village"), QStringLiteral(":f_village"), f.villageId);
    if (!f.producerId.isEmpty())
        c.add(QStringLiteral("p.producer_id = :f_producer"), QStringLiteral(":f_producer"), f.producerId);
    if (!f.producerCode.isEmpty())
        c.add(QStringLiteral("pr.code = :f_producer_code"), QStringLiteral(":f_producer_code"), f.producerCode.trimmed());
    return c;
}

bool matchesFilter(const Product& p, const ProductFilter& f)
{
    if (f.state == ProductFilter::State::Active && !p.active)
        return false;
    if (f.state == ProductFilter::State::Archived && p.active)
        return false;
    return (f.category.isEmpty() || p.category == f.category) && (f.oblastId.isEmpty() || p.oblastId == f.oblastId) &&
           (f.villageId.isEmpty() || p.villageId == f.villageId) &&
           (f.producerId.isEmpty() || p.producerId == f.producerId) &&
           (f.producerCode.isEmpty() || p.producerCode.compare(f.producerCode.trimmed(), Qt::CaseInsensitive) == 0);
}

QString orderByName(const QString& language)
{
    // Column names chosen from a fixed set, never from user input.
    if (language == QLatin1String("ky"))
        return QStringLiteral(" ORDER BY coalesce(nullif(p.name_ky, ''), nullif(p.name_ru, ''), p.name_en), p.sku");
    if (language == QLatin1String("en"))
        return QStringLiteral(" ORDER BY coalesce(nullif(p.name_en, ''), nullif(p.name_ru, ''), p.name_ky), p.sku");
    return QStringLiteral(" ORDER BY coalesce(nullif(p.name_ru, ''), nullif(p.name_ky, ''), p.name_en), p.sku");
}

QString limitSql(const ProductFilter& f)
{
    // Integers of our own, not user text.
    if (f.limit <= 0)
        return f.offset > 0 ? QStringLiteral(" LIMIT -1 OFFSET %1").arg(f.offset) : QString();
    return QStringLiteral(" LIMIT %1 OFFSET %2").arg(f.limit).arg(std::max(0, f.offset));
}

const QString SearchJoin = QStringLiteral(
    " JOIN product_search s ON s.rowid = p.seq");

} // namespace

CatalogService::CatalogService(Database& db) : m_db(db) {}

CatalogService::~CatalogService() = default;

ProductStore& CatalogService::store() const
{
    if (!m_store)
        m_store = std::make_unique<ProductStore>(m_db);
    return *m_store;
}

Result<std::optional<Product>> CatalogService::findByBarcode(const QString& code) const
{
    if (code.trimmed().isEmpty())
        return std::optional<Product>();
    return store().loadByBarcode(code);
}

Result<std::optional<SaleItem>> CatalogService::lookupForSale(const QString& code) const
{
    if (code.trimmed().isEmpty())
        return std::optional<SaleItem>();
    return store().saleItemByBarcode(code);
}

Result<std::optional<Product>> CatalogService::findBySku(const QString& sku) const
{
    if (sku.trimmed().isEmpty())
        return std::optional<Product>();
    return store().loadBySku(sku);
}

Result<Product> CatalogService::get(const QString& id) const
{
    auto found = store().loadById(id);
    if (!found)
        return found.error();
    if (!*found)
        return Error{tr("The product was not found; it may have been removed. Search for it again."),
                     {},
                     {},
                     ErrorKind::NotFound};
    return **found;
}

Result<QList<Product>> CatalogService::search(const QString& text, const ProductFilter& filter,
                                              const QString& language) const
{
    QList<Product> out;
    QSet<QString> seen;
    const QString typed = text.trimmed();
    Conditions c = filterConditions(filter);

    if (typed.isEmpty()) {
        SqlQuery q(m_db.sql(), ProductStore::selectSql() + c.sql() + orderByName(language) + limitSql(filter));
        c.bindTo(q);
        if (auto done = q.exec(); !done)
            return done.error();
        while (q.next())
            out << ProductStore::readProduct(q);
        if (auto done = q.finished(); !done)
            return done.error();
        return out;
    }

    // Exact barcode and SKU first.
    if (!typed.contains(QLatin1Char(' ')) && filter.offset == 0) {
        for (const auto& hit : {findByBarcode(typed), findBySku(typed)}) {
            if (!hit)
                return hit.error();
            const std::optional<Product>& product = hit.value();
            if (product && matchesFilter(*product, filter) && !seen.contains(product->id)) {
                seen.insert(product->id);
                out << *product;
            }
        }
    }
    const QString match = SearchText::prefixQuery(typed);
    if (match.isEmpty())
        return out;
    c.add(QStringLiteral("s.words MATCH :match"), QStringLiteral(":match"), match);
    ProductFilter page = filter;
    if (page.limit > 0)
        page.limit += int(out.size()); // the exact hits come again from the index
    SqlQuery q(m_db.sql(), ProductStore::selectSql() + SearchJoin + c.sql() + limitSql(page));
    c.bindTo(q);
    if (auto done = q.exec(); !done)
        return done.error();
    QList<Product> words;
    while (q.next()) {
        Product p = ProductStore::readProduct(q);
        if (!seen.contains(p.id))
            words << std::move(p);
    }
    if (auto done = q.finished(); !done)
        return done.error();
    QCollator collator{QLocale(language == QLatin1String("en") ? QStringLiteral("en_US")
                                                               : language + QStringLiteral("_KG"))};
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(words.begin(), words.end(), [&](const Product& a, const Product& b) {
        return collator.compare(a.name.in(language), b.name.in(language)) < 0;
    });
    out += words;
    if (filter.limit > 0 && out.size() > filter.limit)
        out.resize(filter.limit);
    return out;
}

Result<int> CatalogService::count(const QString& text, const ProductFilter& filter) const
{
    Conditions c = filterConditions(filter);
    // Only the joins the filter needs: counting every match of a one-letter prefix must stay cheap.
    QString from = QStringLiteral("SELECT count(*) FROM products p");
    if (!filter.villageId.isEmpty() || !filter.oblastId.isEmpty() || !filter.producerCode.isEmpty())
        from += QStringLiteral(" JOIN producers pr ON pr.id = p.producer_id");
    if (!filter.oblastId.isEmpty())
        from += QStringLiteral(" JOIN villages v ON v.id = pr.village_id");
    if (!text.trimmed().isEmpty()) {
        const QString match = SearchText::prefixQuery(text);
        if (match.isEmpty())
            return 0;
        from += SearchJoin;
        c.add(QStringLiteral("s.words MATCH :match"), QStringLiteral(":match"), match);
    }
    SqlQuery q(m_db.sql(), from + c.sql());
    c.bindTo(q);
    if (auto done = q.exec(); !done)
        return done.error();
    return q.next() ? q.value(0).toInt() : 0;
}

Result<QList<Category>> CatalogService::categories() const
{
    QList<Category> out;
    SqlQuery q(m_db.sql(), QStringLiteral("SELECT key, name_ky, name_ru, name_en FROM categories ORDER BY sort_order, key"));
    if (auto done = q.exec(); !done)
        return done.error();
    while (q.next())
        out << Category{q.value(0).toString(), {q.value(1).toString(), q.value(2).toString(), q.value(3).toString()}};
    if (auto done = q.finished(); !done)
        return done.error();
    return out;
}

Result<std::optional<Category>> CatalogService::category(const QString& key) const
{
    auto all = categories();
    if (!all)
        return all.error();
    for (const Category& c : all.value())
        if (c.key == key)
            return std::optional<Category>(c);
    return std::optional<Category>();
}

Result<std::optional<QByteArray>> CatalogService::photo(const QString& productId) const
{
    SqlQuery q(m_db.sql(), QStringLiteral("SELECT bytes FROM product_photos WHERE product_id = :id"));
    q.bind(QStringLiteral(":id"), productId);
    if (auto done = q.exec(); !done)
        return done.error();
    if (!q.next())
        return std::optional<QByteArray>();
    return std::optional<QByteArray>(q.value(0).toByteArray());
}

Status CatalogService::validate(const Product& product) const
{
    return validate(product, nullptr);
}

Status CatalogService::validate(const Product& product, const QString* skuOwner) const
{
    namespace F = ProductField;
    FieldProblems problems;
    const Product& p = product;
    const QString self = p.id;

    const QString sku = p.sku.trimmed();
    static const QRegularExpression skuPattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._/-]*$"));
    if (sku.isEmpty()) {
        problems << FieldProblem{F::Sku, tr("Enter the SKU, the shop's own code of the product (for example FLT-001).")};
    } else if (sku.size() > MaxSkuLength || !skuPattern.match(sku).hasMatch()) {
        problems << FieldProblem{F::Sku, tr("The SKU \"%1\" may hold only Latin letters, digits and - _ . / and at "
                                            "most %2 characters.").arg(sku).arg(MaxSkuLength)};
    } else {
        const auto owner = skuOwner ? Result<QString>(*skuOwner) : store().skuOwner(sku);
        if (!owner)
            return owner.error();
        if (!owner->isEmpty() && *owner != self)
            problems << FieldProblem{F::Sku,
                                     tr("The SKU %1 is already used by another product. Choose another SKU.").arg(sku)};
    }

    QSet<QString> seen;
    for (const QString& raw : p.barcodes) {
        const QString code = raw.trimmed();
        if (const QString problem = Barcode::problem(code); !problem.isEmpty()) {
            problems << FieldProblem{F::Barcodes, problem};
            continue;
        }
        bool repeated = false;
        for (const QString& same : Barcode::equivalents(code))
            repeated = repeated || seen.contains(same);
        if (repeated) {
            problems << FieldProblem{F::Barcodes, tr("The barcode %1 is given twice.").arg(code)};
            continue;
        }
        seen.insert(code);
        const auto owner = store().barcodeOwner(code);
        if (!owner)
            return owner.error();
        if (!owner->isEmpty() && *owner != self) {
            const auto other = store().loadById(*owner);
            if (!other)
                return other.error();
            const std::optional<Product>& holder = other.value();
            problems << FieldProblem{F::Barcodes, tr("The barcode %1 already belongs to the product %2 (%3). A "
                                                     "barcode identifies one product only.")
                                                      .arg(code, holder ? holder->sku : QString(),
                                                           holder ? holder->name.in(Language::current()) : QString())};
        }
    }

    if (p.name.isEmpty())
        problems << FieldProblem{F::Name, tr("Enter the name in at least one language (Kyrgyz, Russian or English).")};
    for (const auto& [field, text] : {std::pair{F::NameKy, p.name.ky}, {F::NameRu, p.name.ru}, {F::NameEn, p.name.en}})
        if (text.trimmed().size() > MaxNameLength)
            problems << FieldProblem{field, tr("The name is longer than %1 characters; shorten it.").arg(MaxNameLength)};

    if (p.category.isEmpty()) {
        problems << FieldProblem{F::Category, tr("Choose a category.")};
    } else {
        const auto exists = store().categoryExists(p.category);
        if (!exists)
            return exists.error();
        if (!*exists) {
            const auto all = categories();
            if (!all)
                return all.error();
            QStringList keys;
            for (const Category& c : all.value())
                keys << c.key;
            problems << FieldProblem{
                F::Category,
                tr("There is no category \"%1\". Use one of: %2.").arg(p.category, keys.join(QStringLiteral(", ")))};
        }
    }

    if (p.price.tyiyn() <= 0)
        problems << FieldProblem{F::Price, tr("The price must be more than zero.")};
    if (!TaxGroups::isValid(p.taxGroup))
        problems << FieldProblem{F::TaxGroup, tr("There is no tax group \"%1\". Use one of: %2.")
                                                  .arg(p.taxGroup, TaxGroups::keys().join(QStringLiteral(", ")))};

    if (p.producerId.isEmpty() && p.producerCode.trimmed().isEmpty()) {
        problems << FieldProblem{F::Producer, tr("Choose the producer who made the product.")};
    } else if (p.producerId.isEmpty()) {
        const auto id = store().producerIdOfCode(p.producerCode);
        if (!id)
            return id.error();
        if (id->isEmpty())
            problems << FieldProblem{F::Producer, tr("There is no producer with the code %1. Add the producer first "
                                                     "or correct the code.").arg(p.producerCode.trimmed())};
    } else {
        const auto exists = store().producerExists(p.producerId);
        if (!exists)
            return exists.error();
        if (!*exists)
            problems << FieldProblem{F::Producer, tr("The chosen producer no longer exists. Choose the producer again.")};
    }

    if (!self.isEmpty()) {
        const auto unit = store().unitOf(self);
        if (!unit)
            return unit.error();
        if (*unit && **unit != p.unit) {
            const auto moved = store().hasMovements(self);
            if (!moved)
                return moved.error();
            if (*moved)
                problems << FieldProblem{F::Unit, tr("The unit cannot change: the product already has stock counted "
                                                     "in %1. Archive it and add a new product instead.")
                                                      .arg(Units::symbol(**unit))};
        }
    }
    if (problems.isEmpty())
        return {};
    return problems;
}

} // namespace ovop
