// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include <catch2/catch.hpp>

#include "models/settings/ShopSettings.h"
#include "models/stock/StockLedger.h"
#include "models/stock/StockLookup.h"
#include "models/stock/TransferService.h"
#include "models/store/Sql.h"
#include "sales_fixtures.h"

using namespace ovop;
using namespace ovop::test;

namespace {

Quantity units(qint64 n)
{
    return Quantity::fromUnits(n);
}

Quantity onHand(Database& db, const QString& sku)
{
    auto product = StockLookup::byCode(db, sku);
    REQUIRE(product.ok());
    auto q = StockLedger(db).onHand(product->id);
    REQUIRE(q.ok());
    return q.value();
}

// The demo shop BIS-1 and a second demo shop, KAR-1, with the same catalogue.
struct TwoShops
{
    SalesShop bishkek;
    SalesShop karakol;
    TwoShops()
    {
        auto changed =
            SettingsService(karakol.db()).set(karakol.admin, QStringLiteral("shop_code"), QStringLiteral("KAR-1"));
        INFO(changed.message().toStdString());
        REQUIRE(changed.ok());
        REQUIRE(karakol.db().origin().shopCode == QStringLiteral("KAR-1"));
    }
    QString file(const QString& name) { return bishkek.shop().file(name); }
};

Transfer send(SalesShop& from, const QString& to, const QList<TransferItem>& items, const QString& path)
{
    auto sent = TransferService(from.db()).send(from.manager, to, items, path);
    INFO(sent.message().toStdString());
    REQUIRE(sent.ok());
    return sent.value();
}

QString dump(Database& db)
{
    QString out;
    for (const char* table :
         {"stock_movements", "stock_levels", "transfers", "transfer_lines", "transfer_receipts", "audit_log"})
        out += tableDump(db, QString::fromLatin1(table));
    return out;
}

void requireLevelsAgree(Database& db)
{
    auto problems = StockLedger(db).levelProblems();
    REQUIRE(problems.ok());
    CHECK(problems->isEmpty());
}

} // namespace

TEST_CASE("goods sent to another shop arrive there and the confirmation comes back", "[transfer]")
{
    TwoShops shops;
    auto honey = StockLookup::byCode(shops.bishkek.db(), QStringLiteral("HON-001"));
    REQUIRE(honey.ok());
    StockLedger ledger(shops.bishkek.db());
    REQUIRE(ledger
                .receive(shops.bishkek.admin, honey->id, units(2), QStringLiteral("b"),
                         {QStringLiteral("B-EARLY"), QDate(2025, 5, 1), {}})
                .ok());
    const QString path = shops.file(QStringLiteral("to-karakol.json"));
    const Transfer sent =
        send(shops.bishkek, QStringLiteral("KAR-1"),
             {{QStringLiteral("FLT-001"), {}, units(3)}, {QStringLiteral("4700123000111"), {}, units(3)}}, path);
    CHECK(sent.number.contains(QStringLiteral("-TRF-000001")));
    // The honey: first the batch that expires first, then the rest.
    REQUIRE(sent.lines.size() == 3);
    CHECK(sent.lines.at(1).batch == QStringLiteral("B-EARLY"));
    CHECK(sent.lines.at(1).sent == units(2));
    CHECK(sent.lines.at(2).sent == units(1));
    CHECK(onHand(shops.bishkek.db(), QStringLiteral("FLT-001")) == units(5));
    CHECK(onHand(shops.bishkek.db(), QStringLiteral("HON-001")) == units(29));
    CHECK(QFile::exists(path));
    CHECK(shops.bishkek.auditDetails(QStringLiteral("transfer.out")).size() == 1);

    TransferService karakol(shops.karakol.db());
    auto preview = karakol.preview(path);
    REQUIRE(preview.ok());
    CHECK(preview->transfer.fromCode == QStringLiteral("BIS-1"));
    const QString confirmation = shops.file(QStringLiteral("confirmation.json"));
    auto received = karakol.receive(shops.karakol.manager, path, {}, confirmation);
    INFO(received.message().toStdString());
    REQUIRE(received.ok());
    CHECK(received->outcome == TransferReceipt::Outcome::Received);
    CHECK(received->transfer.state == Transfer::State::Received);
    CHECK(onHand(shops.karakol.db(), QStringLiteral("FLT-001")) == units(11));
    CHECK(onHand(shops.karakol.db(), QStringLiteral("HON-001")) == units(33));
    auto levels = StockLedger(shops.karakol.db()).levels(honey->id);
    REQUIRE(levels.ok());
    bool early = false;
    for (const StockLevel& l : levels.value())
        if (l.batch == QStringLiteral("B-EARLY")) {
            early = true;
            CHECK(l.quantity == units(2));
            CHECK(l.expiresOn == QDate(2025, 5, 1));
        }
    CHECK(early);

    // The sender sees the transfer as sent until the confirmation is opened there.
    TransferService bishkek(shops.bishkek.db());
    auto before = bishkek.list(shops.bishkek.manager);
    REQUIRE(before.ok());
    REQUIRE(before->size() == 1);
    CHECK(before->first().state == Transfer::State::Sent);
    auto confirmed = bishkek.receive(shops.bishkek.manager, confirmation);
    INFO(confirmed.message().toStdString());
    REQUIRE(confirmed.ok());
    CHECK(confirmed->outcome == TransferReceipt::Outcome::Confirmed);
    CHECK(confirmed->transfer.state == Transfer::State::Received);
    CHECK(shops.bishkek.auditDetails(QStringLiteral("transfer.confirmation")).size() == 1);
    const QString afterConfirmation = dump(shops.bishkek.db());
    auto again = bishkek.receive(shops.bishkek.manager, confirmation);
    REQUIRE(again.ok());
    CHECK(again->outcome == TransferReceipt::Outcome::AlreadyConfirmed);
    CHECK(dump(shops.bishkek.db()) == afterConfirmation);
    requireLevelsAgree(shops.bishkek.db());
    requireLevelsAgree(shops.karakol.db());
}

