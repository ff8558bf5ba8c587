// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include <catch2/catch.hpp>

#include <QCryptographicHash>

#include "TestSupport.h"
#include "models/audit/AuditLog.h"
#include "models/settings/ShopSettings.h"

using namespace ovop;
using ovop::test::TempShop;
using ovop::test::rowCount;
using ovop::test::tableDump;

namespace {

// A static ELQR link written field by field (id, length, value), its checksum the last four hex
// digits of SHA-256 over the other fields.
QString elqrLink(const QString& currency = QStringLiteral("417"))
{
    const QString fields = QStringLiteral("000201") + QStringLiteral("010211") + QStringLiteral("3220") +
                           QStringLiteral("0004kicb") + QStringLiteral("100899670012") + QStringLiteral("5303") +
                           currency.left(3) + QStringLiteral("5906") + QStringLiteral("Өнөр-1");
    const QByteArray hash = QCryptographicHash::hash(fields.toUtf8(), QCryptographicHash::Sha256);
    return QStringLiteral("https://qr.example.kg/pay#") + fields + QStringLiteral("6304") +
           QString::fromLatin1(hash.toHex().right(4));
}

} // namespace

TEST_CASE("The demo shop's settings load", "[settings]")
{
    TempShop shop;
    Database& db = shop.openDemo();
    const ShopSettings s = SettingsService(db).load().value();
    CHECK(s.shopCode == QStringLiteral("BIS-1"));
    CHECK(s.shopName == QStringLiteral("OVOP+1 Bishkek"));
    CHECK(s.deviceId == QStringLiteral("T1"));
    CHECK_FALSE(s.address.isEmpty());
    CHECK_FALSE(s.tax.vatPayer);
    CHECK(s.tax.salesTaxRateBp == 100);
    CHECK(s.mode == ShopSettings::Mode::Shop);
    CHECK(db.origin().shopCode == QStringLiteral("BIS-1"));
    CHECK(db.origin().deviceId == QStringLiteral("T1"));

    const auto values = SettingsService(db).values().value();
    CHECK(values.keys() == [] {
        QStringList keys = SettingsService::keys();
        keys.sort();
        return keys;
    }());
    CHECK(values.value(QStringLiteral("vat_payer")) == QStringLiteral("no"));
    CHECK(values.value(QStringLiteral("sales_tax_rate")) == QStringLiteral("1"));
    CHECK(values.value(QStringLiteral("vat_rate")) == QStringLiteral("12"));
    CHECK(values.value(QStringLiteral("mode")) == QStringLiteral("shop"));
}

TEST_CASE("Settings are set key by key, audited with old and new value", "[settings]")
{
    TempShop shop;
    Database& db = shop.openDemo();
    SettingsService settings(db);
    const Session manager = shop.session(QStringLiteral("manager"));

    REQUIRE(settings.set(manager, QStringLiteral("sales_tax_rate"), QStringLiteral("1,5")).ok());
    CHECK(settings.load()->tax.salesTaxRateBp == 150);
    CHECK(settings.values()->value(QStringLiteral("sales_tax_rate")) == QStringLiteral("1.5"));
    REQUIRE(settings.set(manager, QStringLiteral("vat_rate"), QStringLiteral("12.25 %")).ok());
    CHECK(settings.load()->tax.vatRateBp == 1225);
    REQUIRE(settings.set(manager, QStringLiteral("vat_payer"), QStringLiteral("YES")).ok());
    CHECK(settings.load()->tax.vatPayer);
    REQUIRE(settings.set(manager, QStringLiteral("mode"), QStringLiteral("head-office")).ok());
    CHECK(settings.load()->mode == ShopSettings::Mode::HeadOffice);
    REQUIRE(settings.set(manager, QStringLiteral("tax_rounding"), QStringLiteral("per-line")).ok());
    REQUIRE(settings.set(manager, QStringLiteral("receipt_header"), QStringLiteral("Рахмат!\nThank you")).ok());
    CHECK(settings.load()->receiptHeader == QStringLiteral("Рахмат!\nThank you"));
    REQUIRE(settings.set(manager, QStringLiteral("address"), QString()).ok());
    CHECK(settings.load()->address.isEmpty());

    auto entries = AuditLog(db).entries(manager, {QStringLiteral("settings.change"), {}, 1000});
    REQUIRE(entries.ok());
    REQUIRE(entries->size() == 7);
    const QJsonObject first = entries->last().details;
    CHECK(first.value(QStringLiteral("key")).toString() == QStringLiteral("sales_tax_rate"));
    CHECK(first.value(QStringLiteral("old")).toString() == QStringLiteral("1"));
    CHECK(first.value(QStringLiteral("new")).toString() == QStringLiteral("1.5"));
    CHECK(entries->last().userName == QStringLiteral("manager"));

    // Setting the same value again changes and audits nothing.
    REQUIRE(settings.set(manager, QStringLiteral("vat_rate"), QStringLiteral("12.25")).ok());
    CHECK(AuditLog(db).entries(manager, {QStringLiteral("settings.change"), {}, 1000})->size() == 7);
}

