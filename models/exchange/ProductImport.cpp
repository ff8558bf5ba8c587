// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "models/exchange/ProductImport.h"

#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

#include "models/catalog/Barcode.h"
#include "models/catalog/CatalogService.h"
#include "models/core/Language.h"
#include "models/exchange/CsvColumns.h"
#include "models/people/Session.h"
#include "models/stock/MinLevels.h"
#include "models/store/Database.h"

namespace ovop {

namespace {

constexpr int ProgressStep = 250;

const QStringList& languages()
{
    static const QStringList list = {QStringLiteral("ky"), QStringLiteral("ru"), QStringLiteral("en")};
    return list;
}

QString nameKey(const QString& language)
{
    return QStringLiteral("name_") + language;
}

QString storyKey(const QString& language)
{
    return QStringLiteral("story_") + language;
}

bool sameBarcodes(const QStringList& a, const QStringList& b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i)
        if (a.at(i) != b.at(i) && !Barcode::equivalents(a.at(i)).contains(b.at(i)))
            return false;
    return true;
}

// The fields (keys of ProductField) in which row differs from stored.
QStringList differences(const Product& stored, const Product& row)
{
    QStringList out;
    auto differ = [&out](const QString& key, bool different) {
        if (different)
            out << key;
    };
    differ(ProductField::Sku, stored.sku != row.sku);
    differ(ProductField::Barcodes, !sameBarcodes(stored.barcodes, row.barcodes));
    for (const QString& lang : languages()) {
        differ(nameKey(lang), stored.name.exact(lang).trimmed() != row.name.exact(lang).trimmed());
        differ(storyKey(lang), stored.story.exact(lang).trimmed() != row.story.exact(lang).trimmed());
    }
    differ(ProductField::Category, stored.category != row.category);
    differ(ProductField::Unit, stored.unit != row.unit);
    differ(ProductField::Price, stored.price != row.price);
    differ(ProductField::Producer, stored.producerCode.compare(row.producerCode, Qt::CaseInsensitive) != 0);
    differ(ProductField::Materials, stored.materials.trimmed() != row.materials.trimmed());
    differ(ProductField::TaxGroup, stored.taxGroup != row.taxGroup);
    differ(ProductField::CertificateNumber, stored.certificateNumber.trimmed() != row.certificateNumber.trimmed());
    differ(ProductField::CertificateDate, stored.certificateDate != row.certificateDate);
    differ(ProductField::TracksBatches, stored.tracksBatches != row.tracksBatches);
    differ(ProductField::Active, stored.active != row.active);
    differ(ProductField::MinLevel, row.minLevel && stored.minLevel.value_or(Quantity()) != *row.minLevel);
    return out;
}

// Excel shows a long number such as a barcode as "4,6E+12" and saves it so: the digits are lost.
bool looksLikeExcelNumber(const QString& code)
{
    static const QRegularExpression scientific(QStringLiteral("^\\d+([.,]\\d+)?[eE]\\+?\\d+$"));
    return scientific.match(code).hasMatch();
}

// A row of the file turned into a product, with the problems found in its cells.
class ProductRowReader
{
    Q_DECLARE_TR_FUNCTIONS(ProductImport)

public:
    ProductRowReader(const CsvColumns& columns, const QList<Category>& categories) : m_columns(columns)
    {
        // Keys and names first: a word of Category::otherNames never hides one of them.
        const QString language = Language::current();
        for (const Category& c : categories) {
            m_categories.insert(CsvColumns::choiceKey(c.key), c.key);
            for (const QString& lang : languages())
                if (!c.name.exact(lang).trimmed().isEmpty())
                    m_categories.insert(CsvColumns::choiceKey(c.name.exact(lang)), c.key);
            const QString name = c.name.in(language).trimmed();
            m_categoryChoices << (name.isEmpty() || CsvColumns::choiceKey(name) == CsvColumns::choiceKey(c.key)
                                      ? c.key
                                      : QStringLiteral("%1 (%2)").arg(name, c.key));
        }
        for (const Category& c : categories)
            for (const QString& word : Category::otherNames(c.key))
                if (!m_categories.contains(CsvColumns::choiceKey(word)))
                    m_categories.insert(CsvColumns::choiceKey(word), c.key);
        for (const Unit unit : Units::all()) {
            const QString symbol = Units::symbol(unit);
            m_unitChoices << (symbol == Units::key(unit) ? symbol
                                                         : QStringLiteral("%1 (%2)").arg(symbol, Units::key(unit)));
        }
    }

