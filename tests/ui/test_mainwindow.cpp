// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// The main window: the pages of each role, the home view, log out and the status bar.
#include <QAction>
#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QTest>

#include "ShopFixture.h"
#include "ui/shell/BackupScheduler.h"
#include "ui/shell/MainWindow.h"
#include "models/store/Backup.h"
#include "ui/widgets/ElidedLabel.h"

using namespace ovop;
using namespace ovop::ui;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initUiTests(); }

    void cashierSeesNoUsersSettingsOrAudit()
    {
        auto shop = test::makeShop();
        MainWindow w(*shop->db, shop->cashier());
        QCOMPARE(w.pageKeys(), (QStringList{QStringLiteral("home"), QStringLiteral("sale"), QStringLiteral("products"),
                                            QStringLiteral("stock"), QStringLiteral("stocktake"),
                                            QStringLiteral("shift")}));
        QCOMPARE(w.findChild<QListWidget*>(QStringLiteral("navigation"))->count(), 6);
        QVERIFY(!w.page(QStringLiteral("users")));
        QVERIFY(!w.page(QStringLiteral("settings")));
        QVERIFY(!w.page(QStringLiteral("audit")));
        QVERIFY(!w.page(QStringLiteral("producers")));
        QVERIFY(!w.showPage(QStringLiteral("settings")));
        // A cashier lands on the till.
        QCOMPARE(w.currentPage(), QStringLiteral("sale"));

        // The home view says who is working, where, and how to log out.
        const QString who = w.findChild<QLabel*>(QStringLiteral("homeWho"))->text();
        QVERIFY(who.contains(QStringLiteral("cashier")));
        QVERIFY(who.contains(QStringLiteral("Cashier")));
        QVERIFY(who.contains(QStringLiteral("BIS-1")));
        QVERIFY(w.findChild<QLabel*>(QStringLiteral("homeKeys"))->text().contains(QStringLiteral("Ctrl+L")));
        QVERIFY(!w.findChild<QLabel*>(QStringLiteral("homePages"))->text().isEmpty());
    }

    void managerSeesSettingsAndAudit()
    {
        auto shop = test::makeShop();
        MainWindow w(*shop->db, shop->manager());
        QCOMPARE(w.pageKeys(),
                 (QStringList{QStringLiteral("home"), QStringLiteral("sale"), QStringLiteral("products"),
                              QStringLiteral("stock"), QStringLiteral("stocktake"), QStringLiteral("transfers"),
                              QStringLiteral("shift"), QStringLiteral("producers"), QStringLiteral("payouts"),
                              QStringLiteral("reports"), QStringLiteral("settings"), QStringLiteral("audit")}));
        QCOMPARE(w.currentPage(), QStringLiteral("home"));
        QVERIFY(!w.page(QStringLiteral("users")));
        QVERIFY(w.showPage(QStringLiteral("audit")));
        QCOMPARE(w.currentPage(), QStringLiteral("audit"));
        QCOMPARE(w.findChild<QLabel*>(QStringLiteral("pageTitle"))->text(), QStringLiteral("Audit log"));
    }

    void adminSeesEveryPage()
    {
        auto shop = test::makeShop();
        MainWindow w(*shop->db, shop->admin());
        QCOMPARE(w.pageKeys(),
                 (QStringList{QStringLiteral("home"), QStringLiteral("sale"), QStringLiteral("products"),
                              QStringLiteral("stock"), QStringLiteral("stocktake"), QStringLiteral("transfers"),
                              QStringLiteral("shift"), QStringLiteral("producers"), QStringLiteral("payouts"),
                              QStringLiteral("reports"), QStringLiteral("users"), QStringLiteral("settings"),
                              QStringLiteral("audit")}));
        auto* navigation = w.findChild<QListWidget*>(QStringLiteral("navigation"));
        navigation->setCurrentRow(int(w.pageKeys().indexOf(QStringLiteral("users"))));
        QCOMPARE(w.currentPage(), QStringLiteral("users"));
    }

    void logOutAction()
    {
        auto shop = test::makeShop();
        MainWindow w(*shop->db, shop->cashier());
        QSignalSpy spy(&w, &MainWindow::logoutRequested);
        QCOMPARE(w.logoutAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_L));
        w.logoutAction()->trigger();
        QCOMPARE(spy.count(), 1);
    }

    void statusBarShowsShopUserAndDatabase()
    {
        auto shop = test::makeShop();
        MainWindow w(*shop->db, shop->manager());
        const QString shopText = w.findChild<ElidedLabel*>(QStringLiteral("shopStatus"))->fullText();
        QVERIFY2(shopText.contains(QStringLiteral("BIS-1")) && shopText.contains(QStringLiteral("OVOP+1 Bishkek")) &&
                     shopText.contains(QStringLiteral("T1")),
                 qPrintable(shopText));
        const QString user = w.findChild<QLabel*>(QStringLiteral("userStatus"))->text();
        QVERIFY(user.contains(QStringLiteral("manager")) && user.contains(QStringLiteral("Manager")));
        const QString database = w.findChild<QLabel*>(QStringLiteral("databaseStatus"))->text();
        QVERIFY2(database.contains(QStringLiteral("shop.sqlite")), qPrintable(database));
    }

    void dailyBackupIsShownInTheStatusBar()
    {
        auto shop = test::makeShop();
        BackupScheduler backups(*shop->db);
        MainWindow w(*shop->db, shop->manager(), &backups);
        backups.start();
        QVERIFY(backups.hasRun());
        QVERIFY2(backups.lastOk(), qPrintable(backups.lastError()));
        QVERIFY(backups.lastBackupTime().isValid());
        const QString database = w.findChild<QLabel*>(QStringLiteral("databaseStatus"))->text();
        QVERIFY2(database.contains(QStringLiteral("backup")), qPrintable(database));
        QVERIFY(!BackupService(*shop->db).dailyBackups().value().isEmpty());
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_mainwindow.moc"
