// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// Switching the language: at once, on real widgets, remembered per user and on this computer.
#include <QAction>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTest>

#include "ShopFixture.h"
#include "models/core/Language.h"
#include "ui/people/AddUserDialog.h"
#include "models/people/UserService.h"
#include "ui/shell/LanguageSwitch.h"
#include "ui/shell/LoginWindow.h"
#include "ui/shell/MainWindow.h"

using namespace ovop;
using namespace ovop::ui;

class TestLanguage : public QObject
{
    Q_OBJECT

    // Qt posts LanguageChange to the top-level widgets; deliver it now.
    static void deliver() { QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange); }

private Q_SLOTS:
    void initTestCase() { test::initUiTests(); }
    void init()
    {
        Language::install(QStringLiteral("en"));
        deliver();
    }
    void cleanupTestCase() { Language::install(QStringLiteral("en")); }

    void loginScreenSwitchesToKyrgyzAtOnce()
    {
        auto shop = test::makeShop();
        LoginWindow w(*shop->db);
        auto* login = w.findChild<QPushButton*>(QStringLiteral("loginButton"));
        QCOMPARE(login->text(), QStringLiteral("Log in"));
        auto* ky = w.findChild<QPushButton*>(QStringLiteral("language_ky"));
        QCOMPARE(ky->text(), QStringLiteral("Кыргызча"));
        QTest::mouseClick(ky, Qt::LeftButton);
        deliver();
        QCOMPARE(Language::current(), QStringLiteral("ky"));
        QCOMPARE(login->text(), QStringLiteral("Кирүү"));
        QVERIFY(ky->isChecked());
        QCOMPARE(LanguageSwitch::rememberedLanguage(), QStringLiteral("ky"));

        // A wrong PIN is explained in Kyrgyz too.
        w.selectUser(QStringLiteral("cashier"));
        QTest::keyClicks(w.findChild<QLineEdit*>(QStringLiteral("pinField")), QStringLiteral("0000"));
        w.submit();
        const QString error = w.findChild<QLabel*>(QStringLiteral("pinError"))->text();
        QVERIFY2(!error.contains(QStringLiteral("Wrong PIN")), qPrintable(error));

        // And on to Russian.
        QTest::mouseClick(w.findChild<QPushButton*>(QStringLiteral("language_ru")), Qt::LeftButton);
        deliver();
        QCOMPARE(login->text(), QStringLiteral("Войти"));
    }

    void mainWindowRemembersTheLanguagePerUser()
    {
        auto shop = test::makeShop();
        MainWindow w(*shop->db, shop->admin());
        auto* navigation = w.findChild<QListWidget*>(QStringLiteral("navigation"));
        const int settings = int(w.pageKeys().indexOf(QStringLiteral("settings")));
        QCOMPARE(navigation->item(settings)->text(), QStringLiteral("Settings"));
        QTest::mouseClick(w.findChild<QPushButton*>(QStringLiteral("language_ky")), Qt::LeftButton);
        deliver();
        QCOMPARE(navigation->item(settings)->text(), QStringLiteral("Жөндөөлөр"));
        QCOMPARE(w.findChild<QPushButton*>(QStringLiteral("logoutButton"))->text(), QStringLiteral("Чыгуу"));

        // The admin's next login comes back in Kyrgyz; the cashier keeps English.
        QCOMPARE(shop->admin().language, QStringLiteral("ky"));
        QCOMPARE(shop->cashier().language, QStringLiteral("en"));
        QCOMPARE(LanguageSwitch::rememberedLanguage(), QStringLiteral("ky"));
    }

    void nextLanguageShortcut()
    {
        auto shop = test::makeShop();
        MainWindow w(*shop->db, shop->cashier());
        QAction* next = w.findChild<QAction*>(QStringLiteral("nextLanguageAction"));
        QVERIFY(next);
        QCOMPARE(next->shortcut(), QKeySequence(Qt::Key_F9));
        next->trigger(); // en -> ky
        QCOMPARE(Language::current(), QStringLiteral("ky"));
        next->trigger(); // ky -> ru
        QCOMPARE(Language::current(), QStringLiteral("ru"));
    }

    void qtStringsSpeakKyrgyz()
    {
        auto shop = test::makeShop();
        const Session admin = shop->admin();
        AddUserDialog dialog(*shop->db, admin);
        auto* cancel = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Cancel);
        QCOMPARE(cancel->text(), QStringLiteral("Cancel"));
        Language::install(QStringLiteral("ky"));
        deliver();
        QCOMPARE(cancel->text(), QStringLiteral("Жокко чыгаруу"));
        Language::install(QStringLiteral("ru"));
        deliver();
        QCOMPARE(cancel->text(), QStringLiteral("Отмена"));
    }
};

QTEST_MAIN(TestLanguage)
#include "test_language.moc"
