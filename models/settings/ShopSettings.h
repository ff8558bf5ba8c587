// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>

#include "models/core/Money.h"
#include "models/core/Result.h"

namespace ovop {

class Database;
struct Session;

// The shop's tax profile (domain.md): shelf prices include tax; no rate is hard-coded.
struct TaxProfile
{
    bool vatPayer = false;
    int vatRateBp = 1200;      // basis points: 1200 = 12%
    int salesTaxRateBp = 100;  // 100 = 1%
    QString rounding = QStringLiteral("per-receipt"); // "per-receipt" or "per-line"
};

struct ShopSettings
{
    enum class Mode { Shop, HeadOffice };

    QString shopCode;  // e.g. BIS-1, KAR-1, OSH-1
    QString shopName;
    QString address;
    QString deviceId;  // this till, e.g. T1: receipt numbers are SHOP-DEVICE-NNNNNN
    QString receiptHeader;
    TaxProfile tax;
    Mode mode = Mode::Shop;
    // The till's limits: the largest discount each role may give without a manager's approval
    // (basis points: 1000 = 10%), and the return above which a manager approves.
    int cashierDiscountLimitBp = 1000;
    int managerDiscountLimitBp = 3000;
    Money returnApprovalLimit = Money::fromSom(5000);
    // The shop's static ELQR link from its bank (empty: no QR payments); verified when set.
    QString elqrLink;
    // The language a receipt is printed in unless the customer asks for another (ky, ru or en).
    QString receiptLanguage = QStringLiteral("ru");
};

// Reads and changes the shop settings. Changes need Permission::ChangeSettings, are validated
// key by key and audited with old and new value.
class SettingsService
{
    Q_DECLARE_TR_FUNCTIONS(SettingsService)

public:
    explicit SettingsService(Database& db);

    // The stored settings (defaults for keys not stored yet), or the database's error when they
    // cannot be read: never defaults in place of settings that could not be read.
    Result<ShopSettings> load() const;
    Status save(const Session& actor, const ShopSettings& settings);

    // Key/value access for ovopctl: keys are shop_code, shop_name, address, device_id,
    // receipt_header, receipt_language (ky|ru|en), mode (shop|head-office), vat_payer (yes|no), vat_rate,
    // sales_tax_rate (percent with up to two decimals), tax_rounding (per-receipt|per-line), cashier_discount_limit and
    // manager_discount_limit (percent; the cashier's not above the manager's), return_approval_limit (som, like 5000 or
    // 1250,50), elqr_link (empty, or a link that verifies).
    static QStringList keys();
    // A translated, lower-case name of a key for messages and labels ("VAT rate").
    static QString keyTitle(const QString& key);
    Result<QMap<QString, QString>> values() const;
    Status set(const Session& actor, const QString& key, const QString& value);

    // Writes the first settings of a new database (no session: used by init only); refused when the
    // database already has a shop code. Audited as "init".
    Status initialise(const ShopSettings& settings);

private:
    Database& m_db;
};

} // namespace ovop