TEST_CASE("the same transfer file opened twice changes nothing the second time", "[transfer]")
{
    TwoShops shops;
    const QString path = shops.file(QStringLiteral("t.json"));
    send(shops.bishkek, QStringLiteral("KAR-1"), {{QStringLiteral("FLT-002"), {}, units(2)}}, path);
    TransferService karakol(shops.karakol.db());
    REQUIRE(karakol.receive(shops.karakol.manager, path).ok());
    const QString after = dump(shops.karakol.db());
    auto again = karakol.receive(shops.karakol.manager, path);
    REQUIRE(again.ok());
    CHECK(again->outcome == TransferReceipt::Outcome::AlreadyReceived);
    CHECK(dump(shops.karakol.db()) == after);
    CHECK(onHand(shops.karakol.db(), QStringLiteral("FLT-002")) == units(12));
}

TEST_CASE("a damaged or truncated transfer file is refused and changes nothing", "[transfer]")
{
    TwoShops shops;
    const QString path = shops.file(QStringLiteral("t.json"));
    send(shops.bishkek, QStringLiteral("KAR-1"), {{QStringLiteral("FLT-002"), {}, units(2)}}, path);
    const QByteArray bytes = fileBytes(path);
    const QString before = dump(shops.karakol.db());
    TransferService karakol(shops.karakol.db());

    QByteArray changed = bytes;
    const int at = changed.indexOf("\"quantity\": 2000");
    REQUIRE(at > 0);
    changed[at + 12] = '3';
    const QString changedPath = shops.file(QStringLiteral("changed.json"));
    writeFile(changedPath, changed);
    auto refused = karakol.receive(shops.karakol.manager, changedPath);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.message().contains(QStringLiteral("check sum")));

    const QString truncatedPath = shops.file(QStringLiteral("truncated.json"));
    writeFile(truncatedPath, bytes.left(bytes.size() / 2));
    auto truncated = karakol.receive(shops.karakol.manager, truncatedPath);
    REQUIRE_FALSE(truncated.ok());
    CHECK(truncated.message().contains(QStringLiteral("damaged or incomplete")));

    const QString otherPath = shops.file(QStringLiteral("other.json"));
    writeFile(otherPath, QByteArray("{\"format\": \"something-else\", \"version\": 1}"));
    CHECK_FALSE(karakol.receive(shops.karakol.manager, otherPath).ok());
    CHECK_FALSE(karakol.receive(shops.karakol.manager, shops.file(QStringLiteral("missing.json"))).ok());
    CHECK(dump(shops.karakol.db()) == before);
}

