// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include "people/Session.h"

namespace ovop::ui {

// The pages of the main window, by key ("home", "products", "producers", "users", "settings",
// "audit"), and which of them a role may open. The services check the same permissions again.
class Pages
{
    Q_DECLARE_TR_FUNCTIONS(Pages)

public:
    // The work pages a session may open, in navigation order (without "home").
    static QStringList forSession(const Session& session);
    static QString title(const QString& key);
    static QString description(const QString& key);
};

} // namespace ovop::ui
