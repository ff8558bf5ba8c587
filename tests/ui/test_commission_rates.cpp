// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// A producer's commission by category, from the producer editor: set, shown, removed; a cashier
// sees the rates but cannot change them; a new producer must be saved first.
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

#include "CatalogFixture.h"
#include "ShopFixture.h"
#include "models/catalog/ProducerService.h"
#include "models/payouts/CommissionService.h"
#include "ui/producers/CommissionRatesDialog.h"
#include "ui/producers/ProducerEditor.h"
#include "ui/widgets/FormHelpers.h"

using namespace ovop;
using namespace ovop::ui;

namespace {

Producer bolot(test::Shop& shop)
{
    auto p = ProducerService(*shop.db).get(shop.admin(), QStringLiteral("BOS-01"));
    return p ? *p : Producer{};
}

} // namespace

class TestCommissionRates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initUiTests(); }

    void managerSetsAndRemovesACategoryRate()
    {
        auto shop = test::makeShop();
        test::seedShopCatalog(*shop, 0);
        const Producer producer = bolot(*shop);
        QVERIFY(!producer.id.isEmpty());
        CommissionRatesDialog dialog(*shop->db, shop->manager(), producer);
        QCOMPARE(dialog.table()->rowCount(), 0);

        auto* category = dialog.findChild<QComboBox*>(QStringLiteral("commissionCategory"));
        auto* rate = dialog.findChild<QDoubleSpinBox*>(QStringLiteral("commissionRate"));
        auto* set = dialog.findChild<QPushButton*>(QStringLiteral("commissionSet"));
        auto* remove = dialog.findChild<QPushButton*>(QStringLiteral("commissionRemove"));
        QVERIFY(category && rate && set && remove);
        selectData(category, QStringLiteral("felt"));
        QCOMPARE(category->currentData().toString(), QStringLiteral("felt"));
        rate->setValue(12.5);
        QTest::mouseClick(set, Qt::LeftButton);

        QCOMPARE(dialog.table()->rowCount(), 1);
        QCOMPARE(dialog.table()->item(0, 1)->text(), QStringLiteral("12.5%"));
        auto service = CommissionService(*shop->db);
        auto stored = service.rateFor(producer.id, QStringLiteral("felt"));
        QVERIFY(stored.ok());
        QCOMPARE(stored.value(), 1250);

        dialog.table()->selectRow(0);
        QVERIFY(remove->isEnabled());
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(dialog.table()->rowCount(), 0);
        stored = service.rateFor(producer.id, QStringLiteral("felt"));
        QVERIFY(stored.ok());
        QCOMPARE(stored.value(), producer.commissionBasisPoints);
        QVERIFY(!remove->isEnabled());
    }

    void cashierSeesTheRatesButCannotChangeThem()
    {
        auto shop = test::makeShop();
        test::seedShopCatalog(*shop, 0);
        const Producer producer = bolot(*shop);
        QVERIFY(CommissionService(*shop->db).set(shop->manager(), producer.id, QStringLiteral("felt"), 1500).ok());
        CommissionRatesDialog dialog(*shop->db, shop->cashier(), producer);
        QCOMPARE(dialog.table()->rowCount(), 1);
        QCOMPARE(dialog.table()->item(0, 1)->text(), QStringLiteral("15%"));
        QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("commissionSet"))->isEnabled());
        dialog.table()->selectRow(0);
        QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("commissionRemove"))->isEnabled());
        auto* message = dialog.findChild<QLabel*>(QStringLiteral("commissionMessage"));
        QVERIFY(!message->isHidden());
        QVERIFY(message->text().contains(QStringLiteral("manager")));
    }

    void editorOffersRatesOnlyForASavedConsignmentProducer()
    {
        auto shop = test::makeShop();
        test::seedShopCatalog(*shop, 0);
        ProducerEditor fresh(*shop->db, shop->manager());
        auto* rates = fresh.findChild<QPushButton*>(QStringLiteral("producerCategoryRates"));
        QVERIFY(rates);
        QVERIFY(!rates->isEnabled());
        QVERIFY(rates->toolTip().contains(QStringLiteral("Save the producer first")));

        ProducerEditor existing(*shop->db, shop->manager(), QStringLiteral("BOS-01"));
        rates = existing.findChild<QPushButton*>(QStringLiteral("producerCategoryRates"));
        QCOMPARE(rates->isEnabled(), bolot(*shop).terms == Producer::Terms::Consignment);
    }
};

QTEST_MAIN(TestCommissionRates)
#include "test_commission_rates.moc"
