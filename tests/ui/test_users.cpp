// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// The Users page: table model, filter, adding a user, disabling, resetting a PIN.
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>

#include "ShopFixture.h"
#include "ui/people/AddUserDialog.h"
#include "ui/people/ResetPinDialog.h"
#include "models/people/UserService.h"
#include "ui/people/UserTableModel.h"
#include "ui/people/UsersPage.h"

using namespace ovop;
using namespace ovop::ui;

class TestUsers : public QObject
{
    Q_OBJECT

private:
    static User find(Database& db, const Session& admin, const QString& name)
    {
        auto users = UserService(db).list(admin);
        for (const User& u : users.value())
            if (u.name == name)
                return u;
        return {};
    }

private Q_SLOTS:
    void initTestCase() { test::initUiTests(); }

    void modelPassesTheTester()
    {
        auto shop = test::makeShop();
        const Session admin = shop->admin();
        UsersPage page(*shop->db, admin);
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(page.proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(page.model()->rowCount(), 3);
        QCOMPARE(page.model()->columnCount(), int(UserTableModel::ColumnCount));
        page.reload();
        page.filterField()->setText(QStringLiteral("cash"));
        QCOMPARE(page.proxy()->rowCount(), 1);
        QCOMPARE(page.proxy()->index(0, UserTableModel::Name).data().toString(), QStringLiteral("cashier"));
        page.filterField()->setText(QStringLiteral("Administrator"));
        QCOMPARE(page.proxy()->rowCount(), 1);
        page.filterField()->clear();
        QCOMPARE(page.proxy()->rowCount(), 3);
    }

    void addsAUserWithAKyrgyzName()
    {
        auto shop = test::makeShop();
        const Session admin = shop->admin();
        AddUserDialog dialog(*shop->db, admin);
        QTest::keyClicks(dialog.nameField(), QStringLiteral("aigul"));
        test::typeText(dialog.fullNameField(), QStringLiteral("Айгүл Төлөгөнова"));
        QCOMPARE(dialog.fullNameField()->text(), QStringLiteral("Айгүл Төлөгөнова"));
        dialog.roleField()->setCurrentIndex(dialog.roleField()->findData(int(Role::Manager)));
        dialog.languageField()->setCurrentIndex(dialog.languageField()->findData(QStringLiteral("ky")));
        QTest::keyClicks(dialog.pinField(), QStringLiteral("4321"));
        QTest::keyClicks(dialog.pinAgainField(), QStringLiteral("4321"));
        QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        const User added = find(*shop->db, admin, QStringLiteral("aigul"));
        QCOMPARE(added.fullName, QStringLiteral("Айгүл Төлөгөнова"));
        QCOMPARE(added.role, Role::Manager);
        QCOMPARE(added.language, QStringLiteral("ky"));
        QVERIFY(UserService(*shop->db).login(QStringLiteral("aigul"), QStringLiteral("4321")).ok());
    }

    void refusalsAreShownBesideTheirFields()
    {
        auto shop = test::makeShop();
        const Session admin = shop->admin();
        AddUserDialog dialog(*shop->db, admin);
        auto* pinError = dialog.findChild<QLabel*>(QStringLiteral("userPinError"));
        auto* pinAgainError = dialog.findChild<QLabel*>(QStringLiteral("userPinAgainError"));
        auto* nameError = dialog.findChild<QLabel*>(QStringLiteral("userNameError"));

        // A PIN that is too short.
        QTest::keyClicks(dialog.nameField(), QStringLiteral("aigul"));
        QTest::keyClicks(dialog.pinField(), QStringLiteral("12"));
        QTest::keyClicks(dialog.pinAgainField(), QStringLiteral("12"));
        dialog.submit();
        QVERIFY(!pinError->text().isEmpty());
        QVERIFY(nameError->text().isEmpty());
        QVERIFY(dialog.result() != QDialog::Accepted);

        // Two different PINs.
        dialog.pinField()->setText(QStringLiteral("1234"));
        dialog.pinAgainField()->setText(QStringLiteral("1235"));
        dialog.submit();
        QVERIFY(pinError->text().isEmpty());
        QVERIFY(!pinAgainError->text().isEmpty());

        // A name that is taken.
        dialog.nameField()->setText(QStringLiteral("cashier"));
        dialog.pinAgainField()->setText(QStringLiteral("1234"));
        dialog.submit();
        QVERIFY2(nameError->text().contains(QStringLiteral("cashier")), qPrintable(nameError->text()));
        QVERIFY(pinAgainError->text().isEmpty());
        QVERIFY(dialog.nameField()->property("invalid").toBool());
        QCOMPARE(UserService(*shop->db).list(admin).value().size(), 3);
    }

    void errorsAppearAtOnceWithoutGrowingTheDialog()
    {
        auto shop = test::makeShop();
        const Session admin = shop->admin();
        AddUserDialog dialog(*shop->db, admin);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QSize before = dialog.size();
        // Fits a 1024 x 768 screen with its buttons (window frame and a panel aside).
        QVERIFY2(before.width() <= 1024 && before.height() <= 700,
                 qPrintable(QStringLiteral("%1 x %2").arg(before.width()).arg(before.height())));
        auto* nameError = dialog.findChild<QLabel*>(QStringLiteral("userNameError"));
        auto* fullNameError = dialog.findChild<QLabel*>(QStringLiteral("userFullNameError"));
        auto* pinError = dialog.findChild<QLabel*>(QStringLiteral("userPinError"));
        auto* pinAgainError = dialog.findChild<QLabel*>(QStringLiteral("userPinAgainError"));
        const QPoint pinAt = dialog.pinField()->mapTo(&dialog, QPoint());

        // Every problem at once, each beside its field.
        dialog.nameField()->setText(QStringLiteral("a b"));
        dialog.fullNameField()->setText(QString(120, QLatin1Char('x')));
        dialog.pinField()->setText(QStringLiteral("12"));
        for (int attempt = 0; attempt < 4; ++attempt) {
            QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
            QApplication::processEvents();
            QVERIFY(!nameError->text().isEmpty());
            QVERIFY(!fullNameError->text().isEmpty());
            QVERIFY(!pinError->text().isEmpty());
            QCOMPARE(dialog.size(), before);
            QCOMPARE(dialog.pinField()->mapTo(&dialog, QPoint()), pinAt);
        }
        // Then other problems: still the same size, the buttons inside the dialog.
        dialog.nameField()->setText(QStringLiteral("cashier"));
        dialog.fullNameField()->clear();
        dialog.pinField()->setText(QStringLiteral("1234"));
        dialog.pinAgainField()->setText(QStringLiteral("1234"));
        QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
        QApplication::processEvents();
        QVERIFY(nameError->text().contains(QStringLiteral("cashier")));
        QVERIFY(fullNameError->text().isEmpty());
        QVERIFY(pinAgainError->text().isEmpty());
        QCOMPARE(dialog.size(), before);
        QCOMPARE(dialog.pinField()->mapTo(&dialog, QPoint()), pinAt);
        const QRect ok(dialog.okButton()->mapTo(&dialog, QPoint()), dialog.okButton()->size());
        QVERIFY(dialog.rect().contains(ok));
        QVERIFY(dialog.okButton()->isVisible());
    }

    void disablesAndEnablesAUser()
    {
        auto shop = test::makeShop();
        const Session admin = shop->admin();
        UsersPage page(*shop->db, admin);
        auto* toggle = page.findChild<QPushButton*>(QStringLiteral("toggleUserButton"));
        QVERIFY(!toggle->isEnabled());
        QVERIFY(page.selectUser(QStringLiteral("cashier")));
        QVERIFY(toggle->isEnabled());
        QCOMPARE(toggle->text(), QStringLiteral("Disable"));
        QTest::mouseClick(toggle, Qt::LeftButton);
        QVERIFY(!find(*shop->db, admin, QStringLiteral("cashier")).active);
        QCOMPARE(page.selectedUser(), QStringLiteral("cashier"));
        QCOMPARE(toggle->text(), QStringLiteral("Enable"));
        QVERIFY(!UserService(*shop->db).activeUserNames().value().contains(QStringLiteral("cashier")));
        QTest::mouseClick(toggle, Qt::LeftButton);
        QVERIFY(find(*shop->db, admin, QStringLiteral("cashier")).active);
    }

    void refusesToDisableYourself()
    {
        auto shop = test::makeShop();
        const Session admin = shop->admin();
        UsersPage page(*shop->db, admin);
        auto* toggle = page.findChild<QPushButton*>(QStringLiteral("toggleUserButton"));
        QVERIFY(page.selectUser(QStringLiteral("cashier")));
        QVERIFY(toggle->isEnabled());
        QVERIFY(toggle->toolTip().isEmpty());
        // The logged-in administrator's own row: not offered, and the tooltip says why.
        QVERIFY(page.selectUser(QStringLiteral("admin")));
        QVERIFY(!toggle->isEnabled());
        QVERIFY2(toggle->toolTip().contains(QStringLiteral("own account")), qPrintable(toggle->toolTip()));
        // Asked anyway, the service refuses.
        page.toggleActive();
        auto* message = page.findChild<QLabel*>(QStringLiteral("usersMessage"));
        QVERIFY(!message->text().isEmpty());
        QCOMPARE(message->property("role").toString(), QStringLiteral("error"));
        QVERIFY(find(*shop->db, admin, QStringLiteral("admin")).active);
    }

    void resetsAPin()
    {
        auto shop = test::makeShop();
        const Session admin = shop->admin();
        ResetPinDialog dialog(*shop->db, admin, QStringLiteral("cashier"));
        QTest::keyClicks(dialog.pinField(), QStringLiteral("123"));
        dialog.submit();
        QVERIFY(!dialog.findChild<QLabel*>(QStringLiteral("newPinError"))->text().isEmpty());
        dialog.pinField()->setText(QStringLiteral("5678"));
        dialog.pinAgainField()->setText(QStringLiteral("5678"));
        dialog.submit();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(UserService(*shop->db).login(QStringLiteral("cashier"), QStringLiteral("5678")).ok());
        QVERIFY(!UserService(*shop->db).login(QStringLiteral("cashier"), QStringLiteral("3333")).ok());
    }
};

QTEST_MAIN(TestUsers)
#include "test_users.moc"
