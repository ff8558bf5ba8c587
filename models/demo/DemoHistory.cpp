// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// The demo's past months: planned first (every sale of every day, from a generator seeded by the
// shop code), then written day by day through the services with the database's clock set to the
// moment of each step.
#include "models/demo/DemoHistory.h"

#include <algorithm>
#include <random>

#include <QCoreApplication>
#include <QHash>
#include <QTimeZone>

#include "models/catalog/ProducerService.h"
#include "models/payouts/PayoutService.h"
#include "models/payouts/StatementService.h"
#include "models/people/Session.h"
#include "models/sales/Fiscal.h"
#include "models/sales/ReturnService.h"
#include "models/sales/SaleService.h"
#include "models/sales/ShiftService.h"
#include "models/sales/Till.h"
#include "models/settings/ShopSettings.h"
#include "models/stock/StockLedger.h"
#include "models/store/Database.h"
#include "models/store/Sql.h"

namespace ovop {

namespace {

class DemoHistory
{
    Q_DECLARE_TR_FUNCTIONS(DemoHistory)
};

constexpr int HistoryMonths = 6;
constexpr int SalesPerDay = 4; // an ordinary weekday out of season, before the factors below

struct DemoProduct
{
    QString id;
    QString sku;
    int weight = 1; // how often it sells: cheap goods more often than carpets
};

struct PlannedSale
{
    QTime at;
    QList<std::pair<int, int>> lines; // product index, units
    PaymentMethod method = PaymentMethod::Cash;
    QString language;
    bool returned = false; // the first line comes back damaged later that day
};

struct PlannedDay
{
    QDate day;
    int seller = 0;
    QList<PlannedSale> sales;
};

// Percent of an ordinary day's sales, by month: the summer tourist season, the quiet winter and
// the weeks before the New Year.
int seasonPercent(const QDate& day)
{
    static const int byMonth[] = {55, 55, 70, 85, 110, 160, 190, 180, 130, 90, 80, 110};
    if (day.month() == 12 && day.day() >= 15)
        return 170;
    return byMonth[day.month() - 1];
}

int weekdayPercent(const QDate& day)
{
    static const int byWeekday[] = {70, 90, 90, 95, 110, 165, 150}; // Monday to Sunday
    return byWeekday[day.dayOfWeek() - 1];
}

// The same seed for the same shop on every machine (qHash is salted per process).
quint32 seedOf(const QString& shopCode)
{
    quint32 hash = 2166136261u;
    for (const QChar c : shopCode) {
        hash ^= c.unicode();
        hash *= 16777619u;
    }
    return hash;
}

Result<QList<DemoProduct>> demoProducts(Database& db)
{
    SqlQuery q(db.sql(), QStringLiteral("SELECT id, sku, price FROM products WHERE active = 1 ORDER BY sku"));
    if (auto done = q.exec(); !done)
        return done.error();
    QList<DemoProduct> out;
    while (q.next()) {
        const qint64 som = std::max<qint64>(1, q.value(2).toLongLong() / 100);
        // Roughly inverse to the price: a 150 som felt heart sells twenty times as often as a carpet.
        const int weight = std::max(1, int(60000 / (som + 300)));
        out << DemoProduct{q.value(0).toString(), q.value(1).toString(), weight};
    }
    if (auto done = q.finished(); !done)
        return done.error();
    if (out.isEmpty())
        return Error{DemoHistory::tr("The demo history needs the demo catalogue.")};
    return out;
}

int pick(const QList<DemoProduct>& products, int totalWeight, std::mt19937& random)
{
    int left = int(random() % quint32(totalWeight));
    for (int i = 0; i < products.size(); ++i) {
        left -= products.at(i).weight;
        if (left < 0)
            return i;
    }
    return int(products.size()) - 1;
}

QList<PlannedDay> plan(const QDate& first, const QDate& last, const QList<DemoProduct>& products, int sellers,
                       std::mt19937& random)
{
    int totalWeight = 0;
    for (const DemoProduct& p : products)
        totalWeight += p.weight;
    const QStringList languages{QStringLiteral("ky"), QStringLiteral("ru"), QStringLiteral("en")};
    QList<PlannedDay> days;
    int index = 0;
    for (QDate day = first; day <= last; day = day.addDays(1), ++index) {
        PlannedDay d;
        d.day = day;
        // The cashier works Tuesday to Saturday; the manager (when there is one) on Sunday and Monday.
        d.seller = sellers > 1 && (day.dayOfWeek() == 1 || day.dayOfWeek() == 7) ? 1 : 0;
        const int count =
            std::max(1, SalesPerDay * seasonPercent(day) * weekdayPercent(day) / 10000 + int(random() % 5) - 2);
        for (int s = 0; s < count; ++s) {
            PlannedSale sale;
            // Between 10:00 and 19:00, in order through the day.
            sale.at = QTime(10, 0).addSecs(qint64(32400) * (s + 1) / (count + 1) - 600 + qint64(random() % 1200));
            // Every product sells at least once in a while: the day's first sale takes the next of
            // the catalogue in turn, so that every producer, village and oblast has sales.
            const int lines = 1 + int(random() % 100 < 30) + int(random() % 100 < 10);
            for (int l = 0; l < lines; ++l) {
                const int product =
                    s == 0 && l == 0 ? index % int(products.size()) : pick(products, totalWeight, random);
                if (std::none_of(sale.lines.begin(), sale.lines.end(),
                                 [product](const auto& line) { return line.first == product; }))
                    sale.lines << std::pair{product, 1 + int(random() % 100 < 15)};
            }
            const int method = int(random() % 100);
            sale.method = method < 50 ? PaymentMethod::Cash : method < 80 ? PaymentMethod::Card : PaymentMethod::Qr;
            // Tourists in the season ask for English receipts more often.
            sale.language = languages.at(int(random() % (seasonPercent(day) > 120 ? 3 : 2)));
            d.sales << sale;
        }
        // Now and then the manager takes back a damaged piece of the day's first sale.
        if (d.seller == 1 && index % 14 < 7)
            d.sales.first().returned = true;
        days << d;
    }
    return days;
}

// The count of a drawer holding amount: the largest notes first.
QMap<qint64, int> drawerCount(Money amount)
{
    QMap<qint64, int> out;
    qint64 left = amount.tyiyn();
    for (qint64 denomination : cashDenominations()) {
        if (left >= denomination) {
            out.insert(denomination, int(left / denomination));
            left %= denomination;
        }
    }
    return out;
}

class HistoryWriter
{
public:
    HistoryWriter(Database& db, FixedClock& clock, const Session& manager, const QList<Session>& sellers,
                  const ShopSettings& settings, const QList<DemoProduct>& products)
        : m_db(db), m_clock(clock), m_manager(manager), m_sellers(sellers), m_settings(settings), m_products(products)
    {
    }