    // Fills product (a copy of the stored one, or a new one) from the record.
    QList<ImportProblem> read(const CsvRecord& record, Product& p) const
    {
        QList<ImportProblem> problems;
        auto problem = [&](const QString& column, const QString& message) {
            problems.append({record.line, column, message});
        };
        auto text = [&](const QString& key) { return m_columns.cell(record, key); };
        auto has = [&](const QString& key) { return m_columns.has(key); };

        p.sku = text(ProductField::Sku);
        if (has(ProductField::Barcodes)) {
            static const QRegularExpression separators(QStringLiteral("[|\\s]+"));
            p.barcodes = text(ProductField::Barcodes).split(separators, Qt::SkipEmptyParts);
            for (const QString& code : std::as_const(p.barcodes))
                if (looksLikeExcelNumber(code))
                    problem(ProductField::Barcodes,
                            tr("The barcode \"%1\" was turned into a number by the spreadsheet and its digits are "
                               "lost. Format the barcode column as text, type the codes again and save.")
                                .arg(code));
        }
        for (const QString& lang : languages()) {
            if (has(nameKey(lang)))
                p.name.set(lang, text(nameKey(lang)));
            if (has(storyKey(lang)))
                p.story.set(lang, text(storyKey(lang)));
        }
        if (has(ProductField::Category)) {
            const QString cell = text(ProductField::Category);
            const auto key = m_categories.constFind(CsvColumns::choiceKey(cell));
            if (key != m_categories.constEnd())
                p.category = *key;
            else if (cell.isEmpty())
                p.category.clear();
            else
                problem(ProductField::Category, tr("Unknown category \"%1\". Use one of: %2.")
                                                    .arg(cell, m_categoryChoices.join(QStringLiteral(", "))));
        }
        if (has(ProductField::Unit)) {
            const QString cell = text(ProductField::Unit);
            if (cell.isEmpty())
                p.unit = Unit::Piece;
            else if (const auto unit = Units::fromKey(cell))
                p.unit = *unit;
            else
                problem(ProductField::Unit,
                        tr("Unknown unit \"%1\". Use one of: %2.").arg(cell, m_unitChoices.join(QStringLiteral(", "))));
        }
        if (has(ProductField::Price)) {
            const auto price = Money::parse(text(ProductField::Price));
            if (price)
                p.price = price.value();
            else
                problem(ProductField::Price, price.message());
        }
        if (has(ProductField::Producer)) {
            p.producerCode = text(ProductField::Producer);
            p.producerId.clear(); // looked up by code when saved
        }
        if (has(ProductField::Materials))
            p.materials = text(ProductField::Materials);
        if (has(ProductField::TaxGroup)) {
            const QString cell = CsvColumns::fold(text(ProductField::TaxGroup));
            if (cell.isEmpty())
                p.taxGroup = QStringLiteral("standard");
            else if (TaxGroups::isValid(cell))
                p.taxGroup = cell;
            else
                problem(ProductField::TaxGroup, tr("Unknown tax group \"%1\". Use one of: %2.")
                                                    .arg(text(ProductField::TaxGroup),
                                                         TaxGroups::keys().join(QStringLiteral(", "))));
        }
        if (has(ProductField::CertificateNumber))
            p.certificateNumber = text(ProductField::CertificateNumber);
        if (has(ProductField::CertificateDate)) {
            const QString cell = text(ProductField::CertificateDate);
            if (const auto date = CsvColumns::parseDate(cell))
                p.certificateDate = *date;
            else
                problem(ProductField::CertificateDate, CsvColumns::dateProblem(cell));
        }
        readBool(record, ProductField::TracksBatches, false, p.tracksBatches, problems);
        readBool(record, ProductField::Active, true, p.active, problems);
        // Empty: the level stays as it is.
        if (const QString cell = text(ProductField::MinLevel); has(ProductField::MinLevel) && !cell.isEmpty()) {
            const auto level = Quantity::parse(cell);
            if (!level)
                problem(ProductField::MinLevel,
                        tr("The minimum level \"%1\" is not a quantity: write a number of %2 (such as 5 or 2.5), "
                           "or leave it empty to keep the level as it is.")
                            .arg(cell, Units::symbol(p.unit)));
            else if (!Units::sellsInFractions(p.unit) && !level.value().isWhole())
                problem(ProductField::MinLevel,
                        tr("The minimum level \"%1\" is not a whole number: the product is counted in whole pieces.")
                            .arg(cell));
            else
                p.minLevel = level.value();
        }
        return problems;
    }

private:
    void readBool(const CsvRecord& record, const QString& key, bool emptyValue, bool& target,
                  QList<ImportProblem>& problems) const
    {
        if (!m_columns.has(key))
            return;
        const QString cell = m_columns.cell(record, key);
        if (const auto value = CsvColumns::parseBool(cell, emptyValue))
            target = *value;
        else
            problems.append({record.line, key, CsvColumns::boolProblem(cell)});
    }

