// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// The Settings page: saving, refusals beside their fields, nothing changed when refused.
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include "ShopFixture.h"
#include "ui/settings/SettingsPage.h"
#include "models/settings/ShopSettings.h"
#include "models/store/Sql.h"
#include "ui/widgets/FieldError.h"

using namespace ovop;
using namespace ovop::ui;

class TestSettings : public QObject
{
    Q_OBJECT

private:
    static QLineEdit* edit(SettingsPage& page, const char* key)
    {
        return qobject_cast<QLineEdit*>(page.field(QString::fromLatin1(key)));
    }

private Q_SLOTS:
    void initTestCase() { test::initUiTests(); }

    void showsTheStoredSettings()
    {
        auto shop = test::makeShop();
        SettingsPage page(*shop->db, shop->manager());
        QCOMPARE(edit(page, "shop_code")->text(), QStringLiteral("BIS-1"));
        QCOMPARE(edit(page, "shop_name")->text(), QStringLiteral("OVOP+1 Bishkek"));
        QCOMPARE(edit(page, "device_id")->text(), QStringLiteral("T1"));
        QCOMPARE(edit(page, "vat_rate")->text(), QStringLiteral("12"));
    }

    void savesChanges()
    {
        auto shop = test::makeShop();
        SettingsPage page(*shop->db, shop->manager());
        QSignalSpy saved(&page, &SettingsPage::saved);
        edit(page, "shop_name")->clear();
        test::typeText(edit(page, "shop_name"), QStringLiteral("Өнөр Бишкек"));
        qobject_cast<QCheckBox*>(page.field(QStringLiteral("vat_payer")))->setChecked(true);
        edit(page, "sales_tax_rate")->setText(QStringLiteral("1,5"));
        QTest::mouseClick(page.saveButton(), Qt::LeftButton);
        QCOMPARE(saved.count(), 1);
        const ShopSettings stored = SettingsService(*shop->db).load().value();
        QCOMPARE(stored.shopName, QStringLiteral("Өнөр Бишкек"));
        QVERIFY(stored.tax.vatPayer);
        QCOMPARE(stored.tax.salesTaxRateBp, 150);
        QCOMPARE(page.messageLabel()->property("role").toString(), QStringLiteral("ok"));
    }

    void badShopCodeIsExplainedBesideTheField()
    {
        auto shop = test::makeShop();
        SettingsPage page(*shop->db, shop->admin());
        QSignalSpy saved(&page, &SettingsPage::saved);
        edit(page, "shop_code")->setText(QStringLiteral("bishkek shop #1"));
        QVERIFY(!page.save());
        FieldError* error = page.fieldError(QStringLiteral("shop_code"));
        QVERIFY(error->hasError());
        QVERIFY2(error->text().contains(QStringLiteral("shop code")), qPrintable(error->text()));
        QVERIFY(edit(page, "shop_code")->property("invalid").toBool());
        QVERIFY(!page.fieldError(QStringLiteral("shop_name"))->hasError());
        QCOMPARE(saved.count(), 0);
        QCOMPARE(SettingsService(*shop->db).load()->shopCode, QStringLiteral("BIS-1"));

        // Correcting it clears the mark.
        edit(page, "shop_code")->setText(QStringLiteral("BIS-2"));
        QVERIFY(page.save());
        QVERIFY(!error->hasError());
        QCOMPARE(SettingsService(*shop->db).load()->shopCode, QStringLiteral("BIS-2"));
    }

    void unreadablePercentageIsExplainedBesideTheField()
    {
        auto shop = test::makeShop();
        SettingsPage page(*shop->db, shop->admin());
        edit(page, "vat_rate")->setText(QStringLiteral("twelve"));
        edit(page, "shop_name")->setText(QStringLiteral("Changed"));
        QVERIFY(!page.save());
        QVERIFY(page.fieldError(QStringLiteral("vat_rate"))->hasError());
        QCOMPARE(SettingsService(*shop->db).load()->shopName, QStringLiteral("OVOP+1 Bishkek"));
    }

    void rateAboveAHundredIsRefusedByTheService()
    {
        auto shop = test::makeShop();
        SettingsPage page(*shop->db, shop->admin());
        edit(page, "sales_tax_rate")->setText(QStringLiteral("150"));
        QVERIFY(!page.save());
        QVERIFY(page.fieldError(QStringLiteral("sales_tax_rate"))->hasError());
        QCOMPARE(SettingsService(*shop->db).load()->tax.salesTaxRateBp, 100);
    }

    void cashierIsRefusedByTheService()
    {
        // The navigation never offers this page to a cashier; the service refuses anyway.
        auto shop = test::makeShop();
        SettingsPage page(*shop->db, shop->cashier());
        edit(page, "shop_name")->setText(QStringLiteral("Mine"));
        QVERIFY(!page.save());
        QCOMPARE(page.messageLabel()->property("role").toString(), QStringLiteral("error"));
        QVERIFY(!page.messageLabel()->text().isEmpty());
        QCOMPARE(SettingsService(*shop->db).load()->shopName, QStringLiteral("OVOP+1 Bishkek"));
    }

    void settingsThatCannotBeReadAreNotShownAsDefaultsNorSavedOver()
    {
        auto shop = test::makeShop();
        const Session manager = shop->manager();
        // The table taken away behind the page's back, as damage or another program would.
        QVERIFY(
            SqlQuery::execAll(shop->db->sql(), {QStringLiteral("ALTER TABLE settings RENAME TO settings_gone")}).ok());
        SettingsPage page(*shop->db, manager);
        QCOMPARE(page.messageLabel()->property("role").toString(), QStringLiteral("error"));
        QVERIFY(!page.messageLabel()->text().isEmpty());
        QVERIFY(!page.saveButton()->isEnabled());
        QVERIFY(!page.reload());
        QVERIFY(!page.saveButton()->isEnabled());

        // Readable again: the page shows them and may save.
        QVERIFY(
            SqlQuery::execAll(shop->db->sql(), {QStringLiteral("ALTER TABLE settings_gone RENAME TO settings")}).ok());
        QVERIFY(page.reload());
        QVERIFY(page.saveButton()->isEnabled());
        QCOMPARE(edit(page, "shop_code")->text(), QStringLiteral("BIS-1"));
    }
};

QTEST_MAIN(TestSettings)
#include "test_settings.moc"
