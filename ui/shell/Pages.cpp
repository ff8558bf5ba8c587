// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "ui/shell/Pages.h"

#include <algorithm>

#include "ui/audit/AuditPage.h"
#include "ui/catalog/ProductsPage.h"
#include "ui/payouts/PayoutsPage.h"
#include "ui/reports/ReportsPage.h"
#include "ui/people/UsersPage.h"
#include "ui/producers/ProducersPage.h"
#include "ui/sales/AfterSale.h"
#include "ui/sales/SalePage.h"
#include "ui/settings/SettingsTabs.h"
#include "ui/stock/StockPage.h"
#include "ui/stocktake/StocktakePage.h"
#include "ui/till/ShiftPage.h"
#include "ui/transfers/TransfersPage.h"

namespace ovop::ui {

namespace {

const char* const HomeTitle = QT_TRANSLATE_NOOP("Pages", "Home");

// A page that shows what it was made with.
template <typename Page> PageWidget plain(const PageContext& c)
{
    return {new Page(c.db, c.session, c.parent), {}};
}

// A page that reads its list again whenever it is opened (others may have changed it meanwhile).
template <typename Page> PageWidget reloadedWhenShown(const PageContext& c)
{
    auto* page = new Page(c.db, c.session, c.parent);
    return {page, [page] { page->reload(); }};
}

// The till: reads the shop's limits again and takes the focus whenever it comes to the front.
PageWidget sale(const PageContext& c)
{
    auto* page = new SalePage(c.db, c.session, c.parent);
    auto* after = new AfterSale(c.db, page);
    QObject::connect(page, &SalePage::saleCommitted, after, &AfterSale::handle);
    return {page, [page] { page->pageShown(); }};
}

PageWidget settings(const PageContext& c)
{
    auto* tabs = new SettingsTabs(c.db, c.session, c.parent);
    if (c.shopSettingsSaved)
        QObject::connect(tabs, &SettingsTabs::saved, tabs, c.shopSettingsSaved);
    return {tabs, {}};
}

const PageEntry* find(const QString& key)
{
    const QList<PageEntry>& pages = Pages::all();
    const auto it = std::find_if(pages.cbegin(), pages.cend(),
                                 [&](const PageEntry& page) { return key == QLatin1String(page.key); });
    return it == pages.cend() ? nullptr : &*it;
}

} // namespace

const QList<PageEntry>& Pages::all()
{
    static const QList<PageEntry> pages{
        {"sale", QT_TRANSLATE_NOOP("Pages", "Sale"),
         QT_TRANSLATE_NOOP("Pages", "the till: scan goods, take cash, card or QR payments, park and recall carts"),
         Permission::Sell, &sale},
        {"products", QT_TRANSLATE_NOOP("Pages", "Products"),
         QT_TRANSLATE_NOOP("Pages", "find products by barcode, SKU or name, see prices and stock, print labels"),
         Permission::ViewCatalog, &plain<ProductsPage>},
        {"stock", QT_TRANSLATE_NOOP("Pages", "Stock"),
         QT_TRANSLATE_NOOP("Pages", "stock on hand and its value, deliveries from producers, corrections, minimum "
                                    "levels and the reorder list"),
         Permission::ViewCatalog, &reloadedWhenShown<StockPage>},
        {"stocktake", QT_TRANSLATE_NOOP("Pages", "Stocktake"),
         QT_TRANSLATE_NOOP("Pages",
                           "count the goods on the shelves by scanning them, see the differences, post the count"),
         Permission::CountStock, &reloadedWhenShown<StocktakePage>},
        {"transfers", QT_TRANSLATE_NOOP("Pages", "Transfers"),
         QT_TRANSLATE_NOOP("Pages", "send goods to another shop of the network with a file, receive goods sent here"),
         Permission::ManageStock, &reloadedWhenShown<TransfersPage>},
        {"shift", QT_TRANSLATE_NOOP("Pages", "Shift"),
         QT_TRANSLATE_NOOP("Pages",
                           "open and close the shift, cash in and out, X and Z reports, returns, the fiscal register"),
         Permission::Sell, &reloadedWhenShown<ShiftPage>},
        {"producers", QT_TRANSLATE_NOOP("Pages", "Producers"),
         QT_TRANSLATE_NOOP("Pages",
                           "the producers, their villages and due-diligence record, overdue working-conditions visits"),
         Permission::EditCatalog, &plain<ProducersPage>},
        {"payouts", QT_TRANSLATE_NOOP("Pages", "Payouts"),
         QT_TRANSLATE_NOOP("Pages",
                           "statements of what sold for consignment producers, paying them, goods given back to them"),
         Permission::PayProducers, &reloadedWhenShown<PayoutsPage>},
        {"reports", QT_TRANSLATE_NOOP("Pages", "Reports"),
         QT_TRANSLATE_NOOP("Pages", "the dashboard: sales over time, by category, oblast, producer and payment method, "
                                    "stock value; the reports as tables, PDF, CSV or on paper"),
         Permission::ViewReports, &reloadedWhenShown<ReportsPage>},
        {"users", QT_TRANSLATE_NOOP("Pages", "Users"),
         QT_TRANSLATE_NOOP("Pages", "add users, disable or enable them, reset PINs"), Permission::ManageUsers,
         &reloadedWhenShown<UsersPage>},
        {"settings", QT_TRANSLATE_NOOP("Pages", "Settings"),
         QT_TRANSLATE_NOOP("Pages", "shop code, name, address, device, receipt header, tax profile and villages"),
         Permission::ChangeSettings, &settings},
        {"audit", QT_TRANSLATE_NOOP("Pages", "Audit log"),
         QT_TRANSLATE_NOOP("Pages", "who did what and when, and a check that no entry was altered"),
         Permission::ViewAudit, &reloadedWhenShown<AuditPage>},
    };
    return pages;
}

QStringList Pages::forSession(const Session& session)
{
    QStringList keys;
    for (const PageEntry& page : all())
        if (session.can(page.permission))
            keys << QString::fromLatin1(page.key);
    return keys;
}

QString Pages::firstPage(const Session& session)
{
    // A cashier comes to sell: the till is their first page. Managers start from the overview.
    if (session.role == Role::Cashier && session.can(Permission::Sell))
        return QStringLiteral("sale");
    return QStringLiteral("home");
}

QString Pages::title(const QString& key)
{
    if (key == QLatin1String("home"))
        return tr(HomeTitle);
    const PageEntry* page = find(key);
    return page ? tr(page->title) : key;
}

QString Pages::description(const QString& key)
{
    const PageEntry* page = find(key);
    return page ? tr(page->description) : QString();
}

} // namespace ovop::ui
