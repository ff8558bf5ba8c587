// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// ovop-bench, import: the same new products written by the application (the parsed file through
// ProductImport::apply, as `ovopctl catalog import` does) and by a writer straight on the sqlite3
// C API (same tables, search index, hash-chained audit entry per row, one transaction,
// synchronous=FULL, WAL), each into a fresh database with the same producers.
#include <memory>

#include <sqlite3.h>

#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>

#include "BareSql.h"
#include "BenchSupport.h"
#include "models/audit/AuditLog.h"
#include "models/catalog/Barcode.h"
#include "models/catalog/CatalogService.h"
#include "models/catalog/ProductStore.h"
#include "models/exchange/ProductImport.h"
#include "models/people/Session.h"
#include "models/store/Database.h"

using namespace ovop;

namespace bench {

namespace {

constexpr int Seed = 20250315;

// The file a shop would import: one new product a line, in the columns of a catalogue export.
QByteArray importFile(int rows, int producers)
{
    std::mt19937 random(Seed);
    QByteArray csv = "sku,barcode,name_ky,name_ru,name_en,category,unit,price,producer_code,materials\n";
    for (int i = 0; i < rows; ++i) {
        const size_t noun = random() % countOf(NounsKy);
        const size_t adj = random() % countOf(AdjKy);
        const QString line =
            QStringList{
                QStringLiteral("IMP-%1").arg(i, 6, 10, QLatin1Char('0')),
                Barcode::withCheckDigit(QStringLiteral("471%1").arg(i, 9, 10, QLatin1Char('0'))),
                u8(AdjKy[adj]) + QLatin1Char(' ') + u8(NounsKy[noun]) + QStringLiteral(" №%1").arg(i),
                u8(AdjRu[adj]) + QLatin1Char(' ') + u8(NounsRu[noun]),
                u8(AdjEn[adj]) + QLatin1Char(' ') + u8(NounsEn[noun]),
                u8(Categories[random() % countOf(Categories)]),
                QStringLiteral("pcs"),
                QStringLiteral("%1.%2").arg(150 + random() % 25000).arg(random() % 100, 2, 10, QLatin1Char('0')),
                QStringLiteral("P%1").arg(int(random() % producers), 5, 10, QLatin1Char('0')),
                QStringLiteral("\"sheep wool, natural dyes\"")}
                .join(QLatin1Char(','));
        csv += line.toUtf8() + '\n';
    }
    return csv;
}

Session manager()
{
    Session s;
    s.userId = QStringLiteral("bench");
    s.userName = QStringLiteral("bench");
    s.role = Role::Manager;
    return s;
}

// A fresh shop database with the producers, made by the application.
std::unique_ptr<Database> freshDatabase(const QString& path, int producers)
{
    OpenOptions options;
    options.create = true;
    auto opened = Database::open(path, options);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.message()));
        return nullptr;
    }
    std::mt19937 random(Seed);
    if (!addProducers(*opened.value(), producers, random, nullptr))
        return nullptr;
    return std::move(opened.value());
}

// --- The bare writer ---

QString sha256Hex(const QJsonArray& fields)
{
    const QByteArray canonical = QJsonDocument(fields).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex());
}

