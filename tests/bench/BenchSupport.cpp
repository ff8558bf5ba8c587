// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "BenchSupport.h"

#include <algorithm>

#include <time.h>

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include "models/places/PlaceSeed.h"
#include "models/store/Database.h"
#include "models/store/Sql.h"

using namespace ovop;

namespace bench {

namespace {

const char* const FirstNames[] = {"Айгүл", "Гүлнара", "Чолпон", "Жылдыз", "Нургүл", "Бермет", "Айжан", "Үмүт",
                                  "Асел",  "Динара",  "Азамат", "Бакыт",  "Эрлан",  "Нурлан", "Төлөн", "Өмүр"};
const char* const LastNames[] = {"Садыкова", "Үсөнова", "Асанова",   "Токтогулова", "Бекова",  "Жумабаева",
                                 "Өмүрова",  "Ниязова", "Турдубаев", "Маматов",     "Сыдыков", "Осмонов"};
const char* const Villages[] = {"bosteri",     "ak-sai",   "tasma",         "kyzyl-tuu",  "orgochor",  "karakol",
                                "birlik",      "kazybek",  "ak-muz",        "kochkor",    "min-bulak", "kok-kashat",
                                "kosh-korgon", "ak-tatyr", "daroot-korgon", "kashka-suu", "bishkek",   "osh-town"};

QJsonObject& figures()
{
    static QJsonObject all;
    return all;
}

qint64 cpuNanos()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1000000000 + t.tv_nsec;
}

} // namespace

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

double median(std::vector<double> samples)
{
    return stats(std::move(samples)).median;
}

void Stopwatch::start()
{
    m_wall.start();
    m_cpu = cpuNanos();
}

double Stopwatch::cpuMicros() const
{
    return double(cpuNanos() - m_cpu) / 1e3;
}

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

void record(const QString& key, double value)
{
    // Three decimals are more than any of these measurements can tell apart.
    figures().insert(key, double(qRound64(value * 1000)) / 1000);
}

void recordStats(const QString& key, const std::vector<double>& samples, const char* unit)
{
    const Stats s = stats(samples);
    record(key + QStringLiteral("_median_") + QLatin1String(unit), s.median);
    record(key + QStringLiteral("_p99_") + QLatin1String(unit), s.p99);
}

QByteArray figuresJson()
{
    return QJsonDocument(figures()).toJson(QJsonDocument::Indented);
}

bool addProducers(Database& db, int count, std::mt19937& random, QStringList* names)
{
    Transaction tx(db.sql());
    if (!check(tx.isActive() ? Status() : Status(tx.beginError()), "begin"))
        return false;
    const QString now = db.now().toUTC().toString(Qt::ISODateWithMs);
    SqlQuery producer(
        db.sql(),
        QStringLiteral(
            "INSERT INTO producers (id, code, name, kind, village_id, terms, last_visit_date, updated_at, created_at, "
            "origin_shop, origin_device) VALUES (:id, :code, :name, 'individual', :village, 'consignment', :visit, :u, "
            ":c, "
            "'BENCH', 'B1')"));
    for (int i = 0; i < count; ++i) {
        const QString name = u8(FirstNames[random() % countOf(FirstNames)]) + QLatin1Char(' ') +
                             u8(LastNames[random() % countOf(LastNames)]);
        producer.bind(QStringLiteral(":id"), db.newId())
            .bind(QStringLiteral(":code"), QStringLiteral("P%1").arg(i, 5, 10, QLatin1Char('0')))
            .bind(QStringLiteral(":name"), name)
            .bind(QStringLiteral(":village"), PlaceSeed::villageId(u8(Villages[random() % countOf(Villages)])))
            .bind(QStringLiteral(":visit"), QStringLiteral("2024-06-01"))
            .bind(QStringLiteral(":u"), now)
            .bind(QStringLiteral(":c"), now);
        if (!check(producer.exec(), "producer"))
            return false;
        if (names && i < 200)
            *names << name;
    }
    return check(tx.commit(), "commit");
}

} // namespace bench
