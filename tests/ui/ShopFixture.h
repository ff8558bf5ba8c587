// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <functional>
#include <memory>

#include <QString>
#include <QTemporaryDir>
#include <QTranslator>

#include "models/core/Clock.h"
#include "models/people/Session.h"
#include "models/store/Database.h"

class QWidget;

namespace ovop::test {

// A shop in a temporary database: settings of BIS-1 / T1 and the users admin (PIN 1111),
// manager (2222) and cashier (3333), all with language "en".
struct Shop
{
    QTemporaryDir dir;
    FixedClock clock{QDateTime(QDate(2026, 11, 30), QTime(10, 0))};
    std::unique_ptr<Database> db;

    // Logs a user in through UserService (aborts the test program when refused).
    Session login(const QString& name, const QString& pin);
    Session admin() { return login(QStringLiteral("admin"), QStringLiteral("1111")); }
    Session manager() { return login(QStringLiteral("manager"), QStringLiteral("2222")); }
    Session cashier() { return login(QStringLiteral("cashier"), QStringLiteral("3333")); }
};

std::unique_ptr<Shop> makeShop();

// Every UI test starts here: settings in a test location, English installed.
void initUiTests();

// The texts `which` picks (by context and source) 40% longer, a long Russian word added as often
// as it takes: a stand-in for longer translations in the layout tests. Others keep their own.
class LongerTexts : public QTranslator
{
public:
    using Which = std::function<bool(const QString& context, const QString& source)>;
    explicit LongerTexts(Which which) : m_which(std::move(which)) {}
    bool isEmpty() const override { return false; }
    QString translate(const char* context, const char* source, const char* disambiguation, int n) const override;

private:
    Which m_which;
};

// Types text into a widget one character at a time (QTest::keyClicks cannot type Cyrillic).
void typeText(QWidget* widget, const QString& text);

} // namespace ovop::test