// Writes the products as new ones: checks the SKU and barcodes are free and the producer and
// category exist, inserts the product, its barcodes, its search words and an audit entry chained
// to the one before (the same canonical text and SHA-256 as the application's), one transaction.
// Returns the microseconds taken from BEGIN to COMMIT, or a negative number on failure.
double bareImport(const QString& path, const QList<Product>& products, double& cpuMicros)
{
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK)
        return -1;
    const std::unique_ptr<sqlite3, int (*)(sqlite3*)> closer(db, sqlite3_close);
    sqlite3_busy_timeout(db, 5000);
    for (const char* pragma :
         {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON", "PRAGMA cache_size=-32768"})
        if (!execSql(db, pragma))
            return -1;
    QString shop, device;
    {
        Statement q(db, "SELECT key, value FROM settings WHERE key IN ('shop_code', 'device_id')");
        while (q.step() == SQLITE_ROW)
            (q.column(0) == QLatin1String("shop_code") ? shop : device) = q.column(1);
    }
    const QString user = QStringLiteral("bench");
    Stopwatch watch;
    watch.start();
    if (!execSql(db, "BEGIN IMMEDIATE"))
        return -1;
    {
        Statement skuTaken(db, "SELECT 1 FROM products WHERE sku = ?1");
        Statement barcodeTaken(db, "SELECT 1 FROM product_barcodes WHERE barcode IN (?1, ?2)");
        Statement producerOfCode(db, "SELECT pr.id, pr.name, pr.code, v.name_ky, v.name_ru, v.name_en FROM producers "
                                     "pr JOIN villages v ON v.id = pr.village_id WHERE pr.code = ?1");
        Statement categoryExists(db, "SELECT 1 FROM categories WHERE key = ?1");
        Statement insertProduct(
            db, "INSERT INTO products (id, sku, name_ky, name_ru, name_en, category, unit, price, tax_group, "
                "producer_id, materials, story_ky, story_ru, story_en, certificate_number, certificate_date, "
                "tracks_batches, active, updated_at, created_at, origin_shop, origin_device) VALUES (?1, ?2, ?3, ?4, "
                "?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?19, ?20, ?21)");
        Statement insertBarcode(db, "INSERT INTO product_barcodes (id, product_id, barcode, position, created_at, "
                                    "origin_shop, origin_device) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
        Statement insertWords(db, "INSERT INTO product_search (rowid, words) VALUES (?1, ?2)");
        Statement lastAudit(db, "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1");
        Statement insertAudit(db, "INSERT INTO audit_log (seq, id, at, user_id, user_name, action, details, "
                                  "origin_shop, origin_device, prev_hash, hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, "
                                  "?8, ?9, ?10, ?11)");
        qint64 seq = 0;
        QString prevHash(64, QLatin1Char('0'));
        if (lastAudit.step() == SQLITE_ROW) {
            seq = lastAudit.columnInt(0);
            prevHash = lastAudit.column(1);
        }
        lastAudit.reset();
        const auto audit = [&](const QString& action, const QJsonObject& details) {
            const QString id = IdGenerator::uuid().newId();
            const QString at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
            const QString text = QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact));
            ++seq;
            const QString hash =
                sha256Hex({QString::number(seq), id, at, user, user, action, text, shop, device, prevHash});
            insertAudit.integer(1, seq).text(2, id).text(3, at).text(4, user).text(5, user).text(6, action);
            insertAudit.text(7, text).text(8, shop).text(9, device).text(10, prevHash).text(11, hash);
            const bool done = insertAudit.run();
            prevHash = hash; // only now: the statement read the old one where it was
            return done;
        };

        QHash<QString, std::pair<QString, QString>> producers; // code -> id, search words
        QSet<QString> categories;
        const QString productAdd = QStringLiteral("product.add");
        for (const Product& input : products) {
            Product p = ProductStore::normalised(input);
            for (const QString& code : p.barcodes)
                if (!Barcode::problem(code).isEmpty())
                    return -1;
            if (p.price.tyiyn() <= 0 || p.name.isEmpty())
                return -1;
            if (skuTaken.text(1, p.sku).step() != SQLITE_DONE)
                return -1;
            skuTaken.reset();
            for (const QString& code : p.barcodes) {
                const QStringList spellings = Barcode::equivalents(code);
                if (barcodeTaken.text(1, spellings.at(0)).text(2, spellings.value(1, code)).step() != SQLITE_DONE)
                    return -1;
                barcodeTaken.reset();
            }
            auto producer = producers.constFind(p.producerCode);
            if (producer == producers.cend()) {
                if (producerOfCode.text(1, p.producerCode).step() != SQLITE_ROW)
                    return -1;
                QStringList words;
                for (int c = 1; c <= 5; ++c)
                    words << producerOfCode.column(c);
                producer = producers.insert(p.producerCode, {producerOfCode.column(0), words.join(QLatin1Char(' '))});
                producerOfCode.reset();
            }
            if (!categories.contains(p.category)) {
                if (categoryExists.text(1, p.category).step() != SQLITE_ROW)
                    return -1;
                categoryExists.reset();
                categories.insert(p.category);
            }
            p.id = IdGenerator::uuid().newId();
            p.producerId = producer->first;
            const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
            const QString unit = Units::key(p.unit);
            insertProduct.text(1, p.id).text(2, p.sku).text(3, p.name.ky).text(4, p.name.ru).text(5, p.name.en);
            insertProduct.text(6, p.category).text(7, unit).integer(8, p.price.tyiyn()).text(9, p.taxGroup);
            insertProduct.text(10, p.producerId).text(11, p.materials).text(12, p.story.ky).text(13, p.story.ru);
            insertProduct.text(14, p.story.en).text(15, p.certificateNumber).null(16);
            insertProduct.integer(17, p.tracksBatches).integer(18, p.active).text(19, now).text(20, shop);
            insertProduct.text(21, device);
            if (!insertProduct.run())
                return -1;
            const qint64 rowid = sqlite3_last_insert_rowid(db);
            for (int i = 0; i < p.barcodes.size(); ++i) {
                const QString id = IdGenerator::uuid().newId();
                insertBarcode.text(1, id).text(2, p.id).text(3, p.barcodes.at(i)).integer(4, i).text(5, now);
                if (!insertBarcode.text(6, shop).text(7, device).run())
                    return -1;
            }
            const QString words = ProductStore::searchWords(p, producer->second);
            if (!insertWords.integer(1, rowid).text(2, words).run())
                return -1;
            const QJsonObject details{{QStringLiteral("sku"), p.sku},
                                      {QStringLiteral("product_id"), p.id},
                                      {QStringLiteral("fields"), ProductStore::fieldValues(p)},
                                      {QStringLiteral("import"), true}};
            if (!audit(productAdd, details))
                return -1;
        }
        const QJsonObject summary{{QStringLiteral("added"), int(products.size())},
                                  {QStringLiteral("changed"), 0},
                                  {QStringLiteral("unchanged"), 0}};
        if (!audit(QStringLiteral("catalog.import"), summary))
            return -1;
    }
    if (!execSql(db, "COMMIT"))
        return -1;
    cpuMicros = watch.cpuMicros();
    return watch.wallMicros();
}

