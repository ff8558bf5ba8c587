// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <functional>

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include "models/people/Session.h"

class QWidget;

namespace ovop {
class Database;
}

namespace ovop::ui {

// What a page is made with.
struct PageContext
{
    Database& db;
    const Session& session;
    QWidget* parent;
    // To be called after the shop's settings were saved (the home page and the status bar show them).
    std::function<void()> shopSettingsSaved;
};

// A page as made: its widget, and what to do each time it comes to the front (may be empty).
struct PageWidget
{
    QWidget* widget = nullptr;
    std::function<void()> shown;
};

// One work page of the main window.
struct PageEntry
{
    const char* key;         // names the page in code and tests: "products", "users", …
    const char* title;       // in English, translated at use (Pages::title)
    const char* description; // the page in a line for the home page, translated at use
    Permission permission;   // who may open the page; the services check the permission again
    PageWidget (*make)(const PageContext& context);
};

// The pages of the main window: "home" for everyone, then the work pages of the table in
// Pages.cpp, each for the sessions that hold its permission.
class Pages
{
    Q_DECLARE_TR_FUNCTIONS(Pages)

public:
    // Every work page, in navigation order.
    static const QList<PageEntry>& all();
    // The keys of the work pages a session may open, in navigation order (without "home").
    static QStringList forSession(const Session& session);
    // The page a session lands on after login: the till for a cashier, else "home".
    static QString firstPage(const Session& session);
    // The page's title in the current language; "home" too.
    static QString title(const QString& key);
    static QString description(const QString& key);
};

} // namespace ovop::ui
