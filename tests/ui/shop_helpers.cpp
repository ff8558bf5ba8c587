// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "ShopFixture.h"

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

#include "models/core/Language.h"
#include "models/people/UserService.h"
#include "models/settings/ShopSettings.h"
#include "ui/shell/Style.h"

namespace ovop::test {

namespace {
[[noreturn]] void fail(const QString& what, const QString& message)
{
    qFatal("%s: %s", qPrintable(what), qPrintable(message));
}
} // namespace

Session Shop::login(const QString& name, const QString& pin)
{
    auto session = UserService(*db).login(name, pin);
    if (!session)
        fail(QStringLiteral("login ") + name, session.message());
    return session.value();
}

std::unique_ptr<Shop> makeShop()
{
    auto shop = std::make_unique<Shop>();
    if (!shop->dir.isValid())
        fail(QStringLiteral("temporary folder"), shop->dir.errorString());
    OpenOptions options;
    options.create = true;
    options.clock = &shop->clock;
    options.pinHashCost = PinHashCost::Minimum; // PINs of a test protect nothing
    auto db = Database::open(shop->dir.filePath(QStringLiteral("shop.sqlite")), options);
    if (!db)
        fail(QStringLiteral("open"), db.message());
    shop->db = std::move(db.value());

    ShopSettings settings;
    settings.shopCode = QStringLiteral("BIS-1");
    settings.shopName = QStringLiteral("OVOP+1 Bishkek");
    settings.address = QStringLiteral("Bishkek, Chui Avenue 1");
    settings.deviceId = QStringLiteral("T1");
    settings.receiptHeader = QStringLiteral("Thank you!");
    if (auto s = SettingsService(*shop->db).initialise(settings); !s)
        fail(QStringLiteral("settings"), s.message());

    UserService users(*shop->db);
    NewUser admin{QStringLiteral("admin"), QStringLiteral("Asel Admin"), Role::Admin, QStringLiteral("1111"),
                  QStringLiteral("en")};
    if (auto u = users.createFirstAdmin(admin); !u)
        fail(QStringLiteral("admin"), u.message());
    const Session actor = shop->admin();
    for (const NewUser& user :
         {NewUser{QStringLiteral("manager"), QStringLiteral("Marat Manager"), Role::Manager, QStringLiteral("2222"),
                  QStringLiteral("en")},
          NewUser{QStringLiteral("cashier"), QStringLiteral("Cholpon Cashier"), Role::Cashier, QStringLiteral("3333"),
                  QStringLiteral("en")}}) {
        if (auto u = users.add(actor, user); !u)
            fail(QStringLiteral("user ") + user.name, u.message());
    }
    return shop;
}

void initUiTests()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("OVOP-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("ovop-pos-tests"));
    QSettings().clear();
    if (auto* app = qobject_cast<QApplication*>(QCoreApplication::instance()))
        ui::applyStyle(*app);
    Language::install(QStringLiteral("en"));
}

void typeText(QWidget* widget, const QString& text)
{
    for (const QChar ch : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(ch), Qt::NoModifier);
}

QString LongerTexts::translate(const char* context, const char* source, const char*, int n) const
{
    if (!source)
        return {};
    QString text = QString::fromUtf8(source);
    if (text.isEmpty() || !m_which(QString::fromLatin1(context), text))
        return {};
    if (n >= 0)
        text.replace(QStringLiteral("%n"), QString::number(n));
    const qsizetype wanted = text.size() * 7 / 5;
    while (text.size() < wanted)
        text += QStringLiteral(" пересчитанных");
    return text;
}

} // namespace ovop::test
