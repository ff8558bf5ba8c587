// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// The Settings page: saving, refusals beside their fields, nothing changed when refused.
#include <QCheckBox>
#include <QCryptographicHash>
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

    // A static ELQR link written field by field, its checksum the last four hex digits of SHA-256
    // over the other fields.
    static QString elqrLink()
    {
        const QString fields = QStringLiteral("000201010211322000") + QStringLiteral("04kicb100899670012") +
                               QStringLiteral("53034175906Өнөр-1");
        const QByteArray hash = QCryptographicHash::hash(fields.toUtf8(), QCryptographicHash::Sha256);
        return QStringLiteral("https://qr.example.kg/pay#") + fields + QStringLiteral("6304") +
               QString::fromLatin1(hash.toHex().right(4));
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

    void showsAndSavesTheTillSettings()
    {
        auto shop = test::makeShop();
        SettingsPage page(*shop->db, shop->manager());
        QCOMPARE(edit(page, "cashier_discount_limit")->text(), QStringLiteral("10"));
        QCOMPARE(edit(page, "manager_discount_limit")->text(), QStringLiteral("30"));
        QCOMPARE(edit(page, "return_approval_limit")->text(), QStringLiteral("5000"));
        QVERIFY(edit(page, "elqr_link")->text().isEmpty());

        edit(page, "cashier_discount_limit")->setText(QStringLiteral("7,5"));
        edit(page, "manager_discount_limit")->setText(QStringLiteral("25"));
        edit(page, "return_approval_limit")->setText(QStringLiteral("1250,50"));
        edit(page, "elqr_link")->setText(elqrLink());
        QVERIFY(page.save());
        const ShopSettings stored = SettingsService(*shop->db).load().value();
        QCOMPARE(stored.cashierDiscountLimitBp, 750);
        QCOMPARE(stored.managerDiscountLimitBp, 2500);
        QCOMPARE(stored.returnApprovalLimit, Money::fromTyiyn(125050));
        QCOMPARE(stored.elqrLink, elqrLink());
        QCOMPARE(edit(page, "return_approval_limit")->text(), QStringLiteral("1250.50"));
    }

    void badElqrLinkIsExplainedBesideTheField()
    {
        auto shop = test::makeShop();
        SettingsPage page(*shop->db, shop->manager());
        QString flipped = elqrLink();
        flipped.replace(QStringLiteral("kicb"), QStringLiteral("kicc"));
        edit(page, "elqr_link")->setText(flipped);
        edit(page, "shop_name")->setText(QStringLiteral("Changed"));
        QVERIFY(!page.save());
        FieldError* error = page.fieldError(QStringLiteral("elqr_link"));
        QVERIFY(error->hasError());
        QVERIFY2(error->message().contains(QStringLiteral("checksum")), qPrintable(error->message()));
        QVERIFY(!page.fieldError(QStringLiteral("shop_name"))->hasError());
        const ShopSettings stored = SettingsService(*shop->db).load().value();
        QVERIFY(stored.elqrLink.isEmpty());
        QCOMPARE(stored.shopName, QStringLiteral("OVOP+1 Bishkek"));
    }

    void cashierLimitAboveTheManagersIsExplainedBesideTheField()
    {
        auto shop = test::makeShop();
        SettingsPage page(*shop->db, shop->manager());
        edit(page, "cashier_discount_limit")->setText(QStringLiteral("35"));
        QVERIFY(!page.save());
        FieldError* error = page.fieldError(QStringLiteral("cashier_discount_limit"));
        QVERIFY(error->hasError());
        QVERIFY2(error->message().contains(QStringLiteral("manager's")), qPrintable(error->message()));
        QCOMPARE(SettingsService(*shop->db).load()->cashierDiscountLimitBp, 1000);
    }

    void unreadableAmountIsExplainedBesideTheField()
    {
        auto shop = test::makeShop();
        SettingsPage page(*shop->db, shop->manager());
        edit(page, "return_approval_limit")->setText(QStringLiteral("five thousand"));
        QVERIFY(!page.save());
        QVERIFY(page.fieldError(QStringLiteral("return_approval_limit"))->hasError());
        QCOMPARE(SettingsService(*shop->db).load()->returnApprovalLimit, Money::fromSom(5000));
    }

    void tillFieldsFitA1024By768Screen()
    {
        // The page beside the navigation of a 1024 x 768 window: every field whole in its width.
        auto shop = test::makeShop();
        SettingsPage page(*shop->db, shop->manager());
        page.resize(780, 640);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        edit(page, "elqr_link")->setText(elqrLink() + elqrLink());
        QCoreApplication::processEvents();
        for (const char* key :
             {"cashier_discount_limit", "manager_discount_limit", "return_approval_limit", "elqr_link"}) {
            QWidget* field = page.field(QString::fromLatin1(key));
            const QRect box(field->mapTo(&page, QPoint(0, 0)), field->size());
            QVERIFY2(box.left() >= 0 && box.right() < page.width(), key);
            QVERIFY2(field->width() >= 100, key);
        }
        QVERIFY(edit(page, "elqr_link")->width() >= 300);
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
