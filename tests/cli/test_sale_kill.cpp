// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// A till killed (SIGKILL) at random moments while it sells: every sale is whole or absent, every
// sale the till reported as done is there, receipt numbers have no gaps, and `check` is clean.
#include <memory>
#include <random>
#include <vector>

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QThread>

#include "cli/CliSupport.h"

using namespace clitest;

namespace {

// The receipt numbers a killed seller printed: each printed only after its sale was committed.
QStringList receiptsOf(const QByteArray& output)
{
    QStringList out;
    for (const QByteArray& line : output.split('\n')) {
        const QString text = QString::fromUtf8(line).trimmed();
        // SHOP-DEVICE-NNNNNN: the number has six digits, whatever it has reached (the demo's own
        // history takes the numbers past 1000 before the sellers start).
        static const QRegularExpression receipt(QStringLiteral("^\\S+-\\d{6}$"));
        if (receipt.match(text).hasMatch())
            out << text;
    }
    return out;
}

} // namespace

TEST_CASE("Sales killed at random moments are whole or absent and receipt numbers have no gaps", "[cli][kill]")
{
    Shop shop(Shop::Demo);
    const unsigned seed = std::random_device{}();
    INFO("seed " << seed);
    std::mt19937 random(seed);
    QStringList reported;
    int killedMidway = 0;
    // The demo's own history (sales by the cashier and the manager) comes before the sellers' sales.
    const int demoSales = shop.scalar("SELECT count(*) FROM sales").toInt();
    const int demoSeq = shop.scalar("SELECT coalesce(max(seq), 0) FROM sales").toInt();
    const int demoAudit = shop.scalar("SELECT count(*) FROM audit_log WHERE action = 'sale'").toInt();
    // Four tills of the same shop database at once (they take turns at the lock), each killed at a
    // random moment of its own: 25 rounds, 100 kills.
    constexpr int Sellers = 4;
    for (int round = 0; round < 25; ++round) {
        std::vector<std::unique_ptr<QProcess>> sellers;
        std::vector<QByteArray> outputs(Sellers);
        for (int i = 0; i < Sellers; ++i) {
            sellers.push_back(std::make_unique<QProcess>());
            sellers.back()->start(QStringLiteral(OVOP_SALE_LOOP), {shop.db()});
            REQUIRE(sellers.back()->waitForStarted());
        }
        for (int i = 0; i < Sellers; ++i) {
            QElapsedTimer waited;
            waited.start();
            while (!outputs[i].contains("ready\n") && waited.elapsed() < 20000) {
                sellers[i]->waitForReadyRead(50);
                outputs[i] += sellers[i]->readAllStandardOutput();
            }
            INFO(outputs[i].toStdString());
            REQUIRE(outputs[i].startsWith("ready\n"));
        }
        // Each is killed while it sells: once it has committed a sale, after a random while more (a
        // sale takes a few milliseconds), so that the kill lands anywhere in the next ones.
        for (int i = 0; i < Sellers; ++i) {
            QElapsedTimer waited;
            waited.start();
            while (receiptsOf(outputs[i]).isEmpty() && waited.elapsed() < 20000) {
                sellers[i]->waitForReadyRead(20);
                outputs[i] += sellers[i]->readAllStandardOutput();
            }
            QThread::usleep(random() % 20000);
            sellers[i]->kill();
        }
        for (int i = 0; i < Sellers; ++i) {
            REQUIRE(sellers[i]->waitForFinished());
            outputs[i] += sellers[i]->readAllStandardOutput();
            REQUIRE_FALSE(outputs[i].contains("refused"));
            const QStringList printed = receiptsOf(outputs[i]);
            killedMidway += printed.isEmpty() ? 0 : 1;
            reported << printed;
        }
    }
    CHECK(killedMidway == 100); // every kill came while the till was selling
    const int sales = shop.scalar("SELECT count(*) FROM sales").toInt() - demoSales;
    INFO(sales << " sales, " << reported.size() << " reported done");
    // Every sale the till reported as committed is there; at most one more per kill (committed, not
    // yet printed when the kill came).
    CHECK(sales >= reported.size());
    CHECK(sales <= reported.size() + 100);
    for (const QString& receipt : reported)
        CHECK(shop.scalar(QStringLiteral("SELECT count(*) FROM sales WHERE receipt = '%1'").arg(receipt).toUtf8().constData()) ==
              QStringLiteral("1"));
    // Whole: the seller's sales have three lines and a payment; every line its movement; every sale
    // its audit entry.
    CHECK(shop.scalar(QStringLiteral("SELECT count(*) FROM sales s JOIN users u ON u.id = s.user_id WHERE s.seq > %1 "
                                     "AND u.name = 'manager' AND ((SELECT count(*) FROM sale_lines l WHERE l.sale_id = "
                                     "s.id) <> 3 OR NOT EXISTS (SELECT 1 FROM "
                                     "sale_payments p WHERE p.sale_id = s.id))")
                          .arg(demoSeq)
                          .toUtf8()
                          .constData()) == QStringLiteral("0"));
    CHECK(shop.scalar("SELECT count(*) FROM stock_movements WHERE kind = 'sale'") ==
          shop.scalar("SELECT count(*) FROM sale_lines"));
    CHECK(shop.scalar("SELECT count(*) FROM audit_log WHERE action = 'sale'").toInt() - demoAudit == sales);
    CHECK(shop.scalar("SELECT max(number) - count(*) FROM receipt_numbers") == QStringLiteral("0"));
    const Run check = shop.run({QStringLiteral("check")});
    INFO(check.out.toStdString() << check.err.toStdString());
    CHECK(check.exitCode == 0);
}