    void at(const QDate& day, QTime time) { m_clock.set(QDateTime(day, time, m_clock.now().timeZone())); }

    // The month's goods, delivered on its first day (or the history's) before the shop opens.
    Status deliver(const QList<PlannedDay>& month)
    {
        QHash<int, int> units;
        for (const PlannedDay& d : month)
            for (const PlannedSale& s : d.sales)
                for (const auto& [product, count] : s.lines)
                    units[product] += count;
        QList<int> order = units.keys();
        std::sort(order.begin(), order.end());
        at(month.first().day, QTime(9, 0));
        StockLedger ledger(m_db);
        for (int product : order) {
            auto received =
                ledger.receive(m_manager, m_products.at(product).id, Quantity::fromUnits(units.value(product)),
                               DemoHistory::tr("Delivered for the month's sales"));
            if (!received)
                return received.error();
        }
        return {};
    }

    // Statements of the month before for two consignment producers, made and paid by bank transfer.
    Status settle(const QDate& day)
    {
        at(day, QTime(9, 30));
        const QDate from = day.addMonths(-1).addDays(1 - day.day());
        const QDate to = from.addDays(from.daysInMonth() - 1);
        StatementService statements(m_db);
        for (const char* code : {"KCH-01", "KRK-01"}) {
            auto producer = ProducerService(m_db).get(m_manager, QString::fromLatin1(code));
            if (!producer)
                return producer.error();
            auto preview = statements.preview(m_manager, producer->id, from, to);
            if (!preview)
                return preview.error();
            if (preview->lines.isEmpty())
                continue;
            auto statement = statements.make(m_manager, producer->id, from, to);
            if (!statement)
                return statement.error();
            auto paid = PayoutService(m_db).pay(
                m_manager, statement->id, Payout::Method::Bank,
                QStringLiteral("PP-%1-%2").arg(day.toString(QStringLiteral("yyMMdd")), QString::fromLatin1(code)));
            if (!paid)
                return paid.error();
        }
        return {};
    }

