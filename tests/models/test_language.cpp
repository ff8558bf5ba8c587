// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QList>
#include <QThread>

#include "models/core/Language.h"

using ovop::Language;

TEST_CASE("Language translates into a language other than the installed one", "[language]")
{
    // The tests run with English installed: the screen's language plays no part.
    REQUIRE(Language::current() == QStringLiteral("en"));
    CHECK(Language::translate(QStringLiteral("ru"), "Money", "Enter an amount.") == QStringLiteral("Введите сумму."));
    CHECK(Language::translate(QStringLiteral("ky"), "Units", "kg") == QStringLiteral("кг"));
    CHECK(Language::translate(QStringLiteral("ru"), "Units", "pcs") == QStringLiteral("шт."));
    CHECK(Language::translate(QStringLiteral("en"), "Money", "Enter an amount.") == QStringLiteral("Enter an amount."));
    // The installed translators are left as they were.
    CHECK(QCoreApplication::translate("Money", "Enter an amount.") == QStringLiteral("Enter an amount."));
}

TEST_CASE("Language translate falls back to the source text", "[language]")
{
    CHECK(Language::translate(QStringLiteral("ru"), "Money", "No such message here") ==
          QStringLiteral("No such message here"));
    CHECK(Language::translate(QStringLiteral("ky"), "NoSuchContext", "Enter an amount.") ==
          QStringLiteral("Enter an amount."));
    CHECK(Language::translate(QStringLiteral("xx"), "Money", "Enter an amount.") == QStringLiteral("Enter an amount."));
    CHECK(Language::translate(QStringLiteral("ru"), "Money", "%n thing(s) unknown", nullptr, 3) ==
          QStringLiteral("3 thing(s) unknown"));
}

TEST_CASE("Language translate picks the plural form of the language", "[language]")
{
    const char* source = "The barcode %1 has %n digit(s); an EAN-13 has 13, a UPC-A 12 and an EAN-8 8. Check that "
                         "it was typed or scanned whole.";
    auto ru = [&](int n) { return Language::translate(QStringLiteral("ru"), "Barcode", source, nullptr, n); };
    CHECK(ru(1).startsWith(QStringLiteral("В штрихкоде %1 1 цифра;")));
    CHECK(ru(3).startsWith(QStringLiteral("В штрихкоде %1 3 цифры;")));
    CHECK(ru(11).startsWith(QStringLiteral("В штрихкоде %1 11 цифр;")));
    const QString en = Language::translate(QStringLiteral("en"), "Barcode", source, nullptr, 1);
    CHECK(en.startsWith(QStringLiteral("The barcode %1 has 1 digit;")));
}

TEST_CASE("Language translate may be called from several threads at once", "[language]")
{
    QList<QThread*> threads;
    QList<QString> results(8);
    for (int i = 0; i < 8; ++i) {
        threads << QThread::create([i, &results] {
            const QString language = i % 2 ? QStringLiteral("ky") : QStringLiteral("ru");
            QString text;
            for (int k = 0; k < 200; ++k)
                text = Language::translate(language, "Units", "m");
            results[i] = text;
        });
        threads.last()->start();
    }
    for (QThread* thread : threads) {
        thread->wait();
        delete thread;
    }
    for (const QString& text : results)
        CHECK(text == QStringLiteral("м"));
}
