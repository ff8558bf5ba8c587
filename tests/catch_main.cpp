// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>

#include "models/core/Language.h"

int main(int argc, char* argv[])
{
    // Test discovery runs this binary at build time without the test environment.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("OVOP-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("ovop-shop-tests"));
    ovop::Language::install(QStringLiteral("en"));
    return Catch::Session().run(argc, argv);
}