// The application's path and the bare writer's leave the same catalogue and an unbroken audit chain.
bool sameResult(Database& app, Database& bare)
{
    CatalogService a(app), b(bare);
    bool ok = true;
    for (const QString& typed :
         {QStringLiteral("кийиз"), QStringLiteral("felt"), QStringLiteral("IMP-0001"), QStringLiteral("P0001")}) {
        if (a.count(typed).value() != b.count(typed).value()) {
            std::fprintf(stderr, "search \"%s\": %d products imported by the application, %d by bare sqlite3\n",
                         qPrintable(typed), a.count(typed).value(), b.count(typed).value());
            ok = false;
        }
    }
    for (Database* db : {&app, &bare}) {
        const auto verified = AuditLog(*db).verify();
        if (!verified.ok()) {
            std::fprintf(stderr, "audit chain broken: %s\n", qPrintable(verified.problems.value(0)));
            ok = false;
        }
    }
    return ok;
}

} // namespace

bool runImportBench(int rows, int producers, int runs)
{
    QTemporaryDir dir;
    const QByteArray csv = importFile(rows, producers);
    const Session actor = manager();
    std::vector<double> app, bare, parse, appCpu, bareCpu;
    bool checked = false;
    for (int run = 0; run < runs; ++run) {
        const QString appPath = dir.filePath(QStringLiteral("import-app-%1.sqlite").arg(run));
        const QString barePath = dir.filePath(QStringLiteral("import-bare-%1.sqlite").arg(run));
        auto db = freshDatabase(appPath, producers);
        if (!db || !freshDatabase(barePath, producers))
            return false;
        ProductImport importer(*db);
        Stopwatch watch;
        watch.start();
        const auto plan = importer.parse(actor, csv, QStringLiteral("bench.csv"));
        parse.push_back(watch.wallMicros() / rows);
        if (!plan || plan->hasProblems()) {
            std::fprintf(stderr, "the file was refused: %s\n",
                         qPrintable(plan ? plan->problems.value(0).message : plan.message()));
            return false;
        }
        watch.start();
        const auto imported = importer.apply(actor, plan.value());
        app.push_back(watch.wallMicros() / rows);
        appCpu.push_back(watch.cpuMicros() / rows);
        if (!imported || imported->added != rows) {
            std::fprintf(stderr, "import failed: %s\n", qPrintable(imported.message()));
            return false;
        }
        QList<Product> products;
        for (const auto& row : plan->rows)
            products << row.value;
        double cpu = 0;
        const double micros = bareImport(barePath, products, cpu);
        if (micros < 0) {
            std::fprintf(stderr, "the bare writer failed\n");
            return false;
        }
        bare.push_back(micros / rows);
        bareCpu.push_back(cpu / rows);
        if (!checked) {
            OpenOptions options;
            auto reopened = Database::open(barePath, options);
            if (!reopened || !sameResult(*db, *reopened.value()))
                return false;
            checked = true;
        }
        std::printf("  import run %d: application %.1f µs/row (CPU %.1f), bare sqlite3 %.1f µs/row (CPU %.1f)\n",
                    run + 1, app.back(), appCpu.back(), bare.back(), bareCpu.back());
    }
    const double ratio = median(app) / median(bare);
    const double cpuRatio = median(appCpu) / median(bareCpu);
    std::printf("\nImport of %d new products (one transaction, every row validated, one audit entry per row), "
                "median of %d runs:\n",
                rows, runs);
    std::printf("  %-48s %8s %15s\n", "", "wall", "CPU (thread)");
    std::printf("  %-48s %8.1f %8.1f µs/row\n", "application (ProductImport::apply)", median(app), median(appCpu));
    std::printf("  %-48s %8.1f %8.1f µs/row\n", "bare sqlite3 C API, same rows and tables", median(bare),
                median(bareCpu));
    std::printf("  %-48s %8.2f %8.2f        (target <= 1.5)\n", "ratio", ratio, cpuRatio);
    std::printf("  %-48s %8.1f µs/row (not in the ratio)\n", "reading the file first (ProductImport::parse)",
                median(parse));
    record(QStringLiteral("import_app_row_us"), median(app));
    record(QStringLiteral("import_bare_row_us"), median(bare));
    record(QStringLiteral("import_ratio"), ratio);
    record(QStringLiteral("import_cpu_ratio"), cpuRatio);
    record(QStringLiteral("import_parse_row_us"), median(parse));
    return ratio <= 1.5;
}

} // namespace bench