    Status trade(const PlannedDay& d)
    {
        const Session& seller = m_sellers.at(d.seller);
        ShiftService shifts(m_db);
        at(d.day, QTime(9, 50));
        if (auto opened = shifts.open(seller, Money::fromSom(2000)); !opened)
            return opened.error();
        SaleService sales(m_db);
        for (const PlannedSale& planned : d.sales) {
            at(d.day, planned.at);
            Till till(m_db, seller, m_settings);
            for (const auto& [product, units] : planned.lines)
                if (auto added = till.addCode(m_products.at(product).sku, Quantity::fromUnits(units)); !added)
                    return added.error();
            const Money total = till.totals().total;
            Payment payment{PaymentMethod::Cash, Money::fromTyiyn((total.tyiyn() + 49999) / 50000 * 50000)};
            if (planned.method == PaymentMethod::Card)
                payment =
                    Payment{PaymentMethod::Card, total, total.tyiyn() % 3 ? CardScheme::Elcart : CardScheme::Visa};
            else if (planned.method == PaymentMethod::Qr)
                payment = Payment{PaymentMethod::Qr, total};
            auto sale = sales.commit(till, {payment}, planned.language);
            if (!sale)
                return sale.error();
            if (!planned.returned)
                continue;
            at(d.day, planned.at.addSecs(1800));
            ReturnRequest back;
            back.receipt = sale->receipt;
            back.lines << ReturnRequest::Line{1, Quantity::fromUnits(1)};
            back.damaged = true;
            if (auto returned = ReturnService(m_db).refund(seller, back); !returned)
                return returned.error();
        }
        at(d.day, QTime(19, 30));
        auto totals = shifts.totals();
        if (!totals)
            return totals.error();
        auto closed = shifts.close(seller, drawerCount(totals->expectedCash));
        return closed ? Status() : Status(closed.error());
    }

    // The day's receipts go to the (simulated) fiscal register once they are committed, as a
    // till sends them.
    Status fiscalise()
    {
        auto fiscalRegister = SimulatedRegister::forTill(m_db);
        if (!fiscalRegister)
            return fiscalRegister.error();
        auto sent = FiscalService(m_db, *fiscalRegister.value()).retry();
        return sent ? Status() : Status(sent.error());
    }

private:
    Database& m_db;
    FixedClock& m_clock;
    const Session& m_manager;
    const QList<Session>& m_sellers;
    const ShopSettings& m_settings;
    const QList<DemoProduct>& m_products;
};

// Gives the database its own clock back however the history ends.
struct ClockRestorer
{
    Database& db;
    ~ClockRestorer() { db.setClock(nullptr); }
};

struct SynchronousRestorer
{
    Database& db;
    ~SynchronousRestorer() { (void)SqlQuery::execAll(db.sql(), {QStringLiteral("PRAGMA synchronous=FULL")}); }
};

} // namespace

Status seedDemoHistory(Database& db, const Session& manager, const QList<Session>& sellers)
{
    if (sellers.isEmpty())
        return {};
    auto settings = SettingsService(db).load();
    if (!settings)
        return settings.error();
    auto products = demoProducts(db);
    if (!products)
        return products.error();
    const QDate today = db.now().date();
    std::mt19937 random(seedOf(settings->shopCode));
    const QList<PlannedDay> days =
        plan(today.addMonths(-HistoryMonths), today.addDays(-1), products.value(), int(sellers.size()), random);

    // The months of receipts are sent to the fiscal register one by one, each in a transaction of its
    // own. A demo cut short is made again, so it is written without waiting for the disk at each
    // commit (WAL: the database stays sound); the shop's own synchronous=FULL comes back at the end.
    if (auto done = SqlQuery::execAll(db.sql(), {QStringLiteral("PRAGMA synchronous=NORMAL")}); !done)
        return done;
    const SynchronousRestorer full{db};
    FixedClock clock(db.now());
    db.setClock(&clock);
    const ClockRestorer restorer{db};
    HistoryWriter writer(db, clock, manager, sellers, settings.value(), products.value());
    // Statements are paid on the 5th for the month before, three and four months back.
    const QDate thisMonth = today.addDays(1 - today.day());
    const QList<QDate> paydays{thisMonth.addMonths(-3).addDays(4), thisMonth.addMonths(-2).addDays(4)};
    for (int i = 0; i < days.size(); ++i) {
        const PlannedDay& d = days.at(i);
        // One unit of work a day: the services' own units become savepoints of it.
        Transaction unit(db.sql());
        if (!unit.isActive())
            return unit.beginError();
        if (i == 0 || d.day.day() == 1) {
            QList<PlannedDay> month;
            for (int j = i; j < days.size() && days.at(j).day.month() == d.day.month(); ++j)
                month << days.at(j);
            if (auto done = writer.deliver(month); !done)
                return done;
        }
        if (paydays.contains(d.day))
            if (auto done = writer.settle(d.day); !done)
                return done;
        if (auto done = writer.trade(d); !done)
            return done;
        if (auto done = unit.commit(); !done)
            return done;
        if (auto done = writer.fiscalise(); !done)
            return done;
    }
    return {};
}

} // namespace ovop