TEST_CASE("A new shop code or device id becomes the origin of new records", "[settings]")
{
    TempShop shop;
    Database& db = shop.openDemo();
    SettingsService settings(db);
    const Session admin = shop.session(QStringLiteral("admin"));
    REQUIRE(settings.set(admin, QStringLiteral("shop_code"), QStringLiteral("kar-1")).ok());
    REQUIRE(settings.set(admin, QStringLiteral("device_id"), QStringLiteral("t2")).ok());
    CHECK(db.origin().shopCode == QStringLiteral("KAR-1"));
    CHECK(db.origin().deviceId == QStringLiteral("T2"));
    REQUIRE(AuditLog(db).append(&admin, QStringLiteral("backup"), {}).ok());
    auto entries = AuditLog(db).entries(admin, {{}, {}, 1});
    REQUIRE(entries.ok());
    CHECK(entries->first().originShop == QStringLiteral("KAR-1"));
    CHECK(entries->first().originDevice == QStringLiteral("T2"));
}

TEST_CASE("Bad settings are refused and change nothing", "[settings]")
{
    TempShop shop;
    Database& db = shop.openDemo();
    SettingsService settings(db);
    const Session manager = shop.session(QStringLiteral("manager"));
    const QString before = tableDump(db, QStringLiteral("settings"));
    const qint64 auditBefore = rowCount(db, QStringLiteral("audit_log"));

    auto refused = [&](const Session& actor, const char* key, const QString& value, const char* expected) {
        INFO(key << " = " << value.toStdString());
        const Status s = settings.set(actor, QString::fromLatin1(key), value);
        REQUIRE_FALSE(s.ok());
        CHECK(s.message().contains(QString::fromUtf8(expected)));
        CHECK(tableDump(db, QStringLiteral("settings")) == before);
        CHECK(rowCount(db, QStringLiteral("audit_log")) == auditBefore);
    };
    refused(shop.session(QStringLiteral("cashier")), "shop_name", QStringLiteral("Mine"), "Only a manager");
    refused(manager, "colour", QStringLiteral("red"), "Unknown setting \"colour\"");
    for (const char* code : {"B", "BISHKEK-001", "BIS 1", "БИС-1", "-BIS", "BIS-", "BIS_1", ""})
        refused(manager, "shop_code", QString::fromUtf8(code), "cannot be a shop code");
    for (const char* id : {"", "T-1", "TERMINAL01", "Т1"})
        refused(manager, "device_id", QString::fromUtf8(id), "cannot be a device id");
    for (const char* rate : {"", "abc", "-1", "100.01", "12.345", "101", "1e2", "12,5,1", "1.2.3"})
        refused(manager, "vat_rate", QString::fromUtf8(rate), "percentage from 0 to 100");
    refused(manager, "sales_tax_rate", QStringLiteral("150"), "percentage from 0 to 100");
    refused(manager, "vat_payer", QStringLiteral("maybe"), "use yes or no");
    refused(manager, "mode", QStringLiteral("warehouse"), "use shop or head-office");
    refused(manager, "tax_rounding", QStringLiteral("up"), "per-receipt or per-line");
    refused(manager, "shop_name", QStringLiteral("  "), "cannot be empty");
    refused(manager, "shop_name", QString(101, QLatin1Char('x')), "too long");
    refused(manager, "address", QString(201, QLatin1Char('x')), "too long");
    refused(manager, "receipt_header", QString(501, QLatin1Char('x')), "too long");

    // save() checks the whole record: one bad field refuses all.
    ShopSettings changed = settings.load().value();
    changed.shopName = QStringLiteral("New name");
    changed.tax.vatRateBp = 20000;
    const Status saved = settings.save(manager, changed);
    REQUIRE_FALSE(saved.ok());
    CHECK(tableDump(db, QStringLiteral("settings")) == before);
    CHECK_FALSE(settings.save(shop.session(QStringLiteral("cashier")), settings.load().value()).ok());
}

