// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// What the parts of ovop-bench share: timing, medians, generated names and producers.
#pragma once

#include <cstddef>
#include <cstdio>
#include <random>
#include <vector>

#include <QElapsedTimer>
#include <QString>
#include <QStringList>

#include "models/core/Result.h"

namespace ovop {
class Database;
struct Session;
} // namespace ovop

namespace bench {

// Words that make up generated names, as a shop's catalogue would have them.
inline const char* const NounsKy[] = {"кийиз",  "шырдак", "тапочка", "баштык", "калпак", "бал",   "самын", "кутуча",
                                      "оюнчук", "килем",  "жоолук",  "мончок", "боз үй", "ормок", "чыны",  "таш"};
inline const char* const NounsRu[] = {"войлок",  "шырдак", "тапочки", "сумка", "калпак", "мёд",   "мыло",  "шкатулка",
                                      "игрушка", "ковёр",  "платок",  "бусы",  "юрта",   "ормок", "пиала", "камень"};
inline const char* const NounsEn[] = {"felt", "shyrdak", "slippers", "bag",   "kalpak", "honey", "soap", "box",
                                      "toy",  "carpet",  "scarf",    "beads", "yurt",   "band",  "bowl", "stone"};
inline const char* const AdjKy[] = {"ак",       "көк",       "кызыл", "сары",  "жашыл",
                                    "өрнөктүү", "кичинекей", "чоң",   "таңкы", "ңоо"};
inline const char* const AdjRu[] = {"белый",   "синий",     "красный", "жёлтый",   "зелёный",
                                    "узорный", "маленький", "большой", "утренний", "горный"};
inline const char* const AdjEn[] = {"white",     "blue",  "red",   "yellow",  "green",
                                    "patterned", "small", "large", "morning", "mountain"};
inline const char* const Categories[] = {"felt", "textiles", "honey-food", "cosmetics", "wood", "stone"};

template <typename T, size_t N> constexpr size_t countOf(T (&)[N])
{
    return N;
}

inline QString u8(const char* s)
{
    return QString::fromUtf8(s);
}

struct Stats
{
    double median = 0;
    double p99 = 0;
    double max = 0;
};

Stats stats(std::vector<double> samples);
double median(std::vector<double> samples);

// Wall-clock and this thread's CPU time of one measured call: on a busy machine the wall time
// includes waiting for a core, the CPU time does not.
class Stopwatch
{
public:
    void start();
    double wallMicros() const { return double(m_wall.nsecsElapsed()) / 1e3; }
    double cpuMicros() const;

private:
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
QString loadAverage();

bool check(const ovop::Status& status, const char* what);

// The run's figures by key (the key ends in its unit: _us, _ms, _s, or ratio), printed as one
// JSON object by `ovop-bench --json`.
void record(const QString& key, double value);
// The median and the 99th percentile of samples under key_median_<unit> and key_p99_<unit>.
void recordStats(const QString& key, const std::vector<double>& samples, const char* unit);
QByteArray figuresJson();

// Adds producers P00000, P00001, ... in villages of the seeded list; their names are returned.
bool addProducers(ovop::Database& db, int count, std::mt19937& random, QStringList* names);

// The import measurement: the same rows through the application and through bare sqlite3.
// Prints the figures; true when the ratio meets its target.
bool runImportBench(int rows, int producers, int runs);

// The till's barcode lookup through the application and through bare sqlite3 on the same file.
// Prints the figures; true when the ratio meets its target.
bool runLookupBench(ovop::Database& db, const QStringList& found, const QStringList& missing);

// The X report of a till's open shift with pastSales sales in its earlier shifts. Prints the
// figures; true when it stays under 50 ms.
bool runShiftBench(int pastSales);

// The reports on a database of the demo catalogue with saleLines sale lines of ten shops over a
// year: every report through its service and the same SQL through bare sqlite3, for one shop and for
// all ten, medians of runs. Prints the figures; true when every report is within 1.5 times the bare
// SQL and under 300 ms.
bool runReportsBench(int saleLines, int runs);

// The till on the catalogue's database: pastSales sales of another till written straight, then
// sales committed by the application against the same rows written by bare sqlite3, the X report,
// finding a receipt, and the sale screen's scan (bench_till_screen.cpp). barcodes: codes of the
// catalogue. Prints the figures; true when the targets are met.
bool runTillBench(ovop::Database& db, const QStringList& barcodes, int pastSales);

// The sale screen of a cashier on db: scans of the codes (each typed, then Enter) until the new
// line and total are on screen. Prints the figures; true when the 99th percentile is under 16 ms.
bool runScanBench(ovop::Database& db, const ovop::Session& cashier, const QStringList& barcodes, int scans);

} // namespace bench
