// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// The table of pages: each role sees the pages whose permission it holds, in the table's order, and
// the main window builds exactly those.
#include <QLabel>
#include <QListWidget>
#include <QSet>
#include <QStackedWidget>
#include <QTest>

#include "ShopFixture.h"
#include "models/people/UserService.h"
#include "ui/people/UserTableModel.h"
#include "ui/people/UsersPage.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/Pages.h"

using namespace ovop;
using namespace ovop::ui;

namespace {
QStringList keys(std::initializer_list<const char*> names)
{
    QStringList out;
    for (const char* name : names)
        out << QString::fromLatin1(name);
    return out;
}
} // namespace

class TestPages : public QObject
{
    Q_OBJECT

    // The window shows exactly the pages of expected (after "home"), each under its title.
    static void checkWindow(Database& db, const Session& session, const QStringList& expected)
    {
        MainWindow w(db, session);
        QCOMPARE(w.pageKeys(), QStringList{QStringLiteral("home")} + expected);
        auto* navigation = w.findChild<QListWidget*>(QStringLiteral("navigation"));
        QCOMPARE(navigation->count(), int(expected.size()) + 1);
        auto* stack = w.findChild<QStackedWidget*>();
        for (const QString& key : expected) {
            QVERIFY2(w.page(key), qPrintable(key));
            QVERIFY(w.showPage(key));
            QCOMPARE(stack->currentWidget(), w.page(key));
            QCOMPARE(navigation->currentItem()->text(), Pages::title(key));
            QCOMPARE(w.findChild<QLabel*>(QStringLiteral("pageTitle"))->text(), Pages::title(key));
        }
        for (const PageEntry& page : Pages::all()) {
            const QString key = QString::fromLatin1(page.key);
            if (!expected.contains(key)) {
                QVERIFY2(!w.page(key), qPrintable(key));
                QVERIFY(!w.showPage(key));
            }
        }
    }

private Q_SLOTS:
    void initTestCase() { test::initUiTests(); }

    void eachRoleSeesThePagesOfItsPermissions()
    {
        auto shop = test::makeShop();
        const struct
        {
            Session session;
            QStringList pages;
        } roles[] = {
            {shop->cashier(), keys({"sale", "products", "stock", "stocktake", "shift"})},
            {shop->manager(), keys({"sale", "products", "stock", "stocktake", "transfers", "shift", "producers",
                                    "payouts", "reports", "settings", "audit"})},
            {shop->admin(), keys({"sale", "products", "stock", "stocktake", "transfers", "shift", "producers",
                                  "payouts", "reports", "users", "settings", "audit"})},
        };
        for (const auto& role : roles) {
            QCOMPARE(Pages::forSession(role.session), role.pages);
            // A page of the table is there exactly when the role holds the page's permission.
            for (const PageEntry& page : Pages::all())
                QCOMPARE(role.pages.contains(QString::fromLatin1(page.key)), role.session.can(page.permission));
            checkWindow(*shop->db, role.session, role.pages);
            if (QTest::currentTestFailed())
                return;
        }
    }

    void everyPageHasAKeyATitleAndADescription()
    {
        QSet<QString> seen{QStringLiteral("home")};
        for (const PageEntry& page : Pages::all()) {
            const QString key = QString::fromLatin1(page.key);
            QVERIFY2(!seen.contains(key), qPrintable(key));
            seen.insert(key);
            QVERIFY(page.make);
            QCOMPARE(Pages::title(key), QString::fromUtf8(page.title));
            QVERIFY2(!Pages::description(key).isEmpty(), qPrintable(key));
        }
        QCOMPARE(Pages::title(QStringLiteral("home")), QStringLiteral("Home"));
        QCOMPARE(Pages::title(QStringLiteral("no such page")), QStringLiteral("no such page"));
        QVERIFY(Pages::description(QStringLiteral("no such page")).isEmpty());
    }

    void theUsersPageIsReadAgainWhenOpened()
    {
        auto shop = test::makeShop();
        const Session admin = shop->admin();
        MainWindow w(*shop->db, admin);
        auto* users = qobject_cast<UsersPage*>(w.page(QStringLiteral("users")));
        QVERIFY(users);
        QCOMPARE(users->model()->rowCount(), 3);

        NewUser added;
        added.name = QStringLiteral("cashier2");
        added.pin = QStringLiteral("5827");
        QVERIFY(UserService(*shop->db).add(admin, added));
        QCOMPARE(users->model()->rowCount(), 3);
        QVERIFY(w.showPage(QStringLiteral("users")));
        QCOMPARE(users->model()->rowCount(), 4);
    }
};

QTEST_MAIN(TestPages)
#include "test_pages.moc"
