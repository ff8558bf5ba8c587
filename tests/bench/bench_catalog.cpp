// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// ovop-bench: how fast the catalogue answers with a large catalogue. Builds a temporary database
// with 100,000 products (or the number given as the first argument), then measures barcode lookups
// and search-as-you-type, then the import of as many new products through the application and
// through bare sqlite3 (bench_import.cpp) and the till's lookup against bare sqlite3
// (bench_lookup.cpp), and the till on the same database (bench_till.cpp). `--json` prints the
// figures as one JSON object on the standard output (the tables then go to the standard error).
// Run by hand (`make bench`); never part of the timed test suite.
#include <algorithm>
#include <cstdio>
#include <random>

#include <unistd.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QThread>

#include "BenchSupport.h"
#include "models/catalog/Barcode.h"
#include "models/catalog/CatalogService.h"
#include "models/catalog/ProductStore.h"
#include "models/store/Database.h"
#include "models/store/Sql.h"

using namespace ovop;

namespace {

using namespace bench;

// Generates producers and products with one transaction and reused prepared statements.
bool generate(Database& db, int productCount, int producerCount, QStringList& barcodes, QStringList& names)
{
    std::mt19937 random(20250314);
    QElapsedTimer phase;
    phase.start();
    if (!addProducers(db, producerCount, random, &names))
        return false;
    Transaction tx(db.sql());
    if (!check(tx.isActive() ? Status() : Status(tx.beginError()), "begin"))
        return false;
    const QString now = db.now().toUTC().toString(Qt::ISODateWithMs);

    QStringList producerIds;
    {
        SqlQuery ids(db.sql(), QStringLiteral("SELECT id FROM producers ORDER BY code"));
        if (!check(ids.exec(), "producers"))
            return false;
        while (ids.next())
            producerIds << ids.value(0).toString();
    }

    SqlQuery product(db.sql(), QStringLiteral(
        "INSERT INTO products (id, sku, name_ky, name_ru, name_en, category, unit, price, producer_id, updated_at, "
        "created_at, origin_shop, origin_device) VALUES (:id, :sku, :ky, :ru, :en, :category, 'pcs', :price, "
        ":producer, :u, :c, 'BENCH', 'B1')"));
    SqlQuery barcode(db.sql(), QStringLiteral(
        "INSERT INTO product_barcodes (id, product_id, barcode, position, created_at, origin_shop, origin_device) "
        "VALUES (:id, :product, :barcode, 0, :c, 'BENCH', 'B1')"));
    for (int i = 0; i < productCount; ++i) {
        const size_t noun = random() % countOf(NounsKy);
        const size_t adj = random() % countOf(AdjKy);
        const QString id = db.newId();
        const QString ky = u8(AdjKy[adj]) + QLatin1Char(' ') + u8(NounsKy[noun]) + QStringLiteral(" №%1").arg(i);
        product.bind(QStringLiteral(":id"), id)
            .bind(QStringLiteral(":sku"), QStringLiteral("SKU-%1").arg(i, 6, 10, QLatin1Char('0')))
            .bind(QStringLiteral(":ky"), ky)
            .bind(QStringLiteral(":ru"), u8(AdjRu[adj]) + QLatin1Char(' ') + u8(NounsRu[noun]))
            .bind(QStringLiteral(":en"), u8(AdjEn[adj]) + QLatin1Char(' ') + u8(NounsEn[noun]))
            .bind(QStringLiteral(":category"), u8(Categories[random() % countOf(Categories)]))
            .bind(QStringLiteral(":price"), qint64(15000 + random() % 2500000))
            .bind(QStringLiteral(":producer"), producerIds.at(int(random() % producerIds.size())))
            .bind(QStringLiteral(":u"), now)
            .bind(QStringLiteral(":c"), now);
        if (!check(product.exec(), "product"))
            return false;
        // Kyrgyzstan's GS1 prefix 470 for bought-in goods, the in-store range for handmade ones.
        const QString code = i % 3 == 0 ? Barcode::inStore(i + 1)
                                        : Barcode::withCheckDigit(QStringLiteral("470%1").arg(i, 9, 10, QLatin1Char('0')));
        barcode.bind(QStringLiteral(":id"), db.newId())
            .bind(QStringLiteral(":product"), id)
            .bind(QStringLiteral(":barcode"), code)
            .bind(QStringLiteral(":c"), now);
        if (!check(barcode.exec(), "barcode"))
            return false;
        if (i % 97 == 0)
            barcodes << code;
    }
    std::printf("  rows written in %.1f s\n", double(phase.nsecsElapsed()) / 1e9);
    phase.restart();
    // The application's own indexing, for all products at once.
    if (!check(ProductStore(db).reindex(QStringLiteral("WHERE p.seq > :from"), {{QStringLiteral(":from"), 0}}), "index"))
        return false;
    std::printf("  search index built in %.1f s\n", double(phase.nsecsElapsed()) / 1e9);
    return check(tx.commit(), "commit");
}

// What a user types, one character at a time: every prefix of the text.
QStringList typing(const QString& text)
{
    QStringList out;
    for (int i = 1; i <= text.size(); ++i)
        if (!text.at(i - 1).isSpace())
            out << text.left(i);
    return out;
}

} // namespace

