// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// A till killed (SIGKILL) at random moments while it sells: every sale is whole or absent, every
// sale the till reported as done is there, receipt numbers have no gaps, and `check` is clean.
#include <random>

#include <QElapsedTimer>
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
        if (text.contains(QStringLiteral("-000")))
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
    for (int round = 0; round < 100; ++round) {
        QProcess seller;
        seller.start(QStringLiteral(OVOP_SALE_LOOP), {shop.db()});
        REQUIRE(seller.waitForStarted());
        QByteArray output;
        QElapsedTimer waited;
        waited.start();
        while (!output.contains("ready\n") && waited.elapsed() < 20000) {
            seller.waitForReadyRead(100);
            output += seller.readAllStandardOutput();
        }
        INFO(output.toStdString());
        REQUIRE(output.startsWith("ready\n"));
        // Let it sell for a random while (sales take about a millisecond each), then kill it.
        QThread::usleep(random() % 30000);
        seller.kill();
        REQUIRE(seller.waitForFinished());
        output += seller.readAllStandardOutput();
        REQUIRE_FALSE(output.contains("refused"));
        const QStringList printed = receiptsOf(output);
        killedMidway += printed.isEmpty() ? 0 : 1;
        reported << printed;
    }
    CHECK(killedMidway > 50);
    const int sales = shop.scalar("SELECT count(*) FROM sales").toInt();
    INFO(sales << " sales, " << reported.size() << " reported done");
    // Every sale the till reported as committed is there; at most one more per kill (committed, not
    // yet printed when the kill came).
    CHECK(sales >= reported.size());
    CHECK(sales <= reported.size() + 100);
    for (const QString& receipt : reported)
        CHECK(shop.scalar(QStringLiteral("SELECT count(*) FROM sales WHERE receipt = '%1'").arg(receipt).toUtf8().constData()) ==
              QStringLiteral("1"));
    // Whole: three lines, a payment, three movements and an audit entry for each sale.
    CHECK(shop.scalar("SELECT count(*) FROM sales s WHERE (SELECT count(*) FROM sale_lines l WHERE l.sale_id = s.id) <> 3 "
                      "OR NOT EXISTS (SELECT 1 FROM sale_payments p WHERE p.sale_id = s.id)") == QStringLiteral("0"));
    CHECK(shop.scalar("SELECT count(*) FROM stock_movements WHERE kind = 'sale'").toInt() == 3 * sales);
    CHECK(shop.scalar("SELECT count(*) FROM audit_log WHERE action = 'sale'").toInt() == sales);
    CHECK(shop.scalar("SELECT max(number) - count(*) FROM receipt_numbers") == QStringLiteral("0"));
    const Run check = shop.run({QStringLiteral("check")});
    INFO(check.out.toStdString() << check.err.toStdString());
    CHECK(check.exitCode == 0);
}