    const CsvColumns& m_columns;
    QHash<QString, QString> m_categories; // CsvColumns::choiceKey of a key, name or other name -> key
    QStringList m_categoryChoices;        // for messages: "name (key)" in the application's language
    QStringList m_unitChoices;            // likewise
};

// SKUs and barcodes already seen in the file, with their lines. A barcode is also matched in its
// other spellings (a UPC-A and the same EAN-13 with a leading zero).
class RepeatedKeys
{
    Q_DECLARE_TR_FUNCTIONS(ProductImport)

public:
    QList<ImportProblem> check(const Product& p, int line)
    {
        QList<ImportProblem> problems;
        const QString sku = CsvColumns::fold(p.sku);
        if (!sku.isEmpty()) {
            if (const auto first = m_skus.constFind(sku); first != m_skus.constEnd())
                problems.append({line, ProductField::Sku,
                                 tr("The SKU %1 is also on line %2 of the file.").arg(p.sku).arg(*first)});
            else
                m_skus.insert(sku, line);
        }
        for (const QString& code : p.barcodes) {
            int first = 0;
            for (const QString& spelling : Barcode::equivalents(code))
                first = first ? first : m_barcodes.value(spelling, 0);
            if (first == line)
                continue; // twice in the same cell: the catalogue's own check says so
            if (first) {
                problems.append({line, ProductField::Barcodes,
                                 tr("The barcode %1 is also on line %2 of the file.").arg(code).arg(first)});
                continue;
            }
            for (const QString& spelling : Barcode::equivalents(code))
                m_barcodes.insert(spelling, line);
        }
        return problems;
    }

private:
    QHash<QString, int> m_skus;     // folded SKU -> line
    QHash<QString, int> m_barcodes; // every spelling -> line
};

} // namespace

ProductImport::ProductImport(Database& db) : m_db(db) {}

QStringList ProductImport::requiredColumns()
{
    return {ProductField::Sku, ProductField::Price,
            QStringList{ProductField::NameKy, ProductField::NameRu, ProductField::NameEn}.join(QStringLiteral(" | "))};
}

QHash<QString, QString> ProductImport::columnAliases()
{
    return {{QStringLiteral("barcodes"), ProductField::Barcodes},
            {QStringLiteral("producer"), ProductField::Producer},
            {QStringLiteral("tax"), ProductField::TaxGroup}};
}

Result<ProductImportPlan> ProductImport::parseFile(const Session& actor, const QString& path,
                                                   const ImportProgress& progress) const
{
    if (!actor.can(Permission::EditCatalog))
        return Roles::refusal(Permission::EditCatalog);
    auto bytes = Csv::readBytes(path);
    if (!bytes)
        return bytes.error();
    return parse(actor, bytes.value(), QFileInfo(path).fileName(), progress);
}