namespace {

// With --json, what the parts print goes to the standard error and the figures alone to the
// standard output.
class JsonOutput
{
public:
    explicit JsonOutput(bool on)
    {
        if (!on)
            return;
        std::fflush(stdout);
        m_out = dup(STDOUT_FILENO);
        dup2(STDERR_FILENO, STDOUT_FILENO);
    }
    ~JsonOutput()
    {
        if (m_out < 0)
            return;
        std::fflush(stdout);
        const QByteArray json = figuresJson();
        if (write(m_out, json.constData(), size_t(json.size())) != json.size())
            std::fprintf(stderr, "the figures could not be written\n");
        close(m_out);
    }

private:
    int m_out = -1;
};

} // namespace

int main(int argc, char* argv[])
{
    // The till's sale screen is measured offscreen: a benchmark opens no window.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);
    const bool json = args.removeAll(QStringLiteral("--json")) > 0;
    const int productArgument = args.isEmpty() ? 0 : std::max(1, args.first().toInt());
    const QString only = qEnvironmentVariable("OVOP_BENCH_ONLY");
    const int pastSales = qEnvironmentVariableIsSet("OVOP_BENCH_PAST_SALES")
                              ? std::max(1, qEnvironmentVariableIntValue("OVOP_BENCH_PAST_SALES"))
                              : 1000000;
    const JsonOutput output(json);
    // OVOP_BENCH_ONLY=import measures only the import (for a profiler).
    if (only == QLatin1String("import"))
        return runImportBench(productArgument > 0 ? productArgument : 100000, 3000, 1) ? 0 : 2;
    // OVOP_BENCH_ONLY=shift measures only the till's X report.
    if (only == QLatin1String("shift"))
        return runShiftBench(1000000) ? 0 : 2;
    // OVOP_BENCH_ONLY=reports measures only the reports (OVOP_BENCH_SALE_LINES changes the million).
    if (only == QLatin1String("reports")) {
        const int lines = qEnvironmentVariableIsSet("OVOP_BENCH_SALE_LINES")
                              ? std::max(1, qEnvironmentVariableIntValue("OVOP_BENCH_SALE_LINES"))
                              : 1000000;
        const bool ok = runReportsBench(lines, 5);
        std::printf("%s\n", ok ? "Targets met." : "Targets NOT met.");
        return ok ? 0 : 2;
    }
    const int productCount = productArgument > 0 ? productArgument : 100000;
    const int producerCount = 3000;

    QTemporaryDir dir;
    OpenOptions options;
    options.create = true;
    options.pinHashCost = PinHashCost::Minimum; // the till's users are made and logged in here
    auto opened = Database::open(dir.filePath(QStringLiteral("bench.sqlite")), options);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.message()));
        return 1;
    }
    Database& db = *opened.value();

    QElapsedTimer timer;
    timer.start();
    QStringList barcodes, producerNames;
    if (!generate(db, productCount, producerCount, barcodes, producerNames))
        return 1;
    const double generateSeconds = double(timer.nsecsElapsed()) / 1e9;
    std::printf("Catalogue: %d products, %d producers, generated and indexed in %.1f s\n", productCount,
                producerCount, generateSeconds);
    record(QStringLiteral("catalogue_generated_s"), generateSeconds);

    // OVOP_BENCH_ONLY=till measures only the till, on the catalogue just built.
    if (only == QLatin1String("till")) {
        const bool ok = runTillBench(db, barcodes, pastSales);
        std::printf("%s\n", ok ? "Targets met." : "Targets NOT met (see the CPU column when the machine was busy).");
        return ok ? 0 : 2;
    }

    if (qEnvironmentVariableIsSet("OVOP_BENCH_CACHE_MB")) {
        SqlQuery pragma(db.sql(), QStringLiteral("PRAGMA cache_size = -%1").arg(qEnvironmentVariableIntValue("OVOP_BENCH_CACHE_MB") * 1024));
        check(pragma.exec(), "cache size");
    }
    CatalogService catalog(db);

    // Barcode lookups: existing codes and codes that are not there.
    QStringList missing;
    for (int i = 0; i < 200; ++i)
        missing << Barcode::withCheckDigit(QStringLiteral("480%1").arg(i, 9, 10, QLatin1Char('0')));
    Samples lookup;
    Stopwatch watch;
    int found = 0;
    for (int round = 0; round < 5; ++round) {
        for (const QString& code : barcodes + missing) {
            watch.start();
            const auto p = catalog.findByBarcode(code).value();
            lookup.add(watch, 1);
            found += p ? 1 : 0;
        }
    }

    // Search as you type: product names in ky, ru, en, producers' and villages' names.
    const QStringList texts = {
        QStringLiteral("өрнөктүү шырдак"), QStringLiteral("ак кийиз"),      QStringLiteral("таңкы бал"),
        QStringLiteral("ңоо"),             QStringLiteral("узорный ковёр"), QStringLiteral("белый мед"),
        QStringLiteral("войлок"),          QStringLiteral("felt slippers"), QStringLiteral("mountain honey"),
        QStringLiteral("patterned bag"),   QStringLiteral("бостери"),       QStringLiteral("Ак-Муз"),
        QStringLiteral("Kochkor"),         QStringLiteral("SKU-0421"),      QStringLiteral("№4711"),
        producerNames.value(0),            producerNames.value(1),          QStringLiteral("үсөнова гүлнара"),
    };
    ProductFilter page;
    page.limit = 50;
    Samples search, searchFull, counting;
    qint64 hits = 0;
    for (const QString& text : texts) {
        for (const QString& typed : typing(text)) {
            watch.start();
            hits += catalog.search(typed, page).value().size();
            search.add(watch, 1000);
            watch.start();
            hits += catalog.search(typed).value().size();
            searchFull.add(watch, 1000);
            watch.start();
            hits += catalog.count(typed).value();
            counting.add(watch, 1000);
        }
    }

    std::printf("\n%-40s %6s %10s %10s %10s %13s %12s %8s\n", "measure", "runs", "median", "p99", "max",
                "median (CPU)", "p99 (CPU)", "target");
    const auto row = [](const char* name, const Samples& samples, const char* unit, const char* target) {
        const Stats w = stats(samples.wall), c = stats(samples.cpu);
        std::printf("%-40s %6zu %7.2f %s %7.2f %s %7.2f %s %10.2f %s %9.2f %s %8s\n", name, samples.wall.size(),
                    w.median, unit, w.p99, unit, w.max, unit, c.median, unit, c.p99, unit, target);
    };
    row("barcode lookup (findByBarcode)", lookup, "µs", "< 1 ms");
    row("search as you type, first 50", search, "ms", "< 50 ms");
    row("search as you type, first 200", searchFull, "ms", "< 50 ms");
    row("matches counted (count)", counting, "ms", "-");
    std::printf("\n(%d lookups found a product; %lld results in all; load average %s on %d cores)\n", found, hits,
                qPrintable(loadAverage()), QThread::idealThreadCount());
    bool ok = stats(lookup.wall).p99 < 1000 && stats(search.wall).p99 < 50 && stats(searchFull.wall).p99 < 50;
    recordStats(QStringLiteral("barcode_lookup"), lookup.wall, "us");
    recordStats(QStringLiteral("search_first50"), search.wall, "ms");
    recordStats(QStringLiteral("search_first200"), searchFull.wall, "ms");
    recordStats(QStringLiteral("search_count"), counting.wall, "ms");

    const bool lookupOk = runLookupBench(db, barcodes, missing);
    const bool tillOk = runTillBench(db, barcodes, pastSales);
    const int runs = qEnvironmentVariableIsSet("OVOP_BENCH_IMPORT_RUNS")
                         ? std::max(1, qEnvironmentVariableIntValue("OVOP_BENCH_IMPORT_RUNS"))
                         : 3;
    const bool importOk = runImportBench(productCount, producerCount, runs);
    ok = ok && lookupOk && tillOk && importOk;
    std::printf("\n(load average %s after the measurements)\n", qPrintable(loadAverage()));
    std::printf("%s\n", ok ? "Targets met." : "Targets NOT met (see the CPU column when the machine was busy).");
    return ok ? 0 : 2;
}