TEST_CASE("save() writes every changed field", "[settings]")
{
    TempShop shop;
    Database& db = shop.openDemo();
    SettingsService settings(db);
    const Session admin = shop.session(QStringLiteral("admin"));
    ShopSettings changed = settings.load().value();
    changed.shopName = QStringLiteral("OVOP+1 Каракол");
    changed.shopCode = QStringLiteral("KAR-1");
    changed.tax.vatPayer = true;
    const qint64 auditBefore = rowCount(db, QStringLiteral("audit_log"));
    REQUIRE(settings.save(admin, changed).ok());
    CHECK(rowCount(db, QStringLiteral("audit_log")) == auditBefore + 3);
    const ShopSettings loaded = settings.load().value();
    CHECK(loaded.shopName == QStringLiteral("OVOP+1 Каракол"));
    CHECK(loaded.shopCode == QStringLiteral("KAR-1"));
    CHECK(loaded.tax.vatPayer);
    CHECK(db.origin().shopCode == QStringLiteral("KAR-1"));
}

TEST_CASE("initialise() writes the first settings once", "[settings]")
{
    TempShop shop;
    Database& db = shop.open();
    SettingsService settings(db);
    ShopSettings first;
    first.shopCode = QStringLiteral("OSH-1");
    first.shopName = QStringLiteral("OVOP+1 Osh");
    first.deviceId = QStringLiteral("T1");
    ShopSettings bad = first;
    bad.shopCode = QStringLiteral("osh 1");
    CHECK_FALSE(settings.initialise(bad).ok());
    CHECK(rowCount(db, QStringLiteral("settings")) == 0);
    CHECK(rowCount(db, QStringLiteral("audit_log")) == 0);

    REQUIRE(settings.initialise(first).ok());
    CHECK(db.origin().shopCode == QStringLiteral("OSH-1"));
    CHECK(rowCount(db, QStringLiteral("audit_log")) == 1);
    const QString before = tableDump(db, QStringLiteral("settings"));
    first.shopCode = QStringLiteral("OSH-2");
    const Status again = settings.initialise(first);
    REQUIRE_FALSE(again.ok());
    CHECK(again.message().contains(QStringLiteral("already set up")));
    CHECK(tableDump(db, QStringLiteral("settings")) == before);
}

TEST_CASE("Till limits and the ELQR link are stored and audited", "[settings]")
{
    TempShop shop;
    Database& db = shop.openDemo();
    SettingsService settings(db);
    const Session manager = shop.session(QStringLiteral("manager"));

    // Defaults before anything is stored.
    const ShopSettings defaults = settings.load().value();
    CHECK(defaults.cashierDiscountLimitBp == 1000);
    CHECK(defaults.managerDiscountLimitBp == 3000);
    CHECK(defaults.returnApprovalLimit == Money::fromSom(5000));
    CHECK(defaults.elqrLink.isEmpty());
    const auto shown = settings.values().value();
    CHECK(shown.value(QStringLiteral("cashier_discount_limit")) == QStringLiteral("10"));
    CHECK(shown.value(QStringLiteral("manager_discount_limit")) == QStringLiteral("30"));
    CHECK(shown.value(QStringLiteral("return_approval_limit")) == QStringLiteral("5000"));
    CHECK(shown.value(QStringLiteral("elqr_link")).isEmpty());

    REQUIRE(settings.set(manager, QStringLiteral("manager_discount_limit"), QStringLiteral("40,5")).ok());
    REQUIRE(settings.set(manager, QStringLiteral("cashier_discount_limit"), QStringLiteral("12.25 %")).ok());
    REQUIRE(settings.set(manager, QStringLiteral("return_approval_limit"), QStringLiteral("1250,50")).ok());
    REQUIRE(settings.set(manager, QStringLiteral("elqr_link"), QStringLiteral("  ") + elqrLink()).ok());
    const ShopSettings loaded = settings.load().value();
    CHECK(loaded.managerDiscountLimitBp == 4050);
    CHECK(loaded.cashierDiscountLimitBp == 1225);
    CHECK(loaded.returnApprovalLimit == Money::fromTyiyn(125050));
    CHECK(loaded.elqrLink == elqrLink());
    const auto values = settings.values().value();
    CHECK(values.value(QStringLiteral("manager_discount_limit")) == QStringLiteral("40.5"));
    CHECK(values.value(QStringLiteral("return_approval_limit")) == QStringLiteral("1250.50"));

    auto entries = AuditLog(db).entries(manager, {QStringLiteral("settings.change"), {}, 1000});
    REQUIRE(entries.ok());
    REQUIRE(entries->size() == 4);
    const QJsonObject limit = entries->at(1).details;
    CHECK(limit.value(QStringLiteral("key")).toString() == QStringLiteral("return_approval_limit"));
    CHECK(limit.value(QStringLiteral("old")).toString() == QStringLiteral("5000"));
    CHECK(limit.value(QStringLiteral("new")).toString() == QStringLiteral("1250.50"));

    // An empty link turns QR payments off; save() keeps the new fields.
    REQUIRE(settings.set(manager, QStringLiteral("elqr_link"), QString()).ok());
    CHECK(settings.load()->elqrLink.isEmpty());
    ShopSettings changed = settings.load().value();
    changed.cashierDiscountLimitBp = 500;
    changed.returnApprovalLimit = Money::fromSom(300);
    changed.elqrLink = elqrLink();
    REQUIRE(settings.save(manager, changed).ok());
    CHECK(settings.load()->cashierDiscountLimitBp == 500);
    CHECK(settings.load()->returnApprovalLimit == Money::fromSom(300));
    CHECK(settings.load()->elqrLink == elqrLink());
}

