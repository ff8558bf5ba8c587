// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "shell/Pages.h"

namespace ovop::ui {

QStringList Pages::forSession(const Session& session)
{
    QStringList keys;
    if (session.can(Permission::ViewCatalog))
        keys << QStringLiteral("products");
    if (session.can(Permission::EditCatalog))
        keys << QStringLiteral("producers");
    if (session.can(Permission::ManageUsers))
        keys << QStringLiteral("users");
    if (session.can(Permission::ChangeSettings))
        keys << QStringLiteral("settings");
    if (session.can(Permission::ViewAudit))
        keys << QStringLiteral("audit");
    return keys;
}

QString Pages::title(const QString& key)
{
    if (key == QLatin1String("home"))
        return tr("Home");
    if (key == QLatin1String("products"))
        return tr("Products");
    if (key == QLatin1String("producers"))
        return tr("Producers");
    if (key == QLatin1String("users"))
        return tr("Users");
    if (key == QLatin1String("settings"))
        return tr("Settings");
    if (key == QLatin1String("audit"))
        return tr("Audit log");
    return key;
}

QString Pages::description(const QString& key)
{
    if (key == QLatin1String("products"))
        return tr("find products by barcode, SKU or name, see prices and stock, print labels");
    if (key == QLatin1String("producers"))
        return tr("the producers, their villages and due-diligence record, overdue working-conditions visits");
    if (key == QLatin1String("users"))
        return tr("add users, disable or enable them, reset PINs");
    if (key == QLatin1String("settings"))
        return tr("shop code, name, address, device, receipt header, tax profile and villages");
    if (key == QLatin1String("audit"))
        return tr("who did what and when, and a check that no entry was altered");
    return QString();
}

} // namespace ovop::ui