TEST_CASE("a transfer for another shop or from this shop is refused", "[transfer]")
{
    TwoShops shops;
    const QString path = shops.file(QStringLiteral("to-osh.json"));
    send(shops.bishkek, QStringLiteral("OSH-1"), {{QStringLiteral("FLT-002"), {}, units(1)}}, path);
    const QString before = dump(shops.karakol.db());
    auto refused = TransferService(shops.karakol.db()).receive(shops.karakol.manager, path);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.message().contains(QStringLiteral("OSH-1")));
    CHECK(dump(shops.karakol.db()) == before);
    auto own = TransferService(shops.bishkek.db()).receive(shops.bishkek.manager, path);
    REQUIRE_FALSE(own.ok());
    CHECK(own.message().contains(QStringLiteral("sent by this shop")));
}

TEST_CASE("sending refuses what cannot be sent", "[transfer]")
{
    TwoShops shops;
    TransferService bishkek(shops.bishkek.db());
    const QString path = shops.file(QStringLiteral("t.json"));
    const QString before = dump(shops.bishkek.db());
    const Session& m = shops.bishkek.manager;
    CHECK(
        bishkek.send(shops.bishkek.cashier, QStringLiteral("KAR-1"), {{QStringLiteral("FLT-001"), {}, units(1)}}, path)
            .error()
            .kind == ErrorKind::Permission);
    CHECK_FALSE(bishkek.send(m, QStringLiteral("BIS-1"), {{QStringLiteral("FLT-001"), {}, units(1)}}, path).ok());
    CHECK_FALSE(bishkek.send(m, QStringLiteral(""), {{QStringLiteral("FLT-001"), {}, units(1)}}, path).ok());
    CHECK_FALSE(bishkek.send(m, QStringLiteral("KAR-1"), {{QStringLiteral("FLT-001"), {}, units(9)}}, path).ok());
    CHECK_FALSE(bishkek.send(m, QStringLiteral("KAR-1"), {{QStringLiteral("FLT-001"), {}, units(0)}}, path).ok());
    CHECK_FALSE(bishkek.send(m, QStringLiteral("KAR-1"), {{QStringLiteral("NOPE"), {}, units(1)}}, path).ok());
    CHECK_FALSE(bishkek.send(m, QStringLiteral("KAR-1"), {}, path).ok());
    CHECK(dump(shops.bishkek.db()) == before);
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("honey sent to another shop goes from the earlier-expiring batch first", "[transfer]")
{
    TwoShops shops;
    auto honey = StockLookup::byCode(shops.bishkek.db(), QStringLiteral("HON-001")); // 30 without a batch
    REQUIRE(honey.ok());
    StockLedger ledger(shops.bishkek.db());
    REQUIRE(ledger
                .receive(shops.bishkek.admin, honey->id, units(4), QStringLiteral("late"),
                         {QStringLiteral("B-LATE"), QDate(2025, 9, 1), {}})
                .ok());
    REQUIRE(ledger
                .receive(shops.bishkek.admin, honey->id, units(3), QStringLiteral("early"),
                         {QStringLiteral("B-EARLY"), QDate(2025, 5, 1), {}})
                .ok());
    const Transfer sent = send(shops.bishkek, QStringLiteral("KAR-1"), {{QStringLiteral("HON-001"), {}, units(5)}},
                               shops.file(QStringLiteral("honey.json")));
    REQUIRE(sent.lines.size() == 2);
    CHECK(sent.lines.at(0).batch == QStringLiteral("B-EARLY"));
    CHECK(sent.lines.at(0).sent == units(3));
    CHECK(sent.lines.at(1).batch == QStringLiteral("B-LATE"));
    CHECK(sent.lines.at(1).sent == units(2));
    CHECK(onHand(shops.bishkek.db(), QStringLiteral("HON-001")) == units(32));
    requireLevelsAgree(shops.bishkek.db());
}

TEST_CASE("stock without a batch sold below zero is not sent again from the batches", "[transfer]")
{
    TwoShops shops;
    shops.bishkek.openShift();
    shops.bishkek.sell({{QStringLiteral("HON-001"), 32}}, shops.bishkek.cashier); // 30 were received
    auto honey = StockLookup::byCode(shops.bishkek.db(), QStringLiteral("HON-001"));
    REQUIRE(honey.ok());
    REQUIRE(StockLedger(shops.bishkek.db())
                .receive(shops.bishkek.admin, honey->id, units(5), QStringLiteral("b"),
                         {QStringLiteral("B-1"), QDate(2025, 5, 1), {}})
                .ok());
    REQUIRE(onHand(shops.bishkek.db(), QStringLiteral("HON-001")) == units(3));
    auto tooMany = TransferService(shops.bishkek.db())
                       .send(shops.bishkek.manager, QStringLiteral("KAR-1"),
                             {{QStringLiteral("HON-001"), {}, units(4)}}, shops.file(QStringLiteral("t.json")));
    REQUIRE_FALSE(tooMany.ok());
    CHECK(tooMany.message().contains(QStringLiteral("Only 3")));
    const Transfer sent = send(shops.bishkek, QStringLiteral("KAR-1"), {{QStringLiteral("HON-001"), {}, units(3)}},
                               shops.file(QStringLiteral("t.json")));
    REQUIRE(sent.lines.size() == 1);
    CHECK(sent.lines.first().batch == QStringLiteral("B-1"));
    CHECK(onHand(shops.bishkek.db(), QStringLiteral("HON-001")).isZero());
}

TEST_CASE("a transfer received with a difference shows it in both shops", "[transfer]")
{
    TwoShops shops;
    const QString path = shops.file(QStringLiteral("t.json"));
    const Transfer sent =
        send(shops.bishkek, QStringLiteral("KAR-1"),
             {{QStringLiteral("FLT-004"), {}, units(5)}, {QStringLiteral("FLT-005"), {}, units(2)}}, path);
    TransferService karakol(shops.karakol.db());
    auto read = TransferFile::read(path);
    REQUIRE(read.ok());
    auto byCode = karakol.receivedByCode(
        read->transfer, {{QStringLiteral("FLT-004"), {}, units(4)}, {QStringLiteral("FLT-005"), {}, units(0)}});
    REQUIRE(byCode.ok());
    const QString confirmation = shops.file(QStringLiteral("c.json"));
    auto received = karakol.receive(shops.karakol.manager, path, byCode.value(), confirmation);
    REQUIRE(received.ok());
    CHECK(received->transfer.state == Transfer::State::ReceivedWithDifferences);
    CHECK(received->transfer.differences == 2);
    CHECK(onHand(shops.karakol.db(), QStringLiteral("FLT-004")) == units(19));
    CHECK(onHand(shops.karakol.db(), QStringLiteral("FLT-005")) == units(12));
    SqlQuery movements(shops.karakol.db().sql(),
                       QStringLiteral("SELECT count(*) FROM stock_movements WHERE kind = 'transfer_in'"));
    REQUIRE(movements.exec().ok());
    REQUIRE(movements.next());
    CHECK(movements.value(0).toInt() == 1);

    auto confirmed = TransferService(shops.bishkek.db()).receive(shops.bishkek.manager, confirmation);
    REQUIRE(confirmed.ok());
    CHECK(confirmed->transfer.state == Transfer::State::ReceivedWithDifferences);
    CHECK(confirmed->transfer.received == units(4));
    CHECK(confirmed->transfer.sent == sent.sent);
}

TEST_CASE("a transfer naming a product this shop does not know is refused", "[transfer]")
{
    TwoShops shops;
    const QString path = shops.file(QStringLiteral("t.json"));
    send(shops.bishkek, QStringLiteral("KAR-1"), {{QStringLiteral("FLT-002"), {}, units(1)}}, path);
    auto read = TransferFile::read(path);
    REQUIRE(read.ok());
    TransferDocument doc = read->transfer;
    doc.lines[0].productId = QStringLiteral("00000000-0000-4000-8000-00000000abcd");
    doc.lines[0].sku = QStringLiteral("NEW-404");
    const QString unknownPath = shops.file(QStringLiteral("unknown.json"));
    REQUIRE(TransferFile::write(unknownPath, TransferFile::toBytes(doc)).ok());
    const QString before = dump(shops.karakol.db());
    auto refused = TransferService(shops.karakol.db()).receive(shops.karakol.manager, unknownPath);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.message().contains(QStringLiteral("NEW-404")));
    CHECK(dump(shops.karakol.db()) == before);
}