Result<ProductImportPlan> ProductImport::parse(const Session& actor, const QByteArray& bytes, const QString& fileName,
                                               const ImportProgress& progress) const
{
    if (!actor.can(Permission::EditCatalog))
        return Roles::refusal(Permission::EditCatalog);
    auto table = Csv::parse(bytes);
    if (!table)
        return table.error();
    auto columns = CsvColumns::map(table.value(), ProductField::all(), columnAliases());
    if (!columns)
        return columns.error();
    const CsvColumns& cols = columns.value();

    QStringList missing;
    for (const QString& key : {ProductField::Sku, ProductField::Price})
        if (!cols.has(key))
            missing << key;
    if (!cols.has(ProductField::NameKy) && !cols.has(ProductField::NameRu) && !cols.has(ProductField::NameEn))
        missing << tr("name_ky, name_ru or name_en");
    if (!missing.isEmpty())
        return CsvColumns::missingColumns(missing, requiredColumns());
    const QList<CsvRecord>& records = table->records;
    if (records.isEmpty())
        return Error{tr("The file %1 has a header row but no products. Nothing was imported.").arg(fileName)};

    ProductImportPlan plan;
    plan.fileName = fileName;
    plan.sha256 = CsvColumns::sha256Hex(bytes);
    plan.encoding = Csv::encodingName(table->encoding);
    plan.delimiter = table->delimiter;
    plan.columns = cols.keys();
    plan.fields = QSet<QString>(plan.columns.cbegin(), plan.columns.cend());
    plan.ignoredColumns = cols.ignored();
    if (!plan.ignoredColumns.isEmpty())
        plan.notes << tr("These columns are not used and were left out: %1.")
                          .arg(plan.ignoredColumns.join(QStringLiteral(", ")));

    const CatalogService catalog(m_db);
    ProductFilter everything;
    everything.state = ProductFilter::State::All;
    everything.limit = 0;
    QHash<QString, Product> stored;
    auto listed = catalog.list(everything);
    if (!listed)
        return listed.error();
    QHash<QString, Quantity> levels;
    if (cols.has(ProductField::MinLevel)) {
        auto read = MinLevels(m_db).all();
        if (!read)
            return read.error();
        levels = std::move(read).value();
    }
    for (Product& p : listed.value()) {
        if (cols.has(ProductField::MinLevel))
            p.minLevel = levels.value(p.id);
        stored.insert(CsvColumns::fold(p.sku), std::move(p));
    }
    const auto categories = catalog.categories();
    if (!categories)
        return categories.error();

    const ProductRowReader reader(cols, categories.value());
    RepeatedKeys repeats;
    QList<int> lostLetterLines;
    const int total = int(records.size());
    plan.rows.reserve(total);
    for (int i = 0; i < total; ++i) {
        if (progress && i % ProgressStep == 0 && !progress(i, total))
            return Error{tr("The import was cancelled. Nothing was imported.")};
        const CsvRecord& record = records.at(i);
        const auto existing = stored.constFind(CsvColumns::fold(cols.cell(record, ProductField::Sku)));
        ImportRow<Product> row;
        row.line = record.line;
        row.value = existing != stored.constEnd() ? *existing : Product{};
        QList<ImportProblem> problems = cols.recordProblems(record);
        problems.append(reader.read(record, row.value));

        if (existing == stored.constEnd()) {
            row.action = ImportAction::New;
        } else {
            // The SKU matched case-insensitively: the product keeps the spelling it has.
            row.value.sku = existing->sku;
            row.changedFields = differences(*existing, row.value);
            row.action = row.changedFields.isEmpty() ? ImportAction::Unchanged : ImportAction::Changed;
        }

        // Keys repeated inside the file, then the catalogue's own rules for rows that would change
        // something (an unchanged row is what the catalogue already holds). A cell that could not be
        // read is reported once, not again by the catalogue's checks of the value left in its place.
        QSet<QString> reported;
        for (const auto& p : std::as_const(problems))
            reported.insert(p.column);
        problems.append(repeats.check(row.value, record.line));
        if (row.action != ImportAction::Unchanged) {
            const Status valid = catalog.validate(row.value);
            if (!valid && valid.error().kind != ErrorKind::Validation)
                return valid.error(); // the catalogue could not be read: no plan rather than a wrong one
            for (const FieldProblem& p : valid.problems())
                if (!reported.contains(p.field))
                    problems.append({record.line, p.field, p.message});
        }
        plan.problems.append(problems);
        if (table->encoding == CsvTable::Encoding::Windows1251
            && (row.value.name.ky.contains(QLatin1Char('?')) || row.value.story.ky.contains(QLatin1Char('?'))))
            lostLetterLines << record.line;
        plan.rows.append(std::move(row));
    }
    if (progress && !progress(total, total))
        return Error{tr("The import was cancelled. Nothing was imported.")};
    if (!lostLetterLines.isEmpty()) {
        QStringList lines;
        for (int line : lostLetterLines.first(qMin<qsizetype>(lostLetterLines.size(), 10)))
            lines << QString::number(line);
        plan.notes << tr("The file is saved in Windows-1251, which has no letters Ң, Ө, Ү: the spreadsheet may "
                         "have put \"?\" in their place in Kyrgyz text (lines %1). Check them, or save the file "
                         "as \"CSV UTF-8\" and import it again.")
                          .arg(lines.join(QStringLiteral(", ")));
    }
    return plan;
}

Result<ImportSummary> ProductImport::apply(const Session& actor, const ProductImportPlan& plan,
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
    // Only the rows that change something go to the catalogue: unchanged rows would be left alone
    // there anyway, and a file that changes a few prices in a large catalogue is then applied quickly.
    QList<Product> products;
    for (const auto& row : plan.rows)
        if (row.action != ImportAction::Unchanged)
            products.append(row.value);
    const int unchanged = total - int(products.size());
    ImportSummary summary;
    if (!products.isEmpty()) {
        CatalogService catalog(m_db);
        auto written = catalog.applyImport(actor, products, plan.fields);
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
