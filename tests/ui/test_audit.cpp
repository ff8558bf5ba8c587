// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// The Audit log page: entries newest first, filters, readable details, chain verification.
#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTest>

#include "ShopFixture.h"
#include "models/catalog/CatalogService.h"
#include "models/core/Language.h"
#include "models/core/Money.h"
#include "models/demo/DemoCatalog.h"
#include "ui/audit/AuditPage.h"
#include "ui/audit/AuditTableModel.h"
#include "models/settings/ShopSettings.h"

using namespace ovop;
using namespace ovop::ui;

class TestAudit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initUiTests(); }

    void modelPassesTheTesterAndShowsNewestFirst()
    {
        auto shop = test::makeShop();
        const Session manager = shop->manager();
        AuditPage page(*shop->db, manager);
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.reload();
        QVERIFY(page.model()->rowCount() >= 4);
        QCOMPARE(page.model()->columnCount(), int(AuditTableModel::ColumnCount));
        // The view is sorted newest first: the manager's login is on top.
        auto* view = page.view();
        const QModelIndex top = view->model()->index(0, AuditTableModel::User);
        QCOMPARE(top.data().toString(), QStringLiteral("manager"));
        const qint64 first = view->model()->index(0, AuditTableModel::Sequence).data().toLongLong();
        const qint64 second = view->model()->index(1, AuditTableModel::Sequence).data().toLongLong();
        QVERIFY(first > second);
    }

    void detailsAreReadable()
    {
        auto shop = test::makeShop();
        const Session admin = shop->admin();
        QVERIFY(SettingsService(*shop->db).set(admin, QStringLiteral("shop_name"), QStringLiteral("Өнөр")).ok());
        AuditPage page(*shop->db, admin);
        const int row = page.actionFilter()->findData(QStringLiteral("settings.change"));
        QVERIFY(row > 0);
        page.actionFilter()->setCurrentIndex(row);
        QCOMPARE(page.model()->rowCount(), 1);
        const QString details = page.model()->index(0, AuditTableModel::Details).data().toString();
        QVERIFY2(details.contains(QStringLiteral("OVOP+1 Bishkek → Өнөр")), qPrintable(details));
        QVERIFY(!details.contains(QLatin1Char('{')));
    }

    void aPriceChangeReadsAsMoneyWithTheProductsName()
    {
        auto shop = test::makeShop();
        const Session manager = shop->manager();
        QVERIFY(seedDemoCatalog(*shop->db, manager).ok());
        CatalogService catalog(*shop->db);
        auto product = catalog.findBySku(QStringLiteral("FLT-001"));
        QVERIFY(product.ok() && product.value());
        Product changed = *product.value();
        const Money before = changed.price;
        changed.price = Money::fromTyiyn(333300);
        QVERIFY(catalog.save(manager, changed).ok());

        Language::install(QStringLiteral("ru"));
        AuditPage page(*shop->db, manager);
        page.actionFilter()->setCurrentIndex(page.actionFilter()->findData(QStringLiteral("product.change")));
        QCOMPARE(page.model()->rowCount(), 1);
        const QString details = page.model()->index(0, AuditTableModel::Details).data().toString();
        Language::install(QStringLiteral("en"));
        QVERIFY2(details.contains(before.format(QStringLiteral("ru")) + QStringLiteral(" → ") +
                                  Money::fromTyiyn(333300).format(QStringLiteral("ru"))),
                 qPrintable(details));
        QVERIFY2(details.contains(QStringLiteral("«") + changed.name.in(QStringLiteral("ru")) +
                                  QStringLiteral("» (FLT-001)")),
                 qPrintable(details));
        QVERIFY(!details.contains(QStringLiteral("333300")));
    }

    void filtersByUser()
    {
        auto shop = test::makeShop();
        const Session manager = shop->manager();
        shop->cashier();
        AuditPage page(*shop->db, manager);
        const int row = page.userFilter()->findData(QStringLiteral("cashier"));
        QVERIFY(row > 0);
        page.userFilter()->setCurrentIndex(row);
        QVERIFY(page.model()->rowCount() >= 1);
        for (int r = 0; r < page.model()->rowCount(); ++r)
            QCOMPARE(page.model()->index(r, AuditTableModel::User).data().toString(), QStringLiteral("cashier"));
        page.userFilter()->setCurrentIndex(0);
        QVERIFY(page.model()->rowCount() > 1);
    }

    void verifiesTheChain()
    {
        auto shop = test::makeShop();
        AuditPage page(*shop->db, shop->admin());
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("verifyChainButton")), Qt::LeftButton);
        QCOMPARE(page.resultLabel()->property("role").toString(), QStringLiteral("ok"));
        QVERIFY2(page.resultLabel()->text().contains(QStringLiteral("intact")), qPrintable(page.resultLabel()->text()));
    }

    void cashierIsRefusedByTheService()
    {
        auto shop = test::makeShop();
        AuditPage page(*shop->db, shop->cashier());
        QCOMPARE(page.model()->rowCount(), 0);
        QCOMPARE(page.resultLabel()->property("role").toString(), QStringLiteral("error"));
    }
};

QTEST_MAIN(TestAudit)
#include "test_audit.moc"
