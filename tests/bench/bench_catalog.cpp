// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// ovop-bench: how fast the catalogue answers with a large catalogue. Builds a temporary database
// with 100,000 products (or the number given as the first argument), then measures barcode lookups
// and search-as-you-type. Run by hand (`make bench`); never part of the timed test suite.
#include <algorithm>
#include <cstdio>
#include <random>

#include <time.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QThread>

#include "catalog/Barcode.h"
#include "catalog/CatalogService.h"
#include "catalog/ProductStore.h"
#include "places/PlaceSeed.h"
#include "people/Session.h"
#include "store/Database.h"
#include "store/Sql.h"

using namespace ovop;

namespace {

// Words that make up generated names, as a shop's catalogue would have them.
const char* const NounsKy[] = {"кийиз", "шырдак", "тапочка", "баштык", "калпак", "бал", "самын", "кутуча",
                               "оюнчук", "килем", "жоолук", "мончок", "боз үй", "ормок", "чыны", "таш"};
const char* const NounsRu[] = {"войлок", "шырдак", "тапочки", "сумка", "калпак", "мёд", "мыло", "шкатулка",
                               "игрушка", "ковёр", "платок", "бусы", "юрта", "ормок", "пиала", "камень"};
const char* const NounsEn[] = {"felt", "shyrdak", "slippers", "bag", "kalpak", "honey", "soap", "box",
                               "toy", "carpet", "scarf", "beads", "yurt", "band", "bowl", "stone"};
const char* const AdjKy[] = {"ак", "көк", "кызыл", "сары", "жашыл", "өрнөктүү", "кичинекей", "чоң", "таңкы", "ңоо"};
const char* const AdjRu[] = {"белый", "синий", "красный", "жёлтый", "зелёный", "узорный", "маленький", "большой",
                             "утренний", "горный"};
const char* const AdjEn[] = {"white", "blue", "red", "yellow", "green", "patterned", "small", "large", "morning",
                             "mountain"};
const char* const FirstNames[] = {"Айгүл", "Гүлнара", "Чолпон", "Жылдыз", "Нургүл", "Бермет", "Айжан", "Үмүт",
                                  "Асел", "Динара", "Азамат", "Бакыт", "Эрлан", "Нурлан", "Төлөн", "Өмүр"};
const char* const LastNames[] = {"Садыкова", "Үсөнова", "Асанова", "Токтогулова", "Бекова", "Жумабаева",
                                 "Өмүрова", "Ниязова", "Турдубаев", "Маматов", "Сыдыков", "Осмонов"};
const char* const Villages[] = {"bosteri", "ak-sai", "tasma", "kyzyl-tuu", "orgochor", "karakol", "birlik", "kazybek",
                                "ak-muz", "kochkor", "min-bulak", "kok-kashat", "kosh-korgon", "ak-tatyr",
                                "daroot-korgon", "kashka-suu", "bishkek", "osh-town"};
const char* const Categories[] = {"felt", "textiles", "honey-food", "cosmetics", "wood", "stone"};

template <typename T, size_t N>
constexpr size_t countOf(T (&)[N])
{
    return N;
}

QString u8(const char* s)
{
    return QString::fromUtf8(s);
}

struct Stats
{
    double median = 0;
    double p99 = 0;
    double max = 0;
};

Stats stats(std::vector<double> samples)
{
    std::sort(samples.begin(), samples.end());
    Stats s;
    if (samples.empty())
        return s;
    s.median = samples[samples.size() / 2];
    s.p99 = samples[std::min(samples.size() - 1, size_t(double(samples.size()) * 0.99))];
    s.max = samples.back();
    return s;
}

// Wall-clock and this thread's CPU time of one measured call: on a busy machine the wall time
// includes waiting for a core, the CPU time does not.
class Stopwatch
{
public:
    void start()
    {
        m_wall.start();
        m_cpu = cpuNanos();
    }
    double wallMicros() const { return double(m_wall.nsecsElapsed()) / 1e3; }
    double cpuMicros() const { return double(cpuNanos() - m_cpu) / 1e3; }

private:
    static qint64 cpuNanos()
    {
        timespec t{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
        return qint64(t.tv_sec) * 1000000000 + t.tv_nsec;
    }
    QElapsedTimer m_wall;
    qint64 m_cpu = 0;
};

struct Samples
{
    std::vector<double> wall;
    std::vector<double> cpu;
    void add(const Stopwatch& w, double scale)
    {
        wall.push_back(w.wallMicros() / scale);
        cpu.push_back(w.cpuMicros() / scale);
    }
};

// The machine's load average, printed with the figures: a busy machine stretches wall-clock times.
QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown");
    return QString::fromLatin1(file.readAll()).section(QLatin1Char(' '), 0, 2);
}

bool check(const Status& status, const char* what)
{
    if (!status.ok())
        std::fprintf(stderr, "%s: %s (%s)\n", what, qPrintable(status.message()), qPrintable(status.error().detail));
    return status.ok();
}

// Generates producers and products with one transaction and reused prepared statements.
bool generate(Database& db, int productCount, int producerCount, QStringList& barcodes, QStringList& names)
{
    std::mt19937 random(20250314);
    QElapsedTimer phase;
    phase.start();
    Transaction tx(db.sql());
    if (!check(tx.isActive() ? Status() : Status(tx.beginError()), "begin"))
        return false;
    const QString now = db.now().toUTC().toString(Qt::ISODateWithMs);

    QStringList producerIds;
    SqlQuery producer(db.sql(), QStringLiteral(
        "INSERT INTO producers (id, code, name, kind, village_id, terms, last_visit_date, updated_at, created_at, "
        "origin_shop, origin_device) VALUES (:id, :code, :name, 'individual', :village, 'consignment', :visit, :u, :c, "
        "'BENCH', 'B1')"));
    for (int i = 0; i < producerCount; ++i) {
        const QString id = db.newId();
        const QString name = u8(FirstNames[random() % countOf(FirstNames)]) + QLatin1Char(' ') +
                             u8(LastNames[random() % countOf(LastNames)]);
        producer.bind(QStringLiteral(":id"), id)
            .bind(QStringLiteral(":code"), QStringLiteral("P%1").arg(i, 5, 10, QLatin1Char('0')))
            .bind(QStringLiteral(":name"), name)
            .bind(QStringLiteral(":village"), PlaceSeed::villageId(u8(Villages[random() % countOf(Villages)])))
            .bind(QStringLiteral(":visit"), QStringLiteral("2024-06-01"))
            .bind(QStringLiteral(":u"), now)
            .bind(QStringLiteral(":c"), now);
        if (!check(producer.exec(), "producer"))
            return false;
        producerIds << id;
        if (i < 200)
            names << name;
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

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int productCount = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 100000;
    const int producerCount = 3000;

    QTemporaryDir dir;
    OpenOptions options;
    options.create = true;
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

    if (qEnvironmentVariableIsSet("OVOP_BENCH_CACHE_MB")) {
        SqlQuery pragma(db.sql(), QStringLiteral("PRAGMA cache_size = -%1").arg(qEnvironmentVariableIntValue("OVOP_BENCH_CACHE_MB") * 1024));
        check(pragma.exec(), "cache size");
    }
    CatalogService catalog(db);

    // Barcode lookups: existing codes and codes that are not there.
    Samples lookup;
    Stopwatch watch;
    int found = 0;
    for (int round = 0; round < 5; ++round) {
        for (const QString& code : barcodes) {
            watch.start();
            const auto p = catalog.findByBarcode(code);
            lookup.add(watch, 1);
            found += p ? 1 : 0;
        }
        for (int i = 0; i < 200; ++i) {
            const QString missing = Barcode::withCheckDigit(QStringLiteral("480%1").arg(i, 9, 10, QLatin1Char('0')));
            watch.start();
            const auto p = catalog.findByBarcode(missing);
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
            hits += catalog.search(typed, page).size();
            search.add(watch, 1000);
            watch.start();
            hits += catalog.search(typed).size();
            searchFull.add(watch, 1000);
            watch.start();
            hits += catalog.count(typed);
            counting.add(watch, 1000);
        }
    }

    // An import of 10,000 new products through the importer's all-or-nothing write, then the same
    // file again (every row unchanged).
    Session manager;
    manager.userId = QStringLiteral("bench");
    manager.userName = QStringLiteral("bench");
    manager.role = Role::Manager;
    QList<Product> rows;
    for (int i = 0; i < 10000; ++i) {
        Product p;
        p.sku = QStringLiteral("IMP-%1").arg(i, 5, 10, QLatin1Char('0'));
        p.barcodes = {Barcode::withCheckDigit(QStringLiteral("471%1").arg(i, 9, 10, QLatin1Char('0')))};
        p.name = {QStringLiteral("Кийиз буюм %1").arg(i), QStringLiteral("Изделие из войлока %1").arg(i),
                  QStringLiteral("Felt item %1").arg(i)};
        p.category = QStringLiteral("felt");
        p.price = Money::fromSom(500 + i % 1000);
        p.producerCode = QStringLiteral("P%1").arg(i % producerCount, 5, 10, QLatin1Char('0'));
        rows << p;
    }
    timer.restart();
    auto imported = catalog.applyImport(manager, rows);
    const double importSeconds = double(timer.nsecsElapsed()) / 1e9;
    timer.restart();
    auto reimported = catalog.applyImport(manager, rows);
    const double reimportSeconds = double(timer.nsecsElapsed()) / 1e9;
    if (!imported || !reimported || imported->added != rows.size() || reimported->unchanged != rows.size()) {
        std::fprintf(stderr, "import failed: %s\n", qPrintable(imported ? reimported.message() : imported.message()));
        return 1;
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
    std::printf("%-40s %6d %8.1f s\n", "import of new products (applyImport)", int(rows.size()), importSeconds);
    std::printf("%-40s %6d %8.1f s\n", "same import again, nothing changes", int(rows.size()), reimportSeconds);
    std::printf("\n(%d lookups found a product; %lld results in all; load average %s on %d cores)\n", found, hits,
                qPrintable(loadAverage()), QThread::idealThreadCount());
    const bool ok = stats(lookup.wall).p99 < 1000 && stats(search.wall).p99 < 50 && stats(searchFull.wall).p99 < 50;
    std::printf("%s\n", ok ? "Targets met." : "Targets NOT met (see the CPU column when the machine was busy).");
    return ok ? 0 : 2;
}