TEST_CASE("Bad till limits and ELQR links are refused and change nothing", "[settings]")
{
    TempShop shop;
    Database& db = shop.openDemo();
    SettingsService settings(db);
    const Session manager = shop.session(QStringLiteral("manager"));
    const QString before = tableDump(db, QStringLiteral("settings"));
    const qint64 auditBefore = rowCount(db, QStringLiteral("audit_log"));

    auto refused = [&](const char* key, const QString& value, const char* expected) {
        INFO(key << " = " << value.toStdString());
        const Status s = settings.set(manager, QString::fromLatin1(key), value);
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().kind == ErrorKind::Validation);
        CHECK(s.problemsOf(QString::fromLatin1(key)).size() == 1);
        INFO(s.message().toStdString());
        CHECK(s.message().contains(QString::fromUtf8(expected)));
        CHECK(tableDump(db, QStringLiteral("settings")) == before);
        CHECK(rowCount(db, QStringLiteral("audit_log")) == auditBefore);
    };
    for (const char* limit : {"", "ten", "-1", "100.01", "12.345", "101"}) {
        refused("cashier_discount_limit", QString::fromUtf8(limit), "percentage from 0 to 100");
        refused("manager_discount_limit", QString::fromUtf8(limit), "percentage from 0 to 100");
    }
    // The cashier may not give more than the manager (30% by default).
    refused("cashier_discount_limit", QStringLiteral("30.01"), "cannot be above the manager's");
    refused("manager_discount_limit", QStringLiteral("9.99"), "cannot be above the manager's");
    for (const char* amount : {"", "abc", "-5", "12,345", "1.2.3", "5000 $"})
        refused("return_approval_limit", QString::fromUtf8(amount), "amount in som");
    refused("elqr_link", QStringLiteral("https://qr.example.kg/pay"), "no '#'");
    refused("elqr_link", elqrLink(QStringLiteral("840")), "53 (currency) must be 417");
    QString flipped = elqrLink();
    flipped.replace(QStringLiteral("kicb"), QStringLiteral("kicc"));
    refused("elqr_link", flipped, "checksum");
    refused("elqr_link", elqrLink().chopped(1), "cut short");

    // save() refuses the record as a whole, naming the field.
    ShopSettings changed = settings.load().value();
    changed.shopName = QStringLiteral("New name");
    changed.cashierDiscountLimitBp = 5000;
    Status saved = settings.save(manager, changed);
    REQUIRE_FALSE(saved.ok());
    CHECK(saved.error().firstField() == QStringLiteral("cashier_discount_limit"));
    changed.cashierDiscountLimitBp = 1000;
    changed.elqrLink = flipped;
    saved = settings.save(manager, changed);
    REQUIRE_FALSE(saved.ok());
    CHECK(saved.error().firstField() == QStringLiteral("elqr_link"));
    CHECK(tableDump(db, QStringLiteral("settings")) == before);
    CHECK(rowCount(db, QStringLiteral("audit_log")) == auditBefore);

    // Both limits moved together in one save are checked against each other, not the stored ones.
    changed.elqrLink.clear();
    changed.managerDiscountLimitBp = 6000;
    changed.cashierDiscountLimitBp = 5000;
    REQUIRE(settings.save(manager, changed).ok());
    CHECK(settings.load()->cashierDiscountLimitBp == 5000);
}
