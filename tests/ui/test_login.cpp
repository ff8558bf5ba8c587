// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// The login window: choosing a user, typing the PIN with keys or the pad, refusals.
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSettings>
#include <QApplication>
#include <QTest>

#include "ShopFixture.h"
#include "models/people/UserService.h"
#include "ui/shell/LoginWindow.h"
#include "ui/widgets/PinPad.h"

using namespace ovop;
using namespace ovop::ui;

class TestLogin : public QObject
{
    Q_OBJECT

private:
    static QPushButton* userButton(LoginWindow& w, const QString& name)
    {
        return w.findChild<QPushButton*>(QStringLiteral("userButton_") + name);
    }

private Q_SLOTS:
    void initTestCase() { test::initUiTests(); }

    void listsActiveUsers()
    {
        auto shop = test::makeShop();
        LoginWindow w(*shop->db);
        QVERIFY(userButton(w, QStringLiteral("admin")));
        QVERIFY(userButton(w, QStringLiteral("manager")));
        QVERIFY(userButton(w, QStringLiteral("cashier")));
        QVERIFY(userButton(w, QStringLiteral("admin"))->minimumSizeHint().height() >= 44 ||
                userButton(w, QStringLiteral("admin"))->sizeHint().height() >= 44);
    }

    void failedUserReadIsShownAndNotNoUsers()
    {
        auto shop = test::makeShop();
        // The users table goes away behind the window's back: the users cannot be read.
        QSqlQuery breaking(shop->db->sql());
        QVERIFY(breaking.exec(QStringLiteral("ALTER TABLE users RENAME TO users_gone")));
        const auto failed = UserService(*shop->db).activeUserNames();
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().kind, ErrorKind::Storage);
        LoginWindow w(*shop->db);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(!userButton(w, QStringLiteral("admin")));
        bool shown = false;
        for (QLabel* label : w.findChildren<QLabel*>())
            shown = shown || (label->isVisible() && label->text() == failed.message());
        QVERIFY(shown);
    }

    void logsInWithKeyboardPin()
    {
        auto shop = test::makeShop();
        LoginWindow w(*shop->db);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy spy(&w, &LoginWindow::loggedIn);
        QTest::mouseClick(userButton(w, QStringLiteral("cashier")), Qt::LeftButton);
        QCOMPARE(w.selectedUser(), QStringLiteral("cashier"));
        QLineEdit* pin = w.pinPad()->field();
        QTest::keyClicks(pin, QStringLiteral("3333"));
        QTest::keyClick(pin, Qt::Key_Return);
        QCOMPARE(spy.count(), 1);
        const auto session = spy.at(0).at(0).value<Session>();
        QCOMPARE(session.userName, QStringLiteral("cashier"));
        QCOMPARE(session.role, Role::Cashier);
        QVERIFY(pin->text().isEmpty());
    }

    void logsInWithOnScreenPad()
    {
        auto shop = test::makeShop();
        LoginWindow w(*shop->db);
        QSignalSpy spy(&w, &LoginWindow::loggedIn);
        w.selectUser(QStringLiteral("admin"));
        for (int i = 0; i < 4; ++i)
            QTest::mouseClick(w.findChild<QPushButton*>(QStringLiteral("pinDigit1")), Qt::LeftButton);
        QCOMPARE(w.pinPad()->pin(), QStringLiteral("1111"));
        QPushButton* digit = w.findChild<QPushButton*>(QStringLiteral("pinDigit5"));
        QVERIFY(digit->minimumHeight() >= 44 && digit->minimumWidth() >= 44);
        QTest::mouseClick(w.findChild<QPushButton*>(QStringLiteral("loginButton")), Qt::LeftButton);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<Session>().role, Role::Admin);
    }

    void wrongPinIsRefusedBesideThePin()
    {
        auto shop = test::makeShop();
        LoginWindow w(*shop->db);
        w.show();
        QSignalSpy spy(&w, &LoginWindow::loggedIn);
        w.selectUser(QStringLiteral("manager"));
        QTest::keyClicks(w.pinPad()->field(), QStringLiteral("9999"));
        QTest::keyClick(w.pinPad()->field(), Qt::Key_Enter);
        QCOMPARE(spy.count(), 0);
        auto* error = w.findChild<QLabel*>(QStringLiteral("pinError"));
        QVERIFY(error);
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("Wrong PIN")), qPrintable(error->text()));
        QVERIFY(w.pinPad()->pin().isEmpty());
        QCOMPARE(w.selectedUser(), QStringLiteral("manager"));
        QVERIFY(w.pinPad()->field()->property("invalid").toBool());

        // The right PIN then works, and the message goes away.
        QTest::keyClicks(w.pinPad()->field(), QStringLiteral("2222"));
        QTest::keyClick(w.pinPad()->field(), Qt::Key_Return);
        QCOMPARE(spy.count(), 1);
        QVERIFY(!error->isVisible());
    }

    void lockOutIsExplained()
    {
        auto shop = test::makeShop();
        LoginWindow w(*shop->db);
        QSignalSpy spy(&w, &LoginWindow::loggedIn);
        w.selectUser(QStringLiteral("cashier"));
        for (int i = 0; i < 5; ++i) {
            QTest::keyClicks(w.pinPad()->field(), QStringLiteral("0000"));
            QTest::keyClick(w.pinPad()->field(), Qt::Key_Return);
        }
        QVERIFY2(w.pinPad()->error().contains(QStringLiteral("locked")), qPrintable(w.pinPad()->error()));
        // Even the right PIN is refused while locked.
        QTest::keyClicks(w.pinPad()->field(), QStringLiteral("3333"));
        QTest::keyClick(w.pinPad()->field(), Qt::Key_Return);
        QCOMPARE(spy.count(), 0);
        QVERIFY(w.pinPad()->error().contains(QStringLiteral("locked")));
        QCOMPARE(w.selectedUser(), QStringLiteral("cashier"));
    }

    void keysTypedOnAUserButtonGoToThePin()
    {
        auto shop = test::makeShop();
        LoginWindow w(*shop->db);
        QSignalSpy spy(&w, &LoginWindow::loggedIn);
        w.selectUser(QStringLiteral("cashier"));
        QPushButton* button = userButton(w, QStringLiteral("cashier"));
        QTest::keyClicks(button, QStringLiteral("33"));
        QCOMPARE(w.pinPad()->pin(), QStringLiteral("33"));
        QTest::keyClick(button, Qt::Key_Backspace);
        QCOMPARE(w.pinPad()->pin(), QStringLiteral("3"));
        QTest::keyClick(w.pinPad()->field(), Qt::Key_Escape);
        QVERIFY(w.pinPad()->pin().isEmpty());
    }

    void usersAreListedByFullNameWithTheLoginNameUnder()
    {
        auto shop = test::makeShop();
        LoginWindow w(*shop->db);
        QPushButton* admin = userButton(w, QStringLiteral("admin"));
        QCOMPARE(admin->findChild<QLabel*>(QStringLiteral("userFullName"))->text(), QStringLiteral("Asel Admin"));
        auto* login = admin->findChild<QLabel*>(QStringLiteral("userLoginName"));
        QCOMPARE(login->text(), QStringLiteral("admin"));
        QVERIFY(login->font().pointSizeF() <
                admin->findChild<QLabel*>(QStringLiteral("userFullName"))->font().pointSizeF());
    }

    void aPinTypedBeforeChoosingAUserIsAnswered()
    {
        auto shop = test::makeShop();
        QSettings().remove(QStringLiteral("login/lastUser"));
        LoginWindow w(*shop->db);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.selectedUser().isEmpty());
        QTest::keyClicks(w.pinPad()->field(), QStringLiteral("12"));
        QVERIFY(w.pinPad()->pin().isEmpty());
        auto* error = w.findChild<QLabel*>(QStringLiteral("pinError"));
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("Choose your name")), qPrintable(error->text()));
        w.pinPad()->setError(QString());
        QTest::mouseClick(w.findChild<QPushButton*>(QStringLiteral("pinDigit5")), Qt::LeftButton);
        QVERIFY(w.pinPad()->pin().isEmpty());
        QVERIFY(error->text().contains(QStringLiteral("Choose your name")));
        // Typed while a user button has the focus, too.
        w.pinPad()->setError(QString());
        QTest::keyClicks(userButton(w, QStringLiteral("cashier")), QStringLiteral("3"));
        QVERIFY(error->text().contains(QStringLiteral("Choose your name")));
    }

    void aLockedUserIsMarkedAndTheirPadDisabled()
    {
        auto shop = test::makeShop();
        for (int i = 0; i < UserService::MaxFailedAttempts; ++i)
            QVERIFY(!UserService(*shop->db).login(QStringLiteral("cashier"), QStringLiteral("0000")).ok());
        LoginWindow w(*shop->db);
        auto* login = userButton(w, QStringLiteral("cashier"))->findChild<QLabel*>(QStringLiteral("userLoginName"));
        QVERIFY2(login->text().contains(QStringLiteral("locked until")), qPrintable(login->text()));
        QVERIFY(!userButton(w, QStringLiteral("manager"))
                     ->findChild<QLabel*>(QStringLiteral("userLoginName"))
                     ->text()
                     .contains(QStringLiteral("locked")));
        w.selectUser(QStringLiteral("cashier"));
        QVERIFY(!w.pinPad()->isEnabled());
        QVERIFY(!w.findChild<QPushButton*>(QStringLiteral("loginButton"))->isEnabled());
        QVERIFY(w.pinPad()->error().contains(QStringLiteral("locked")));
        w.selectUser(QStringLiteral("manager"));
        QVERIFY(w.pinPad()->isEnabled());
        QVERIFY(w.pinPad()->error().isEmpty());
    }

    void showsThatThePinIsBeingChecked()
    {
        auto shop = test::makeShop();
        LoginWindow w(*shop->db);
        QSignalSpy spy(&w, &LoginWindow::loggedIn);
        w.selectUser(QStringLiteral("manager"));
        bool padEnabled = true;
        QString busy;
        connect(&w, &LoginWindow::checkingChanged, this, [&](bool checking) {
            if (checking) {
                padEnabled = w.pinPad()->isEnabled();
                busy = w.pinPad()->busyText();
            }
        });
        QTest::keyClicks(w.pinPad()->field(), QStringLiteral("2222"));
        QTest::keyClick(w.pinPad()->field(), Qt::Key_Return);
        QCOMPARE(spy.count(), 1);
        QVERIFY(!padEnabled);
        QVERIFY2(busy.contains(QStringLiteral("Checking")), qPrintable(busy));
        QVERIFY(w.pinPad()->busyText().isEmpty());
        QVERIFY(!w.isChecking());
    }

    void aMessageDoesNotMoveThePad()
    {
        auto shop = test::makeShop();
        LoginWindow w(*shop->db);
        w.resize(1024, 768);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.selectUser(QStringLiteral("manager"));
        QApplication::processEvents();
        auto* digit = w.findChild<QPushButton*>(QStringLiteral("pinDigit1"));
        const QRect before(digit->mapTo(&w, QPoint()), digit->size());
        QTest::keyClicks(w.pinPad()->field(), QStringLiteral("9999"));
        QTest::keyClick(w.pinPad()->field(), Qt::Key_Return);
        QApplication::processEvents();
        QVERIFY(!w.pinPad()->error().isEmpty());
        QCOMPARE(QRect(digit->mapTo(&w, QPoint()), digit->size()), before);
    }

    void pinWithoutUserOrDigitsIsExplained()
    {
        auto shop = test::makeShop();
        LoginWindow w(*shop->db);
        w.selectUser(QStringLiteral("admin"));
        w.submit();
        QVERIFY(!w.pinPad()->error().isEmpty());
    }
};

QTEST_MAIN(TestLogin)
#include "test_login.moc"
